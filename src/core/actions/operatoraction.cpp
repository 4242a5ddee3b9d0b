#include "actions/operatoraction.h"

#include "controlplane/controlplaneclient.h"

namespace eucora::actions {

OperatorAction::OperatorAction(ActionContext context, QString action, QString target,
                               QObject *parent)
    : QObject(parent)
    , m_context(std::move(context))
    , m_action(std::move(action))
    , m_target(std::move(target))
{ }

void OperatorAction::transition(ActionState state, const QString &message, int httpStatus)
{
    m_state = state;
    m_message = message;
    m_httpStatus = httpStatus;
    record(m_action, m_target, state, message, httpStatus);
    emit stateChanged(state);
}

void OperatorAction::record(const QString &action, const QString &target, ActionState state,
                            const QString &message, int httpStatus)
{
    if (!m_context.audit)
        return;
    AuditEntry entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.program = m_context.program;
    entry.user = m_context.user;
    entry.server = m_context.client
        ? m_context.client->baseUrl().adjusted(QUrl::RemoveUserInfo).toString()
        : QString();
    entry.action = action;
    entry.target = target;
    entry.reason = m_reason;
    entry.idempotencyKey = m_idempotencyKey;
    entry.httpStatus = httpStatus;
    entry.state = stateName(state);
    entry.outcome = message;
    QString error;
    if (!m_context.audit->append(entry, &error))
        m_auditError = error;
}

} // namespace eucora::actions
