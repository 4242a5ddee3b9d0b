// Secrets in the OS keychain: run by ctest twice, once inside tests/support/with-keyring.sh (a
// real Secret Service: gnome-keyring in a private D-Bus session, HOME a temporary folder) and
// once with no session bus at all ($EUCORA_TEST_KEYCHAIN=absent), where the store must say so
// once and keep secrets in memory only.
#include "controlplane/controlplaneclient.h"
#include "devplaneprocess.h"
#include "homefiles.h"
#include "settings/secretstore.h"
#include "settings/sessionvault.h"

#include <QNetworkAccessManager>
#include <QNetworkCookieJar>
#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace eucora;
using namespace eucora::settings;
using eucora::testing::DevplaneProcess;

namespace {

bool keychainExpected()
{
    return qEnvironmentVariable("EUCORA_TEST_KEYCHAIN") != QLatin1String("absent");
}

std::optional<QByteArray> readNow(SecretStore &store, const QString &key)
{
    std::optional<QByteArray> secret;
    bool done = false;
    store.read(key, nullptr, [&](const std::optional<QByteArray> &s) {
        secret = s;
        done = true;
    });
    (void)QTest::qWaitFor([&done] { return done; }, 20000);
    return secret;
}

bool writeNow(SecretStore &store, const QString &key, const QByteArray &secret)
{
    std::optional<bool> stored;
    store.write(key, secret, [&](bool ok) { stored = ok; });
    (void)QTest::qWaitFor([&stored] { return stored.has_value(); }, 20000);
    return stored.value_or(false);
}

void removeNow(SecretStore &store, const QString &key)
{
    bool done = false;
    store.remove(key, [&](bool) { done = true; });
    (void)QTest::qWaitFor([&done] { return done; }, 20000);
}

template<typename T>
std::optional<controlplane::ApiResult<T>>
awaitCall(const std::function<void(controlplane::ControlPlaneClient::Callback<T>)> &start)
{
    std::optional<controlplane::ApiResult<T>> answer;
    start([&answer](const controlplane::ApiResult<T> &r) { answer = r; });
    (void)QTest::qWaitFor([&answer] { return answer.has_value(); }, 20000);
    return answer;
}

} // namespace

class TstSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (keychainExpected())
            QVERIFY2(QDir::homePath().contains(QLatin1String("eucora-keyring")),
                     "run under tests/support/with-keyring.sh: HOME must be its temporary one");
    }

    void secretsRoundTrip()
    {
        SecretStore store(QStringLiteral("org.eucora.Console.test"));
        QSignalSpy unavailable(&store, &SecretStore::unavailable);
        const QString key = SecretStore::prometheusKey(QStringLiteral("round trip/1"));
        QVERIFY(!readNow(store, key).has_value());
        QCOMPARE(writeNow(store, key, "token-1"), keychainExpected());
        QCOMPARE(readNow(store, key).value_or(QByteArray()), QByteArray("token-1"));
        removeNow(store, key);
        QVERIFY(!readNow(store, key).has_value());
        if (keychainExpected()) {
            QVERIFY(store.availability() == SecretStore::Availability::Available);
            QCOMPARE(unavailable.count(), 0);
        } else {
            QVERIFY(store.availability() == SecretStore::Availability::Unavailable);
            QCOMPARE(unavailable.count(), 1); // said once, however often it was used
            QVERIFY(!store.unavailableReason().isEmpty());
        }
    }

    void anotherProcessSeesWhatWasStored()
    {
        if (!keychainExpected())
            QSKIP("no keychain in this run");
        SecretStore first(QStringLiteral("org.eucora.Console.test"));
        const QString key = SecretStore::passwordKey(QStringLiteral("p"), QStringLiteral("u"));
        QVERIFY(writeNow(first, key, "pw-across"));
        QProcess lookup;
        lookup.start(QStringLiteral("secret-tool"),
                     {QStringLiteral("lookup"), QStringLiteral("server"),
                      QStringLiteral("org.eucora.Console.test"), QStringLiteral("user"), key});
        if (!lookup.waitForStarted(5000))
            QSKIP("secret-tool (libsecret-tools) is not installed");
        QVERIFY(lookup.waitForFinished(10000));
        QCOMPARE(lookup.readAllStandardOutput().trimmed(), QByteArray("pw-across"));
        removeNow(first, key);
    }

    void sessionSurvivesARestartAndSignOutRemovesIt()
    {
        DevplaneProcess devplane;
        QString error;
        QVERIFY2(devplane.start({}, &error), qPrintable(error));
        const QUrl server = devplane.url();
        const QString profile = QStringLiteral("lab");
        const QString user = QStringLiteral("operator");
        QByteArray cookieValue;
        {
            SecretStore store;
            SessionVault vault(&store, profile);
            QNetworkAccessManager network;
            controlplane::ControlPlaneClient client(&network, server);
            const auto login = awaitCall<controlplane::User>(
                [&](auto done) { client.login(user, QStringLiteral("operator"), nullptr, done); });
            QVERIFY(login && login->ok());
            vault.keepSession(user, network.cookieJar(), server);
            vault.rememberPassword(user, QStringLiteral("operator"));
            const auto cookies = sessionCookies(network.cookieJar(), server);
            QCOMPARE(cookies.size(), 2);
            for (const QNetworkCookie &c : cookies)
                if (c.name() == "sessionid")
                    cookieValue = c.value();
            QVERIFY(!cookieValue.isEmpty());
            // Written before the store goes (a real restart would have waited for it too).
            QTRY_VERIFY_WITH_TIMEOUT(
                readNow(store, SecretStore::sessionKey(profile, user)).has_value(), 10000);
        }
        // The "restart": a new store, a new cookie jar.
        SecretStore store;
        SessionVault vault(&store, profile);
        QNetworkAccessManager network;
        std::optional<bool> restored;
        vault.restoreSession(user, network.cookieJar(), server, [&](bool r) { restored = r; });
        QTRY_VERIFY_WITH_TIMEOUT(restored.has_value(), 10000);
        if (!keychainExpected()) {
            QVERIFY(!*restored); // memory only: nothing outlives the store
            return;
        }
        QVERIFY(*restored);
        controlplane::ControlPlaneClient client(&network, server);
        const auto validated
            = awaitCall<controlplane::User>([&](auto done) { client.validate(nullptr, done); });
        QVERIFY(validated && validated->ok());
        QCOMPARE(validated->value().username, user);

        // No secret in any file under $HOME: the keyring's own file is encrypted.
        QVERIFY2(
            eucora::testing::filesUnderHomeHolding(cookieValue).isEmpty(),
            qPrintable(eucora::testing::filesUnderHomeHolding(cookieValue).join(QLatin1Char(' '))));

        std::optional<bool> done;
        vault.forgetUser(user, [&] { done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done.has_value(), 10000);
        QVERIFY(!readNow(store, SecretStore::sessionKey(profile, user)).has_value());
        QVERIFY(!readNow(store, SecretStore::passwordKey(profile, user)).has_value());
    }
};

QTEST_GUILESS_MAIN(TstSecretStore)
#include "tst_secretstore.moc"
