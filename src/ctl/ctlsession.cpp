#include "ctlsession.h"

#include "ctloutput.h"
#include "serverurl.h"

#include <QCoreApplication>
#include <QNetworkCookieJar>

namespace eucora::ctl {

namespace {

bool isSessionCookie(const QNetworkCookie &cookie)
{
    return cookie.name() == "sessionid" || cookie.name() == "csrftoken";
}

} // namespace

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
    if (options.timeout)
        m_client.setTimeout(*options.timeout);

    const std::optional<SavedSession> saved = m_sessionFile.load(m_server);
    // A session saved for another user than the one asked for is not used (nor removed).
    if (!saved || (!m_username.isEmpty() && saved->username != m_username))
        return;
    m_username = saved->username;
    m_hasSavedSession = true;
    m_network.cookieJar()->setCookiesFromUrl(saved->cookies,
                                             endpointUrl(m_server, QStringLiteral("/")));
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
    for (const QNetworkCookie &cookie :
         m_network.cookieJar()->cookiesForUrl(endpointUrl(m_server, QStringLiteral("/")))) {
        if (isSessionCookie(cookie))
            session.cookies.append(cookie);
    }
    if (const Result<void, QString> saved = m_sessionFile.save(m_server, session); !saved)
        m_output.note(tr("the session could not be saved: %1").arg(saved.error()));
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
