#include "refresh/serverprobe.h"

#include "serverurl.h"

namespace eucora {

ServerProbe::ServerProbe(QNetworkAccessManager *network, const QUrl &probeUrl, QObject *parent)
    : QObject(parent)
    , m_channel(network)
    , m_url(probeUrl)
{
    m_timer.setInterval(std::chrono::seconds(10));
    connect(&m_timer, &QTimer::timeout, this, &ServerProbe::probeNow);
    m_policy.deadline = std::chrono::seconds(5);
    m_policy.maxBytes = 1 << 20; // "OK" or a short JSON body
    m_policy.redirects = http::Redirects::NoLessSafe;
}

ServerProbe *ServerProbe::forPrometheus(QNetworkAccessManager *network, const QUrl &base,
                                        QObject *parent)
{
    auto *probe = new ServerProbe(network, endpointUrl(base, QStringLiteral("/-/ready")), parent);
    QUrl query = endpointUrl(base, QStringLiteral("/api/v1/query"));
    query.setQuery(QStringLiteral("query=1"));
    probe->m_fallbackUrl = query;
    return probe;
}

ServerProbe *ServerProbe::forControlPlane(QNetworkAccessManager *network, const QUrl &base,
                                          QObject *parent)
{
    return new ServerProbe(network, endpointUrl(base, QStringLiteral("/health/live")), parent);
}

void ServerProbe::setInterval(std::chrono::milliseconds interval)
{
    m_timer.setInterval(interval);
}

void ServerProbe::start()
{
    m_timer.start();
    probeNow();
}

void ServerProbe::stop()
{
    m_timer.stop();
    m_channel.cancelAll();
}

void ServerProbe::probeNow()
{
    if (m_inFlight) // the previous probe is still waiting for its deadline
        return;
    m_sentAtMs = QDateTime::currentMSecsSinceEpoch();
    m_inFlight = m_channel.send<int, ApiError>(
        http::HttpRequest {QNetworkRequest(m_url), "GET", {}, false}, m_policy, this,
        [](const http::HttpAnswer &answer) -> Result<int> { return answer.status; },
        [this](const Result<int> &status) { report(status); });
}

void ServerProbe::report(const Result<int> &status)
{
    m_inFlight.reset();
    if (status.ok() && status.value() == 404 && !m_fallbackUrl.isEmpty()
        && m_url != m_fallbackUrl) {
        m_url = m_fallbackUrl; // the server answers, only not on this path: ask the other
        return probeNow();
    }
    m_lastCheckedAt = QDateTime::currentDateTimeUtc();
    if (status.ok() && status.value() >= 200 && status.value() < 300) {
        m_reachability = Reachability::Reachable;
        m_unreachableBecause.clear();
        m_latencyMs = QDateTime::currentMSecsSinceEpoch() - m_sentAtMs;
    } else {
        m_reachability = Reachability::Unreachable;
        m_unreachableBecause
            = status.ok() ? tr("HTTP %1").arg(status.value()) : status.error().message;
        m_latencyMs = -1;
    }
    emit changed();
}

} // namespace eucora
