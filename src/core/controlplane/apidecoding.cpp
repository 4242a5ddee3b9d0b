#include "controlplane/apidecoding.h"

#include <QJsonArray>
#include <QVariant>

#include <algorithm>

namespace eucora::controlplane {

namespace {

QString text(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isString())
        return v.toString();
    if (v.isDouble()) // a number where text was expected is shown, not dropped
        return QString::number(v.toDouble());
    return {};
}

std::optional<int> optionalInt(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isDouble())
        return std::nullopt;
    return int(v.toDouble());
}

int count(const QJsonObject &o, const char *key)
{
    return optionalInt(o, key).value_or(-1);
}

QDateTime time(const QJsonObject &o, const char *key)
{
    return parseTimestamp(o.value(QLatin1String(key)).toString());
}

} // namespace

QDateTime parseTimestamp(const QString &input)
{
    QString t = input.trimmed();
    // Python emits microseconds; Qt reads milliseconds: cut the fraction to three digits.
    const qsizetype dot = t.indexOf(QLatin1Char('.'));
    if (dot > 0) {
        qsizetype end = dot + 1;
        while (end < t.size() && t.at(end).isDigit())
            ++end;
        t = t.left(std::min(end, dot + 4)) + t.mid(end);
    }
    QDateTime parsed = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!parsed.isValid()
        || !(t.endsWith(QLatin1Char('Z')) || t.contains(QLatin1Char('+'))
             || t.lastIndexOf(QLatin1Char('-')) > 10))
        return {};
    return parsed.toUTC();
}

User decodeUser(const QJsonObject &o)
{
    return User {o.value(QStringLiteral("id")).toInt(), text(o, "username"), text(o, "email"),
                 o.value(QStringLiteral("is_staff")).toBool(),
                 o.value(QStringLiteral("is_superuser")).toBool()};
}

DeploymentSummary decodeDeploymentSummary(const QJsonObject &o)
{
    DeploymentSummary d;
    d.correlationId = text(o, "correlation_id");
    if (d.correlationId.isEmpty()) // the apps.core wrappers (2.7) call it "id"
        d.correlationId = text(o, "id");
    d.appName = text(o, "app_name");
    d.version = text(o, "version");
    d.targetRing = text(o, "target_ring");
    d.status = text(o, "status");
    d.riskScore = optionalInt(o, "risk_score");
    d.createdAt = time(o, "created_at");
    return d;
}

DeploymentDetail decodeDeploymentDetail(const QJsonObject &o)
{
    return DeploymentDetail {decodeDeploymentSummary(o),
                             o.value(QStringLiteral("requires_cab_approval")).toBool(),
                             text(o, "submitter")};
}

Application decodeApplication(const QJsonObject &o)
{
    Application app;
    app.appName = text(o, "app_name");
    app.latestVersion = text(o, "latest_version");
    app.deploymentCount = std::max(0, count(o, "deployment_count"));
    for (const QJsonValue v : o.value(QStringLiteral("versions")).toArray()) {
        const QJsonObject vo = v.toObject();
        ApplicationVersion version {text(vo, "version"), time(vo, "latest_created_at"), {}};
        for (const QJsonValue d : vo.value(QStringLiteral("deployments")).toArray()) {
            const QJsonObject dobj = d.toObject();
            version.deployments.push_back(
                ApplicationDeployment {text(dobj, "correlation_id"), text(dobj, "target_ring"),
                                       text(dobj, "status"), optionalInt(dobj, "risk_score"),
                                       dobj.value(QStringLiteral("requires_cab_approval")).toBool(),
                                       time(dobj, "created_at")});
        }
        app.versions.push_back(std::move(version));
    }
    return app;
}

RingProgress decodeRingProgress(const QJsonObject &o)
{
    RingProgress r;
    r.ring = text(o, "ring");
    r.connectorType = text(o, "connector_type");
    r.connectorObjectId = text(o, "connector_object_id");
    r.successCount = std::max(0, count(o, "success_count"));
    r.failureCount = std::max(0, count(o, "failure_count"));
    r.successRate = o.value(QStringLiteral("success_rate")).toDouble();
    r.promotedAt = time(o, "promoted_at");
    r.promotionGatePassed = o.value(QStringLiteral("promotion_gate_passed")).toBool();
    r.createdAt = time(o, "created_at");
    r.updatedAt = time(o, "updated_at");
    return r;
}

BreakerStatus decodeBreaker(const QString &service, const QJsonObject &o)
{
    return BreakerStatus {service.isEmpty() ? text(o, "service") : service, text(o, "state"),
                          o.value(QStringLiteral("fail_counter")).toInt(),
                          o.value(QStringLiteral("fail_max")).toInt(),
                          o.value(QStringLiteral("reset_timeout")).toDouble()};
}

EventRecord decodeEvent(const QJsonObject &o)
{
    return EventRecord {o.value(QStringLiteral("id")).toVariant().toLongLong(),
                        text(o, "correlation_id"),
                        text(o, "event_type"),
                        o.value(QStringLiteral("event_data")).toObject(),
                        text(o, "actor"),
                        time(o, "created_at")};
}

bool TaskStatus::finished() const
{
    return is(TaskState::Success) || is(TaskState::Failure) || is(TaskState::Revoked);
}

TaskStatus decodeTaskStatus(const QJsonObject &o)
{
    return TaskStatus {text(o, "task_id"), text(o, "status"),
                       o.value(QStringLiteral("progress")).toObject(), text(o, "error"),
                       o.value(QStringLiteral("result")).toObject()};
}

DemoCounts decodeDemoCounts(const QJsonObject &o)
{
    return DemoCounts {count(o, "assets"),        count(o, "applications"),
                       count(o, "deployments"),   count(o, "ring_deployments"),
                       count(o, "cab_approvals"), count(o, "evidence_packs"),
                       count(o, "events"),        count(o, "users")};
}

SeedAnswer decodeSeedAnswer(int httpStatus, const QJsonObject &o)
{
    SeedAnswer a;
    a.queued = httpStatus == 202;
    a.taskId = text(o, "task_id");
    a.counts = decodeDemoCounts(o.value(QStringLiteral("counts")).toObject());
    a.method = text(o, "method");
    a.message = text(o, "message");
    return a;
}

HealthReport decodeHealthReport(const QJsonObject &o)
{
    HealthReport report {text(o, "status"), time(o, "timestamp"), {}};
    const QJsonObject checks = o.value(QStringLiteral("checks")).toObject();
    for (auto it = checks.begin(); it != checks.end(); ++it) {
        QJsonObject details = it.value().toObject();
        const QString status = details.take(QStringLiteral("status")).toString();
        report.checks.push_back(HealthCheck {it.key(), status, details});
    }
    return report;
}

Connector decodeConnector(const QJsonObject &o)
{
    return Connector {text(o, "type"), text(o, "name"), text(o, "status")};
}

ConnectorHealth decodeConnectorHealth(const QJsonObject &o)
{
    return ConnectorHealth {text(o, "connector_type"), text(o, "status"), text(o, "message")};
}

QJsonObject encodeSeedRequest(const SeedRequest &r)
{
    QJsonObject body {{QStringLiteral("assets"), r.assets},
                      {QStringLiteral("applications"), r.applications},
                      {QStringLiteral("deployments"), r.deployments},
                      {QStringLiteral("users"), r.users},
                      {QStringLiteral("events"), r.events},
                      {QStringLiteral("clear_existing"), r.clearExisting}};
    if (r.forceAsync)
        body.insert(QStringLiteral("async"), true);
    return body;
}

} // namespace eucora::controlplane
