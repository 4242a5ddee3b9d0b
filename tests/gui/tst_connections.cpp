// Connections in the console, inside tests/support/with-keyring.sh (a real Secret Service and a
// temporary HOME), against the devplane over mutual TLS and a prometheus with TLS, basic auth
// and client certificates: the welcome page, Settings > Connections with Test connection, a
// certificate trusted by its fingerprint, switching connection, and a restart that signs in
// from the session kept in the keychain.
#include "consolelauncher.h"
#include "devplaneprocess.h"
#include "dialogs/connectionsdialog.h"
#include "dialogs/logindialog.h"
#include "homefiles.h"
#include "mainwindow.h"
#include "securedprometheus.h"
#include "session/operatorsession.h"
#include "settings/secretstore.h"
#include "settings/storedsession.h"
#include "testpki.h"
#include "theme.h"
#include "welcomewindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkCookieJar>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QTest>

using namespace eucora;
using namespace eucora::settings;
using namespace eucora::testing;

namespace {

// Not the user name: a leak of the password can be told from the user name in a file.
const QString kPassword = QStringLiteral("op-Keychain-5531");

QByteArray sessionCookie(app::MainWindow *window, const QUrl &server)
{
    for (const QNetworkCookie &c : window->network()->cookieJar()->cookiesForUrl(server)) {
        if (c.name() == "sessionid")
            return c.value();
    }
    return {};
}

// Signs `window` in through its sign-in dialog, as an operator would.
bool signInThroughTheDialog(app::MainWindow *window, bool remember)
{
    window->signIn();
    auto *dialog = window->findChild<app::LoginDialog *>();
    if (!dialog)
        return false;
    dialog->findChild<QLineEdit *>(QStringLiteral("username"))->setText(QStringLiteral("operator"));
    dialog->findChild<QLineEdit *>(QStringLiteral("password"))->setText(kPassword);
    auto *box = dialog->findChild<QCheckBox *>(QStringLiteral("rememberPassword"));
    if (!box || !box->isVisible())
        return false;
    box->setChecked(remember);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("signInButton")),
                      Qt::LeftButton);
    return QTest::qWaitFor([window] { return window->session()->user().has_value(); }, 20000);
}

std::optional<QByteArray> readSecret(const QString &key)
{
    SecretStore secrets;
    std::optional<QByteArray> secret;
    bool done = false;
    secrets.read(key, nullptr, [&](const std::optional<QByteArray> &s) {
        secret = s;
        done = true;
    });
    (void)QTest::qWaitFor([&done] { return done; }, 10000);
    return secret;
}

} // namespace

class TstConnections : public QObject
{
    Q_OBJECT

private:
    TestPki m_pki;
    SecuredPrometheus m_prometheus;
    std::unique_ptr<DevplaneProcess> m_devplane; // mutual TLS

    ConnectionProfile secured(const QString &name) const
    {
        ConnectionProfile p;
        p.name = name;
        p.prometheusUrl = m_prometheus.url();
        p.controlPlaneUrl = m_devplane->url();
        p.prometheusAuth = PrometheusAuth::Basic;
        p.prometheusUser = m_prometheus.options().user;
        p.tls.caFile = m_pki.path(QStringLiteral("ca.pem"));
        p.tls.certFile = m_pki.path(QStringLiteral("client.pem"));
        p.tls.keyFile = m_pki.path(QStringLiteral("client.key"));
        return p;
    }

    static void clearProfiles()
    {
        const std::unique_ptr<QSettings> settings = ProfileStore::openDefault();
        settings->clear();
        settings->sync();
    }

    static bool waitForTest(app::ConnectionsDialog *dialog)
    {
        bool finished = false;
        QObject::connect(dialog, &app::ConnectionsDialog::testFinished, dialog,
                         [&finished] { finished = true; });
        dialog->testConnection();
        return QTest::qWaitFor([&finished] { return finished; }, 30000);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QDir::homePath().contains(QLatin1String("eucora-keyring")),
                 "run under tests/support/with-keyring.sh: HOME must be its temporary one");
        app::applyTheme(*qApp, QStringLiteral("light"));
        QString error;
        QVERIFY2(m_pki.create(&error), qPrintable(error));
        SecuredPrometheus::Options options;
        options.requireClientCertificate = true;
        QVERIFY2(m_prometheus.start(m_pki, options, &error), qPrintable(error));
        m_devplane = std::make_unique<DevplaneProcess>();
        QVERIFY2(m_devplane->start(
                     {QStringLiteral("--tls-cert"), m_pki.path(QStringLiteral("server.pem")),
                      QStringLiteral("--tls-key"), m_pki.path(QStringLiteral("server.key")),
                      QStringLiteral("--tls-client-ca"), m_pki.path(QStringLiteral("ca.pem")),
                      QStringLiteral("--user"), QStringLiteral("operator:%1:staff").arg(kPassword)},
                     &error),
                 qPrintable(error));
    }

    void init() { clearProfiles(); }

    void firstStartShowsTheWelcomePage()
    {
        app::ConsoleLauncher launcher({});
        QCOMPARE(launcher.start(), -1);
        QVERIFY(!launcher.window()); // nothing polls localhost on a guess
        app::WelcomeWindow *welcome = launcher.welcome();
        QVERIFY(welcome);
        QVERIFY(QTest::qWaitForWindowExposed(welcome));
        QVERIFY(welcome->findChild<QLabel *>(QStringLiteral("welcomeText"))
                    ->text()
                    .contains(QLatin1String("No connection")));
        QVERIFY(welcome->grab().save(QStringLiteral(EUCORA_TEST_ARTIFACTS "/welcome.png")));
        QTest::mouseClick(welcome->findChild<QPushButton *>(QStringLiteral("addConnectionButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(launcher.connectionsDialog());

        // A headless run without a connection says what to give instead.
        app::ConsoleOptions headless;
        headless.exportFile = QStringLiteral("/dev/null");
        QCOMPARE(app::ConsoleLauncher(headless).start(), 2);
    }

    void testConnectionWithCaFileAndClientCertificate()
    {
        SecretStore secrets;
        app::ConnectionsDialog dialog(&secrets);
        dialog.startNewProfile(secured(QStringLiteral("production")));
        dialog.findChild<QLineEdit *>(QStringLiteral("authSecret"))
            ->setText(m_prometheus.options().password);
        dialog.resize(980, 1000);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(waitForTest(&dialog));
        const QString report = dialog.reportText();
        QVERIFY2(dialog.testPassed(), qPrintable(report));
        for (const char *part :
             {"Prometheus 2.", "credentials accepted",
              "certificate CN=localhost, O=EUCORA tests, issued by CN=EUCORA Test CA",
              "EUCORA control plane, health/live says \"alive\""})
            QVERIFY2(report.contains(QLatin1String(part)), qPrintable(report));
        QVERIFY(dialog.save());
        QVERIFY(dialog.testPassed()); // the report stays with the saved profile
        QTRY_COMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("authSecret"))->placeholderText(),
                     QStringLiteral("stored in the keychain"));
        QVERIFY(
            dialog.grab().save(QStringLiteral(EUCORA_TEST_ARTIFACTS "/connections-dialog.png")));
        app::applyTheme(*qApp, QStringLiteral("dark"));
        QTest::qWait(50);
        QVERIFY(dialog.grab().save(
            QStringLiteral(EUCORA_TEST_ARTIFACTS "/connections-dialog-dark.png")));
        app::applyTheme(*qApp, QStringLiteral("light"));
        const std::unique_ptr<QSettings> settings = ProfileStore::openDefault();
        QVERIFY(ProfileStore(settings.get()).load(QStringLiteral("production")));
        std::optional<QByteArray> stored;
        bool read = false;
        secrets.read(SecretStore::prometheusKey(QStringLiteral("production")), nullptr,
                     [&](const std::optional<QByteArray> &s) {
                         stored = s;
                         read = true;
                     });
        QTRY_VERIFY(read);
        QCOMPARE(stored.value_or(QByteArray()), m_prometheus.options().password.toUtf8());
        QVERIFY2(filesUnderHomeHolding(m_prometheus.options().password.toUtf8()).isEmpty(),
                 "the Prometheus password is in a file");

        // Without the client certificate the control plane's handshake fails, in words.
        dialog.findChild<QLineEdit *>(QStringLiteral("certFile"))->clear();
        dialog.findChild<QLineEdit *>(QStringLiteral("keyFile"))->clear();
        QVERIFY(waitForTest(&dialog));
        QVERIFY(!dialog.testPassed());
        QVERIFY2(dialog.reportText().contains(QLatin1String("client certificate")),
                 qPrintable(dialog.reportText()));
    }

    void renamingAProfileTakesItsSecretAlong()
    {
        SecretStore secrets;
        app::ConnectionsDialog dialog(&secrets);
        dialog.startNewProfile(secured(QStringLiteral("before")));
        dialog.findChild<QLineEdit *>(QStringLiteral("authSecret"))
            ->setText(QStringLiteral("tok-1"));
        QVERIFY(dialog.save());
        QTRY_VERIFY(readSecret(SecretStore::prometheusKey(QStringLiteral("before"))));
        dialog.findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("after"));
        QVERIFY(dialog.save());
        QTRY_COMPARE(
            readSecret(SecretStore::prometheusKey(QStringLiteral("after"))).value_or(QByteArray()),
            QByteArray("tok-1"));
        QTRY_VERIFY(!readSecret(SecretStore::prometheusKey(QStringLiteral("before"))));
        const std::unique_ptr<QSettings> settings = ProfileStore::openDefault();
        QCOMPARE(ProfileStore(settings.get()).names(), QStringList {QStringLiteral("after")});
    }

    void unknownCertificateIsTrustedByItsFingerprint()
    {
        DevplaneProcess rogue;
        QString error;
        QVERIFY2(rogue.start({QStringLiteral("--tls-cert"), m_pki.path(QStringLiteral("rogue.pem")),
                              QStringLiteral("--tls-key"), m_pki.path(QStringLiteral("rogue.key"))},
                             &error),
                 qPrintable(error));
        SecretStore secrets;
        app::ConnectionsDialog dialog(&secrets);
        ConnectionProfile p = secured(QStringLiteral("pinned"));
        p.controlPlaneUrl = rogue.url();
        dialog.startNewProfile(p);
        dialog.findChild<QLineEdit *>(QStringLiteral("authSecret"))
            ->setText(m_prometheus.options().password);
        dialog.show();
        QVERIFY(waitForTest(&dialog));
        QVERIFY(!dialog.testPassed());
        QVERIFY(dialog.reportText().contains(QLatin1String("unknown issuer")));
        auto *trust = dialog.findChild<QPushButton *>(QStringLiteral("trustButton"));
        QVERIFY(trust->isVisible());
        // The confirmation shows the fingerprint; the operator trusts it.
        bool sawFingerprint = false;
        QTimer::singleShot(200, &dialog, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            sawFingerprint = box->text().contains(QLatin1String("SHA-256"));
            for (QAbstractButton *button : box->buttons()) {
                if (button->text() == QLatin1String("Trust this certificate"))
                    button->click();
            }
        });
        bool retested = false;
        connect(&dialog, &app::ConnectionsDialog::testFinished, &dialog, [&] { retested = true; });
        trust->click();
        QVERIFY(sawFingerprint);
        QTRY_VERIFY_WITH_TIMEOUT(retested, 30000);
        QVERIFY2(dialog.testPassed(), qPrintable(dialog.reportText()));
        QCOMPARE(dialog.formProfile().tls.pins.size(), std::size_t(1));
        QCOMPARE(dialog.formProfile().tls.pins.front().origin, originOf(rogue.url()));
    }

    void restartSignsInFromTheKeychainAndSignOutForgets()
    {
        {
            const std::unique_ptr<QSettings> settings = ProfileStore::openDefault();
            ProfileStore(settings.get()).save(secured(QStringLiteral("lab")));
        }
        app::ConsoleOptions options;
        options.profile = QStringLiteral("lab");
        QByteArray cookie;
        {
            app::ConsoleLauncher launcher(options);
            QCOMPARE(launcher.start(), -1);
            app::MainWindow *window = launcher.window();
            QVERIFY(window);
            QTRY_VERIFY(window->session()->phase() == app::OperatorSession::Phase::SignedOut);
            QVERIFY(signInThroughTheDialog(window, false));
            cookie = sessionCookie(window, m_devplane->url());
            QVERIFY(!cookie.isEmpty());
            QTRY_VERIFY(readSecret(
                SecretStore::sessionKey(QStringLiteral("lab"), QStringLiteral("operator"))));
        }
        // The profile remembers the user; its session is in the keychain and nowhere else, and
        // the password was not kept at all.
        {
            const std::unique_ptr<QSettings> settings = ProfileStore::openDefault();
            QCOMPARE(ProfileStore(settings.get()).load(QStringLiteral("lab"))->controlPlaneUser,
                     QStringLiteral("operator"));
        }
        QVERIFY(!readSecret(
            SecretStore::passwordKey(QStringLiteral("lab"), QStringLiteral("operator"))));
        for (const QByteArray &secret : {cookie, kPassword.toUtf8()})
            QVERIFY2(filesUnderHomeHolding(secret).isEmpty(),
                     qPrintable(filesUnderHomeHolding(secret).join(u' ')));

        app::ConsoleLauncher restarted(options);
        QCOMPARE(restarted.start(), -1);
        app::MainWindow *window = restarted.window();
        QTRY_VERIFY_WITH_TIMEOUT(window->session()->user().has_value(), 20000);
        QCOMPARE(window->session()->user()->username, QStringLiteral("operator"));
        QVERIFY(!window->findChild<app::LoginDialog *>()); // no password asked for
        QCOMPARE(sessionCookie(window, m_devplane->url()), cookie);

        window->session()->signOut();
        QTRY_VERIFY_WITH_TIMEOUT(
            !readSecret(SecretStore::sessionKey(QStringLiteral("lab"), QStringLiteral("operator"))),
            10000);
    }

    void rememberedPasswordSignsInWhenTheSessionIsGone()
    {
        {
            const std::unique_ptr<QSettings> settings = ProfileStore::openDefault();
            ProfileStore(settings.get()).save(secured(QStringLiteral("remembered")));
        }
        app::ConsoleOptions options;
        options.profile = QStringLiteral("remembered");
        QByteArray cookie;
        {
            app::ConsoleLauncher launcher(options);
            QCOMPARE(launcher.start(), -1);
            QTRY_VERIFY(launcher.window()->session()->phase()
                        == app::OperatorSession::Phase::SignedOut);
            QVERIFY(signInThroughTheDialog(launcher.window(), true));
            cookie = sessionCookie(launcher.window(), m_devplane->url());
            QTRY_VERIFY(readSecret(SecretStore::passwordKey(QStringLiteral("remembered"),
                                                            QStringLiteral("operator"))));
        }
        QVERIFY2(filesUnderHomeHolding(kPassword.toUtf8()).isEmpty(), "the password is in a file");
        // The server forgets the session (it expired, Redis restarted): the stored cookie is
        // refused, and the remembered password signs in again without a dialog.
        {
            SecretStore secrets;
            bool written = false;
            settings::StoredSession stale;
            stale.username = QStringLiteral("operator");
            stale.savedAt = QDateTime::currentDateTimeUtc();
            stale.cookies = {QNetworkCookie("sessionid", "no-such-session"),
                             QNetworkCookie("csrftoken", "no-such-token")};
            secrets.write(
                SecretStore::sessionKey(QStringLiteral("remembered"), QStringLiteral("operator")),
                stale.encode(), [&](bool) { written = true; });
            QTRY_VERIFY(written);
        }
        app::ConsoleLauncher restarted(options);
        QCOMPARE(restarted.start(), -1);
        app::MainWindow *window = restarted.window();
        QTRY_VERIFY_WITH_TIMEOUT(window->session()->user().has_value(), 20000);
        QVERIFY(!window->findChild<app::LoginDialog *>());
        const QByteArray fresh = sessionCookie(window, m_devplane->url());
        QVERIFY(!fresh.isEmpty() && fresh != "no-such-session");
    }

    void headlessRunUsesTheProfileAndItsKeychain()
    {
        {
            const std::unique_ptr<QSettings> settings = ProfileStore::openDefault();
            ProfileStore(settings.get()).save(secured(QStringLiteral("report")));
        }
        bool written = false;
        SecretStore secrets;
        secrets.write(SecretStore::prometheusKey(QStringLiteral("report")),
                      m_prometheus.options().password.toUtf8(), [&](bool) { written = true; });
        QTRY_VERIFY(written);
        QTemporaryDir out;
        const auto run = [&](const QStringList &extra) {
            QProcess console;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("EUCORA_USERNAME"), QStringLiteral("operator"));
            env.insert(QStringLiteral("EUCORA_PASSWORD"), kPassword);
            console.setProcessEnvironment(env);
            console.start(
                QCoreApplication::applicationDirPath() + QStringLiteral("/eucora-console"),
                QStringList {QStringLiteral("--profile"), QStringLiteral("report"),
                             QStringLiteral("--view"), QStringLiteral("breakers"),
                             QStringLiteral("--range"), QStringLiteral("5m"),
                             QStringLiteral("--export"), out.filePath(QStringLiteral("b.json"))}
                    + extra);
            console.waitForFinished(120000);
            QFile file(out.filePath(QStringLiteral("b.json")));
            file.open(QIODevice::ReadOnly);
            return std::pair {console.exitCode(),
                              QString::fromUtf8(console.readAllStandardError() + file.readAll())};
        };
        // TLS with the CA file, the client certificate and the keychain's Prometheus password.
        auto [code, said] = run({});
        QVERIFY2(code == 0 || code == 3, qPrintable(said)); // 3: a panel without data is fine
        QVERIFY2(said.contains(QLatin1String("jamf")), qPrintable(said.left(2000)));
        QVERIFY2(!said.contains(QLatin1String("unknown issuer")), qPrintable(said.left(2000)));
        // --cacert overrides the profile's CA: the company CA is no longer trusted.
        std::tie(code, said)
            = run({QStringLiteral("--cacert"), m_pki.path(QStringLiteral("rogue-ca.pem"))});
        QCOMPARE(code, 3);
        QVERIFY2(said.contains(QLatin1String("unknown issuer")), qPrintable(said.left(2000)));
        QVERIFY2(said.contains(QLatin1String("SHA-256")), qPrintable(said.left(2000)));
    }

    void commandLineServersAreOfferedAsAProfile()
    {
        app::ConsoleOptions options;
        options.overrides.prometheusUrl = m_prometheus.url();
        options.overrides.controlPlaneUrl = m_devplane->url();
        options.overrides.caFile = m_pki.path(QStringLiteral("ca.pem"));
        app::ConsoleLauncher launcher(options);
        QCOMPARE(launcher.start(), -1);
        app::MainWindow *window = launcher.window();
        QVERIFY(window && !window->options().connectionFromProfile);
        auto *save = window->findChild<QPushButton *>(QStringLiteral("saveConnectionButton"));
        QVERIFY(save);
        QVERIFY(window->findChild<QLabel *>(QStringLiteral("connectionBannerText"))
                    ->text()
                    .contains(m_devplane->url().toString()));
        save->click();
        QTRY_VERIFY(launcher.connectionsDialog());
        const ConnectionProfile offered = launcher.connectionsDialog()->formProfile();
        QCOMPARE(offered.controlPlaneUrl, m_devplane->url());
        QCOMPARE(offered.prometheusUrl, m_prometheus.url());
        QCOMPARE(offered.tls.caFile, m_pki.path(QStringLiteral("ca.pem")));
        launcher.connectionsDialog()->close();
    }

    void switchingConnectionOpensTheOtherProfile()
    {
        {
            const std::unique_ptr<QSettings> settings = ProfileStore::openDefault();
            ProfileStore profiles(settings.get());
            profiles.save(secured(QStringLiteral("first")));
            profiles.save(secured(QStringLiteral("second")));
        }
        app::ConsoleOptions options;
        options.profile = QStringLiteral("first");
        app::ConsoleLauncher launcher(options);
        QCOMPARE(launcher.start(), -1);
        QCOMPARE(launcher.window()->options().connection.name, QStringLiteral("first"));
        QVERIFY(launcher.switchTo(QStringLiteral("second")));
        QCOMPARE(launcher.window()->options().connection.name, QStringLiteral("second"));
        QVERIFY(!launcher.switchTo(QStringLiteral("third")));
        // The last profile used opens next time.
        app::ConsoleLauncher again({});
        QCOMPARE(again.start(), -1);
        QCOMPARE(again.window()->options().connection.name, QStringLiteral("second"));
    }
};

QTEST_MAIN(TstConnections)
#include "tst_connections.moc"
