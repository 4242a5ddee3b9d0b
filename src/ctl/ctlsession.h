// One eucora-ctl run against one control plane: the network access, the ControlPlaneClient,
// the cookies of the saved session, and the credentials to log in with. A command is a
// sequence of requests, so each request is awaited in a local event loop; the deadline of every
// request is the client's own.
//
// A read that meets "Authentication credentials were not provided." logs in once (when a
// username and a password are at hand) and is sent again; a POST never is.
#pragma once

#include "controlplane/controlplaneclient.h"
#include "ctlfailure.h"
#include "ctloptions.h"
#include "sessionfile.h"
#include "settings/connectionnetwork.h"
#include "settings/secretstore.h"

#include <QEventLoop>
#include <QObject>

#include <functional>
#include <optional>

namespace eucora::ctl {

class CtlOutput;

// A keychain entry read or written in a local event loop (a command waits for it anyway).
std::optional<QByteArray> readSecretNow(settings::SecretStore &store, const QString &key);
bool writeSecretNow(settings::SecretStore &store, const QString &key, const QByteArray &secret);

class CtlSession : public QObject
{
    Q_OBJECT

public:
    template<typename T> using Callback = controlplane::ControlPlaneClient::Callback<T>;

    // `password` is what --password-stdin or EUCORA_PASSWORD gave (nullopt: none).
    CtlSession(const CtlOptions &options, std::optional<QString> password, const CtlOutput &output,
               QObject *parent = nullptr);

    controlplane::ControlPlaneClient &client() { return m_client; }
    settings::ConnectionNetwork &network() { return m_network; }
    // Why the connection's TLS files cannot be used; empty when they can.
    const QString &connectionProblem() const { return m_connectionProblem; }
    const QUrl &server() const { return m_server; }
    QString serverName() const { return m_server.toString(); }
    const SessionFile &sessionFile() const { return m_sessionFile; }

    // The username to log in as (--username, $EUCORA_USERNAME, else the saved session's).
    const QString &username() const { return m_username; }
    bool hasCredentials() const { return !m_username.isEmpty() && m_password.has_value(); }
    void setPassword(const QString &password) { m_password = password; }

    // A result, or what its failure means for the operator: exit code and one line.
    template<typename T> using Outcome = Result<T, CtlFailure>;

    // POST login with the credentials and save the session's cookies.
    Outcome<controlplane::User> logIn();
    // The signed-in user (GET validate, as a read).
    Outcome<controlplane::User> currentUser();

    // Runs one request and waits for its callback.
    template<typename T>
    controlplane::ApiResult<T> await(const std::function<void(Callback<T>)> &start)
    {
        std::optional<controlplane::ApiResult<T>> answer;
        QEventLoop loop;
        start([&answer, &loop](const controlplane::ApiResult<T> &result) {
            answer = result;
            loop.quit();
        });
        if (!answer)
            loop.exec();
        return *answer;
    }

    // A safe read: logs in first when there is no session but credentials, and after a
    // NotAuthenticated answer logs in once and sends the read again.
    template<typename T> Outcome<T> read(const std::function<void(Callback<T>)> &start)
    {
        if (Outcome<controlplane::User> login = logInIfNoSession(); !login.ok())
            return login.error();
        controlplane::ApiResult<T> answer = await<T>(start);
        if (!answer.ok()
            && answer.error().is(controlplane::ControlPlaneError::Meaning::NotAuthenticated)
            && hasCredentials() && !m_loggedIn) {
            if (Outcome<controlplane::User> login = logIn(); !login.ok())
                return login.error();
            noteRelogin();
            answer = await<T>(start);
        }
        if (!answer.ok())
            return failureOf(answer.error(), serverName());
        return answer.value();
    }

private:
    Outcome<controlplane::User> logInIfNoSession();
    // The session kept for this server: in the keychain under the profile, else in the file.
    std::optional<SavedSession> loadSession();
    void saveSession(const SavedSession &session);
    bool useKeychain() const;
    void noteRelogin() const;
    CtlFailure loginFailure(const controlplane::ControlPlaneError &error) const;

    const CtlOutput &m_output;
    settings::ConnectionNetwork m_network;
    QString m_connectionProblem;
    QString m_profile;
    settings::SecretStore m_secrets;
    QUrl m_server;
    controlplane::ControlPlaneClient m_client;
    SessionFile m_sessionFile;
    QString m_username;
    std::optional<QString> m_password;
    bool m_hasSavedSession = false;
    bool m_loggedIn = false; // logged in during this run: no second attempt
};

} // namespace eucora::ctl
