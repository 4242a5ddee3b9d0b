#include "settings/connectiontester.h"

#include "http/httpchannel.h"
#include "prometheus/engineidentity.h"
#include "serverurl.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>

#include <algorithm>

namespace eucora::settings {

using Step = ServerCheck::Step;
using Verdict = ServerCheck::Verdict;

bool ServerCheck::passed() const
{
    return !lines.empty() && std::none_of(lines.begin(), lines.end(), [](const Line &l) {
        return l.verdict == Verdict::Failed;
    });
}

const ServerCheck::Line *ServerCheck::line(Step step) const
{
    for (const Line &l : lines) {
        if (l.step == step)
            return &l;
    }
    return nullptr;
}

namespace {

void add(ServerCheck *check, Step step, Verdict verdict, const QString &text)
{
    check->lines.push_back({step, verdict, text});
}

QString certificateLine(const CertificateFacts &facts)
{
    return ConnectionTester::tr("certificate %1, issued by %2, valid until %3")
        .arg(facts.subject, facts.issuer, facts.notAfter.toString(Qt::ISODate));
}

// "Prometheus 2.42.0 (revision 8ef767e)", "VictoriaMetrics v1.79.5: the newest 30 s are held
// back (-search.latencyOffset)".
QString engineLine(const prometheus::EngineIdentity &engine)
{
    QString line = engine.describe();
    if (!engine.revision.isEmpty())
        line = ConnectionTester::tr("%1 (revision %2)").arg(line, engine.revision.left(12));
    const QStringList differences = engine.differences();
    if (!differences.isEmpty())
        line += QStringLiteral(": ") + differences.join(QStringLiteral("; "));
    return line;
}

QString controlPlaneIdentity(const QByteArray &body)
{
    const QString status
        = QJsonDocument::fromJson(body).object().value(QStringLiteral("status")).toString();
    return status.isEmpty()
        ? QString()
        : ConnectionTester::tr("EUCORA control plane, health/live says \"%1\"").arg(status);
}

} // namespace

ConnectionTester::ConnectionTester(QObject *parent)
    : QObject(parent)
{ }

void ConnectionTester::run(const ConnectionProfile &profile, const ServerCredentials &prometheus,
                           std::function<void(const ConnectionReport &)> done)
{
    delete m_network; // aborts an earlier run's requests
    m_network = new ConnectionNetwork(this);
    m_report = {};
    m_report.prometheus.server = tr("Prometheus");
    m_report.prometheus.url = profile.prometheusUrl;
    m_report.controlPlane.server = tr("Control plane");
    m_report.controlPlane.url = profile.controlPlaneUrl;
    m_done = std::move(done);
    if (const Result<bool, QString> tls = m_network->apply(profile); !tls.ok()) {
        for (ServerCheck *c : {&m_report.prometheus, &m_report.controlPlane})
            add(c, Step::Tls, Verdict::Failed, tls.error());
        m_pending = 1;
        QMetaObject::invokeMethod(this, &ConnectionTester::finished, Qt::QueuedConnection);
        return;
    }
    m_network->setCredentials(profile.prometheusUrl, prometheus);
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    // An operator waits for this answer: no longer than 10 s, whatever the profile allows.
    m_timeout = std::min(std::chrono::seconds(profile.timeout), std::chrono::seconds(10));
    m_network->setTransferTimeout(int(std::chrono::milliseconds(m_timeout).count()));
    m_pending = 2;
    check(&m_report.prometheus, QStringLiteral("/api/v1/status/buildinfo"), true);
    check(&m_report.controlPlane, QStringLiteral("/health/live"), false);
}

void ConnectionTester::check(ServerCheck *check, const QString &path, bool prometheus)
{
    const QUrl url = endpointUrl(check->url, path);
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    QNetworkReply *reply = m_network->get(QNetworkRequest(url));
    connect(reply, &QNetworkReply::finished, this, [this, reply, check, url, timer, prometheus] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const bool https = url.scheme() == QLatin1String("https");
        if (const std::optional<TlsProblem> problem = m_network->tlsProblem(url)) {
            add(check, Step::Reachability, Verdict::Passed, tr("the server answered"));
            add(check, Step::Tls, Verdict::Failed, problem->describe());
            check->tlsProblem = problem;
            return finished();
        }
        if (status == 0) {
            const QNetworkReply::NetworkError error = reply->error();
            const bool noClientCertificate
                = https && reply->property(http::kNoClientCertificateProperty).toBool();
            const QString hint = noClientCertificate
                ? tr(" (no client certificate was offered: the server may require one)")
                : QString();
            if (https
                && (error == QNetworkReply::SslHandshakeFailedError
                    || error == QNetworkReply::RemoteHostClosedError
                    || error == QNetworkReply::UnknownNetworkError)) {
                add(check, Step::Reachability, Verdict::Passed, tr("the server answered"));
                add(check, Step::Tls, Verdict::Failed,
                    tr("the TLS connection failed: %1").arg(reply->errorString()) + hint);
            } else if (error == QNetworkReply::OperationCanceledError) {
                // TLS 1.3 servers that want a client certificate may only go silent.
                add(check, Step::Reachability, Verdict::Failed,
                    tr("no answer within %1 s").arg(m_timeout.count()) + hint);
            } else {
                add(check, Step::Reachability, Verdict::Failed, reply->errorString());
            }
            return finished();
        }
        add(check, Step::Reachability, Verdict::Passed,
            tr("answered HTTP %1 in %2 ms").arg(status).arg(timer->elapsed()));
        if (https) {
            const CertificateFacts facts
                = certificateFacts(reply->sslConfiguration().peerCertificate());
            check->certificate = facts;
            add(check, Step::Tls, Verdict::Passed, certificateLine(facts));
        } else {
            add(check, Step::Tls, Verdict::Skipped, tr("plain HTTP: nothing is encrypted"));
        }
        const QByteArray body = reply->read(1 << 20);
        if (status == 401 || status == 403) {
            add(check, Step::Authentication, Verdict::Failed,
                reply->request().hasRawHeader("Authorization")
                    ? tr("HTTP %1: the server refused the credentials").arg(status)
                    : tr("HTTP %1: the server wants credentials").arg(status));
            return finished();
        }
        if (!prometheus)
            add(check, Step::Authentication, Verdict::Skipped,
                tr("sign in with a user name and password once connected"));
        else if (reply->request().hasRawHeader("Authorization"))
            add(check, Step::Authentication, Verdict::Passed, tr("credentials accepted"));
        else
            add(check, Step::Authentication, Verdict::Passed, tr("none needed"));
        if (prometheus) {
            const auto engine
                = prometheus::identifyFromBuildInfo(status, body, reply->rawHeaderPairs());
            if (engine && engine->isVictoriaMetrics())
                return identifyVictoriaMetrics(check, *engine);
            if (!engine && status == 404 && check->url.path().size() > 1)
                return identifyAtRoot(check);
            if (engine)
                add(check, Step::Identity, Verdict::Passed, engineLine(*engine));
            else
                add(check, Step::Identity, Verdict::Failed,
                    tr("HTTP %1, and not a Prometheus API answer").arg(status));
            return finished();
        }
        const QString identity = controlPlaneIdentity(body);
        if (status >= 200 && status < 300 && !identity.isEmpty())
            add(check, Step::Identity, Verdict::Passed, identity);
        else
            add(check, Step::Identity, Verdict::Failed,
                tr("HTTP %1, and not a EUCORA health answer").arg(status));
        finished();
    });
}

// The API under a path the server's own endpoints are not under (Grafana Mimir's /prometheus):
// buildinfo at the server's root says which engine it is.
void ConnectionTester::identifyAtRoot(ServerCheck *check)
{
    QUrl url = check->url;
    url.setPath(QStringLiteral("/api/v1/status/buildinfo"));
    url.setQuery(QString());
    QNetworkReply *reply = m_network->get(QNetworkRequest(url));
    connect(reply, &QNetworkReply::finished, this, [this, reply, check] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const auto engine = prometheus::identifyFromBuildInfo(status, reply->read(1 << 20),
                                                              reply->rawHeaderPairs());
        if (engine && engine->isVictoriaMetrics())
            return identifyVictoriaMetrics(check, *engine);
        if (engine)
            add(check, Step::Identity, Verdict::Passed, engineLine(*engine));
        else
            add(check, Step::Identity, Verdict::Failed,
                tr("HTTP 404 from %1, and the server's root does not say which engine it is")
                    .arg(endpointUrl(check->url, QStringLiteral("/api/v1/status/buildinfo"))
                             .path()));
        finished();
    });
}

// VictoriaMetrics says its version and flags on its /metrics page, at the server's root.
void ConnectionTester::identifyVictoriaMetrics(ServerCheck *check,
                                               prometheus::EngineIdentity engine)
{
    QUrl url = check->url;
    url.setPath(QStringLiteral("/metrics"));
    url.setQuery(QString());
    QNetworkReply *reply = m_network->get(QNetworkRequest(url));
    connect(reply, &QNetworkReply::finished, this, [this, reply, check, engine]() mutable {
        reply->deleteLater();
        if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200)
            prometheus::readVictoriaMetricsPage(reply->read(8 << 20), &engine);
        add(check, Step::Identity, Verdict::Passed, engineLine(engine));
        finished();
    });
}

void ConnectionTester::finished()
{
    if (--m_pending > 0)
        return;
    if (m_done)
        m_done(m_report);
}

} // namespace eucora::settings
