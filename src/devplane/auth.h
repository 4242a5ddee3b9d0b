// EUCORA's authentication as a non-browser client meets it (contract 1): Django sessions in a
// `sessionid` cookie, CSRF double-submit with `csrftoken` + `X-CSRFToken`, and DRF's
// 1000-requests-per-hour throttle with Retry-After.
#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>

#include <deque>
#include <optional>

namespace eucora::devplane {

class Store;

struct Session
{
    QString key;
    QString username;
    QDateTime expiresAt;
};

class Auth
{
public:
    explicit Auth(Store *store);

    void setThrottle(bool enabled, int requestsPerHour = 1000);

    // Username first, then e-mail (EUCORA tries e-mail, then username; same outcome).
    std::optional<Session> login(const QString &name, const QString &password);
    void logout(const QString &sessionKey);
    std::optional<Session> session(const QString &sessionKey);

    // Django's CSRF check of an unsafe, session-authenticated request. Returns the reason
    // ("CSRF cookie not set.", ...) when it fails.
    static std::optional<QString> csrfFailure(const QString &cookieToken,
                                              const QString &headerToken);
    static QString newCsrfSecret(); // 32 alphanumerics, as the csrftoken cookie holds
    static QString maskCsrfSecret(const QString &secret); // 64 chars, as get_token() returns

    // Records a request of `identity` (user name or client address); returns the seconds to
    // wait when over the limit. Users EUCORA exempts are never throttled.
    std::optional<int> throttle(const QString &identity, bool isUser);

private:
    Store *m_store;
    QHash<QString, Session> m_sessions;
    QHash<QString, std::deque<qint64>> m_history; // request times (ms), newest first
    bool m_throttle = true;
    int m_rate = 1000;
};

QString cookieValue(const QByteArray &cookieHeader, const QString &name);

} // namespace eucora::devplane
