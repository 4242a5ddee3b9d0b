#include "actions/rollbackaction.h"

#include "controlplane/controlplaneclient.h"

#include <QCoreApplication>
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
               QCoreApplication::translate("eucora::actions::RollbackAction",
                                           "rollback of %1 %2 (ring %3, status %4) drafted")
                   .arg(m_deployment.appName, m_deployment.version, m_deployment.targetRing,
                        m_deployment.status));
    m_context.client->events(m_deployment.correlationId, {}, {}, 0, this,
                             [this](const Result<EventPage> &page) {
                                 if (!page.ok() || m_confirmedAt.isValid())
                                     return; // too late to be a baseline
                                 qint64 newest = 0;
                                 for (const EventRecord &e : page.value().events)
                                     newest = std::max(newest, e.id);
                                 m_baselineEventId = newest;
                             });
}

bool RollbackAction::canTryAgain() const
{
    return m_wasUnknown && !m_sending && !m_reconciling && !m_finished;
}

bool RollbackAction::confirm(const QString &reason, QString *why)
{
    const auto refuse = [why](const QString &text) {
        if (why)
            *why = text;
        return false;
    };
    const QString trimmed = reason.trimmed();
    if (trimmed.isEmpty())
        return refuse(
            QCoreApplication::translate("eucora::actions::RollbackAction", "a reason is required"));
    if (trimmed.size() > 1000)
        return refuse(QCoreApplication::translate("eucora::actions::RollbackAction",
                                                  "the reason is longer than 1000 characters"));
    if (m_context.client->rollbackEndpointMissing())
        return refuse(QCoreApplication::translate("eucora::actions::RollbackAction",
                                                  "this control plane has no rollback endpoint"));
    if (m_sending || m_reconciling || inFlight(state()))
        return refuse(
            QCoreApplication::translate("eucora::actions::RollbackAction",
                                        "a rollback of this deployment is already in flight"));
    if (m_accepted)
        return refuse(QCoreApplication::translate(
            "eucora::actions::RollbackAction", "this rollback was already accepted by the server"));
    if (m_wasUnknown)
        return refuse(QCoreApplication::translate(
            "eucora::actions::RollbackAction",
            "the outcome of the last request is unknown: check again, or try "
            "again with the same request"));
    if (!sendAllowed(why))
        return false;
    m_reason = trimmed;
    m_idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_sendsWithKey = 0;
    if (!m_confirmedAt.isValid())
        m_confirmedAt = QDateTime::currentDateTimeUtc();
    m_finding.reset();
    transition(ActionState::Confirmed,
               QCoreApplication::translate("eucora::actions::RollbackAction", "confirmed by %1")
                   .arg(m_context.user));
    if (!confirmationRecorded(why))
        return false;
    send();
    return true;
}

bool RollbackAction::tryAgain(QString *why)
{
    if (!canTryAgain()) {
        if (why)
            *why = m_finished ? QCoreApplication::translate("eucora::actions::RollbackAction",
                                                            "the rollback has already ended")
                : m_sending || m_reconciling
                ? QCoreApplication::translate("eucora::actions::RollbackAction",
                                              "wait: a request or a read-back is in flight")
                : QCoreApplication::translate(
                    "eucora::actions::RollbackAction",
                    "only a request without an answer can be tried again");
        return false;
    }
    if (!sendAllowed(why))
        return false;
    send();
    return true;
}

void RollbackAction::send()
{
    ++m_postsSent;
    ++m_sendsWithKey;
    m_sending = true;
    m_finding.reset(); // a finding describes the read-back after the latest send
    transition(ActionState::Sent,
               m_sendsWithKey > 1
                   ? QCoreApplication::translate("eucora::actions::RollbackAction",
                                                 "sent again with the same Idempotency-Key")
                   : QCoreApplication::translate("eucora::actions::RollbackAction", "sent"));
    m_context.client->requestRollback(
        m_deployment.correlationId, m_reason, m_idempotencyKey, this,
        [this](const Result<RollbackAccepted> &answer) {
            m_sending = false;
            if (answer.ok()) {
                m_wasUnknown = false;
                m_accepted = answer.value();
                transition(
                    ActionState::Accepted,
                    answer.value().replayed
                        ? QCoreApplication::translate(
                              "eucora::actions::RollbackAction",
                              "accepted earlier: the server already had this request "
                              "(task %1)")
                              .arg(answer.value().taskId)
                        : QCoreApplication::translate("eucora::actions::RollbackAction",
                                                      "accepted: task %1, deployment status %2")
                              .arg(answer.value().taskId, answer.value().deploymentStatus),
                    202);
                follow(answer.value().taskId);
                return;
            }
            const ApiError &error = answer.error();
            if (outcomeUnknown(error)) {
                m_wasUnknown = true;
                m_reconciling = true; // before the transition: no "try again" until read back
                transition(ActionState::Unknown,
                           QCoreApplication::translate(
                               "eucora::actions::RollbackAction",
                               "no usable answer (%1): the server may or may not have started "
                               "the rollback; reading the deployment back")
                               .arg(error.summary()),
                           error.httpStatus);
                startReconcile();
                return;
            }
            const auto &detail = m_context.client->lastError();
            QString message = error.message;
            if (detail && detail->meaning == ControlPlaneError::Meaning::NoSuchEndpoint)
                message
                    = QCoreApplication::translate("eucora::actions::RollbackAction",
                                                  "this control plane has no rollback endpoint");
            // A refusal of a retried key (403 after the session expired, 429) leaves the first
            // POST's fate open: keep "try again" with the same key. 404/409/422 settle it.
            const int status = error.httpStatus;
            if (!m_wasUnknown || status == 404 || status == 409 || status == 422)
                m_wasUnknown = false;
            transition(ActionState::Rejected, message, status);
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
        std::optional<Result<DeploymentDetail>> deployment;
        std::optional<Result<EventPage>> events;
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
                       QCoreApplication::translate(
                           "eucora::actions::RollbackAction",
                           "still unknown: the deployment could not be read back (%1); "
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
            if (e.eventType != QLatin1String("ROLLBACK_INITIATED") || !newer
                || e.actor != m_context.user
                || e.eventData.value(QStringLiteral("reason")).toString() != m_reason)
                continue;
            const QString taskId = e.eventData.value(QStringLiteral("task_id")).toString();
            m_finding = RollbackFinding {RollbackFinding::Received::Yes, d.summary.status, taskId,
                                         e.createdAt};
            m_accepted = RollbackAccepted {d.summary.correlationId, d.summary.status, taskId,
                                           e.actor, false};
            transition(ActionState::Reconciled,
                       QCoreApplication::translate(
                           "eucora::actions::RollbackAction",
                           "the server received the rollback (ROLLBACK_INITIATED at %1, task "
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
                       QCoreApplication::translate(
                           "eucora::actions::RollbackAction",
                           "cannot tell: the deployment has more events than one read returns "
                           "and none of them is this rollback (deployment status %1)")
                           .arg(d.summary.status));
            return;
        }
        m_finding = RollbackFinding {RollbackFinding::Received::No, d.summary.status, {}, {}};
        transition(ActionState::Reconciled,
                   QCoreApplication::translate(
                       "eucora::actions::RollbackAction",
                       "the server has no record of this rollback: nothing happened "
                       "(deployment status %1). Try again sends the same request.")
                       .arg(d.summary.status),
                   200);
    };
    m_context.client->deployment(m_deployment.correlationId, this,
                                 [reads, conclude](const Result<DeploymentDetail> &r) {
                                     reads->deployment = r;
                                     conclude();
                                 });
    m_context.client->events(m_deployment.correlationId, {}, {}, 0, this,
                             [reads, conclude](const Result<EventPage> &r) {
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
        finishFromServer(QCoreApplication::translate("eucora::actions::RollbackAction",
                                                     "accepted without a task to follow"),
                         false);
        return;
    }
    followTask(
        taskId,
        QCoreApplication::translate("eucora::actions::RollbackAction",
                                    "accepted; following the task"),
        [this](const TaskStatus &t) {
            if (t.state == QLatin1String("SUCCESS"))
                finishFromServer(
                    QCoreApplication::translate("eucora::actions::RollbackAction", "rolled back"),
                    true);
            else if (t.state == QLatin1String("FAILURE"))
                finishFromServer(QCoreApplication::translate("eucora::actions::RollbackAction",
                                                             "the rollback failed: %1")
                                     .arg(t.error),
                                 false);
            else
                finishFromServer(QCoreApplication::translate("eucora::actions::RollbackAction",
                                                             "the rollback task was revoked"),
                                 false);
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
        [this, outcome, succeeded](const Result<DeploymentDetail> &r) {
            m_succeeded = succeeded;
            m_finished = true;
            if (r.ok()) {
                m_finalStatus = r.value().summary.status;
                transition(ActionState::Reconciled,
                           QCoreApplication::translate("eucora::actions::RollbackAction",
                                                       "%1; deployment status %2")
                               .arg(outcome, m_finalStatus),
                           200);
            } else {
                transition(
                    ActionState::Reconciled,
                    QCoreApplication::translate("eucora::actions::RollbackAction",
                                                "%1; the deployment could not be read back (%2)")
                        .arg(outcome, r.error().summary()));
            }
        });
}

} // namespace eucora::actions
