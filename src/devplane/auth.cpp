#include "auth.h"

#include "store.h"

#include <QRandomGenerator>

#include <cmath>

namespace eucora::devplane {

namespace {

const QString kChars
    = QStringLiteral("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");
constexpr qint64 kSessionSeconds = 86400;
constexpr qint64 kHourMs = 3600 * 1000;

QString randomString(int length)
{
    QString out;
    out.reserve(length);
    for (int i = 0; i < length; ++i)
        out += kChars.at(int(QRandomGenerator::global()->bounded(quint32(kChars.size()))));
    return out;
}

bool alphanumeric(const QString &text)
{
    for (const QChar c : text) {
        if (!kChars.contains(c))
            return false;
    }
    return true;
}

// Django's _unmask_cipher_token: the first half is the mask, the second the masked secret.
QString unmask(const QString &token)
{
    const QString mask = token.left(32);
    const QString cipher = token.mid(32);
    QString secret;
    for (int i = 0; i < 32; ++i) {
        const auto x = kChars.indexOf(cipher.at(i));
        const auto y = kChars.indexOf(mask.at(i));
        secret += kChars.at((x - y + kChars.size()) % kChars.size());
    }
    return secret;
}

} // namespace

QString cookieValue(const QByteArray &cookieHeader, const QString &name)
{
    const QList<QByteArray> parts = cookieHeader.split(';');
    for (const QByteArray &part : parts) {
        const QByteArray trimmed = part.trimmed();
        const auto eq = trimmed.indexOf('=');
        if (eq > 0 && QString::fromUtf8(trimmed.left(eq)) == name)
            return QString::fromUtf8(trimmed.mid(eq + 1));
    }
    return {};
}

Auth::Auth(Store *store)
    : m_store(store)
{ }

void Auth::setThrottle(bool enabled, int requestsPerHour)
{
    m_throttle = enabled;
    m_rate = requestsPerHour;
}

std::optional<Session> Auth::login(const QString &name, const QString &password)
{
    const UserRecord *user = m_store->findUserByEmail(name);
    if (!user || user->password != password)
        user = m_store->findUser(name);
    if (!user || user->password != password)
        return std::nullopt;
    Session session {randomString(32).toLower(), user->username,
                     QDateTime::currentDateTimeUtc().addSecs(kSessionSeconds)};
    m_sessions.insert(session.key, session);
    return session;
}

void Auth::logout(const QString &sessionKey)
{
    m_sessions.remove(sessionKey);
}

std::optional<Session> Auth::session(const QString &sessionKey)
{
    const auto it = m_sessions.find(sessionKey);
    if (it == m_sessions.end())
        return std::nullopt;
    if (it->expiresAt < QDateTime::currentDateTimeUtc() || !m_store->findUser(it->username)) {
        m_sessions.erase(it); // expired, or the user was deleted (demo re-seed)
        return std::nullopt;
    }
    return *it;
}

QString Auth::newCsrfSecret()
{
    return randomString(32);
}

QString Auth::maskCsrfSecret(const QString &secret)
{
    const QString mask = randomString(32);
    QString cipher;
    for (int i = 0; i < 32; ++i) {
        const auto x = kChars.indexOf(secret.at(i));
        const auto y = kChars.indexOf(mask.at(i));
        cipher += kChars.at((x + y) % kChars.size());
    }
    return mask + cipher;
}

std::optional<QString> Auth::csrfFailure(const QString &cookieToken, const QString &headerToken)
{
    if (cookieToken.isEmpty())
        return QStringLiteral("CSRF cookie not set.");
    if (headerToken.isEmpty())
        return QStringLiteral("CSRF token missing.");
    if (headerToken.size() != 32 && headerToken.size() != 64)
        return QStringLiteral(
            "CSRF token from the 'X-Csrftoken' HTTP header has incorrect length.");
    if (!alphanumeric(headerToken))
        return QStringLiteral(
            "CSRF token from the 'X-Csrftoken' HTTP header has invalid characters.");
    const QString cookieSecret = cookieToken.size() == 64 ? unmask(cookieToken) : cookieToken;
    const QString headerSecret = headerToken.size() == 64 ? unmask(headerToken) : headerToken;
    if (cookieSecret != headerSecret)
        return QStringLiteral("CSRF token from the 'X-Csrftoken' HTTP header incorrect.");
    return std::nullopt;
}

std::optional<int> Auth::throttle(const QString &identity, bool isUser)
{
    if (!m_throttle)
        return std::nullopt;
    if (isUser
        && (identity == QLatin1String("loadtest_user") || identity == QLatin1String("cab_approver")
            || identity == QLatin1String("publisher_user")))
        return std::nullopt;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    std::deque<qint64> &history
        = m_history[(isUser ? QStringLiteral("user:") : QStringLiteral("ip:")) + identity];
    while (!history.empty() && history.back() <= now - kHourMs)
        history.pop_back();
    if (int(history.size()) >= m_rate) {
        // DRF's SimpleRateThrottle.wait(): the rest of the window of the oldest request.
        const double wait = double(kHourMs - (now - history.back())) / 1000.0;
        return std::max(1, int(std::ceil(wait)));
    }
    history.push_front(now);
    return std::nullopt;
}

} // namespace eucora::devplane
