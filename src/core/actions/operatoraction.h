// Common machinery of the operator actions: the state, the audit line written for every
// transition, and what the action knows about the server and the user it runs against.
#pragma once

#include "actions/actionstate.h"
#include "actions/auditlog.h"

#include <QObject>
#include <QString>

#include <chrono>
#include <functional>

namespace eucora::controlplane {
class ControlPlaneClient;
struct TaskStatus;
} // namespace eucora::controlplane

namespace eucora::actions {

struct ActionContext
{
    controlplane::ControlPlaneClient *client = nullptr;
    const AuditLog *audit = nullptr; // may be null (no audit trail wanted, e.g. in unit tests)
    QString user; // the signed-in username, recorded in the audit log
    QString program; // eucora-console or eucora-ctl
    std::chrono::milliseconds pollInterval {std::chrono::seconds(2)}; // task status polling
};

class OperatorAction : public QObject
{
    Q_OBJECT

public:
    ActionState state() const { return m_state; }
    // One sentence for the operator about the current state (the server's message on a refusal,
    // what reconciliation found, ...).
    const QString &message() const { return m_message; }
    // The last HTTP status the action's request got, 0 if none.
    int httpStatus() const { return m_httpStatus; }
    // The audit log could not be written at some transition: shown, never silently dropped.
    const QString &auditError() const { return m_auditError; }

signals:
    void stateChanged(eucora::actions::ActionState state);
    // Task progress while a queued task runs: phase, done of total (total 0 = unknown).
    void progress(const QString &phase, int done, int total);

protected:
    OperatorAction(ActionContext context, QString action, QString target, QObject *parent);

    // Moves to `state`, writes the audit line and emits stateChanged.
    void transition(ActionState state, const QString &message, int httpStatus = 0);
    void setMessage(const QString &message) { m_message = message; }
    // Polls the task every pollInterval until it ends: PROGRESS goes to progress(), a failed read
    // to message() as "<waiting>: <error>" (reads are safe to repeat, so polling goes on), and
    // the final status to `finished`.
    void followTask(const QString &taskId, const QString &waiting,
                    std::function<void(const controlplane::TaskStatus &)> finished);
    // Writes an audit line for a step that is not a transition of this action (e.g. switching
    // demo mode on after a seed).
    void record(const QString &action, const QString &target, ActionState state,
                const QString &message, int httpStatus);

    ActionContext m_context;
    QString m_action;
    QString m_target;
    QString m_reason;
    QString m_idempotencyKey;

private:
    ActionState m_state = ActionState::Drafted;
    QString m_message;
    int m_httpStatus = 0;
    QString m_auditError;
};

} // namespace eucora::actions
