#include "session/operatorsession.h"

#include "controlplane/controlplaneclient.h"
#include "settings/sessionvault.h"

#include <QNetworkAccessManager>

namespace eucora::app {

using controlplane::ControlPlaneError;

OperatorSession::OperatorSession(controlplane::ControlPlaneClient *client,
                                 const actions::AuditLog *audit, bool readOnly, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_audit(audit)
    , m_readOnly(readOnly)
{ }

void OperatorSession::validate()
{
    setPhase(Phase::Checking, m_user);
    m_client->validate(this, [this](const controlplane::ApiResult<controlplane::User> &result) {
        if (m_phase != Phase::Checking)
            return; // signed in or out meanwhile: that answer is newer
        if (result.ok())
            setPhase(Phase::SignedIn, result.value());
        else
            setPhase(Phase::SignedOut, std::nullopt);
    });
}

void OperatorSession::setSignInDefaults(const QString &username, bool rememberPassword)
{
    m_defaultUsername = username;
    m_rememberPassword = rememberPassword;
}

bool OperatorSession::canRememberPassword() const
{
    return m_vault && m_vault->keeps();
}

void OperatorSession::setSignedIn(const controlplane::User &user)
{
    if (m_vault)
        m_vault->keepSession(user.username, m_client->network()->cookieJar(), m_client->baseUrl());
    setPhase(Phase::SignedIn, user);
}

void OperatorSession::setSignedInByOperator(const controlplane::User &user,
                                            std::optional<QString> rememberedPassword)
{
    if (m_vault && rememberedPassword)
        m_vault->rememberPassword(user.username, *rememberedPassword);
    else if (m_vault)
        m_vault->forgetPassword(user.username);
    m_defaultUsername = user.username;
    m_rememberPassword = rememberedPassword.has_value();
    setSignedIn(user);
    emit signedInAs(user.username, m_rememberPassword);
}

void OperatorSession::signOut()
{
    if (m_vault && m_user)
        m_vault->forgetUser(m_user->username);
    if (m_user)
        m_client->logout(this, [](const controlplane::ApiResult<bool> &) {});
    setPhase(Phase::SignedOut, std::nullopt);
}

void OperatorSession::markExpired()
{
    if (m_phase == Phase::SignedIn)
        setPhase(Phase::Expired, std::nullopt);
}

void OperatorSession::setPhase(Phase phase, std::optional<controlplane::User> user)
{
    m_phase = phase;
    m_user = std::move(user);
    emit changed();
}

actions::PermissionInputs OperatorSession::inputs() const
{
    actions::PermissionInputs in;
    in.user = m_user;
    in.readOnly = m_readOnly;
    in.rollbackEndpointMissing = m_client->rollbackEndpointMissing();
    return in;
}

actions::Availability OperatorSession::availability(actions::ActionKind kind) const
{
    return actions::availability(kind, inputs());
}

bool OperatorSession::signInWouldAllow(actions::ActionKind kind) const
{
    if (m_user)
        return false;
    actions::PermissionInputs in = inputs();
    controlplane::User staff;
    staff.staff = true;
    in.user = staff;
    return actions::availability(kind, in).allowed;
}

actions::ActionContext OperatorSession::actionContext() const
{
    actions::ActionContext context;
    context.client = m_client;
    context.audit = m_audit;
    context.user = m_user ? m_user->username : QString();
    context.program = QStringLiteral("eucora-console");
    return context;
}

QString OperatorSession::describe() const
{
    switch (m_phase) {
    case Phase::Unchecked:
    case Phase::SignedOut:
        return tr("Not signed in");
    case Phase::Checking:
        return tr("Checking session…");
    case Phase::Expired:
        return tr("Session expired: sign in again");
    case Phase::SignedIn:
        break;
    }
    return m_user->staff ? tr("Signed in as %1 (staff)").arg(m_user->username)
                         : tr("Signed in as %1 (not staff)").arg(m_user->username);
}

} // namespace eucora::app
