#include "refresh/serverprobe.h"

#include "serverurl.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace eucora {

ServerProbe::ServerProbe(QNetworkAccessManager *network, const QUrl &probeUrl, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_url(probeUrl)
{
    m_timer.setInterval(std::chrono::seconds(10));
    connect(&m_timer, &QTimer::timeout, this, &ServerProbe::probeNow);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        if (m_reply)
            m_reply->abort();
    });
}

ServerProbe *ServerProbe::forPrometheus(QNetworkAccessManager *network, const QUrl &base,
                                        QObject *parent)
{
    return new ServerProbe(network, endpointUrl(base, QStringLiteral("/-/ready")), parent);
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
    if (m_reply)
        m_reply->abort();
}

void ServerProbe::probeNow()
{
    if (m_reply) // the previous probe is still waiting for its deadline
        return;
    QNetworkRequest request(m_url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    m_timedOut = false;
    m_sentAtMs = QDateTime::currentMSecsSinceEpoch();
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::finished, this, &ServerProbe::finished);
    m_deadline.start(m_timeout);
}

void ServerProbe::finished()
{
    QNetworkReply *reply = m_reply;
    m_reply.clear();
    m_deadline.stop();
    if (!reply)
        return;
    reply->deleteLater();

    m_lastCheckedAt = QDateTime::currentDateTimeUtc();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_timedOut) {
        m_reachability = Reachability::Unreachable;
        m_lastError = QCoreApplication::translate("eucora::ServerProbe", "no answer within %1 s")
                          .arg(double(m_timeout.count()) / 1000.0);
        m_latencyMs = -1;
    } else if (status >= 200 && status < 300) {
        m_reachability = Reachability::Reachable;
        m_lastError.clear();
        m_latencyMs = QDateTime::currentMSecsSinceEpoch() - m_sentAtMs;
    } else {
        m_reachability = Reachability::Unreachable;
        m_lastError = status > 0
            ? QCoreApplication::translate("eucora::ServerProbe", "HTTP %1").arg(status)
            : reply->errorString();
        m_latencyMs = -1;
    }
    emit changed();
}

} // namespace eucora
