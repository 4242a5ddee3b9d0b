#include "modeljson.h"

#include <QJsonArray>
#include <QLocale>

#include <cmath>

namespace eucora::ctl {

namespace {

QJsonValue nullable(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonValue nullableTime(const QDateTime &utc)
{
    return utc.isValid() ? QJsonValue(isoTime(utc)) : QJsonValue();
}

} // namespace

QString sampleValueText(double value)
{
    if (std::isnan(value))
        return QStringLiteral("NaN");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("+Inf") : QStringLiteral("-Inf");
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

namespace {

QJsonObject labelsToJson(const prometheus::LabelSet &labels)
{
    QJsonObject out;
    for (const auto &[name, value] : labels)
        out.insert(name, value);
    return out;
}

QJsonArray sample(std::int64_t timestampMs, double value)
{
    return QJsonArray {double(timestampMs) / 1000.0, sampleValueText(value)};
}

} // namespace

QString isoTime(const QDateTime &utc)
{
    return utc.isValid() ? utc.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonObject toJson(const controlplane::User &user)
{
    return {{QStringLiteral("id"), user.id},
            {QStringLiteral("username"), user.username},
            {QStringLiteral("email"), user.email},
            {QStringLiteral("is_staff"), user.staff},
            {QStringLiteral("is_superuser"), user.superuser}};
}

QJsonObject toJson(const controlplane::DeploymentSummary &deployment)
{
    return {{QStringLiteral("correlation_id"), deployment.correlationId},
            {QStringLiteral("app_name"), deployment.appName},
            {QStringLiteral("version"), deployment.version},
            {QStringLiteral("target_ring"), deployment.targetRing},
            {QStringLiteral("status"), deployment.status},
            {QStringLiteral("risk_score"),
             deployment.riskScore ? QJsonValue(*deployment.riskScore) : QJsonValue()},
            {QStringLiteral("created_at"), nullableTime(deployment.createdAt)}};
}

QJsonObject toJson(const controlplane::DeploymentDetail &deployment)
{
    QJsonObject out = toJson(deployment.summary);
    out.insert(QStringLiteral("requires_cab_approval"), deployment.requiresCabApproval);
    out.insert(QStringLiteral("submitter"), deployment.submitter);
    return out;
}

QJsonObject toJson(const controlplane::RingProgress &ring)
{
    return {{QStringLiteral("ring"), ring.ring},
            {QStringLiteral("connector_type"), ring.connectorType},
            {QStringLiteral("connector_object_id"), nullable(ring.connectorObjectId)},
            {QStringLiteral("success_count"), ring.successCount},
            {QStringLiteral("failure_count"), ring.failureCount},
            {QStringLiteral("success_rate"), ring.successRate},
            {QStringLiteral("promoted_at"), nullableTime(ring.promotedAt)},
            {QStringLiteral("promotion_gate_passed"), ring.promotionGatePassed},
            {QStringLiteral("updated_at"), nullableTime(ring.updatedAt)}};
}

QJsonObject toJson(const controlplane::BreakerStatus &breaker)
{
    return {{QStringLiteral("service"), breaker.service},
            {QStringLiteral("state"), breaker.state},
            {QStringLiteral("fail_counter"), breaker.failCounter},
            {QStringLiteral("fail_max"), breaker.failMax},
            {QStringLiteral("reset_timeout"), breaker.resetTimeoutSeconds}};
}

QJsonObject toJson(const controlplane::DemoCounts &counts)
{
    const std::pair<const char *, int> kinds[] = {{"assets", counts.assets},
                                                  {"applications", counts.applications},
                                                  {"deployments", counts.deployments},
                                                  {"ring_deployments", counts.ringDeployments},
                                                  {"cab_approvals", counts.cabApprovals},
                                                  {"evidence_packs", counts.evidencePacks},
                                                  {"events", counts.events},
                                                  {"users", counts.users}};
    QJsonObject out;
    for (const auto &[name, count] : kinds) {
        if (count >= 0)
            out.insert(QLatin1String(name), count);
    }
    return out;
}

QJsonObject toJson(const prometheus::QueryResult &result)
{
    using prometheus::ResultType;
    QJsonObject out {{QStringLiteral("resultType"), prometheus::resultTypeName(result.resultType)}};
    switch (result.resultType) {
    case ResultType::Scalar:
        if (!result.series.empty() && result.series.front().size() > 0)
            out.insert(QStringLiteral("result"),
                       sample(result.series.front().timestampsMs.front(),
                              result.series.front().values.front()));
        break;
    case ResultType::String:
        out.insert(QStringLiteral("result"), result.stringValue);
        break;
    case ResultType::Vector:
    case ResultType::Matrix: {
        QJsonArray series;
        for (const prometheus::Series &s : result.series) {
            QJsonObject item {{QStringLiteral("metric"), labelsToJson(s.labels)}};
            if (result.resultType == ResultType::Vector && s.size() > 0) {
                item.insert(QStringLiteral("value"),
                            sample(s.timestampsMs.front(), s.values.front()));
            } else {
                QJsonArray values;
                for (std::size_t i = 0; i < s.size(); ++i)
                    values.append(sample(s.timestampsMs[i], s.values[i]));
                item.insert(QStringLiteral("values"), values);
            }
            series.append(item);
        }
        out.insert(QStringLiteral("result"), series);
        break;
    }
    }
    QJsonArray warnings;
    for (const QString &warning : result.warnings)
        warnings.append(warning);
    if (!warnings.isEmpty())
        out.insert(QStringLiteral("warnings"), warnings);
    return out;
}

} // namespace eucora::ctl
