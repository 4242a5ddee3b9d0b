// Signing in to the control plane with a username and password (contract 1.2). The password
// lives only in the line edit: it is not stored anywhere.
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

    // The signed-in user once the dialog was accepted.
    const std::optional<controlplane::User> &user() const { return m_user; }
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
    QTimer m_throttleTimer;
    bool m_busy = false;
};

} // namespace eucora::app
