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

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QObject>

#include <functional>
#include <optional>

namespace eucora::ctl {

class CtlOutput;

class CtlSession : public QObject
{
    Q_OBJECT

public:
    template<typename T> using Callback = controlplane::ControlPlaneClient::Callback<T>;

    // `password` is what --password-stdin or EUCORA_PASSWORD gave (nullopt: none).
    CtlSession(const CtlOptions &options, std::optional<QString> password, const CtlOutput &output,
               QObject *parent = nullptr);

    controlplane::ControlPlaneClient &client() { return m_client; }
    QNetworkAccessManager &network() { return m_network; }
    const QUrl &server() const { return m_server; }
    QString serverName() const { return m_server.toString(); }
    const SessionFile &sessionFile() const { return m_sessionFile; }

    // The username to log in as (--username, $EUCORA_USERNAME, else the saved session's).
    const QString &username() const { return m_username; }
    bool hasCredentials() const { return !m_username.isEmpty() && m_password.has_value(); }
    void setPassword(const QString &password) { m_password = password; }

    // POST login with the credentials and save the session's cookies.
    Result<controlplane::User> logIn();
    // The signed-in user (GET validate, as a read).
    Result<controlplane::User> currentUser();

    // Runs one request and waits for its callback.
    template<typename T> Result<T> await(const std::function<void(Callback<T>)> &start)
    {
        std::optional<Result<T>> answer;
        QEventLoop loop;
        start([&answer, &loop](const Result<T> &result) {
            answer = result;
            loop.quit();
        });
        if (!answer)
            loop.exec();
        if (!answer->ok()) {
            m_lastError = m_client.lastError();
            m_lastWasLogin = false;
        }
        return *answer;
    }

    // A safe read: logs in first when there is no session but credentials, and after a
    // NotAuthenticated answer logs in once and sends the read again.
    template<typename T> Result<T> read(const std::function<void(Callback<T>)> &start)
    {
        if (!logInIfNoSession())
            return m_loginError;
        Result<T> answer = await<T>(start);
        if (answer.ok() || !notAuthenticated() || !hasCredentials() || m_loggedIn)
            return answer;
        if (!logIn().ok())
            return m_loginError;
        noteRelogin();
        return await<T>(start);
    }

    // What the last failed call means for the operator, as an exit code and a line.
    CtlFailure lastFailure() const;

private:
    bool logInIfNoSession();
    void noteRelogin() const;
    bool notAuthenticated() const;

    const CtlOutput &m_output;
    QNetworkAccessManager m_network;
    QUrl m_server;
    controlplane::ControlPlaneClient m_client;
    SessionFile m_sessionFile;
    QString m_username;
    std::optional<QString> m_password;
    bool m_hasSavedSession = false;
    bool m_loggedIn = false; // logged in during this run: no second attempt
    std::optional<controlplane::ControlPlaneError> m_lastError;
    bool m_lastWasLogin = false;
    ApiError m_loginError;
};

} // namespace eucora::ctl
