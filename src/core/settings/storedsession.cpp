#include "settings/storedsession.h"

#include "serverurl.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkCookieJar>

namespace eucora::settings {

namespace {

bool isSessionCookie(const QNetworkCookie &cookie)
{
    return cookie.name() == "sessionid" || cookie.name() == "csrftoken";
}

QJsonObject cookieToJson(const QNetworkCookie &cookie)
{
    QJsonObject out {{QStringLiteral("name"), QString::fromUtf8(cookie.name())},
                     {QStringLiteral("value"), QString::fromUtf8(cookie.value())},
                     {QStringLiteral("path"), cookie.path()},
                     {QStringLiteral("secure"), cookie.isSecure()},
                     {QStringLiteral("http_only"), cookie.isHttpOnly()}};
    if (!cookie.isSessionCookie())
        out.insert(QStringLiteral("expires"),
                   cookie.expirationDate().toUTC().toString(Qt::ISODateWithMs));
    return out;
}

std::optional<QNetworkCookie> cookieFromJson(const QJsonObject &json)
{
    const QString name = json.value(QStringLiteral("name")).toString();
    if (name.isEmpty())
        return std::nullopt;
    QNetworkCookie cookie(name.toUtf8(), json.value(QStringLiteral("value")).toString().toUtf8());
    cookie.setPath(json.value(QStringLiteral("path")).toString(QStringLiteral("/")));
    cookie.setSecure(json.value(QStringLiteral("secure")).toBool());
    cookie.setHttpOnly(json.value(QStringLiteral("http_only")).toBool());
    const QString expires = json.value(QStringLiteral("expires")).toString();
    if (!expires.isEmpty()) {
        const QDateTime when = QDateTime::fromString(expires, Qt::ISODateWithMs);
        if (!when.isValid() || when <= QDateTime::currentDateTimeUtc())
            return std::nullopt;
        cookie.setExpirationDate(when);
    }
    return cookie;
}

} // namespace

QJsonObject StoredSession::toJson() const
{
    QJsonArray list;
    for (const QNetworkCookie &cookie : cookies)
        list.append(cookieToJson(cookie));
    return {{QStringLiteral("username"), username},
            {QStringLiteral("saved_at"), savedAt.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("cookies"), list}};
}

std::optional<StoredSession> StoredSession::fromJson(const QJsonObject &json)
{
    StoredSession session;
    session.username = json.value(QStringLiteral("username")).toString();
    session.savedAt
        = QDateTime::fromString(json.value(QStringLiteral("saved_at")).toString(), Qt::ISODate);
    for (const QJsonValue item : json.value(QStringLiteral("cookies")).toArray()) {
        if (const auto cookie = cookieFromJson(item.toObject()))
            session.cookies.append(*cookie);
    }
    if (session.cookies.isEmpty())
        return std::nullopt;
    return session;
}

QByteArray StoredSession::encode() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
}

std::optional<StoredSession> StoredSession::decode(const QByteArray &bytes)
{
    return fromJson(QJsonDocument::fromJson(bytes).object());
}

QList<QNetworkCookie> sessionCookies(QNetworkCookieJar *jar, const QUrl &server)
{
    QList<QNetworkCookie> out;
    for (const QNetworkCookie &cookie :
         jar->cookiesForUrl(endpointUrl(server, QStringLiteral("/")))) {
        if (isSessionCookie(cookie))
            out.append(cookie);
    }
    return out;
}

void restoreSessionCookies(QNetworkCookieJar *jar, const QUrl &server,
                           const QList<QNetworkCookie> &cookies)
{
    jar->setCookiesFromUrl(cookies, endpointUrl(server, QStringLiteral("/")));
}

void forgetSessionCookies(QNetworkCookieJar *jar, const QUrl &server)
{
    for (const QNetworkCookie &cookie : sessionCookies(jar, server))
        jar->deleteCookie(cookie);
}

} // namespace eucora::settings
