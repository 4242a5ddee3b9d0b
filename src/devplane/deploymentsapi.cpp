// Deployments, rings, rollback and events (contract 2, 3, 7, 11.1, 11.2, 11.9).
#include "apishapes.h"
#include "context.h"
#include "devplaneserver.h"
#include "simulation.h"
#include "store.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

#include <algorithm>
#include <map>

namespace eucora::devplane {

using controlplane::DeploymentStatus;
using controlplane::EventType;
using controlplane::toString;

namespace {

const QString kNotFound = QStringLiteral("Deployment not found");

// ?status=: empty matches every deployment, a word outside the enum matches none (the records
// hold only enum values).
bool statusMatches(const QString &filter, DeploymentStatus status)
{
    return filter.isEmpty() || controlplane::deploymentStatusFromString(filter) == status;
}

// The rollback-able statuses of contract 11.1; the others answer 409.
bool canRollBack(DeploymentStatus status)
{
    switch (status) {
    case DeploymentStatus::Approved:
    case DeploymentStatus::Deploying:
    case DeploymentStatus::Completed:
    case DeploymentStatus::Failed:
        return true;
    case DeploymentStatus::Pending:
    case DeploymentStatus::AwaitingCab:
    case DeploymentStatus::Rejected:
    case DeploymentStatus::RolledBack:
        return false;
    }
    return false;
}

int listLimit(const Call &call)
{
    bool ok = false;
    const int limit = call.param(QStringLiteral("limit")).toInt(&ok);
    return ok && limit > 0 ? std::min(limit, 1000) : 100;
}

HttpReply listDeployments(DevplaneContext &ctx, Call &call)
{
    const QString status = call.param(QStringLiteral("status"));
    const QString ring = call.param(QStringLiteral("ring"));
    const QString app = call.param(QStringLiteral("app_name"));
    const QString demo = call.param(QStringLiteral("include_demo"));
    const int limit = listLimit(call);
    QJsonArray items;
    const auto &all = ctx.store->deployments;
    for (auto it = all.rbegin(); it != all.rend() && items.size() < limit; ++it) {
        if (!ctx.store->visible(it->isDemo, demo) || !statusMatches(status, it->status)
            || (!ring.isEmpty() && it->targetRing != ring)
            || (!app.isEmpty() && !it->appName.contains(app, Qt::CaseInsensitive)))
            continue;
        items.append(deploymentListItem(*it));
    }
    return jsonReply({{QStringLiteral("deployments"), items}});
}

HttpReply applications(DevplaneContext &ctx, Call &call)
{
    const QString status = call.param(QStringLiteral("status"));
    const QString ring = call.param(QStringLiteral("ring"));
    const QString app = call.param(QStringLiteral("app_name"));
    const QString demo = call.param(QStringLiteral("include_demo"));
    // app (case-insensitive order) -> version -> deployments, newest first.
    std::map<QString, std::vector<const DeploymentRecord *>> byApp;
    const auto &all = ctx.store->deployments;
    for (auto it = all.rbegin(); it != all.rend(); ++it) {
        if (!ctx.store->visible(it->isDemo, demo) || !statusMatches(status, it->status)
            || (!ring.isEmpty() && it->targetRing != ring)
            || (!app.isEmpty() && !it->appName.contains(app, Qt::CaseInsensitive)))
            continue;
        byApp[it->appName.toLower() + QChar(0) + it->appName].push_back(&*it);
    }
    QJsonArray apps;
    for (const auto &[key, deployments] : byApp) {
        QJsonArray versions;
        std::vector<QString> order;
        std::map<QString, QJsonArray> perVersion;
        std::map<QString, QDateTime> latest;
        for (const DeploymentRecord *d : deployments) {
            if (!perVersion.count(d->version)) {
                order.push_back(d->version);
                latest[d->version] = d->createdAt;
            }
            perVersion[d->version].append(
                QJsonObject {{QStringLiteral("correlation_id"), d->correlationId},
                             {QStringLiteral("target_ring"), d->targetRing},
                             {QStringLiteral("status"), toString(d->status)},
                             {QStringLiteral("risk_score"),
                              d->riskScore ? QJsonValue(*d->riskScore) : QJsonValue()},
                             {QStringLiteral("requires_cab_approval"), d->requiresCab},
                             {QStringLiteral("created_at"), isoTimestamp(d->createdAt)}});
        }
        for (const QString &version : order)
            versions.append(
                QJsonObject {{QStringLiteral("version"), version},
                             {QStringLiteral("latest_created_at"), isoTimestamp(latest[version])},
                             {QStringLiteral("deployments"), perVersion[version]}});
        apps.append(QJsonObject {{QStringLiteral("app_name"), deployments.front()->appName},
                                 {QStringLiteral("latest_version"), deployments.front()->version},
                                 {QStringLiteral("deployment_count"), int(deployments.size())},
                                 {QStringLiteral("versions"), versions}});
    }
    return jsonReply({{QStringLiteral("applications"), apps}});
}

HttpReply createDeployment(DevplaneContext &ctx, Call &call)
{
    QString parseError;
    const auto body = call.jsonBody(&parseError);
    if (!body)
        return malformedBodyReply(call, parseError);
    const QString app = body->value(QStringLiteral("app_name")).toString();
    const QString version = body->value(QStringLiteral("version")).toString();
    const QString ring = body->value(QStringLiteral("target_ring")).toString();
    if (app.isEmpty() || version.isEmpty() || ring.isEmpty())
        return errorReply(400, QStringLiteral("app_name, version, and target_ring are required"));
    if (!controlplane::ringFromString(ring))
        return jsonReply({{QStringLiteral("target_ring"),
                           QJsonArray {QStringLiteral("\"%1\" is not a valid choice.").arg(ring)}},
                          {QStringLiteral("correlation_id"), call.correlationId}},
                         400);
    // The devplane's active risk model (threshold 50): a few evidence-pack factors.
    const QJsonObject evidence = body->value(QStringLiteral("evidence_pack")).toObject();
    int risk = 20 + 10 * controlplane::allRingNames().indexOf(ring);
    risk += evidence.value(QStringLiteral("requires_admin")).toBool() ? 20 : 0;
    risk += evidence.value(QStringLiteral("has_rollback_plan")).toBool() ? -10 : 10;
    risk += 10
        * evidence.value(QStringLiteral("vulnerability_scan_results"))
              .toObject()
              .value(QStringLiteral("critical"))
              .toInt();
    risk = std::clamp(risk, 0, 100);

    DeploymentRecord d;
    d.correlationId = ctx.simulation->randomUuid();
    d.createdAt = d.updatedAt = QDateTime::currentDateTimeUtc();
    d.appName = app;
    d.version = version;
    d.targetRing = ring;
    d.riskScore = risk;
    d.requiresCab = risk > 50;
    d.status = d.requiresCab ? DeploymentStatus::AwaitingCab : DeploymentStatus::Approved;
    d.evidencePackId = QUuid(call.correlationId).isNull() ? d.correlationId : call.correlationId;
    d.submitter = call.username;
    d.isDemo = ctx.store->demoMode;
    ctx.store->deployments.push_back(d);
    ctx.store->touch();
    ctx.store->addEvent(d.correlationId, EventType::DeploymentCreated,
                        {{QStringLiteral("app_name"), app},
                         {QStringLiteral("version"), version},
                         {QStringLiteral("ring"), ring}},
                        call.username, d.isDemo);
    ctx.store->addEvent(d.correlationId, EventType::RiskAssessed,
                        {{QStringLiteral("risk_score"), risk},
                         {QStringLiteral("requires_cab_approval"), d.requiresCab}},
                        call.username, d.isDemo);
    ctx.simulation->follow(d.correlationId);
    return jsonReply({{QStringLiteral("correlation_id"), d.correlationId},
                      {QStringLiteral("status"), toString(d.status)},
                      {QStringLiteral("risk_score"), risk},
                      {QStringLiteral("requires_cab_approval"), d.requiresCab}},
                     201);
}

HttpReply rollback(DevplaneContext &ctx, Call &call)
{
    const QString id = call.args.value(0).toLower();
    const QString key = QString::fromUtf8(call.header("Idempotency-Key")).trimmed();
    QString parseError;
    const auto body = call.jsonBody(&parseError);
    if (!body)
        return malformedBodyReply(call, parseError);
    const QByteArray fingerprint = QJsonDocument(*body).toJson(QJsonDocument::Compact);

    if (!key.isEmpty()) {
        const auto it = ctx.store->rollbacks.find(key);
        if (it != ctx.store->rollbacks.end()
            && it->second.createdAt.secsTo(QDateTime::currentDateTimeUtc()) < 86400) {
            if (it->second.correlationId != id || it->second.requestFingerprint != fingerprint)
                return errorReply(422,
                                  QStringLiteral("Idempotency-Key reused with a different request"),
                                  call.correlationId);
            HttpReply replay {202, "application/json", it->second.responseBody, {}};
            replay.addHeader("Idempotent-Replayed", "true");
            return replay;
        }
    }

    DeploymentRecord *d = ctx.store->findDeployment(id);
    if (!d)
        return errorReply(404, kNotFound);
    const QJsonValue reasonValue = body->value(QStringLiteral("reason"));
    if (!reasonValue.isUndefined()
        && (!reasonValue.isString() || reasonValue.toString().trimmed().isEmpty()
            || reasonValue.toString().size() > 1000))
        return jsonReply(
            {{QStringLiteral("reason"),
              QJsonArray {QStringLiteral("Ensure this field has 1 to 1000 characters.")}},
             {QStringLiteral("correlation_id"), call.correlationId}},
            400);
    const QJsonValue connectorValue = body->value(QStringLiteral("connector_type"));
    if (!connectorValue.isUndefined()
        && !controlplane::connectorTypeNames().contains(connectorValue.toString()))
        return jsonReply({{QStringLiteral("connector_type"),
                           QJsonArray {QStringLiteral("\"%1\" is not a valid choice.")
                                           .arg(connectorValue.toVariant().toString())}},
                          {QStringLiteral("correlation_id"), call.correlationId}},
                         400);
    const auto conflict = [&](const QString &text) {
        return jsonReply(
            {{QStringLiteral("error"), text},
             {QStringLiteral("deployment_status"), toString(d->status)},
             {QStringLiteral("rollback_task_id"),
              d->rollbackTaskId.isEmpty() ? QJsonValue() : QJsonValue(d->rollbackTaskId)},
             {QStringLiteral("correlation_id"), call.correlationId}},
            409);
    };
    if (d->status == DeploymentStatus::RolledBack)
        return conflict(QStringLiteral("Deployment already rolled back"));
    if (!d->rollbackTaskId.isEmpty())
        return conflict(QStringLiteral("Rollback already in progress"));
    if (!canRollBack(d->status))
        return conflict(QStringLiteral("Deployment in status %1 cannot be rolled back")
                            .arg(toString(d->status)));

    const QString reason
        = reasonValue.isUndefined() ? QStringLiteral("Manual rollback") : reasonValue.toString();
    const QString connector = connectorValue.isUndefined()
        ? (d->rings.empty() ? QStringLiteral("intune") : d->rings.back().connectorType)
        : connectorValue.toString();
    const QString taskId = ctx.simulation->randomUuid();
    ctx.store->addTask(taskId, QStringLiteral("apps.deployment_intents.tasks.execute_rollback"));
    d->rollbackTaskId = taskId;
    const QString requestedAt = isoTimestamp(QDateTime::currentDateTimeUtc());
    ctx.store->addEvent(id, EventType::RollbackInitiated,
                        {{QStringLiteral("reason"), reason},
                         {QStringLiteral("connector_type"), connector},
                         {QStringLiteral("task_id"), taskId},
                         {QStringLiteral("requested_by"), call.username}},
                        call.username, d->isDemo);
    const QJsonObject response {
        {QStringLiteral("correlation_id"), id},
        {QStringLiteral("status"), toString(d->status)},
        {QStringLiteral("rollback"),
         QJsonObject {{QStringLiteral("task_id"), taskId},
                      {QStringLiteral("state"), toString(controlplane::TaskState::Pending)},
                      {QStringLiteral("reason"), reason},
                      {QStringLiteral("connector_type"), connector},
                      {QStringLiteral("requested_by"), call.username},
                      {QStringLiteral("requested_at"), requestedAt}}}};
    const QByteArray bytes = QJsonDocument(response).toJson(QJsonDocument::Compact);
    if (!key.isEmpty())
        ctx.store->rollbacks[key]
            = RollbackRecord {key, id, fingerprint, bytes, QDateTime::currentDateTimeUtc()};
    ctx.store->touch();
    ctx.simulation->startRollback(id, taskId, connector);
    ctx.persistNow(); // the idempotency record is on disk before the client hears 202
    return HttpReply {202, "application/json", bytes, {}};
}

HttpReply listEvents(DevplaneContext &ctx, Call &call)
{
    const QString correlation = call.param(QStringLiteral("correlation_id"));
    if (!correlation.isEmpty() && QUuid(correlation).isNull())
        return errorReply(500, QStringLiteral("Internal server error"), call.correlationId);
    const QString type = call.param(QStringLiteral("event_type"));
    const QString actor = call.param(QStringLiteral("actor"));
    const QString demo = call.param(QStringLiteral("include_demo"));
    const QDateTime start = call.param(QStringLiteral("start_date")).isEmpty()
        ? QDateTime()
        : parseIsoTimestamp(call.param(QStringLiteral("start_date")));
    const QDateTime end = call.param(QStringLiteral("end_date")).isEmpty()
        ? QDateTime()
        : parseIsoTimestamp(call.param(QStringLiteral("end_date")));
    const int limit = listLimit(call);
    QJsonArray items;
    const auto &all = ctx.store->events;
    for (auto it = all.rbegin(); it != all.rend() && items.size() < limit; ++it) {
        if (!ctx.store->visible(it->isDemo, demo)
            || (!correlation.isEmpty() && it->correlationId != correlation.toLower())
            || (!type.isEmpty() && !it->hasType(type)) || (!actor.isEmpty() && it->actor != actor)
            || (start.isValid() && it->createdAt < start)
            || (end.isValid() && it->createdAt >= end))
            continue;
        items.append(eventJson(*it));
    }
    return jsonReply({{QStringLiteral("events"), items}});
}

} // namespace

void registerDeploymentsApi(DevplaneContext &ctx)
{
    Router &router = ctx.server->router();
    const QStringList get {QStringLiteral("GET")};
    const QStringList post {QStringLiteral("POST")};
    router.add(get, QStringLiteral("/api/v1/deployments/list"), Access::DebugAnyElseAuthenticated,
               true, [&ctx](Call &call) { return listDeployments(ctx, call); });
    router.add(get, QStringLiteral("/api/v1/deployments/applications"),
               Access::DebugAnyElseAuthenticated, true,
               [&ctx](Call &call) { return applications(ctx, call); });
    router.add(
        get, QStringLiteral("/api/v1/deployments/<uuid>/"), Access::DebugAnyElseAuthenticated, true,
        [&ctx](Call &call) {
            const DeploymentRecord *d = ctx.store->findDeployment(call.args.value(0).toLower());
            if (!d || !ctx.store->visible(d->isDemo, call.param(QStringLiteral("include_demo"))))
                return errorReply(404, kNotFound);
            return jsonReply(deploymentDetail(*d));
        });
    router.add(post, QStringLiteral("/api/v1/deployments/"), Access::Authenticated, true,
               [&ctx](Call &call) { return createDeployment(ctx, call); });
    router.add(get, QStringLiteral("/api/v1/deployments/<uuid>/rings"),
               Access::DebugAnyElseAuthenticated, true, [&ctx](Call &call) {
                   const DeploymentRecord *d
                       = ctx.store->findDeployment(call.args.value(0).toLower());
                   if (!d)
                       return errorReply(404, kNotFound);
                   QJsonArray rings;
                   for (const RingRow &ring : d->rings)
                       rings.append(ringJson(ring));
                   return jsonReply({{QStringLiteral("correlation_id"), d->correlationId},
                                     {QStringLiteral("rings"), rings}});
               });
    router.add(post, QStringLiteral("/api/v1/deployments/<uuid>/rollback/"), Access::Authenticated,
               true, [&ctx](Call &call) { return rollback(ctx, call); });

    for (const QString &mount :
         {QStringLiteral("/api/v1/core/"), QStringLiteral("/api/v1/admin/")}) {
        router.add(
            get, mount + QStringLiteral("deployments/"), Access::DebugAnyElseAuthenticated, true,
            [&ctx](Call &call) {
                bool pageOk = true;
                bool sizeOk = true;
                const int page = call.param(QStringLiteral("page")).isEmpty()
                    ? 1
                    : call.param(QStringLiteral("page")).toInt(&pageOk);
                const int size = call.param(QStringLiteral("page_size")).isEmpty()
                    ? 50
                    : call.param(QStringLiteral("page_size")).toInt(&sizeOk);
                if (!pageOk || !sizeOk)
                    return errorReply(400, QStringLiteral("Malformed JSON in request body"),
                                      call.correlationId);
                const int pageSize = std::clamp(size, 1, 100);
                const QString status = call.param(QStringLiteral("status"));
                std::vector<const DeploymentRecord *> rows;
                for (auto it = ctx.store->deployments.rbegin(); it != ctx.store->deployments.rend();
                     ++it) {
                    if (ctx.store->visible(it->isDemo, call.param(QStringLiteral("include_demo")))
                        && statusMatches(status, it->status))
                        rows.push_back(&*it);
                }
                QJsonArray items;
                for (int i = std::max(0, page - 1) * pageSize;
                     i < int(rows.size()) && items.size() < pageSize; ++i)
                    items.append(coreDeploymentItem(*rows[size_t(i)], false));
                return jsonReply({{QStringLiteral("deployments"), items},
                                  {QStringLiteral("total"), int(rows.size())},
                                  {QStringLiteral("page"), page},
                                  {QStringLiteral("page_size"), pageSize}});
            });
        router.add(
            get, mount + QStringLiteral("deployments/<uuid>/"), Access::DebugAnyElseAuthenticated,
            true, [&ctx](Call &call) {
                const DeploymentRecord *d = ctx.store->findDeployment(call.args.value(0).toLower());
                if (!d
                    || !ctx.store->visible(d->isDemo, call.param(QStringLiteral("include_demo"))))
                    return errorReply(404, kNotFound);
                return jsonReply(coreDeploymentItem(*d, true));
            });
    }

    router.add(get, QStringLiteral("/api/v1/events/list"), Access::AllowAny, true,
               [&ctx](Call &call) { return listEvents(ctx, call); });
    router.add(
        post, QStringLiteral("/api/v1/events/"), Access::Authenticated, true, [&ctx](Call &call) {
            QString parseError;
            const auto body = call.jsonBody(&parseError);
            const QString correlation
                = body ? body->value(QStringLiteral("correlation_id")).toString() : QString();
            const QString type
                = body ? body->value(QStringLiteral("event_type")).toString() : QString();
            if (!body || QUuid(correlation).isNull() || type.isEmpty() || type.size() > 30)
                return errorReply(500, QStringLiteral("Internal server error"), call.correlationId);
            const EventRecord &event = ctx.store->addPostedEvent(
                correlation.toLower(), type, body->value(QStringLiteral("event_data")).toObject(),
                call.username, ctx.store->demoMode);
            return jsonReply({{QStringLiteral("id"), event.id},
                              {QStringLiteral("created_at"), isoTimestamp(event.createdAt)}});
        });
}

} // namespace eucora::devplane
