// Common machinery of the operator actions: the state, the audit line written for every
// transition, what counts as a refusal and what leaves the outcome unknown, and following a
// server task to its end.
#pragma once

#include "actions/actionstate.h"
#include "actions/auditlog.h"
#include "controlplane/controlplaneerror.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>

#include <chrono>
#include <functional>
#include <optional>

namespace eucora::controlplane {
class ControlPlaneClient;
struct TaskStatus;
} // namespace eucora::controlplane

namespace eucora::actions {

// Done, or the reason it was refused (nothing was sent).
using Refusal = Result<void, QString>;

struct ActionContext
{
    controlplane::ControlPlaneClient *client = nullptr;
    const AuditLog *audit = nullptr; // may be null (no audit trail wanted, e.g. in unit tests)
    QString user; // the signed-in username, recorded in the audit log
    QString program; // eucora-console or eucora-ctl
    // Task polling starts at this interval and backs off (x1.5) to at most 30 s, so a task that
    // runs long never eats the server's request budget.
    std::chrono::milliseconds pollInterval {std::chrono::seconds(2)};
    // A task still not finished after this long is given up on (outcome unknown).
    std::chrono::milliseconds followDeadline {std::chrono::minutes(30)};
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
    // The server's decoded refusal when the state is Rejected because the server said no;
    // nullopt when the action itself refused to send.
    const std::optional<controlplane::ControlPlaneError> &rejection() const { return m_rejection; }

    // Nothing is in flight and nothing will happen without the operator: no request, no
    // read-back, no task being followed.
    virtual bool settled() const = 0;
    // The operator is done with this action (its dialog closed): it deletes itself once settled,
    // at once if it already is.
    void releaseWhenSettled();

    // True when an error leaves open whether the server acted: no answer at all (timeout,
    // dropped connection), a 5xx (a proxy's 502/504 or a crash after the work began), a 2xx
    // whose body broke off, or an answer too large to read. Everything else (4xx, and what
    // the client refused to send) is a definite refusal.
    static bool outcomeUnknown(const ApiError &error);

signals:
    void stateChanged(eucora::actions::ActionState state);
    // message() changed without a state change (task progress text, a failed cancel, ...).
    void messageChanged(const QString &message);
    // Task progress while a queued task runs: phase, done of total (total 0 = unknown).
    void progress(const QString &phase, int done, int total);

protected:
    OperatorAction(ActionContext context, QString action, QString target, QObject *parent);

    // Moves to `state`, writes the audit line and emits stateChanged. False when the audit line
    // could not be written (auditError() says why).
    bool transition(ActionState state, const QString &message, int httpStatus = 0);
    // Rejected by the server: its words, its status, and the decoded error kept for rejection().
    void reject(const controlplane::ControlPlaneError &error, const QString &message);
    void setMessage(const QString &message);
    // Writes an audit line for a step that is not a transition of this action (e.g. switching
    // demo mode on after a seed).
    bool record(const QString &action, const QString &target, ActionState state,
                const QString &message, int httpStatus);
    // Whether a request may go out now: not while the server asked to wait (429).
    Refusal sendAllowed() const;
    // Moves to Confirmed; the confirmation must be on disk before anything is sent. Moves to
    // Rejected ("not sent: ...") and refuses when it is not.
    Refusal recordConfirmation(const QString &message);

    // The end of a sent request whose answer the action does not read itself: a value goes to
    // `accepted`; an error that leaves open whether the server acted moves to Unknown ("no
    // usable answer (...): <readingBack>") and calls `readBack`; any other error is the server
    // saying no (Rejected with its words).
    template<typename T>
    void settle(const controlplane::ApiResult<T> &answer, const QString &readingBack,
                const std::function<void(const T &)> &accepted,
                const std::function<void()> &readBack)
    {
        if (answer.ok())
            return accepted(answer.value());
        if (!outcomeUnknown(answer.error()))
            return reject(answer.error(), answer.error().message);
        transition(ActionState::Unknown, noUsableAnswer(answer.error(), readingBack),
                   answer.error().httpStatus);
        readBack();
    }
    static QString noUsableAnswer(const ApiError &error, const QString &readingBack);
    // After a step that ends without a transition: a released action that is now settled goes.
    void checkRelease();

    // Polls the task until it ends (backing off, see ActionContext): PROGRESS goes to
    // progress(), a failed read to message() as "<waiting>: <error>"; the final status goes to
    // `finished`. `gaveUp` gets the reason when the deadline passes or the session expired.
    // A later followTask() or stopFollowing() ends the earlier loop.
    void followTask(const QString &taskId, const QString &waiting,
                    std::function<void(const controlplane::TaskStatus &)> finished,
                    std::function<void(const QString &why)> gaveUp);
    void stopFollowing() { ++m_followGeneration; }

    ActionContext m_context;
    QString m_action;
    QString m_target;
    QString m_reason;
    QString m_idempotencyKey;

private:
    struct Follow
    {
        QString taskId;
        QString waiting;
        std::function<void(const controlplane::TaskStatus &)> finished;
        std::function<void(const QString &)> gaveUp;
        int generation = 0;
    };
    void poll(const Follow &follow, std::chrono::milliseconds interval);
    bool enter(ActionState state, const QString &message, int httpStatus,
               std::optional<controlplane::ControlPlaneError> rejection);

    ActionState m_state = ActionState::Drafted;
    QString m_message;
    int m_httpStatus = 0;
    QString m_auditError;
    std::optional<controlplane::ControlPlaneError> m_rejection;
    bool m_released = false;
    int m_followGeneration = 0;
    QElapsedTimer m_followClock;
};

} // namespace eucora::actions
