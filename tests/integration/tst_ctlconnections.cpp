// eucora-ctl's connections, run inside tests/support/with-keyring.sh (a real Secret Service and
// a temporary HOME): curl's --cacert/--cert/--key against the devplane over HTTPS, certificate
// refusals in words, and --profile reading the console's saved profiles and keychain entries.
#include "ctlprocess.h"
#include "devplaneprocess.h"
#include "homefiles.h"
#include "securedprometheus.h"
#include "settings/connectionprofile.h"
#include "settings/secretstore.h"
#include "testpki.h"

#include <QCryptographicHash>
#include <QSettings>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

using namespace eucora;
using namespace eucora::settings;
using namespace eucora::testing;

namespace {

QStringList operatorLogin()
{
    return {QStringLiteral("EUCORA_USERNAME=operator"),
            QStringLiteral("EUCORA_PASSWORD=") + kOperatorPassword};
}

} // namespace

class TstCtlConnections : public QObject
{
    Q_OBJECT

private:
    TestPki m_pki;
    QTemporaryDir m_dir {QDir::homePath() + QStringLiteral("/ctl-XXXXXX")};

    std::unique_ptr<DevplaneProcess> devplane(const QString &cert, const QString &key,
                                              const QStringList &extra = {})
    {
        auto process = std::make_unique<DevplaneProcess>();
        QString error;
        if (!process->start(devplaneArguments()
                                + QStringList {QStringLiteral("--tls-cert"), m_pki.path(cert),
                                               QStringLiteral("--tls-key"), m_pki.path(key)}
                                + extra,
                            &error)) {
            qWarning("%s", qPrintable(error));
            return nullptr;
        }
        return process;
    }

    void saveProfile(const ConnectionProfile &profile)
    {
        const std::unique_ptr<QSettings> settings = ProfileStore::openDefault();
        ProfileStore(settings.get()).save(profile);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QDir::homePath().contains(QLatin1String("eucora-keyring")),
                 "run under tests/support/with-keyring.sh: HOME must be its temporary one");
        QString error;
        QVERIFY2(m_pki.create(&error), qPrintable(error));
    }

    void cacertConnectsAndUnknownCaIsRefusedInWords()
    {
        auto server = devplane(QStringLiteral("server.pem"), QStringLiteral("server.key"));
        QVERIFY(server);
        CtlProcess ctl(m_dir.path(), server->url());
        CtlRun run = ctl.run({QStringLiteral("breakers"), QStringLiteral("--cacert"),
                              m_pki.path(QStringLiteral("ca.pem"))},
                             {}, operatorLogin());
        QVERIFY2(run.exitCode == 0, qPrintable(run.all()));

        run = ctl.run({QStringLiteral("breakers")}, {}, operatorLogin());
        QCOMPARE(run.exitCode, 1);
        const QString said = run.all();
        QVERIFY2(said.contains(QLatin1String("unknown issuer")), qPrintable(said));
        QVERIFY2(said.contains(QLatin1String("CN=EUCORA Test CA")), qPrintable(said));
        QVERIFY2(said.contains(QLatin1String("SHA-256")), qPrintable(said));
    }

    void wrongHostAndExpiredAreRefusedInWords()
    {
        for (const auto &[cert, words] :
             {std::pair {QStringLiteral("wronghost.pem"), QLatin1String("host name mismatch")},
              std::pair {QStringLiteral("expired.pem"), QLatin1String("expired")}}) {
            auto server = devplane(cert, QStringLiteral("server.key"));
            QVERIFY(server);
            CtlProcess ctl(m_dir.path(), server->url());
            const CtlRun run = ctl.run({QStringLiteral("breakers"), QStringLiteral("--cacert"),
                                        m_pki.path(QStringLiteral("ca.pem"))},
                                       {}, operatorLogin());
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.all().contains(words), qPrintable(run.all()));
        }
    }

    void clientCertificateFromCertAndKey()
    {
        auto server
            = devplane(QStringLiteral("server.pem"), QStringLiteral("server.key"),
                       {QStringLiteral("--tls-client-ca"), m_pki.path(QStringLiteral("ca.pem"))});
        QVERIFY(server);
        CtlProcess ctl(m_dir.path(), server->url());
        const QStringList tls {QStringLiteral("--cacert"), m_pki.path(QStringLiteral("ca.pem"))};
        CtlRun run = ctl.run(QStringList {QStringLiteral("breakers")} + tls, {}, operatorLogin());
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.all().contains(QLatin1String("client certificate")), qPrintable(run.all()));
        run = ctl.run(QStringList {QStringLiteral("breakers"), QStringLiteral("--cert"),
                                   m_pki.path(QStringLiteral("client.pem")),
                                   QStringLiteral("--key"),
                                   m_pki.path(QStringLiteral("client.key"))}
                          + tls,
                      {}, operatorLogin());
        QVERIFY2(run.exitCode == 0, qPrintable(run.all()));
        run = ctl.run({QStringLiteral("breakers"), QStringLiteral("--cert"),
                       m_pki.path(QStringLiteral("client.pem"))},
                      {}, operatorLogin());
        QCOMPARE(run.exitCode, 2); // a certificate without its key is a usage error
    }

    void profileSessionLivesInTheKeychain()
    {
        auto server = devplane(QStringLiteral("server.pem"), QStringLiteral("server.key"));
        QVERIFY(server);
        ConnectionProfile lab;
        lab.name = QStringLiteral("lab");
        lab.controlPlaneUrl = server->url();
        lab.prometheusUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
        lab.tls.caFile = m_pki.path(QStringLiteral("ca.pem"));
        saveProfile(lab);
        // Not the server of EUCORA_CONTROL_PLANE: the profile's. A folder of its own: no
        // session file from the tests before.
        const QString folder = m_dir.filePath(QStringLiteral("profile"));
        QVERIFY(QDir().mkpath(folder));
        CtlProcess ctl(folder, QUrl(QStringLiteral("http://127.0.0.1:9")));
        CtlRun run
            = ctl.run({QStringLiteral("login"), QStringLiteral("--profile"), QStringLiteral("lab")},
                      {}, operatorLogin());
        QVERIFY2(run.exitCode == 0, qPrintable(run.all()));
        QVERIFY2(!QFile::exists(ctl.sessionFilePath()), "the session went to a file");
        // The next run signs in from the keychain: no password anywhere.
        run = ctl.run({QStringLiteral("breakers"), QStringLiteral("--profile"),
                       QStringLiteral("lab"), QStringLiteral("--username"),
                       QStringLiteral("operator")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.all()));
        QVERIFY2(filesUnderHomeHolding(kOperatorPassword.toUtf8()).isEmpty(),
                 qPrintable(filesUnderHomeHolding(kOperatorPassword.toUtf8()).join(u' ')));

        // Without a keychain the note says so and the 0600 file keeps the session.
        run = ctl.run({QStringLiteral("login"), QStringLiteral("--profile"), QStringLiteral("lab")},
                      {},
                      operatorLogin()
                          + QStringList {QStringLiteral(
                              "DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/bus")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.all()));
        QVERIFY2(run.all().contains(QLatin1String("no keychain")), qPrintable(run.all()));
        QVERIFY(QFile::exists(ctl.sessionFilePath()));
        QCOMPARE(QFile::permissions(ctl.sessionFilePath()) & 0x0077, QFileDevice::Permissions());

        run = ctl.run(
            {QStringLiteral("breakers"), QStringLiteral("--profile"), QStringLiteral("nope")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.all().contains(QLatin1String("saved: lab")), qPrintable(run.all()));
    }

    void pinnedCertificateInTheProfileIsAccepted()
    {
        auto server = devplane(QStringLiteral("rogue.pem"), QStringLiteral("rogue.key"));
        QVERIFY(server);
        ConnectionProfile pinned;
        pinned.name = QStringLiteral("pinned");
        pinned.controlPlaneUrl = server->url();
        pinned.prometheusUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
        saveProfile(pinned);
        CtlProcess ctl(m_dir.path(), QUrl(QStringLiteral("http://127.0.0.1:9")));
        const QStringList args {QStringLiteral("breakers"), QStringLiteral("--profile"),
                                QStringLiteral("pinned")};
        CtlRun run = ctl.run(args, {}, operatorLogin());
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.all().contains(QLatin1String("unknown issuer")));
        pinned.tls.pins.push_back(
            {originOf(server->url()),
             QSslCertificate::fromPath(m_pki.path(QStringLiteral("rogue.pem")))
                 .value(0)
                 .digest(QCryptographicHash::Sha256)
                 .toHex()});
        saveProfile(pinned);
        run = ctl.run(args, {}, operatorLogin());
        QVERIFY2(run.exitCode == 0, qPrintable(run.all()));
    }

    void queryUsesTheProfilesPrometheusCredentials()
    {
        SecuredPrometheus prom;
        QString error;
        QVERIFY2(prom.start(m_pki, {}, &error), qPrintable(error));
        ConnectionProfile metrics;
        metrics.name = QStringLiteral("metrics");
        metrics.prometheusUrl = prom.url();
        metrics.controlPlaneUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
        metrics.prometheusAuth = PrometheusAuth::Basic;
        metrics.prometheusUser = prom.options().user;
        metrics.tls.caFile = m_pki.path(QStringLiteral("ca.pem"));
        saveProfile(metrics);
        CtlProcess ctl(m_dir.path(), QUrl(QStringLiteral("http://127.0.0.1:9")));
        const QStringList args {QStringLiteral("query"), QStringLiteral("1+1"),
                                QStringLiteral("--profile"), QStringLiteral("metrics"),
                                QStringLiteral("--json")};
        CtlRun run = ctl.run(args);
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.all().contains(QLatin1String("401")), qPrintable(run.all()));

        SecretStore store;
        std::optional<bool> stored;
        store.write(SecretStore::prometheusKey(QStringLiteral("metrics")),
                    prom.options().password.toUtf8(), [&](bool ok) { stored = ok; });
        QTRY_VERIFY(stored.has_value());
        QVERIFY(*stored);
        run = ctl.run(args);
        QVERIFY2(run.exitCode == 0, qPrintable(run.all()));
        QVERIFY2(run.out.contains("2"), run.out.constData());
    }
};

QTEST_GUILESS_MAIN(TstCtlConnections)
#include "tst_ctlconnections.moc"
