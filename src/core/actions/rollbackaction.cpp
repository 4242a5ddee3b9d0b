#include "actions/rollbackaction.h"

#include "controlplane/controlplaneclient.h"

#include <QUuid>

#include <memory>

namespace eucora::actions {

using namespace controlplane;

namespace {

// Without a baseline event id, how far before the confirmation a ROLLBACK_INITIATED event may
// be stamped and still be ours: the server's clock is not ours.
constexpr qint64 kClockSkewSeconds = 120;

} // namespace

RollbackAction::RollbackAction(ActionContext context, DeploymentSummary target, QObject *parent)
    : OperatorAction(std::move(context), QStringLiteral("rollback"), target.correlationId, parent)
    , m_deployment(std::move(target))
{
    transition(ActionState::Drafted,
               tr("rollback of %1 %2 (ring %3, status %4) drafted")
                   .arg(m_deployment.appName, m_deployment.version, m_deployment.targetRing,
                        m_deployment.status));
    m_context.client->events(m_deployment.correlationId, {}, {}, 0, this,
                             [this](const ApiResult<EventPage> &page) {
                                 m_baselineRead = true;
                                 if (page.ok() && !m_confirmedAt.isValid()) {
                                     qint64 newest = 0;
                                     for (const EventRecord &e : page.value().events)
                                         newest = std::max(newest, e.id);
                                     m_baselineEventId = newest;
                                 } // else: too late to be a baseline
                                 emit baselineReadDone();
                             });
}

bool RollbackAction::canTryAgain() const
{
    return m_wasUnknown && !m_sending && !m_reconciling && !m_finished;
}

bool RollbackAction::settled() const
{
    // Following the task or reading the deployment back after it ended.
    const bool ending = (!m_followedTask.isEmpty() || m_finishing) && !m_finished;
    return !m_sending && !m_reconciling && !ending && state() != ActionState::Accepted;
}

Refusal RollbackAction::confirm(const QString &reason)
{
    const QString trimmed = reason.trimmed();
    if (trimmed.isEmpty())
        return tr("a reason is required");
    if (trimmed.size() > 1000)
        return tr("the reason is longer than 1000 characters");
    if (m_context.client->rollbackEndpointMissing())
        return tr("this control plane has no rollback endpoint");
    if (m_sending || m_reconciling || inFlight(state()))
        return tr("a rollback of this deployment is already in flight");
    if (m_accepted)
        return tr("this rollback was already accepted by the server");
    if (m_wasUnknown)
        return tr("the outcome of the last request is unknown: check again, or try "
                  "again with the same request");
    if (Refusal allowed = sendAllowed(); !allowed)
        return allowed;
    m_reason = trimmed;
    m_idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_sendsWithKey = 0;
    if (!m_confirmedAt.isValid())
        m_confirmedAt = QDateTime::currentDateTimeUtc();
    m_finding.reset();
    if (Refusal recorded = recordConfirmation(tr("confirmed by %1").arg(m_context.user)); !recorded)
        return recorded;
    send();
    return {};
}

Refusal RollbackAction::tryAgain()
{
    if (m_finished)
        return tr("the rollback has already ended");
    if (m_sending || m_reconciling)
        return tr("wait: a request or a read-back is in flight");
    if (!m_wasUnknown)
        return tr("only a request without an answer can be tried again");
    if (Refusal allowed = sendAllowed(); !allowed)
        return allowed;
    send();
    return {};
}

void RollbackAction::send()
{
    ++m_postsSent;
    ++m_sendsWithKey;
    m_sending = true;
    m_finding.reset(); // a finding describes the read-back after the latest send
    transition(ActionState::Sent,
               m_sendsWithKey > 1 ? tr("sent again with the same Idempotency-Key") : tr("sent"));
    m_context.client->requestRollback(
        m_deployment.correlationId, m_reason, m_idempotencyKey, this,
        [this](const ApiResult<RollbackAccepted> &answer) {
            m_sending = false;
            if (answer.ok()) {
                m_wasUnknown = false;
                m_accepted = answer.value();
                transition(ActionState::Accepted,
                           answer.value().replayed
                               ? tr("accepted earlier: the server already had this request "
                                    "(task %1)")
                                     .arg(answer.value().taskId)
                               : tr("accepted: task %1, deployment status %2")
                                     .arg(answer.value().taskId, answer.value().deploymentStatus),
                           202);
                follow(answer.value().taskId);
                return;
            }
            const ControlPlaneError &error = answer.error();
            if (outcomeUnknown(error)) {
                m_wasUnknown = true;
                m_reconciling = true; // before the transition: no "try again" until read back
                transition(ActionState::Unknown,
                           noUsableAnswer(error,
                                          tr("the server may or may not have started "
                                             "the rollback; reading the deployment back")),
                           error.httpStatus);
                startReconcile();
                return;
            }
            // A refusal of a retried key (403 after the session expired, 429) leaves the first
            // POST's fate open: keep "try again" with the same key. 404/409/422 settle it.
            const int status = error.httpStatus;
            if (!m_wasUnknown || status == 404 || status == 409 || status == 422)
                m_wasUnknown = false;
            reject(error,
                   error.is(ControlPlaneError::Meaning::NoSuchEndpoint)
                       ? tr("this control plane has no rollback endpoint")
                       : error.message);
        });
}

void RollbackAction::reconcile()
{
    if (m_reconciling || m_sending || m_finished || !m_wasUnknown)
        return;
    m_reconciling = true;
    startReconcile();
}

void RollbackAction::startReconcile()
{
    struct Reads
    {
        std::optional<ApiResult<DeploymentDetail>> deployment;
        std::optional<ApiResult<EventPage>> events;
    };
    auto reads = std::make_shared<Reads>();
    const auto conclude = [this, reads] {
        if (!reads->deployment || !reads->events)
            return;
        m_reconciling = false;
        if (!reads->deployment->ok() || !reads->events->ok()) {
            const ApiError error
                = !reads->deployment->ok() ? reads->deployment->error() : reads->events->error();
            m_finding = RollbackFinding {RollbackFinding::Received::CannotTell, {}, {}, {}};
            transition(ActionState::Unknown,
                       tr("still unknown: the deployment could not be read back (%1); "
                          "check again before trying again")
                           .arg(error.summary()));
            return;
        }
        const DeploymentDetail &d = reads->deployment->value();
        m_finalStatus = d.summary.status;
        const QDateTime earliest = m_confirmedAt.addSecs(-kClockSkewSeconds);
        for (const EventRecord &e : reads->events->value().events) {
            const bool newer
                = m_baselineEventId ? e.id > *m_baselineEventId : e.createdAt >= earliest;
            if (!e.is(EventType::RollbackInitiated) || !newer || e.actor != m_context.user
                || e.eventData.value(QStringLiteral("reason")).toString() != m_reason)
                continue;
            const QString taskId = e.eventData.value(QStringLiteral("task_id")).toString();
            m_finding = RollbackFinding {RollbackFinding::Received::Yes, d.summary.status, taskId,
                                         e.createdAt};
            m_accepted = RollbackAccepted {d.summary.correlationId, d.summary.status, taskId,
                                           e.actor, false};
            transition(ActionState::Reconciled,
                       tr("the server received the rollback (ROLLBACK_INITIATED at %1, task "
                          "%2); deployment status now %3")
                           .arg(e.createdAt.toString(Qt::ISODate), taskId, d.summary.status),
                       200);
            follow(taskId);
            return;
        }
        if (reads->events->value().capped) {
            m_finding
                = RollbackFinding {RollbackFinding::Received::CannotTell, d.summary.status, {}, {}};
            transition(ActionState::Unknown,
                       tr("cannot tell: the deployment has more events than one read returns "
                          "and none of them is this rollback (deployment status %1)")
                           .arg(d.summary.status));
            return;
        }
        m_finding = RollbackFinding {RollbackFinding::Received::No, d.summary.status, {}, {}};
        transition(ActionState::Reconciled,
                   tr("the server has no record of this rollback: nothing happened "
                      "(deployment status %1). Try again sends the same request.")
                       .arg(d.summary.status),
                   200);
    };
    m_context.client->deployment(m_deployment.correlationId, this,
                                 [reads, conclude](const ApiResult<DeploymentDetail> &r) {
                                     reads->deployment = r;
                                     conclude();
                                 });
    m_context.client->events(m_deployment.correlationId, {}, {}, 0, this,
                             [reads, conclude](const ApiResult<EventPage> &r) {
                                 reads->events = r;
                                 conclude();
                             });
}

void RollbackAction::follow(const QString &taskId)
{
    if (m_finished || (!m_followedTask.isEmpty() && m_followedTask == taskId))
        return; // already followed (a replayed answer names the same task)
    m_followedTask = taskId; // a different task replaces the loop of the earlier one
    if (taskId.isEmpty()) {
        stopFollowing();
        finishFromServer(tr("accepted without a task to follow"), false);
        return;
    }
    followTask(
        taskId, tr("accepted; following the task"),
        [this](const TaskStatus &t) {
            if (t.is(TaskState::Success))
                finishFromServer(tr("rolled back"), true);
            else if (t.is(TaskState::Failure))
                finishFromServer(tr("the rollback failed: %1").arg(t.error), false);
            else
                finishFromServer(tr("the rollback task was revoked"), false);
        },
        [this](const QString &why) {
            m_finished = true;
            transition(ActionState::Unknown, why);
        });
}

void RollbackAction::finishFromServer(const QString &outcome, bool succeeded)
{
    if (m_finishing)
        return;
    m_finishing = true;
    m_context.client->deployment(
        m_deployment.correlationId, this,
        [this, outcome, succeeded](const ApiResult<DeploymentDetail> &r) {
            m_succeeded = succeeded;
            m_finished = true;
            if (r.ok()) {
                m_finalStatus = r.value().summary.status;
                transition(ActionState::Reconciled,
                           tr("%1; deployment status %2").arg(outcome, m_finalStatus), 200);
            } else {
                transition(ActionState::Reconciled,
                           tr("%1; the deployment could not be read back (%2)")
                               .arg(outcome, r.error().summary()));
            }
        });
}

} // namespace eucora::actions
