#include "devplaneserver.h"

#include "simulation.h"

#include <QCoreApplication>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QUuid>

namespace eucora::devplane {

namespace {

HttpReply json(const QJsonObject &object, int status = 200)
{
    return HttpReply {
        status, "application/json", QJsonDocument(object).toJson(QJsonDocument::Compact), {}};
}

} // namespace

// Django's production 404 page (DEBUG=False), which EUCORA answers for every unknown URL.
HttpReply djangoNotFoundPage()
{
    static const QByteArray page = "<!doctype html>\n"
                                   "<html lang=\"en\">\n"
                                   "<head>\n"
                                   "  <title>Not Found</title>\n"
                                   "</head>\n"
                                   "<body>\n"
                                   "  <h1>Not Found</h1><p>The requested resource was not found on "
                                   "this server.</p>\n"
                                   "</body>\n"
                                   "</html>\n";
    return HttpReply {404, "text/html; charset=utf-8", page, {}};
}

DevplaneServer::DevplaneServer(Simulation *simulation, metrics::MetricRegistry *registry,
                               QObject *parent)
    : QAbstractHttpServer(parent)
    , m_simulation(simulation)
    , m_registry(registry)
{
    // Liveness answers any method (contract 6.1).
    addRoute(QStringLiteral("/health/live"), [](const QHttpServerRequest &) {
        return json({{QStringLiteral("status"), QStringLiteral("alive")}});
    });
    addRoute(QStringLiteral("/api/v1/metrics/"),
             [this](const QHttpServerRequest &request) { return metrics(request); });
}

void DevplaneServer::addRoute(const QString &path, Handler handler)
{
    m_routes[path] = std::move(handler);
}

HttpReply DevplaneServer::dispatch(const QHttpServerRequest &request) const
{
    const auto route = m_routes.find(request.url().path());
    if (route == m_routes.end())
        return djangoNotFoundPage();
    return route->second(request);
}

HttpReply DevplaneServer::metrics(const QHttpServerRequest &request) const
{
    if (request.method() != QHttpServerRequest::Method::Get)
        return HttpReply {405, "text/html; charset=utf-8", {}, {{"Allow", "GET"}}};
    const auto shape = m_metricsMode == MetricsMode::Multiprocess
        ? metrics::ExpositionShape::Multiprocess
        : metrics::ExpositionShape::SingleProcess;
    const QString pid = QString::number(QCoreApplication::applicationPid());
    return HttpReply {
        200, "text/plain; version=0.0.4; charset=utf-8", m_registry->exposition(shape, pid), {}};
}

bool DevplaneServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    send(request, socket, dispatch(request));
    return true;
}

void DevplaneServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    send(request, socket, djangoNotFoundPage());
}

void DevplaneServer::send(const QHttpServerRequest &request, QTcpSocket *socket,
                          const HttpReply &reply)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(QHttpServerResponder::StatusCode(reply.status));
    responder.writeHeader(QByteArrayLiteral("Content-Type"), reply.contentType);
    for (const auto &header : reply.headers)
        responder.writeHeader(header.first, header.second);
    const QByteArray correlation = request.value(QByteArrayLiteral("X-Correlation-ID"));
    responder.writeHeader(QByteArrayLiteral("X-Correlation-ID"),
                          correlation.isEmpty()
                              ? QUuid::createUuid().toByteArray(QUuid::WithoutBraces)
                              : correlation);
    responder.writeHeader(QByteArrayLiteral("Content-Length"),
                          QByteArray::number(reply.body.size()));
    responder.writeBody(reply.body);
}

} // namespace eucora::devplane
