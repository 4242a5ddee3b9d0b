// Periodic reachability check of one server (Prometheus /-/ready, control plane /health/live),
// for the status bar. Cheap endpoints only: neither is throttled by EUCORA. An engine that has no
// /-/ready under the console's URL (Grafana Mimir's API under /prometheus keeps its readiness
// probe at /ready) is probed with a constant query instead.
#pragma once

#include "http/httpchannel.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <optional>

class QNetworkAccessManager;

namespace eucora {

class ServerProbe : public QObject
{
    Q_OBJECT

public:
    enum class Reachability { Unknown, Reachable, Unreachable };
    Q_ENUM(Reachability)

    ServerProbe(QNetworkAccessManager *network, const QUrl &probeUrl, QObject *parent = nullptr);

    // Probes of the two servers' cheap, unthrottled endpoints.
    static ServerProbe *forPrometheus(QNetworkAccessManager *network, const QUrl &base,
                                      QObject *parent); // GET /-/ready, else /api/v1/query?query=1
    static ServerProbe *forControlPlane(QNetworkAccessManager *network, const QUrl &base,
                                        QObject *parent); // GET /health/live

    void setInterval(std::chrono::milliseconds interval);
    void setTimeout(std::chrono::milliseconds timeout) { m_policy.deadline = timeout; }
    void start();
    void stop();
    void probeNow();

    QUrl url() const { return m_url; }
    Reachability reachability() const { return m_reachability; }
    // Why the server counts as unreachable; empty while it is reachable.
    QString unreachableBecause() const { return m_unreachableBecause; }
    QDateTime lastCheckedAt() const { return m_lastCheckedAt; }
    qint64 latencyMs() const { return m_latencyMs; }

signals:
    void changed();

private:
    void report(const Result<int> &status);

    http::HttpChannel m_channel;
    QUrl m_url;
    QUrl m_fallbackUrl; // asked from the first 404 of m_url on; empty: none
    QTimer m_timer;
    http::RequestPolicy m_policy;
    std::optional<http::HttpChannel::RequestId> m_inFlight;
    qint64 m_sentAtMs = 0;

    Reachability m_reachability = Reachability::Unknown;
    QString m_unreachableBecause;
    QDateTime m_lastCheckedAt;
    qint64 m_latencyMs = -1;
};

} // namespace eucora
