// Periodic reachability check of one server (Prometheus /-/ready, control plane /health/live),
// for the status bar. Cheap endpoints only: neither is throttled by EUCORA.
#pragma once

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <chrono>

class QNetworkAccessManager;
class QNetworkReply;

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
                                      QObject *parent); // GET /-/ready
    static ServerProbe *forControlPlane(QNetworkAccessManager *network, const QUrl &base,
                                        QObject *parent); // GET /health/live

    void setInterval(std::chrono::milliseconds interval);
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    void start();
    void stop();
    void probeNow();

    QUrl url() const { return m_url; }
    Reachability reachability() const { return m_reachability; }
    QString lastError() const { return m_lastError; }
    QDateTime lastCheckedAt() const { return m_lastCheckedAt; }
    qint64 latencyMs() const { return m_latencyMs; }

signals:
    void changed();

private:
    void finished();

    QNetworkAccessManager *m_network;
    QUrl m_url;
    QTimer m_timer;
    QTimer m_deadline;
    QPointer<QNetworkReply> m_reply;
    std::chrono::milliseconds m_timeout {std::chrono::seconds(5)};
    qint64 m_sentAtMs = 0;
    bool m_timedOut = false;

    Reachability m_reachability = Reachability::Unknown;
    QString m_lastError;
    QDateTime m_lastCheckedAt;
    qint64 m_latencyMs = -1;
};

} // namespace eucora
