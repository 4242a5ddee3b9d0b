// The devplane's HTTP building blocks: replies, EUCORA's error envelopes, the per-request call
// context, and a router that matches Django's exact paths (trailing slashes matter).
#pragma once

#include <QByteArray>
#include <QHttpServerRequest>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QRegularExpression>
#include <QStringList>
#include <QUrlQuery>

#include <functional>
#include <optional>
#include <vector>

namespace eucora::devplane {

struct HttpReply
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    void addHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.append({name, value});
    }
};

HttpReply jsonReply(const QJsonObject &object, int status = 200);
// {"error": ...} plus "correlation_id" when given (DRF's exception handler adds it; errors a
// view builds itself do not carry it).
HttpReply errorReply(int status, const QString &error, const QString &correlationId = {});
HttpReply djangoNotFoundPage();
struct Call;
// DRF's 400 for a body that is not JSON: {"detail": "JSON parse error - ...", "correlation_id"}.
HttpReply malformedBodyReply(const Call &call, const QString &parseError);
QByteArray reasonPhrase(int status);

// Who may call a route (contract table 0.3). Plain = a Django view: no DRF authentication,
// permission, CSRF or throttle.
enum class Access {
    Plain,
    AllowAny,
    Authenticated,
    Staff,
    DebugAnyElseAuthenticated,
    DebugAnyElseStaff
};

struct Call
{
    const QHttpServerRequest *request = nullptr;
    QString method;
    QString path;
    QString pattern; // the matched route pattern, for metrics
    QStringList args; // captured path segments
    QUrlQuery query;
    QString correlationId; // X-Correlation-ID of the request, or a fresh UUID
    QString username; // empty when anonymous
    bool staff = false;
    QString sessionKey;

    QByteArray header(const QByteArray &name) const;
    QString param(const QString &name) const
    {
        return query.queryItemValue(name, QUrl::FullyDecoded);
    }
    // The JSON body as an object; nullopt (with `error` set) when it is not a JSON object.
    std::optional<QJsonObject> jsonBody(QString *error) const;
};

using Handler = std::function<HttpReply(Call &)>;

struct Route
{
    QStringList methods;
    QString pattern; // e.g. "/api/v1/deployments/<uuid>/"
    QRegularExpression regex;
    Access access = Access::AllowAny;
    bool throttled = true;
    Handler handler;
};

class Router
{
public:
    struct Match
    {
        const Route *route = nullptr;
        QStringList args;
        QStringList allowedMethods; // for 405 when the path matched but the method did not
    };

    // Placeholders: <uuid> (canonical 8-4-4-4-12 hex) and <str> (one path segment).
    void add(const QStringList &methods, const QString &pattern, Access access, bool throttled,
             Handler handler);
    Match match(const QString &method, const QString &path) const;
    bool matchesAnyMethod(const QString &path) const;

private:
    std::vector<Route> m_routes;
};

} // namespace eucora::devplane
