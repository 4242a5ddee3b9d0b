#include "apishapes.h"

#include "simulation.h"

namespace eucora::devplane {

using controlplane::TaskState;
using controlplane::toString;

namespace {
QJsonValue riskValue(const DeploymentRecord &d)
{
    return d.riskScore ? QJsonValue(*d.riskScore) : QJsonValue(QJsonValue::Null);
}
QJsonValue timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(isoTimestamp(time)) : QJsonValue(QJsonValue::Null);
}
} // namespace

QJsonObject userJson(const UserRecord &user)
{
    return {{QStringLiteral("id"), user.id},
            {QStringLiteral("username"), user.username},
            {QStringLiteral("email"), user.email},
            {QStringLiteral("first_name"), user.firstName},
            {QStringLiteral("last_name"), user.lastName},
            {QStringLiteral("is_staff"), user.staff},
            {QStringLiteral("is_superuser"), user.superuser}};
}

QJsonObject deploymentListItem(const DeploymentRecord &d)
{
    return {{QStringLiteral("correlation_id"), d.correlationId},
            {QStringLiteral("app_name"), d.appName},
            {QStringLiteral("version"), d.version},
            {QStringLiteral("target_ring"), d.targetRing},
            {QStringLiteral("status"), toString(d.status)},
            {QStringLiteral("risk_score"), riskValue(d)},
            {QStringLiteral("created_at"), isoTimestamp(d.createdAt)}};
}

QJsonObject deploymentDetail(const DeploymentRecord &d)
{
    QJsonObject out = deploymentListItem(d);
    out.insert(QStringLiteral("requires_cab_approval"), d.requiresCab);
    out.insert(QStringLiteral("submitter"), d.submitter);
    return out;
}

QJsonObject coreDeploymentItem(const DeploymentRecord &d, bool detail)
{
    QJsonObject out {{QStringLiteral("id"), d.correlationId},
                     {QStringLiteral("app_name"), d.appName},
                     {QStringLiteral("version"), d.version},
                     {QStringLiteral("target_ring"), d.targetRing},
                     {QStringLiteral("status"), toString(d.status)},
                     {QStringLiteral("risk_score"), riskValue(d)},
                     {QStringLiteral("requires_cab_approval"), d.requiresCab},
                     {QStringLiteral("created_at"), isoTimestamp(d.createdAt)},
                     {QStringLiteral("submitter"), d.submitter}};
    if (detail) {
        out.insert(QStringLiteral("evidence_pack_id"), d.evidencePackId);
        out.insert(QStringLiteral("updated_at"), isoTimestamp(d.updatedAt));
    }
    return out;
}

QJsonObject ringJson(const RingRow &ring)
{
    return {{QStringLiteral("ring"), toString(ring.ring)},
            {QStringLiteral("connector_type"), ring.connectorType},
            {QStringLiteral("connector_object_id"),
             ring.connectorObjectId.isEmpty() ? QJsonValue(QJsonValue::Null)
                                              : QJsonValue(ring.connectorObjectId)},
            {QStringLiteral("success_count"), ring.successCount},
            {QStringLiteral("failure_count"), ring.failureCount},
            {QStringLiteral("success_rate"), ring.successRate},
            {QStringLiteral("promoted_at"), timeOrNull(ring.promotedAt)},
            {QStringLiteral("promotion_gate_passed"), ring.gatePassed},
            {QStringLiteral("created_at"), isoTimestamp(ring.createdAt)},
            {QStringLiteral("updated_at"), isoTimestamp(ring.updatedAt)}};
}

QJsonObject eventJson(const EventRecord &event)
{
    return {{QStringLiteral("id"), event.id},
            {QStringLiteral("correlation_id"), event.correlationId},
            {QStringLiteral("event_type"), event.typeName()},
            {QStringLiteral("event_data"), event.eventData},
            {QStringLiteral("actor"), event.actor},
            {QStringLiteral("created_at"), isoTimestamp(event.createdAt)}};
}

QJsonObject countsJson(const DemoCounts &c)
{
    return {{QStringLiteral("assets"), c.assets},
            {QStringLiteral("applications"), c.applications},
            {QStringLiteral("deployments"), c.deployments},
            {QStringLiteral("ring_deployments"), c.ringDeployments},
            {QStringLiteral("cab_approvals"), c.cabApprovals},
            {QStringLiteral("evidence_packs"), c.evidencePacks},
            {QStringLiteral("events"), c.events},
            {QStringLiteral("users"), c.users}};
}

QJsonObject taskStatusJson(const TaskRecord &task)
{
    const QJsonValue null(QJsonValue::Null);
    const bool failed = task.state == TaskState::Failure;
    return {{QStringLiteral("task_id"), task.id},
            {QStringLiteral("status"), toString(task.state)},
            {QStringLiteral("result"), task.state == TaskState::Success ? task.result : null},
            {QStringLiteral("error"),
             failed || task.state == TaskState::Retry ? QJsonValue(task.error) : null},
            {QStringLiteral("traceback"), failed ? QJsonValue(task.traceback) : null},
            {QStringLiteral("progress"),
             task.state == TaskState::Progress ? QJsonValue(task.progress) : null}};
}

QJsonObject breakerJson(const SimBreaker &breaker)
{
    return {{QStringLiteral("state"), toString(breaker.state)},
            {QStringLiteral("fail_counter"), breaker.failCounter},
            {QStringLiteral("fail_max"), breaker.failMax},
            {QStringLiteral("opened"), breaker.state == controlplane::BreakerState::Open},
            {QStringLiteral("reset_timeout"), breaker.resetTimeout}};
}

} // namespace eucora::devplane
