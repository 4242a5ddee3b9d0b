// Rolling one deployment back (contract 11.1). Exactly one POST per operator confirmation, with
// a fresh Idempotency-Key; nothing is ever resent by itself. When the answer leaves open whether
// the server acted (timeout, dropped connection, 5xx, a broken 202) the outcome is Unknown: the
// action re-reads the deployment and its events and says what actually happened, and only then
// offers tryAgain(), which reuses the same key so the server recognises a request it already
// has.
#pragma once

#include "actions/operatoraction.h"
#include "controlplane/apimodels.h"

#include <optional>

namespace eucora::actions {

// What re-reading the server found after a POST without a usable answer.
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
    // Drafted for `target` (app, version, ring, status as the operator saw them). Reads the
    // deployment's events once, so that reconciliation can tell new events from old ones.
    RollbackAction(ActionContext context, controlplane::DeploymentSummary target,
                   QObject *parent = nullptr);

    const controlplane::DeploymentSummary &target() const { return m_deployment; }

    // The operator confirmed with `reason` (required, 1-1000 characters): one POST with a fresh
    // key. Refused (false, `why` says it) while a confirmation is in flight or unresolved, after
    // the rollback was accepted, without a reason, while the server asks to wait (429), when
    // the audit log cannot be written, or when the server has no rollback endpoint.
    Refusal confirm(const QString &reason);
    // After a POST without a usable answer, until the rollback is seen to end: the same POST
    // with the same key; the server answers a request it already has with its original 202.
    Refusal tryAgain();
    // Re-read the deployment and its events now (also done by itself after Unknown). Ignored
    // while a request or a read-back is in flight, or when nothing is unresolved.
    void reconcile();

    // The deployment's events were read once (or the read failed) since the draft: confirming
    // after that lets reconciliation tell this rollback's events from older ones by id.
    bool baselineRead() const { return m_baselineRead; }
    bool canTryAgain() const;
    bool reconciling() const { return m_reconciling; }
    const QString &idempotencyKey() const { return m_idempotencyKey; }
    const QString &reason() const { return m_reason; }
    int postsSent() const { return m_postsSent; } // over all confirmations of this action
    const std::optional<controlplane::RollbackAccepted> &accepted() const { return m_accepted; }
    const std::optional<RollbackFinding> &finding() const { return m_finding; }
    // Once accepted and followed to the end: ROLLED_BACK, or the status it stayed in.
    const QString &finalStatus() const { return m_finalStatus; }
    bool succeeded() const { return m_succeeded; }
    bool finished() const { return m_finished; }
    bool settled() const override;

signals:
    void baselineReadDone();

private:
    void send();
    void startReconcile();
    void follow(const QString &taskId);
    void finishFromServer(const QString &outcome, bool succeeded);

    controlplane::DeploymentSummary m_deployment;
    int m_postsSent = 0;
    int m_sendsWithKey = 0;
    bool m_wasUnknown = false; // a POST with the current key went without a usable answer
    bool m_reconciling = false;
    bool m_sending = false;
    bool m_finishing = false;
    bool m_finished = false; // the task was followed to its end (or given up on)
    std::optional<qint64> m_baselineEventId; // newest event id before the first confirmation
    bool m_baselineRead = false;
    QDateTime m_confirmedAt;
    QString m_followedTask;
    std::optional<controlplane::RollbackAccepted> m_accepted;
    std::optional<RollbackFinding> m_finding;
    QString m_finalStatus;
    bool m_succeeded = false;
};

} // namespace eucora::actions
