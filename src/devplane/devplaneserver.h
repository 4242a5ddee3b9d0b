// The devplane's HTTP surface. Routing is done here rather than by QHttpServer's router because
// EUCORA's paths are exact (trailing slashes matter) and unknown paths must answer Django's HTML
// 404 page, which QHttpServer's missing handler cannot be told to send.
#pragma once

#include "metrics/metricregistry.h"

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QHttpServerRequest>
#include <QList>
#include <QPair>

#include <functional>
#include <map>

namespace eucora::devplane {

class Simulation;

struct HttpReply
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
};

class DevplaneServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    enum class MetricsMode { Multiprocess, Single };

    DevplaneServer(Simulation *simulation, metrics::MetricRegistry *registry,
                   QObject *parent = nullptr);

    void setMetricsMode(MetricsMode mode) { m_metricsMode = mode; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    using Handler = std::function<HttpReply(const QHttpServerRequest &)>;

    void addRoute(const QString &path, Handler handler);
    HttpReply dispatch(const QHttpServerRequest &request) const;
    HttpReply metrics(const QHttpServerRequest &request) const;
    void send(const QHttpServerRequest &request, QTcpSocket *socket, const HttpReply &reply);

    Simulation *m_simulation;
    metrics::MetricRegistry *m_registry;
    MetricsMode m_metricsMode = MetricsMode::Multiprocess;
    std::map<QString, Handler> m_routes; // exact path -> handler
};

HttpReply djangoNotFoundPage();

} // namespace eucora::devplane
