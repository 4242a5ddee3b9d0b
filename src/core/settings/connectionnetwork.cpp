#include "settings/connectionnetwork.h"

#include "http/httpchannel.h"

#include <QHostAddress>
#include <QNetworkProxyFactory>
#include <QNetworkReply>

namespace eucora::settings {

namespace {

bool isLoopback(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

// The desktop's proxy settings ($http_proxy and friends on Linux), except for loopback: a local
// devplane or Prometheus is never reached through a proxy.
class SystemProxies : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override
    {
        if (isLoopback(query.peerHostName()))
            return {QNetworkProxy(QNetworkProxy::NoProxy)};
        return QNetworkProxyFactory::systemProxyForQuery(query);
    }
};

class FixedProxy : public QNetworkProxyFactory
{
public:
    explicit FixedProxy(QNetworkProxy proxy)
        : m_proxy(std::move(proxy))
    { }
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override
    {
        if (isLoopback(query.peerHostName()))
            return {QNetworkProxy(QNetworkProxy::NoProxy)};
        return {m_proxy};
    }

private:
    QNetworkProxy m_proxy;
};

} // namespace

ConnectionNetwork::ConnectionNetwork(QObject *parent)
    : QNetworkAccessManager(parent)
{
    setProxyChoice({});
    connect(this, &QNetworkAccessManager::sslErrors, this, &ConnectionNetwork::checkCertificate);
}

Result<bool, QString> ConnectionNetwork::setTls(const TlsOptions &options)
{
    // Without files nothing needs reading now: the TLS backend and the system's CAs load with
    // the first https request (a console on plain http never loads them).
    std::optional<QSslConfiguration> ssl;
    if (!options.caFile.isEmpty() || !options.certFile.isEmpty() || !options.keyFile.isEmpty()) {
        Result<QSslConfiguration, QString> built = sslConfiguration(options);
        if (!built.ok())
            return built.error();
        ssl = built.value();
    }
    m_tls = options;
    m_ssl = std::move(ssl);
    // Connections kept alive with the old settings would be reused for the new ones.
    clearConnectionCache();
    return true;
}

Result<bool, QString> ConnectionNetwork::apply(const ConnectionProfile &profile)
{
    setProxyChoice(profile.proxy);
    return setTls(profile.tls);
}

void ConnectionNetwork::setProxyChoice(const ProxyChoice &choice)
{
    switch (choice.mode) {
    case ProxyMode::System:
        setProxyFactory(new SystemProxies); // the manager owns it
        break;
    case ProxyMode::None:
        setProxyFactory(new FixedProxy(QNetworkProxy(QNetworkProxy::NoProxy)));
        break;
    case ProxyMode::Manual:
        setProxyFactory(new FixedProxy(
            QNetworkProxy(QNetworkProxy::HttpProxy, choice.host, quint16(choice.port))));
        break;
    }
}

void ConnectionNetwork::setCredentials(const QUrl &server, const ServerCredentials &credentials)
{
    const QString origin = originOf(server);
    if (credentials.isEmpty()) {
        m_authorization.remove(origin);
        return;
    }
    if (credentials.kind == PrometheusAuth::Bearer)
        m_authorization.insert(origin, "Bearer " + credentials.secret.toUtf8());
    else
        m_authorization.insert(
            origin,
            "Basic "
                + (credentials.user + QLatin1Char(':') + credentials.secret).toUtf8().toBase64());
}

void ConnectionNetwork::pin(const CertificatePin &pin)
{
    if (!isPinned(m_tls, pin.origin, pin.sha256))
        m_tls.pins.push_back(pin);
    clearConnectionCache();
}

std::optional<TlsProblem> ConnectionNetwork::tlsProblem(const QUrl &server) const
{
    const auto it = m_problems.constFind(originOf(server));
    if (it == m_problems.cend())
        return std::nullopt;
    return *it;
}

QNetworkReply *ConnectionNetwork::createRequest(Operation op, const QNetworkRequest &request,
                                                QIODevice *outgoingData)
{
    QNetworkRequest r(request);
    const QString origin = originOf(r.url());
    if (r.url().scheme() == QLatin1String("https")) {
        if (!m_ssl)
            m_ssl = sslConfiguration(m_tls).value(); // no files: it cannot fail
        r.setSslConfiguration(*m_ssl);
    }
    const auto auth = m_authorization.constFind(origin);
    if (auth != m_authorization.cend() && !r.hasRawHeader("Authorization")) {
        r.setRawHeader("Authorization", *auth);
        // Credentials go to their own server only.
        if (r.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt()
            != QNetworkRequest::ManualRedirectPolicy)
            r.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                           QNetworkRequest::SameOriginRedirectPolicy);
    }
    QNetworkReply *reply = QNetworkAccessManager::createRequest(op, r, outgoingData);
    if (r.url().scheme() == QLatin1String("https") && m_tls.certFile.isEmpty())
        reply->setProperty(http::kNoClientCertificateProperty, true);
    connect(reply, &QNetworkReply::encrypted, this, [this, origin] { m_problems.remove(origin); });
    return reply;
}

void ConnectionNetwork::checkCertificate(QNetworkReply *reply, const QList<QSslError> &errors)
{
    const QString origin = originOf(reply->url());
    TlsProblem problem = tlsProblemOf(origin, errors, reply->sslConfiguration().peerCertificate());
    if (problem.pinnable() && isPinned(m_tls, origin, problem.certificate.sha256)) {
        reply->ignoreSslErrors(errors);
        return;
    }
    m_problems.insert(origin, problem);
    reply->setProperty(http::kTlsRefusalProperty,
                       TlsProblem::tr("TLS with %1: %2").arg(origin, problem.describe()));
    emit certificateRefused(problem);
}

} // namespace eucora::settings
