#include "apishapes.h"

#include "simulation.h"

namespace eucora::devplane {

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
            {QStringLiteral("status"), d.status},
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
                     {QStringLiteral("status"), d.status},
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
    return {{QStringLiteral("ring"), ring.ring},
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
            {QStringLiteral("event_type"), event.eventType},
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
    const bool failed = task.state == QLatin1String("FAILURE");
    return {{QStringLiteral("task_id"), task.id},
            {QStringLiteral("status"), task.state},
            {QStringLiteral("result"),
             task.state == QLatin1String("SUCCESS") ? task.result : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("error"),
             failed || task.state == QLatin1String("RETRY") ? QJsonValue(task.error)
                                                            : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("traceback"),
             failed ? QJsonValue(task.traceback) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("progress"),
             task.state == QLatin1String("PROGRESS") ? QJsonValue(task.progress)
                                                     : QJsonValue(QJsonValue::Null)}};
}

QJsonObject breakerJson(const SimBreaker &breaker)
{
    return {{QStringLiteral("state"), controlplane::toString(breaker.state)},
            {QStringLiteral("fail_counter"), breaker.failCounter},
            {QStringLiteral("fail_max"), breaker.failMax},
            {QStringLiteral("opened"), breaker.state == controlplane::BreakerState::Open},
            {QStringLiteral("reset_timeout"), breaker.resetTimeout}};
}

} // namespace eucora::devplane
