// apps.core routes under /api/v1/admin/ and /api/v1/core/: demo data, tasks, circuit breakers
// (contract 4 and 5).
#include "apishapes.h"
#include "context.h"
#include "devplaneserver.h"
#include "seeder.h"
#include "simulation.h"
#include "store.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace eucora::devplane {

using controlplane::TaskState;

namespace {

HttpReply seed(DevplaneContext &ctx, Call &call)
{
    QString error;
    const auto body = call.jsonBody(&error);
    const auto request = body ? parseSeedRequest(*body, &error) : std::nullopt;
    if (!request)
        return jsonReply(
            {{QStringLiteral("status"), QStringLiteral("error")}, {QStringLiteral("error"), error}},
            500);
    if (request->total() > 5000 || request->forceAsync) {
        const QString taskId = ctx.simulation->randomUuid();
        ctx.store->addTask(taskId, QStringLiteral("apps.core.tasks.seed_demo_data_task"));
        ctx.seeder->seedAsTask(*request, taskId);
        return jsonReply({{QStringLiteral("status"), QStringLiteral("queued")},
                          {QStringLiteral("message"),
                           QStringLiteral("Demo data seeding started in background. Check "
                                          "demo-data-stats endpoint for progress.")},
                          {QStringLiteral("task_id"), taskId},
                          {QStringLiteral("method"), QStringLiteral("async_seed")}},
                         202);
    }
    const DemoCounts counts = ctx.seeder->seedNow(*request);
    return jsonReply({{QStringLiteral("status"), QStringLiteral("success")},
                      {QStringLiteral("counts"), countsJson(counts)},
                      {QStringLiteral("message"), QStringLiteral("Demo data seeded successfully")},
                      {QStringLiteral("method"), QStringLiteral("sync_seed")}});
}

QString availableServices(Simulation &simulation)
{
    QStringList names;
    for (const SimBreaker &b : simulation.breakers())
        names << b.service;
    std::sort(names.begin(), names.end());
    return names.join(QStringLiteral(", "));
}

} // namespace

void registerAdminApi(DevplaneContext &ctx)
{
    Router &router = ctx.server->router();
    const QStringList get {QStringLiteral("GET")};
    const QStringList post {QStringLiteral("POST")};
    for (const QString &path : adminMounts(QStringLiteral("demo-data-stats")))
        router.add(get, path, Access::DebugAnyElseStaff, true, [&ctx](Call &) {
            return jsonReply({{QStringLiteral("counts"), countsJson(ctx.store->demoCounts())},
                              {QStringLiteral("demo_mode_enabled"), ctx.store->demoMode}});
        });
    for (const QString &path : adminMounts(QStringLiteral("seed-demo-data")))
        router.add(post, path, Access::DebugAnyElseStaff, true,
                   [&ctx](Call &call) { return seed(ctx, call); });
    for (const QString &path : adminMounts(QStringLiteral("clear-demo-data")))
        router.add({QStringLiteral("DELETE")}, path, Access::DebugAnyElseStaff, true,
                   [&ctx](Call &) {
                       return jsonReply(
                           {{QStringLiteral("status"), QStringLiteral("success")},
                            {QStringLiteral("counts"), countsJson(ctx.store->clearDemoData())}});
                   });
    for (const QString &path : adminMounts(QStringLiteral("demo-mode")))
        router.add(
            {QStringLiteral("GET"), QStringLiteral("POST")}, path, Access::DebugAnyElseStaff, true,
            [&ctx](Call &call) {
                if (call.method == QLatin1String("POST")) {
                    QString error;
                    const auto body = call.jsonBody(&error);
                    if (!body)
                        return errorReply(500, error);
                    // EUCORA: a POST without "enabled" switches demo mode off.
                    ctx.store->demoMode = body->value(QStringLiteral("enabled")).toBool(false);
                    ctx.store->touch();
                }
                return jsonReply({{QStringLiteral("demo_mode_enabled"), ctx.store->demoMode}});
            });

    for (const QString &path : adminMounts(QStringLiteral("tasks/<str>/status")))
        router.add(get, path, Access::Authenticated, true, [&ctx](Call &call) {
            const QString id = call.args.value(0);
            const auto it = ctx.store->tasks.find(id);
            if (it == ctx.store->tasks.end()) // Celery cannot tell "queued" from "never existed"
                return jsonReply(taskStatusJson(
                    TaskRecord {id, {}, TaskState::Pending, QJsonValue::Null, {}, {}, {}, {}}));
            return jsonReply(taskStatusJson(it->second));
        });
    for (const QString &path : adminMounts(QStringLiteral("tasks/<str>/revoke")))
        router.add(post, path, Access::Authenticated, true, [&ctx](Call &call) {
            const QString id = call.args.value(0);
            const auto it = ctx.store->tasks.find(id);
            if (it != ctx.store->tasks.end() && it->second.state != TaskState::Success
                && it->second.state != TaskState::Failure) {
                it->second.state = TaskState::Revoked;
                it->second.progress = QJsonObject();
                for (DeploymentRecord &d : ctx.store->deployments) {
                    if (d.rollbackTaskId == id)
                        d.rollbackTaskId.clear();
                }
                ctx.store->touch();
            }
            return jsonReply(
                {{QStringLiteral("task_id"), id},
                 {QStringLiteral("status"), controlplane::toString(TaskState::Revoked)},
                 {QStringLiteral("message"), QStringLiteral("Task %1 has been revoked").arg(id)}});
        });
    for (const QString &path : adminMounts(QStringLiteral("tasks/active")))
        router.add(get, path, Access::Authenticated, true, [&ctx](Call &) {
            QJsonArray active;
            for (const auto &[id, task] : ctx.store->tasks) {
                if (task.state == TaskState::Pending || task.state == TaskState::Progress)
                    active.append(QJsonObject {{QStringLiteral("id"), id},
                                               {QStringLiteral("name"), task.name}});
            }
            const QString worker = QStringLiteral("celery@devplane");
            return jsonReply({{QStringLiteral("active"), QJsonObject {{worker, active}}},
                              {QStringLiteral("reserved"), QJsonObject {{worker, QJsonArray()}}},
                              {QStringLiteral("scheduled"), QJsonObject {{worker, QJsonArray()}}},
                              {QStringLiteral("summary"),
                               QJsonObject {{QStringLiteral("total_active"), int(active.size())},
                                            {QStringLiteral("total_reserved"), 0},
                                            {QStringLiteral("total_scheduled"), 0}}}});
        });

    for (const QString &path : adminMounts(QStringLiteral("health/circuit-breakers")))
        router.add(get, path, Access::Authenticated, true, [&ctx](Call &) {
            // Written by hand: QJsonObject would sort the keys, EUCORA lists table 5.1's order.
            QByteArray breakers = "{";
            int open = 0;
            for (const SimBreaker &b : ctx.simulation->breakers()) {
                if (breakers.size() > 1)
                    breakers += ", ";
                breakers += '"' + b.service.toUtf8()
                    + "\": " + QJsonDocument(breakerJson(b)).toJson(QJsonDocument::Compact);
                open += b.state == controlplane::BreakerState::Open ? 1 : 0;
            }
            breakers += '}';
            const int total = int(ctx.simulation->breakers().size());
            const QJsonObject summary {{QStringLiteral("total"), total},
                                       {QStringLiteral("open"), open},
                                       {QStringLiteral("closed"), total - open}};
            return HttpReply {200,
                              "application/json",
                              "{\"breakers\": " + breakers + ", \"summary\": "
                                  + QJsonDocument(summary).toJson(QJsonDocument::Compact) + '}',
                              {}};
        });
    for (const QString &path : adminMounts(QStringLiteral("health/circuit-breakers/<str>")))
        router.add(get, path, Access::Authenticated, true, [&ctx](Call &call) {
            const QString service = call.args.value(0);
            const SimBreaker *b = ctx.simulation->findBreaker(service);
            if (!b)
                return errorReply(404,
                                  QStringLiteral("Unknown service: %1. Available: %2")
                                      .arg(service, availableServices(*ctx.simulation)));
            QJsonObject body = breakerJson(*b);
            body.insert(QStringLiteral("service"), service);
            return jsonReply(body);
        });
    for (const QString &path : adminMounts(QStringLiteral("health/circuit-breakers/<str>/reset")))
        router.add(post, path, Access::Staff, true, [&ctx](Call &call) {
            const QString service = call.args.value(0);
            SimBreaker *b = ctx.simulation->findBreaker(service);
            if (!b)
                return errorReply(404,
                                  QStringLiteral("Unknown service: %1. Available: %2")
                                      .arg(service, availableServices(*ctx.simulation)));
            ctx.simulation->setBreakerState(*b, controlplane::BreakerState::Closed, false);
            return jsonReply(
                {{QStringLiteral("service"), service},
                 {QStringLiteral("status"), QStringLiteral("reset")},
                 {QStringLiteral("message"),
                  QStringLiteral("Circuit breaker for %1 has been reset to closed state")
                      .arg(service)}});
        });
}

} // namespace eucora::devplane
