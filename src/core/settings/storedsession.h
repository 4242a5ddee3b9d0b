// A control-plane session as kept between runs: who, when, and the session cookies (sessionid,
// csrftoken) the login answer set. Never a password. The console keeps it in the keychain,
// eucora-ctl in the keychain or its private session file.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QNetworkCookie>
#include <QString>
#include <QUrl>

#include <optional>

class QNetworkCookieJar;

namespace eucora::settings {

struct StoredSession
{
    QString username;
    QDateTime savedAt; // UTC
    QList<QNetworkCookie> cookies; // host-only: they are set again for the URL they came from

    QJsonObject toJson() const;
    // Cookies that expired since are left out; nullopt when none is left.
    static std::optional<StoredSession> fromJson(const QJsonObject &json);

    QByteArray encode() const;
    static std::optional<StoredSession> decode(const QByteArray &bytes);
};

// The session cookies the jar holds for `server`.
QList<QNetworkCookie> sessionCookies(QNetworkCookieJar *jar, const QUrl &server);
// Puts `cookies` back into the jar for `server`.
void restoreSessionCookies(QNetworkCookieJar *jar, const QUrl &server,
                           const QList<QNetworkCookie> &cookies);
// Drops the session cookies of `server` from the jar.
void forgetSessionCookies(QNetworkCookieJar *jar, const QUrl &server);

} // namespace eucora::settings
