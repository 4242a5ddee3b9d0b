#include "httpapi.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace eucora::devplane {

HttpReply jsonReply(const QJsonObject &object, int status)
{
    return HttpReply {
        status, "application/json", QJsonDocument(object).toJson(QJsonDocument::Compact), {}};
}

HttpReply errorReply(int status, const QString &error, const QString &correlationId)
{
    QJsonObject body {{QStringLiteral("error"), error}};
    if (!correlationId.isEmpty())
        body.insert(QStringLiteral("correlation_id"), correlationId);
    return jsonReply(body, status);
}

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

HttpReply malformedBodyReply(const Call &call, const QString &parseError)
{
    return jsonReply({{QStringLiteral("detail"), parseError},
                      {QStringLiteral("correlation_id"), call.correlationId}},
                     400);
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 301:
        return "Moved Permanently";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

QByteArray Call::header(const QByteArray &name) const
{
    return request ? request->value(name) : QByteArray();
}

std::optional<QJsonObject> Call::jsonBody(QString *error) const
{
    const QByteArray body = request ? request->body() : QByteArray();
    if (body.trimmed().isEmpty())
        return QJsonObject();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("JSON parse error - %1").arg(parseError.errorString());
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error = QStringLiteral("JSON parse error - expected an object");
        return std::nullopt;
    }
    return doc.object();
}

void Router::add(const QStringList &methods, const QString &pattern, Access access, bool throttled,
                 Handler handler)
{
    QString regex = QRegularExpression::escape(pattern);
    regex.replace(QStringLiteral("\\<uuid\\>"),
                  QStringLiteral("([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
                                 "[0-9a-fA-F]{12})"));
    regex.replace(QStringLiteral("\\<str\\>"), QStringLiteral("([^/]+)"));
    m_routes.push_back(Route {methods, pattern,
                              QRegularExpression(QStringLiteral("^%1$").arg(regex)), access,
                              throttled, std::move(handler)});
}

Router::Match Router::match(const QString &method, const QString &path) const
{
    Match result;
    for (const Route &route : m_routes) {
        const QRegularExpressionMatch m = route.regex.match(path);
        if (!m.hasMatch())
            continue;
        if (!route.methods.contains(method)) {
            result.allowedMethods += route.methods;
            continue;
        }
        result.route = &route;
        result.args = m.capturedTexts().mid(1);
        return result;
    }
    return result;
}

bool Router::matchesAnyMethod(const QString &path) const
{
    for (const Route &route : m_routes) {
        if (route.regex.match(path).hasMatch())
            return true;
    }
    return false;
}

} // namespace eucora::devplane
