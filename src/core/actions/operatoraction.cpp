#include "actions/operatoraction.h"

#include "controlplane/controlplaneclient.h"

#include <QTimer>

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

void OperatorAction::followTask(const QString &taskId, const QString &waiting,
                                std::function<void(const controlplane::TaskStatus &)> finished)
{
    m_context.client->taskStatus(
        taskId, this, [this, taskId, waiting, finished](const Result<controlplane::TaskStatus> &r) {
            if (r.ok() && r.value().finished())
                return finished(r.value());
            if (r.ok() && r.value().state == QLatin1String("PROGRESS")) {
                const QJsonObject &p = r.value().progress;
                emit progress(p.value(QStringLiteral("phase")).toString(),
                              p.value(QStringLiteral("done")).toInt(),
                              p.value(QStringLiteral("total")).toInt());
            } else if (!r.ok()) {
                setMessage(QStringLiteral("%1: %2").arg(waiting, r.error().summary()));
            }
            QTimer::singleShot(m_context.pollInterval, this, [this, taskId, waiting, finished] {
                followTask(taskId, waiting, finished);
            });
        });
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
