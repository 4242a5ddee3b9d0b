// Rolling one deployment back (contract 11.1). Exactly one POST per operator confirmation, with
// a fresh Idempotency-Key; nothing is ever resent by itself. Without an answer (timeout, dropped
// connection) the outcome is Unknown: the action re-reads the deployment and its events and says
// what actually happened, and only then offers tryAgain(), which reuses the same key so the
// server recognises a request it already has.
#pragma once

#include "actions/operatoraction.h"
#include "controlplane/apimodels.h"

#include <optional>

namespace eucora::actions {

// What re-reading the server found after an answerless POST.
struct RollbackFinding
{
    enum class Received { Yes, No, CannotTell };
    Received received = Received::CannotTell;
    QString deploymentStatus; // as read back (raw)
    QString taskId; // of the ROLLBACK_INITIATED event that matched
    QDateTime initiatedAt;
};

class RollbackAction : public OperatorAction
{
    Q_OBJECT

public:
    // Drafted for `target` (app, version, ring, status as the operator saw them).
    RollbackAction(ActionContext context, controlplane::DeploymentSummary target,
                   QObject *parent = nullptr);

    const controlplane::DeploymentSummary &target() const { return m_deployment; }

    // The operator confirmed with `reason` (required, 1-1000 characters): one POST with a fresh
    // key. Refused (false, `why` says it) while a confirmation is in flight or unresolved, after
    // the rollback was accepted, without a reason, or when the server has no rollback endpoint.
    bool confirm(const QString &reason, QString *why = nullptr);
    // After an answerless POST (and until the rollback is seen to end): the same POST with the
    // same key; the server answers a request it already has with its original 202. Refused
    // while sending or reconciling.
    bool tryAgain(QString *why = nullptr);
    // Re-read the deployment and its events now (also done by itself after Unknown).
    void reconcile();

    bool canTryAgain() const;
    const QString &idempotencyKey() const { return m_idempotencyKey; }
    const QString &reason() const { return m_reason; }
    int postsSent() const { return m_postsSent; }
    const std::optional<controlplane::RollbackAccepted> &accepted() const { return m_accepted; }
    const std::optional<RollbackFinding> &finding() const { return m_finding; }
    // Once accepted and followed to the end: ROLLED_BACK, or the status it stayed in.
    const QString &finalStatus() const { return m_finalStatus; }
    bool succeeded() const { return m_succeeded; }
    bool finished() const { return m_finished; }

private:
    void send();
    void follow(const QString &taskId);
    void pollTask(const QString &taskId);
    void finishFromServer(const QString &outcome, bool succeeded);

    controlplane::DeploymentSummary m_deployment;
    int m_postsSent = 0;
    bool m_wasUnknown = false; // the last send ended without an answer
    bool m_reconciling = false;
    bool m_sending = false;
    bool m_finished = false; // the task was followed to its end
    QString m_followedTask;
    QDateTime m_confirmedAt;
    std::optional<controlplane::RollbackAccepted> m_accepted;
    std::optional<RollbackFinding> m_finding;
    QString m_finalStatus;
    bool m_succeeded = false;
};

} // namespace eucora::actions
