#include "ctlsession.h"

#include "ctloutput.h"
#include "serverurl.h"
#include "settings/storedsession.h"

#include <QCoreApplication>
#include <QNetworkCookieJar>

namespace eucora::ctl {

std::optional<QByteArray> readSecretNow(settings::SecretStore &store, const QString &key)
{
    std::optional<QByteArray> secret;
    bool done = false;
    QEventLoop loop;
    store.read(key, nullptr, [&](const std::optional<QByteArray> &value) {
        secret = value;
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
    return secret;
}

bool writeSecretNow(settings::SecretStore &store, const QString &key, const QByteArray &secret)
{
    bool stored = false;
    bool done = false;
    QEventLoop loop;
    store.write(key, secret, [&](bool ok) {
        stored = ok;
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
    return stored;
}

CtlSession::CtlSession(const CtlOptions &options, std::optional<QString> password,
                       const CtlOutput &output, QObject *parent)
    : QObject(parent)
    , m_output(output)
    , m_server(options.controlPlaneUrl)
    , m_client(&m_network, options.controlPlaneUrl)
    , m_sessionFile(SessionFile::defaultPath())
    , m_username(options.username)
    , m_password(std::move(password))
{
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    if (const Result<bool, QString> tls = m_network.apply(options.connection); !tls.ok())
        m_connectionProblem = tls.error();
    if (options.timeout)
        m_client.setTimeout(*options.timeout);
    m_profile = options.profile;
    connect(&m_secrets, &settings::SecretStore::unavailable, this, [this](const QString &why) {
        m_output.note(tr("no keychain (%1): the session is kept in %2 instead")
                          .arg(why, m_sessionFile.path()));
    });
    if (m_username.isEmpty())
        m_username = options.connection.controlPlaneUser;

    const std::optional<SavedSession> saved = loadSession();
    // A session saved for another user than the one asked for is not used (nor removed).
    if (!saved || (!m_username.isEmpty() && saved->username != m_username))
        return;
    m_username = saved->username;
    m_hasSavedSession = true;
    settings::restoreSessionCookies(m_network.cookieJar(), m_server, saved->cookies);
}

bool CtlSession::useKeychain() const
{
    return !m_profile.isEmpty()
        && m_secrets.availability() != settings::SecretStore::Availability::Unavailable;
}

std::optional<SavedSession> CtlSession::loadSession()
{
    if (!m_profile.isEmpty() && !m_username.isEmpty()) {
        const std::optional<QByteArray> secret
            = readSecretNow(m_secrets, settings::SecretStore::sessionKey(m_profile, m_username));
        if (useKeychain())
            return secret ? SavedSession::decode(*secret) : std::nullopt;
    }
    return m_sessionFile.load(m_server);
}

void CtlSession::saveSession(const SavedSession &session)
{
    if (useKeychain()
        && writeSecretNow(m_secrets, settings::SecretStore::sessionKey(m_profile, session.username),
                          session.encode()))
        return;
    if (const Result<void, QString> saved = m_sessionFile.save(m_server, session); !saved)
        m_output.note(tr("the session could not be saved: %1").arg(saved.error()));
}

CtlSession::Outcome<controlplane::User> CtlSession::logIn()
{
    m_loggedIn = true;
    if (!hasCredentials())
        return CtlFailure {ExitCode::Authentication,
                           tr("logging in needs a username (--username or EUCORA_USERNAME) and "
                              "a password (--password-stdin or EUCORA_PASSWORD)"),
                           0};
    const controlplane::ApiResult<controlplane::User> user
        = await<controlplane::User>([this](Callback<controlplane::User> done) {
              m_client.login(m_username, *m_password, this, std::move(done));
          });
    if (!user.ok())
        return loginFailure(user.error());
    m_hasSavedSession = true;

    SavedSession session;
    session.username = user.value().username.isEmpty() ? m_username : user.value().username;
    session.savedAt = QDateTime::currentDateTimeUtc();
    session.cookies = settings::sessionCookies(m_network.cookieJar(), m_server);
    saveSession(session);
    return user.value();
}

CtlFailure CtlSession::loginFailure(const controlplane::ControlPlaneError &error) const
{
    const int status = error.httpStatus;
    if (status == 400 || status == 401 || status == 403)
        return CtlFailure {
            ExitCode::Authentication,
            tr("login to %1 as %2 failed (%3): %4")
                .arg(serverName(), m_username, QString::number(status), error.message),
            status};
    return failureOf(error, serverName());
}

CtlSession::Outcome<controlplane::User> CtlSession::currentUser()
{
    return read<controlplane::User>(
        [this](Callback<controlplane::User> done) { m_client.validate(this, std::move(done)); });
}

CtlSession::Outcome<controlplane::User> CtlSession::logInIfNoSession()
{
    if (m_hasSavedSession || m_loggedIn || !hasCredentials())
        return controlplane::User {};
    return logIn();
}

void CtlSession::noteRelogin() const
{
    m_output.note(tr("the session had expired: logged in again as %1").arg(m_username));
}

} // namespace eucora::ctl
