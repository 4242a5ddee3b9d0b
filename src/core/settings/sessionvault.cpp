#include "settings/sessionvault.h"

namespace eucora::settings {

SessionVault::SessionVault(SecretStore *store, QString profile, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_profile(std::move(profile))
{ }

void SessionVault::restoreSession(const QString &user, QNetworkCookieJar *jar, const QUrl &server,
                                  std::function<void(bool)> done)
{
    if (!keeps() || user.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [done] { done(false); }, Qt::QueuedConnection);
        return;
    }
    m_store->read(SecretStore::sessionKey(m_profile, user), this,
                  [jar, server, done](const std::optional<QByteArray> &secret) {
                      const std::optional<StoredSession> session
                          = secret ? StoredSession::decode(*secret) : std::nullopt;
                      if (session)
                          restoreSessionCookies(jar, server, session->cookies);
                      done(session.has_value());
                  });
}

void SessionVault::keepSession(const QString &user, QNetworkCookieJar *jar, const QUrl &server)
{
    if (!keeps() || user.isEmpty())
        return;
    StoredSession session;
    session.username = user;
    session.savedAt = QDateTime::currentDateTimeUtc();
    session.cookies = sessionCookies(jar, server);
    if (session.cookies.isEmpty())
        return;
    m_store->write(SecretStore::sessionKey(m_profile, user), session.encode());
}

void SessionVault::forgetSession(const QString &user)
{
    if (keeps() && !user.isEmpty())
        m_store->remove(SecretStore::sessionKey(m_profile, user));
}

void SessionVault::forgetUser(const QString &user, std::function<void()> done)
{
    if (!keeps() || user.isEmpty()) {
        if (done)
            QMetaObject::invokeMethod(this, done, Qt::QueuedConnection);
        return;
    }
    m_store->remove(SecretStore::sessionKey(m_profile, user));
    m_store->remove(SecretStore::passwordKey(m_profile, user), [done](bool) {
        if (done)
            done();
    });
}

void SessionVault::rememberPassword(const QString &user, const QString &password)
{
    if (keeps() && !user.isEmpty())
        m_store->write(SecretStore::passwordKey(m_profile, user), password.toUtf8());
}

void SessionVault::forgetPassword(const QString &user)
{
    if (keeps() && !user.isEmpty())
        m_store->remove(SecretStore::passwordKey(m_profile, user));
}

void SessionVault::readPassword(const QString &user,
                                std::function<void(std::optional<QString>)> done)
{
    if (user.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [done] { done(std::nullopt); }, Qt::QueuedConnection);
        return;
    }
    readText(SecretStore::passwordKey(m_profile, user), std::move(done));
}

void SessionVault::keepPrometheusSecret(const QString &secret)
{
    if (keeps())
        m_store->write(SecretStore::prometheusKey(m_profile), secret.toUtf8());
}

void SessionVault::forgetPrometheusSecret()
{
    if (keeps())
        m_store->remove(SecretStore::prometheusKey(m_profile));
}

void SessionVault::readPrometheusSecret(std::function<void(std::optional<QString>)> done)
{
    readText(SecretStore::prometheusKey(m_profile), std::move(done));
}

void SessionVault::forgetProfile(const QStringList &users)
{
    forgetPrometheusSecret();
    for (const QString &user : users)
        forgetUser(user);
}

void SessionVault::readText(const QString &key, std::function<void(std::optional<QString>)> done)
{
    if (!keeps()) {
        QMetaObject::invokeMethod(
            this, [done] { done(std::nullopt); }, Qt::QueuedConnection);
        return;
    }
    m_store->read(key, this, [done](const std::optional<QByteArray> &secret) {
        done(secret ? std::optional<QString>(QString::fromUtf8(*secret)) : std::nullopt);
    });
}

} // namespace eucora::settings
