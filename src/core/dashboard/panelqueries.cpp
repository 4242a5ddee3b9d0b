#include "dashboard/panelqueries.h"

#include "dashboard/interpolation.h"

namespace eucora::dashboard {

namespace {

bool isMacroInterval(const QString &text)
{
    static const QStringList macros {
        QStringLiteral("$__interval"),      QStringLiteral("${__interval}"),
        QStringLiteral("$__interval_ms"),   QStringLiteral("${__interval_ms}"),
        QStringLiteral("$__rate_interval"), QStringLiteral("${__rate_interval}"),
    };
    return macros.contains(text.trimmed());
}

bool isRateInterval(const QString &text)
{
    return text.trimmed() == QLatin1String("$__rate_interval")
        || text.trimmed() == QLatin1String("${__rate_interval}");
}

// A min interval as written ("30s", "$min_step"), resolved; empty when it says nothing usable.
std::optional<qint64> minIntervalMs(const QString &text, const Dashboard &dashboard,
                                    const MacroContext &macros)
{
    if (text.trimmed().isEmpty() || isMacroInterval(text))
        return std::nullopt;
    return parseIntervalMs(interpolateText(text, dashboard.variables, macros).text);
}

qint64 alignDown(qint64 ms, qint64 step)
{
    const qint64 aligned = ms - ms % step;
    return ms < 0 && ms % step != 0 ? aligned - step : aligned;
}

} // namespace

PanelQueryPlan planPanelQueries(const Panel &panel, const Dashboard &dashboard,
                                const QueryContext &context)
{
    PanelQueryPlan plan;
    if (!queriesPrometheus(panel.kind))
        return plan;
    const qint64 rangeMs = std::max<qint64>(context.range.spanMs(), 1);
    const int maxDataPoints = panel.maxDataPoints.value_or(
        context.pixelWidth > 0 ? context.pixelWidth : kDefaultMaxDataPoints);
    MacroContext macros {context.range, 0, 0};
    const qint64 lowLimit
        = minIntervalMs(panel.interval, dashboard, macros).value_or(context.scrapeIntervalMs);
    plan.intervalMs = calculateIntervalMs(rangeMs, maxDataPoints, lowLimit);
    const qint64 perPoint = rangeMs / maxDataPoints;
    const qint64 safe = roundInterval(rangeMs / kPrometheusMaxPoints);

    for (const Target &target : panel.targets) {
        const bool prometheus
            = datasourceKind(targetDatasource(panel, target, dashboard), dashboard)
            == DatasourceKind::Prometheus;
        if (target.hide || target.expr.trimmed().isEmpty() || !prometheus) {
            plan.skipped << target.refId;
            continue;
        }
        const auto targetMin = minIntervalMs(target.interval, dashboard, macros);
        const qint64 minimum = targetMin.value_or(plan.intervalMs);
        const qint64 calculated = perPoint < minimum ? minimum : roundInterval(perPoint);
        const qint64 adjusted = std::max(calculated, safe);
        const qint64 scrape = targetMin.value_or(context.scrapeIntervalMs);
        qint64 step = adjusted * target.intervalFactor;
        qint64 rate = rateIntervalMs(plan.intervalMs, scrape);
        if (isRateInterval(target.interval)) {
            step = rateIntervalMs(adjusted, context.scrapeIntervalMs);
            rate = step;
        }
        macros.intervalMs = step;
        macros.rateIntervalMs = rate;
        const Interpolation expr = interpolateQuery(target.expr, dashboard.variables, macros);
        const Interpolation legend
            = interpolateText(target.legendFormat, dashboard.variables, macros);
        PlannedQuery query;
        query.refId = target.refId;
        query.expr = expr.text;
        query.stepMs = step;
        query.start = QDateTime::fromMSecsSinceEpoch(
            alignDown(context.range.from.toMSecsSinceEpoch(), step), QTimeZone::utc());
        query.end = QDateTime::fromMSecsSinceEpoch(
            alignDown(context.range.to.toMSecsSinceEpoch(), step), QTimeZone::utc());
        query.legendFormat = legend.text;
        query.unresolved = expr.unresolved;
        for (const QString &name : legend.unresolved) {
            if (!query.unresolved.contains(name))
                query.unresolved << name;
        }
        // Grafana runs a target that is neither instant nor range as a range query, and both
        // when it is both.
        if (target.instant) {
            PlannedQuery instant = query;
            instant.instant = true;
            plan.queries.push_back(instant);
        }
        if (target.range || !target.instant)
            plan.queries.push_back(query);
    }
    return plan;
}

} // namespace eucora::dashboard
