// The secrets one connection profile keeps in the keychain, in the terms the console uses: the
// control-plane session of a user (restored into the cookie jar at start, kept after a sign-in,
// forgotten at sign-out), the password only when the operator asked for it to be remembered,
// and the Prometheus password or token.
#pragma once

#include "settings/secretstore.h"
#include "settings/storedsession.h"

#include <QObject>
#include <QUrl>

#include <functional>
#include <optional>

class QNetworkCookieJar;

namespace eucora::settings {

class SessionVault : public QObject
{
    Q_OBJECT

public:
    // `store` stays the caller's. An empty `profile` keeps nothing (a connection given only on
    // the command line is not saved anywhere).
    SessionVault(SecretStore *store, QString profile, QObject *parent = nullptr);

    const QString &profile() const { return m_profile; }
    SecretStore *store() const { return m_store; }
    bool keeps() const { return !m_profile.isEmpty(); }

    // Puts `user`'s stored session cookies for `server` into `jar`; `done(true)` when there were
    // some.
    void restoreSession(const QString &user, QNetworkCookieJar *jar, const QUrl &server,
                        std::function<void(bool restored)> done);
    // Keeps the session cookies `jar` now holds for `server` as `user`'s.
    void keepSession(const QString &user, QNetworkCookieJar *jar, const QUrl &server);
    // Sign-out: the user's session and remembered password go.
    void forgetUser(const QString &user, std::function<void()> done = {});
    void forgetSession(const QString &user);

    void rememberPassword(const QString &user, const QString &password);
    void forgetPassword(const QString &user);
    void readPassword(const QString &user, std::function<void(std::optional<QString>)> done);

    void keepPrometheusSecret(const QString &secret);
    void forgetPrometheusSecret();
    void readPrometheusSecret(std::function<void(std::optional<QString>)> done);

    // Every entry of this profile (when the profile is deleted), for the users named.
    void forgetProfile(const QStringList &users);

private:
    void readText(const QString &key, std::function<void(std::optional<QString>)> done);

    SecretStore *m_store;
    QString m_profile;
};

} // namespace eucora::settings
