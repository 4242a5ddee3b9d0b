// TLS as an operator meets it, against real servers with a PKI made by openssl at test time:
// eucora-devplane over HTTPS (and mutual TLS) and the real prometheus behind its web
// configuration (TLS, basic auth, client certificates), reached through ConnectionNetwork, the
// network access every console and eucora-ctl request uses.
#include "controlplane/controlplaneclient.h"
#include "devplaneprocess.h"
#include "prometheus/prometheusclient.h"
#include "securedprometheus.h"
#include "settings/connectionnetwork.h"
#include "testpki.h"

#include <QCryptographicHash>
#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace eucora;
using namespace eucora::settings;
using eucora::testing::DevplaneProcess;
using eucora::testing::SecuredPrometheus;
using eucora::testing::TestPki;

namespace {

template<typename T> using Answer = std::optional<controlplane::ApiResult<T>>;

controlplane::ApiResult<controlplane::User> logIn(QNetworkAccessManager *network, const QUrl &url)
{
    controlplane::ControlPlaneClient client(network, url);
    Answer<controlplane::User> answer;
    client.login(QStringLiteral("operator"), QStringLiteral("operator"), nullptr,
                 [&answer](const controlplane::ApiResult<controlplane::User> &r) { answer = r; });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 20000))
        return controlplane::ControlPlaneError(ApiError {ApiError::Kind::Timeout, 0, {}, {}});
    return *answer;
}

QByteArray fingerprintOf(const QString &pemFile)
{
    return QSslCertificate::fromPath(pemFile).value(0).digest(QCryptographicHash::Sha256).toHex();
}

} // namespace

class TstTlsConnections : public QObject
{
    Q_OBJECT

private:
    TestPki m_pki;

    // eucora-devplane serving HTTPS with `cert` (and server.key unless `key` is given).
    std::unique_ptr<DevplaneProcess> devplane(const QString &cert, QStringList extra = {},
                                              const QString &key = QStringLiteral("server.key"))
    {
        auto process = std::make_unique<DevplaneProcess>();
        QString error;
        const QStringList args = QStringList {QStringLiteral("--tls-cert"), m_pki.path(cert),
                                              QStringLiteral("--tls-key"), m_pki.path(key)}
            + extra;
        if (!process->start(args, &error)) {
            qWarning("%s", qPrintable(error));
            return nullptr;
        }
        return process;
    }

    TlsOptions withCa() const { return {m_pki.path(QStringLiteral("ca.pem")), {}, {}, {}}; }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_pki.create(&error), qPrintable(error));
    }

    void controlPlaneOverHttpsWithTheCaFile()
    {
        auto server = devplane(QStringLiteral("server.pem"));
        QVERIFY(server);
        QCOMPARE(server->url().scheme(), QStringLiteral("https"));
        ConnectionNetwork network;
        QVERIFY(network.setTls(withCa()).ok());
        const auto user = logIn(&network, server->url());
        QVERIFY2(user.ok(), qPrintable(user.ok() ? QString() : user.error().message));
        QCOMPARE(user.value().username, QStringLiteral("operator"));
        // The session cookies came back over HTTPS and are sent with the next request.
        controlplane::ControlPlaneClient client(&network, server->url());
        Answer<controlplane::User> validated;
        client.validate(nullptr, [&](const auto &r) { validated = r; });
        QTRY_VERIFY_WITH_TIMEOUT(validated.has_value(), 10000);
        QVERIFY(validated->ok());
        QVERIFY(!network.tlsProblem(server->url()));
    }

    void unknownIssuerIsRefusedWithTheCertificate()
    {
        auto server = devplane(QStringLiteral("server.pem"));
        QVERIFY(server);
        ConnectionNetwork network; // the system's CAs only
        QSignalSpy refused(&network, &ConnectionNetwork::certificateRefused);
        const auto user = logIn(&network, server->url());
        QVERIFY(!user.ok());
        const QString message = user.error().message;
        QVERIFY2(message.contains(QLatin1String("unknown issuer")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("CN=localhost")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("CN=EUCORA Test CA")), qPrintable(message));
        const QByteArray sha256 = fingerprintOf(m_pki.path(QStringLiteral("server.pem")));
        QVERIFY2(message.contains(formatFingerprint(sha256)), qPrintable(message));
        const auto problem = network.tlsProblem(server->url());
        QVERIFY(problem);
        QVERIFY(problem->reasons == QList {TlsProblem::Reason::UnknownIssuer});
        QCOMPARE(problem->certificate.sha256, sha256);
        QVERIFY(problem->certificate.notAfter > QDateTime::currentDateTimeUtc());
        QVERIFY(problem->pinnable());
        QCOMPARE(refused.count(), 1);
    }

    void wrongHostNameIsRefused()
    {
        auto server = devplane(QStringLiteral("wronghost.pem"));
        QVERIFY(server);
        ConnectionNetwork network;
        QVERIFY(network.setTls(withCa()).ok());
        const auto user = logIn(&network, server->url());
        QVERIFY(!user.ok());
        QVERIFY2(user.error().message.contains(QLatin1String("host name mismatch")),
                 qPrintable(user.error().message));
        QVERIFY(network.tlsProblem(server->url())->reasons
                == QList {TlsProblem::Reason::HostNameMismatch});
    }

    void expiredCertificateIsRefusedEvenWhenPinned()
    {
        auto server = devplane(QStringLiteral("expired.pem"));
        QVERIFY(server);
        ConnectionNetwork network;
        QVERIFY(network.setTls(withCa()).ok());
        auto user = logIn(&network, server->url());
        QVERIFY(!user.ok());
        QVERIFY2(user.error().message.contains(QLatin1String("expired")),
                 qPrintable(user.error().message));
        const auto problem = network.tlsProblem(server->url());
        QVERIFY(problem && problem->has(TlsProblem::Reason::Expired));
        QVERIFY(!problem->pinnable());
        network.pin({originOf(server->url()), problem->certificate.sha256});
        user = logIn(&network, server->url());
        QVERIFY(!user.ok());
        QVERIFY(user.error().message.contains(QLatin1String("expired")));
    }

    void pinnedCertificateIsAcceptedAndAChangedOneRefused()
    {
        auto server = devplane(QStringLiteral("rogue.pem"), {}, QStringLiteral("rogue.key"));
        QVERIFY(server);
        const QUrl url = server->url();
        ConnectionNetwork network;
        QVERIFY(network.setTls(withCa()).ok());
        QVERIFY(!logIn(&network, url).ok());
        const auto problem = network.tlsProblem(url);
        QVERIFY(problem && problem->pinnable());
        QCOMPARE(problem->certificate.issuer, QStringLiteral("CN=Unknown CA, O=Elsewhere"));
        network.pin({originOf(url), problem->certificate.sha256});
        QVERIFY(logIn(&network, url).ok());
        QVERIFY(!network.tlsProblem(url));

        // The same server (host and port) now shows another certificate: refused again.
        server.reset();
        auto changed
            = devplane(QStringLiteral("rogue2.pem"),
                       {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(url.port())},
                       QStringLiteral("rogue2.key"));
        QVERIFY(changed);
        QCOMPARE(changed->url(), url);
        const auto user = logIn(&network, url);
        QVERIFY(!user.ok());
        QVERIFY(user.error().message.contains(QLatin1String("unknown issuer")));
        QCOMPARE(network.tlsProblem(url)->certificate.sha256,
                 fingerprintOf(m_pki.path(QStringLiteral("rogue2.pem"))));
    }

    void clientCertificateIsPresentedWhenTheServerAsks()
    {
        auto server
            = devplane(QStringLiteral("server.pem"),
                       {QStringLiteral("--tls-client-ca"), m_pki.path(QStringLiteral("ca.pem"))});
        QVERIFY(server);
        ConnectionNetwork without;
        QVERIFY(without.setTls(withCa()).ok());
        const auto refused = logIn(&without, server->url());
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QLatin1String("no client certificate")),
                 qPrintable(refused.error().message));

        ConnectionNetwork with;
        TlsOptions tls = withCa();
        tls.certFile = m_pki.path(QStringLiteral("client.pem"));
        tls.keyFile = m_pki.path(QStringLiteral("client.key"));
        QVERIFY(with.setTls(tls).ok());
        const auto user = logIn(&with, server->url());
        QVERIFY2(user.ok(), qPrintable(user.ok() ? QString() : user.error().message));
    }

    void unreadableFilesAreNamed()
    {
        ConnectionNetwork network;
        const QString missing = m_pki.path(QStringLiteral("nope.pem"));
        auto result = network.setTls({missing, {}, {}, {}});
        QVERIFY(!result.ok());
        QVERIFY2(result.error().contains(missing), qPrintable(result.error()));
        // A key given as the certificate holds no certificate.
        result = network.setTls({{},
                                 m_pki.path(QStringLiteral("client.key")),
                                 m_pki.path(QStringLiteral("client.key")),
                                 {}});
        QVERIFY(!result.ok());
        QVERIFY2(result.error().contains(QLatin1String("no PEM certificate")),
                 qPrintable(result.error()));
        result = network.setTls({{}, m_pki.path(QStringLiteral("client.pem")), {}, {}});
        QVERIFY(!result.ok());
        // The earlier, good settings stay.
        QVERIFY(network.tls().caFile.isEmpty());
    }

    void prometheusWithTlsBasicAuthAndClientCertificate()
    {
        SecuredPrometheus prom;
        SecuredPrometheus::Options options;
        options.requireClientCertificate = true;
        QString error;
        QVERIFY2(prom.start(m_pki, options, &error), qPrintable(error));

        const auto buildInfo = [&prom](ConnectionNetwork *network) {
            prometheus::PrometheusClient client(network);
            client.setBaseUrl(prom.url());
            std::optional<Result<prometheus::ApiResponse<prometheus::BuildInfo>>> answer;
            client.buildInfo(nullptr, [&answer](const auto &r) { answer = r; });
            (void)QTest::qWaitFor([&answer] { return answer.has_value(); }, 20000);
            return answer.value_or(ApiError {ApiError::Kind::Timeout, 0, {}, {}});
        };
        TlsOptions tls = withCa();
        tls.certFile = m_pki.path(QStringLiteral("client.pem"));
        tls.keyFile = m_pki.path(QStringLiteral("client.key"));
        ConnectionNetwork network;
        QVERIFY(network.setTls(tls).ok());
        network.setCredentials(prom.url(), {PrometheusAuth::Basic, options.user, options.password});
        auto info = buildInfo(&network);
        QVERIFY2(info.ok(), qPrintable(info.ok() ? QString() : info.error().summary()));
        QVERIFY(!info.value().data.version.isEmpty());

        network.setCredentials(prom.url(),
                               {PrometheusAuth::Basic, options.user, QStringLiteral("wrong")});
        info = buildInfo(&network);
        QVERIFY(!info.ok());
        QCOMPARE(info.error().httpStatus, 401);

        ConnectionNetwork noCertificate;
        QVERIFY(noCertificate.setTls(withCa()).ok());
        noCertificate.setCredentials(prom.url(),
                                     {PrometheusAuth::Basic, options.user, options.password});
        // Without the client certificate TLS 1.3 lets the handshake finish and the server's
        // "certificate required" alert arrives afterwards, which Qt 6.4 may only notice as a
        // stalled transfer: refused either way, never answered.
        info = buildInfo(&noCertificate);
        QVERIFY(!info.ok());
        qInfo("without a client certificate: %s", qPrintable(info.error().summary()));
    }

    void credentialsGoOnlyToTheirOwnServer()
    {
        auto server = devplane(QStringLiteral("server.pem"));
        QVERIFY(server);
        ConnectionNetwork network;
        QVERIFY(network.setTls(withCa()).ok());
        // Credentials for another port of the same host are not sent here: the devplane would
        // answer a Basic header on login like any other, so the proof is in the header itself.
        QUrl other = server->url();
        other.setPort(server->url().port() + 1);
        network.setCredentials(other, {PrometheusAuth::Bearer, {}, QStringLiteral("tok")});
        QNetworkRequest request(QUrl(server->url().toString() + QStringLiteral("/health/live")));
        QNetworkReply *reply = network.get(request);
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
        QVERIFY(!reply->request().hasRawHeader("Authorization"));
        reply->deleteLater();
        network.setCredentials(server->url(), {PrometheusAuth::Bearer, {}, QStringLiteral("tok")});
        reply = network.get(request);
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
        QCOMPARE(reply->request().rawHeader("Authorization"), QByteArray("Bearer tok"));
        reply->deleteLater();
    }
};

QTEST_GUILESS_MAIN(TstTlsConnections)
#include "tst_tlsconnections.moc"
