// Signing in to the control plane with a username and password (contract 1.2). The password
// lives only in the line edit unless the operator ticks "Remember password", and then only in
// the OS keychain (settings/sessionvault.h).
#pragma once

#include "controlplane/apimodels.h"
#include "controlplane/controlplaneerror.h"

#include <QDialog>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace Ui {
class LoginDialog;
}

namespace eucora::controlplane {
class ControlPlaneClient;
}

namespace eucora::app {

class OperatorSession;

class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LoginDialog(controlplane::ControlPlaneClient *client, QWidget *parent = nullptr);
    ~LoginDialog() override;

    // A dialog for `session`: its last user filled in, "Remember password" offered where the
    // session has somewhere to keep it; accepting signs the session in.
    static LoginDialog *forSession(OperatorSession *session, QWidget *parent);

    void setUsername(const QString &username);
    // Shows "Remember password", ticked or not.
    void offerToRemember(bool remember);

    // The signed-in user once the dialog was accepted.
    const std::optional<controlplane::User> &user() const { return m_user; }
    // The password, once accepted, when the operator asked for it to be remembered.
    const std::optional<QString> &rememberedPassword() const { return m_rememberedPassword; }
    QString errorText() const;

    // Runs `then` with a signed-in session: at once when there is one, otherwise after the
    // operator signed in through a login dialog opened on `parent` (nothing when cancelled).
    static void signInThen(OperatorSession *session, QWidget *parent, std::function<void()> then);

private:
    void signIn();
    void showFailure(const controlplane::ControlPlaneError &error);
    void updateThrottle();
    void updateButton();

    std::unique_ptr<Ui::LoginDialog> m_ui;
    controlplane::ControlPlaneClient *m_client;
    std::optional<controlplane::User> m_user;
    std::optional<QString> m_rememberedPassword;
    QTimer m_throttleTimer;
    bool m_busy = false;
};

} // namespace eucora::app
