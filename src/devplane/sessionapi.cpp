// Login, logout, session checks and the CSRF token endpoint (contract 1.2-1.3).
#include "apishapes.h"
#include "auth.h"
#include "context.h"
#include "devplaneserver.h"
#include "store.h"

namespace eucora::devplane {

namespace {

QByteArray sessionCookie(const QString &key, int maxAge)
{
    return QStringLiteral("sessionid=%1; HttpOnly; Max-Age=%2; Path=/; SameSite=Lax")
        .arg(key)
        .arg(maxAge)
        .toUtf8();
}

QByteArray csrfCookie(const QString &secret)
{
    return QStringLiteral("csrftoken=%1; Max-Age=31449600; Path=/; SameSite=Lax")
        .arg(secret)
        .toUtf8();
}

} // namespace

QStringList adminMounts(const QString &suffix)
{
    return {QStringLiteral("/api/v1/admin/") + suffix, QStringLiteral("/api/v1/core/") + suffix};
}

void registerSessionApi(DevplaneContext &ctx)
{
    Router &router = ctx.server->router();
    router.add({QStringLiteral("POST")}, QStringLiteral("/api/v1/auth/login"), Access::AllowAny,
               true, [&ctx](Call &call) {
                   QString parseError;
                   const auto body = call.jsonBody(&parseError);
                   if (!body)
                       return malformedBodyReply(call, parseError);
                   const QString name = body->value(QStringLiteral("email")).toString().isEmpty()
                       ? body->value(QStringLiteral("username")).toString()
                       : body->value(QStringLiteral("email")).toString();
                   const QString password = body->value(QStringLiteral("password")).toString();
                   if (body->contains(QStringLiteral("code")))
                       return errorReply(401, QStringLiteral("Invalid authorization code"));
                   if (name.isEmpty() || password.isEmpty())
                       return errorReply(400, QStringLiteral("Email and password required"));
                   const auto session = ctx.auth->login(name, password);
                   if (!session)
                       return errorReply(401, QStringLiteral("Invalid email or password"));
                   const UserRecord *user = ctx.store->findUser(session->username);
                   HttpReply reply = jsonReply({{QStringLiteral("user"), userJson(*user)},
                                                {QStringLiteral("session_id"), session->key}});
                   reply.addHeader("Set-Cookie", sessionCookie(session->key, 86400));
                   reply.addHeader("Set-Cookie", csrfCookie(Auth::newCsrfSecret()));
                   return reply;
               });
    router.add({QStringLiteral("POST")}, QStringLiteral("/api/v1/auth/logout"), Access::AllowAny,
               true, [&ctx](Call &call) {
                   if (!call.sessionKey.isEmpty())
                       ctx.auth->logout(call.sessionKey);
                   HttpReply reply = jsonReply(
                       {{QStringLiteral("message"), QStringLiteral("Logged out successfully")}});
                   reply.addHeader(
                       "Set-Cookie",
                       "sessionid=\"\"; Max-Age=0; Path=/; expires=Thu, 01 Jan 1970 00:00:00 GMT");
                   return reply;
               });
    router.add({QStringLiteral("GET")}, QStringLiteral("/api/v1/auth/me"), Access::Authenticated,
               true, [&ctx](Call &call) {
                   return jsonReply(
                       {{QStringLiteral("user"), userJson(*ctx.store->findUser(call.username))}});
               });
    router.add({QStringLiteral("GET")}, QStringLiteral("/api/v1/auth/validate"),
               Access::Authenticated, true, [&ctx](Call &call) {
                   const auto session = ctx.auth->session(call.sessionKey);
                   return jsonReply(
                       {{QStringLiteral("valid"), true},
                        {QStringLiteral("user"), userJson(*ctx.store->findUser(call.username))},
                        {QStringLiteral("session_expiry"), isoTimestamp(session->expiresAt)}});
               });
    for (const QString &path : adminMounts(QStringLiteral("csrf-token"))) {
        router.add({QStringLiteral("GET")}, path, Access::DebugAnyElseStaff, true, [](Call &call) {
            QString secret = cookieValue(call.header("Cookie"), QStringLiteral("csrftoken"));
            const bool fresh = secret.size() != 32;
            if (fresh)
                secret = Auth::newCsrfSecret();
            HttpReply reply
                = jsonReply({{QStringLiteral("csrf_token"), Auth::maskCsrfSecret(secret)}});
            if (fresh)
                reply.addHeader("Set-Cookie", csrfCookie(secret));
            return reply;
        });
    }
}

} // namespace eucora::devplane
