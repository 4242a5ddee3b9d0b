// Probes, health reports, connectors and the Prometheus exposition (contract 6 and 8).
#include "apishapes.h"
#include "context.h"
#include "devplaneserver.h"
#include "metrics/metricregistry.h"
#include "simulation.h"
#include "store.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace eucora::devplane {

namespace {

QJsonObject demoReady(const Store &store)
{
    const DemoCounts counts = store.demoCounts();
    const bool exists = counts.deployments > 0 || counts.events > 0 || counts.assets > 0;
    QString status = QStringLiteral("no_demo_data");
    if (exists)
        status = store.demoMode ? QStringLiteral("ready")
                                : QStringLiteral("data_exists_but_demo_mode_disabled");
    return {{QStringLiteral("demo_mode_enabled"), store.demoMode},
            {QStringLiteral("demo_data_exists"), exists},
            {QStringLiteral("demo_data_counts"), countsJson(counts)},
            {QStringLiteral("status"), status}};
}

QJsonObject telemetryChecks()
{
    return {{QStringLiteral("database"),
             QJsonObject {{QStringLiteral("status"), QStringLiteral("healthy")}}},
            {QStringLiteral("cache"),
             QJsonObject {{QStringLiteral("status"), QStringLiteral("healthy")}}},
            {QStringLiteral("application"),
             QJsonObject {{QStringLiteral("name"), QStringLiteral("EUCORA")},
                          {QStringLiteral("organization"), QStringLiteral("BuildWorks.AI")},
                          {QStringLiteral("version"), QStringLiteral("1.0.0")}}}};
}

} // namespace

void registerHealthApi(DevplaneContext &ctx)
{
    Router &router = ctx.server->router();
    const QStringList anyMethod {QStringLiteral("GET"),    QStringLiteral("POST"),
                                 QStringLiteral("PUT"),    QStringLiteral("PATCH"),
                                 QStringLiteral("DELETE"), QStringLiteral("HEAD"),
                                 QStringLiteral("OPTIONS")};
    const QStringList get {QStringLiteral("GET")};
    router.add(anyMethod, QStringLiteral("/health/live"), Access::Plain, false, [](Call &) {
        return jsonReply({{QStringLiteral("status"), QStringLiteral("alive")}});
    });
    router.add(get, QStringLiteral("/health/ready"), Access::Plain, false, [](Call &) {
        return jsonReply({{QStringLiteral("database"), true},
                          {QStringLiteral("cache"), true},
                          {QStringLiteral("status"), QStringLiteral("healthy")}});
    });
    router.add(get, QStringLiteral("/health/demo-ready"), Access::Plain, false,
               [&ctx](Call &) { return jsonReply(demoReady(*ctx.store)); });

    router.add(get, QStringLiteral("/api/v1/health/"), Access::Plain, false, [&ctx](Call &) {
        int open = 0;
        for (const SimBreaker &b : ctx.simulation->breakers())
            open += b.state == controlplane::BreakerState::Open ? 1 : 0;
        const QJsonObject breakers {
            {QStringLiteral("status"),
             open > 0 ? QStringLiteral("degraded") : QStringLiteral("healthy")},
            {QStringLiteral("open_count"), open},
            {QStringLiteral("total"), int(ctx.simulation->breakers().size())}};
        const QJsonObject checks {
            {QStringLiteral("database"),
             QJsonObject {{QStringLiteral("status"), QStringLiteral("healthy")},
                          {QStringLiteral("latency_ms"), 2}}},
            {QStringLiteral("redis"),
             QJsonObject {{QStringLiteral("status"), QStringLiteral("healthy")},
                          {QStringLiteral("latency_ms"), 1}}},
            {QStringLiteral("celery"),
             QJsonObject {{QStringLiteral("status"), QStringLiteral("healthy")},
                          {QStringLiteral("active_workers"), 1},
                          {QStringLiteral("active_tasks"), 0}}},
            {QStringLiteral("minio"),
             QJsonObject {{QStringLiteral("status"), QStringLiteral("healthy")},
                          {QStringLiteral("latency_ms"), 3}}},
            {QStringLiteral("circuit_breakers"), breakers}};
        return jsonReply(
            {{QStringLiteral("status"),
              open > 0 ? QStringLiteral("degraded") : QStringLiteral("healthy")},
             {QStringLiteral("timestamp"), isoTimestamp(QDateTime::currentDateTimeUtc())},
             {QStringLiteral("checks"), checks}},
            open > 0 ? 503 : 200);
    });
    router.add(get, QStringLiteral("/api/v1/health/ready"), Access::AllowAny, true, [](Call &) {
        return jsonReply({{QStringLiteral("status"), QStringLiteral("ready")},
                          {QStringLiteral("checks"), telemetryChecks()}});
    });
    router.add(get, QStringLiteral("/api/v1/health/live"), Access::AllowAny, true, [](Call &) {
        return jsonReply({{QStringLiteral("status"), QStringLiteral("alive")}});
    });
    router.add(get, QStringLiteral("/api/v1/health/health/"), Access::AllowAny, true, [](Call &) {
        return jsonReply({{QStringLiteral("status"), QStringLiteral("healthy")},
                          {QStringLiteral("checks"), telemetryChecks()}});
    });
    router.add(
        get, QStringLiteral("/api/v1/health/metrics/"), Access::AllowAny, true, [&ctx](Call &call) {
            QJsonObject byStatus;
            int total = 0;
            for (const DeploymentRecord &d : ctx.store->deployments) {
                if (!ctx.store->visible(d.isDemo, call.param(QStringLiteral("include_demo"))))
                    continue;
                ++total;
                const QString status = controlplane::toString(d.status);
                byStatus.insert(status, byStatus.value(status).toInt() + 1);
            }
            const int assets = ctx.store->demoMode ? ctx.store->demoAssets : 0;
            return jsonReply(
                {{QStringLiteral("deployment_intents_total"), total},
                 {QStringLiteral("deployment_intents_by_status"), byStatus},
                 {QStringLiteral("assets_total"), assets},
                 {QStringLiteral("assets_by_status"),
                  QJsonObject {{QStringLiteral("Active"), assets}}},
                 {QStringLiteral("timestamp"), isoTimestamp(QDateTime::currentDateTimeUtc())}});
        });

    router.add(get, QStringLiteral("/api/v1/metrics/"), Access::Plain, false, [&ctx](Call &) {
        const auto shape = ctx.singleProcessMetrics ? metrics::ExpositionShape::SingleProcess
                                                    : metrics::ExpositionShape::Multiprocess;
        return HttpReply {
            200,
            "text/plain; version=0.0.4; charset=utf-8",
            ctx.metrics->exposition(shape, QString::number(QCoreApplication::applicationPid())),
            {}};
    });

    router.add(get, QStringLiteral("/api/v1/connectors/"), Access::Authenticated, true, [](Call &) {
        QJsonArray list;
        for (const QString &type : controlplane::connectorTypeNames()) {
            QString name = type;
            name[0] = name[0].toUpper(); // Python's str.capitalize(): "Sccm"
            list.append(QJsonObject {{QStringLiteral("type"), type},
                                     {QStringLiteral("name"), name},
                                     {QStringLiteral("status"), QStringLiteral("available")}});
        }
        return jsonReply(
            {{QStringLiteral("connectors"), list}, {QStringLiteral("total"), int(list.size())}});
    });
    router.add(
        get, QStringLiteral("/api/v1/connectors/<str>/health"), Access::Authenticated, true,
        [&ctx](Call &call) {
            const QString type = call.args.value(0);
            if (!controlplane::connectorTypeNames().contains(type))
                return errorReply(400, QStringLiteral("Invalid connector type: %1").arg(type));
            QString name = type;
            name[0] = name[0].toUpper();
            const bool healthy = ctx.simulation->connectorHealthy(type);
            return jsonReply(
                {{QStringLiteral("connector_type"), type},
                 {QStringLiteral("status"),
                  healthy ? QStringLiteral("healthy") : QStringLiteral("unhealthy")},
                 {QStringLiteral("message"),
                  healthy ? QStringLiteral("%1 connector is operational").arg(type.toUpper())
                          : QStringLiteral("Health check failed: %1 API returned 503").arg(name)},
                 {QStringLiteral("details"), QJsonObject()}},
                healthy ? 200 : 503);
        });
}

} // namespace eucora::devplane
