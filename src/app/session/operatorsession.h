// Who the console acts as on the control plane: the signed-in user (or none), --read-only, and
// what that allows (actions/actionpermissions.h). Sessions are checked at start without
// blocking; signing in happens when the operator asks for it or starts an action.
#pragma once

#include "actions/actionpermissions.h"
#include "actions/operatoraction.h"
#include "controlplane/apimodels.h"

#include <QObject>

#include <optional>

namespace eucora::controlplane {
class ControlPlaneClient;
}
namespace eucora::settings {
class SessionVault;
}

namespace eucora::app {

class OperatorSession : public QObject
{
    Q_OBJECT

public:
    enum class Phase { Unchecked, Checking, SignedOut, SignedIn, Expired };

    OperatorSession(controlplane::ControlPlaneClient *client, const actions::AuditLog *audit,
                    bool readOnly, QObject *parent = nullptr);

    controlplane::ControlPlaneClient *client() const { return m_client; }
    const std::optional<controlplane::User> &user() const { return m_user; }
    Phase phase() const { return m_phase; }
    bool readOnly() const { return m_readOnly; }

    // Where the session is kept between runs (the profile's keychain entries); none: nowhere.
    void setVault(settings::SessionVault *vault) { m_vault = vault; }
    settings::SessionVault *vault() const { return m_vault; }
    // The sign-in dialog's defaults: the profile's last user and whether the password is
    // remembered for it.
    void setSignInDefaults(const QString &username, bool rememberPassword);
    const QString &defaultUsername() const { return m_defaultUsername; }
    bool rememberPasswordByDefault() const { return m_rememberPassword; }
    // Whether a sign-in dialog may offer "Remember password" (there is somewhere to keep it).
    bool canRememberPassword() const;

    // Asks the server whether a session cookie is still good (GET /api/v1/auth/validate).
    void validate();
    // A sign-in succeeded: the session is kept in the vault.
    void setSignedIn(const controlplane::User &user);
    // The operator signed in through the dialog: as setSignedIn, and the password is kept when
    // `rememberedPassword` is given, a remembered one forgotten otherwise.
    void setSignedInByOperator(const controlplane::User &user,
                               std::optional<QString> rememberedPassword);
    // POST logout and forget the user (the user is forgotten even when the server is down).
    void signOut();
    // A read answered "Authentication credentials were not provided.": ask for a new sign-in.
    void markExpired();
    // Something that changes availability happened (a rollback met an HTML 404).
    void recheck() { emit availabilityChanged(); }

    actions::Availability availability(actions::ActionKind kind) const;
    // True when not being signed in is all that stands between the operator and `kind`.
    bool signInWouldAllow(actions::ActionKind kind) const;
    actions::ActionContext actionContext() const;

    // One line for the status bar: who, and whether staff.
    QString describe() const;

signals:
    void changed(); // signed in, out, expired (availability changes with it)
    // An operator signed in through a dialog (not a restored session): the profile remembers
    // who, and whether the password is kept.
    void signedInAs(const QString &username, bool passwordRemembered);
    void availabilityChanged(); // the same user, but an action became (un)available

private:
    actions::PermissionInputs inputs() const;
    void setPhase(Phase phase, std::optional<controlplane::User> user);

    controlplane::ControlPlaneClient *m_client;
    const actions::AuditLog *m_audit;
    bool m_readOnly;
    settings::SessionVault *m_vault = nullptr;
    QString m_defaultUsername;
    bool m_rememberPassword = false;
    Phase m_phase = Phase::Unchecked;
    std::optional<controlplane::User> m_user;
};

} // namespace eucora::app
