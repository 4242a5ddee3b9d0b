#include "devplaneserver.h"

#include "auth.h"
#include "store.h"

#include <QElapsedTimer>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>

#include <sys/socket.h>

namespace eucora::devplane {

namespace {

const QByteArray kNotAuthenticated = "Authentication credentials were not provided.";
const QByteArray kNoPermission = "You do not have permission to perform this action.";

bool unsafe(const QString &method)
{
    return method != QLatin1String("GET") && method != QLatin1String("HEAD")
        && method != QLatin1String("OPTIONS") && method != QLatin1String("TRACE");
}

QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QStringLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QStringLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QStringLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QStringLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QStringLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QStringLiteral("PATCH");
    default:
        return QStringLiteral("OTHER");
    }
}

QByteArray serialize(const HttpReply &reply, const QString &correlationId)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(reply.status) + ' '
        + reasonPhrase(reply.status) + "\r\n";
    if (!reply.contentType.isEmpty())
        out += "Content-Type: " + reply.contentType + "\r\n";
    for (const auto &[name, value] : reply.headers)
        out += name + ": " + value + "\r\n";
    out += "X-Correlation-ID: " + correlationId.toUtf8() + "\r\n";
    out += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n\r\n";
    return out + reply.body;
}

// Closes with a TCP RST instead of a FIN, as a crashed proxy or worker would.
void resetConnection(QTcpSocket *socket)
{
    const linger hard {1, 0};
    ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
    socket->abort();
}

} // namespace

DevplaneServer::DevplaneServer(Store *store, Auth *auth, Options options, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_store(store)
    , m_auth(auth)
    , m_options(options)
{ }

std::optional<Fault> DevplaneServer::takeFault(const QString &method, const QString &path)
{
    for (auto it = m_faults.begin(); it != m_faults.end(); ++it) {
        if ((!it->method.isEmpty() && it->method.compare(method, Qt::CaseInsensitive) != 0)
            || !it->path.match(path).hasMatch())
            continue;
        Fault fault = *it;
        if (--it->count <= 0)
            m_faults.erase(it);
        return fault;
    }
    return std::nullopt;
}

bool DevplaneServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QElapsedTimer clock;
    clock.start();
    Call call;
    call.request = &request;
    call.method = methodName(request.method());
    call.path = request.url().path();
    call.query = QUrlQuery(request.url());
    const QByteArray correlation = request.value("X-Correlation-ID");
    call.correlationId = correlation.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                                               : QString::fromUtf8(correlation);

    const bool control = call.path.startsWith(QLatin1String("/_devplane/"));
    if (!control)
        ++m_requestCounts[call.method + QLatin1Char(' ') + call.path];
    const std::optional<Fault> fault
        = m_options.testMode && !control ? takeFault(call.method, call.path) : std::nullopt;

    if (fault && fault->resetBefore) {
        resetConnection(socket);
        return true;
    }
    HttpReply reply;
    if (fault && fault->status > 0) {
        reply = fault->html
            ? HttpReply {fault->status,
                         "text/html; charset=utf-8",
                         "<html><head><title>" + QByteArray::number(fault->status) + ' '
                             + reasonPhrase(fault->status) + "</title></head><body><h1>"
                             + reasonPhrase(fault->status) + "</h1></body></html>\n",
                         {}}
            : errorReply(fault->status,
                         fault->message.isEmpty() ? QStringLiteral("Injected fault")
                                                  : fault->message,
                         call.correlationId);
        if (fault->retryAfter > 0)
            reply.addHeader("Retry-After", QByteArray::number(fault->retryAfter));
    } else {
        reply = dispatch(request, call);
    }
    if (onAnswered)
        onAnswered(call, reply.status, double(clock.nsecsElapsed()) / 1e9);

    QByteArray bytes = serialize(reply, call.correlationId);
    const bool truncate = fault && fault->truncate;
    const bool reset = fault && fault->reset;
    auto send = [socket = QPointer<QTcpSocket>(socket), bytes, truncate, reset] {
        if (!socket)
            return;
        if (reset) {
            resetConnection(socket);
            return;
        }
        if (truncate) {
            socket->write(bytes.left(
                bytes.size()
                - std::max<qsizetype>(1, (bytes.size() - bytes.indexOf("\r\n\r\n")) / 2)));
            socket->flush();
            socket->disconnectFromHost();
            return;
        }
        socket->write(bytes);
    };
    if (fault && fault->delayMs > 0)
        QTimer::singleShot(fault->delayMs, socket, send);
    else
        send();
    return true;
}

void DevplaneServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    socket->write(
        serialize(djangoNotFoundPage(), QUuid::createUuid().toString(QUuid::WithoutBraces)));
}

HttpReply DevplaneServer::dispatch(const QHttpServerRequest &, Call &call)
{
    const Router::Match match = m_router.match(call.method, call.path);
    if (!match.route) {
        if (!match.allowedMethods.isEmpty()) {
            // Only DRF views answer a JSON 405; plain Django views answer an empty one.
            if (call.path == QLatin1String("/api/v1/metrics/"))
                return HttpReply {405, "text/html; charset=utf-8", {}, {}};
            return errorReply(405, QStringLiteral("Method \"%1\" not allowed.").arg(call.method),
                              call.correlationId);
        }
        // Django's APPEND_SLASH: a slash-less path whose slashed form exists is redirected.
        if (!call.path.endsWith(QLatin1Char('/'))
            && m_router.matchesAnyMethod(call.path + QLatin1Char('/'))) {
            QString location = call.path + QLatin1Char('/');
            if (!call.query.isEmpty())
                location += QLatin1Char('?') + call.query.toString(QUrl::FullyEncoded);
            return HttpReply {
                301, "text/html; charset=utf-8", {}, {{"Location", location.toUtf8()}}};
        }
        return djangoNotFoundPage();
    }
    call.args = match.args;
    call.pattern = match.route->pattern;
    if (auto denied = authorize(*match.route, call))
        return *denied;
    return match.route->handler(call);
}

std::optional<HttpReply> DevplaneServer::authorize(const Route &route, Call &call)
{
    if (route.access == Access::Plain)
        return std::nullopt;

    const QByteArray cookies = call.header("Cookie");
    const QString sessionKey = cookieValue(cookies, QStringLiteral("sessionid"));
    if (!sessionKey.isEmpty()) {
        if (const auto session = m_auth->session(sessionKey)) {
            call.sessionKey = session->key;
            call.username = session->username;
            const UserRecord *user = m_store->findUser(session->username);
            call.staff = user && user->staff;
        }
    }
    const bool authenticated = !call.username.isEmpty();

    // DRF: SessionAuthentication enforces CSRF on unsafe methods of authenticated requests.
    if (authenticated && unsafe(call.method)) {
        const auto failure = Auth::csrfFailure(cookieValue(cookies, QStringLiteral("csrftoken")),
                                               QString::fromUtf8(call.header("X-CSRFToken")));
        if (failure)
            return errorReply(403, QStringLiteral("CSRF Failed: %1").arg(*failure),
                              call.correlationId);
    }

    Access access = route.access;
    if (access == Access::DebugAnyElseAuthenticated)
        access = m_options.debugPermissions ? Access::AllowAny : Access::Authenticated;
    else if (access == Access::DebugAnyElseStaff)
        access = m_options.debugPermissions ? Access::AllowAny : Access::Staff;
    if ((access == Access::Authenticated || access == Access::Staff) && !authenticated)
        return errorReply(403, QString::fromUtf8(kNotAuthenticated), call.correlationId);
    if (access == Access::Staff && !call.staff)
        return errorReply(403, QString::fromUtf8(kNoPermission), call.correlationId);

    if (route.throttled) {
        const QString identity
            = authenticated ? call.username : call.request->remoteAddress().toString();
        if (const auto wait = m_auth->throttle(identity, authenticated)) {
            HttpReply reply = errorReply(
                429,
                QStringLiteral("Request was throttled. Expected available in %1 %2.")
                    .arg(*wait)
                    .arg(*wait == 1 ? QStringLiteral("second") : QStringLiteral("seconds")),
                call.correlationId);
            reply.addHeader("Retry-After", QByteArray::number(*wait));
            return reply;
        }
    }
    return std::nullopt;
}

} // namespace eucora::devplane
