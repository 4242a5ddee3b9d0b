#include "prometheus/alertbook.h"

#include "controlplane/domaintypes.h"

#include <algorithm>
#include <cmath>

namespace eucora::prometheus {

int severityRank(const QString &severity)
{
    if (severity == QLatin1String("critical"))
        return 0;
    if (severity == QLatin1String("warning"))
        return 1;
    if (severity == QLatin1String("info"))
        return 2;
    return 3;
}

std::vector<Alert> sortedAlerts(std::vector<Alert> alerts)
{
    const QString severity = QStringLiteral("severity");
    const QString name = QStringLiteral("alertname");
    std::stable_sort(alerts.begin(), alerts.end(), [&](const Alert &a, const Alert &b) {
        const bool af = a.state == AlertState::Firing;
        const bool bf = b.state == AlertState::Firing;
        if (af != bf)
            return af;
        const int as = severityRank(labelValue(a.labels, severity));
        const int bs = severityRank(labelValue(b.labels, severity));
        if (as != bs)
            return as < bs;
        if (a.activeAt != b.activeAt)
            return a.activeAt > b.activeAt;
        return labelValue(a.labels, name) < labelValue(b.labels, name);
    });
    return alerts;
}

AlertTarget alertTarget(const Alert &alert, const QDateTime &now)
{
    return alertTarget(alert.labels, alert.activeAt, now);
}

AlertTarget alertTarget(const LabelSet &labels, const QDateTime &activeAt, const QDateTime &now)
{
    AlertTarget target;
    const QString alertName = labelValue(labels, QStringLiteral("alertname"));
    const QString component = labelValue(labels, QStringLiteral("component"));
    const QString connector = labelValue(labels, QStringLiteral("connector_type"));
    QString breaker = labelValue(labels, QStringLiteral("exported_service"));
    if (breaker.isEmpty())
        breaker = labelValue(labels, QStringLiteral("service"));
    if (component == QLatin1String("resilience")
        || alertName.startsWith(QLatin1String("CircuitBreaker"))) {
        target.topic = AlertTarget::Topic::Breaker;
        target.view = QStringLiteral("breakers");
        if (controlplane::findBreaker(breaker))
            target.breaker = breaker.toLower();
    } else if (component == QLatin1String("connectors")
               || alertName.startsWith(QLatin1String("Connector"))
               || alertName.contains(QLatin1String("Connector"))) {
        target.topic = AlertTarget::Topic::Connector;
        target.view = QStringLiteral("breakers");
        if (controlplane::connectorTypeNames().contains(connector))
            target.breaker = connector;
    } else if (component == QLatin1String("promotion")
               || alertName.contains(QLatin1String("Promotion"))) {
        target.topic = AlertTarget::Topic::Promotion;
        target.view = QStringLiteral("rings");
    } else if (component == QLatin1String("deployment") || component == QLatin1String("governance")
               || alertName.contains(QLatin1String("Deployment"))) {
        target.topic = AlertTarget::Topic::Deployment;
        target.view = QStringLiteral("deployments");
    } else {
        target.view = QStringLiteral("overview");
    }
    if (activeAt.isValid() && now.isValid()) {
        const qint64 minutes = (std::max<qint64>(0, activeAt.secsTo(now)) + 59) / 60 + 15;
        target.windowMinutes = int(std::clamp<qint64>(minutes, 30, 7 * 24 * 60));
    }
    return target;
}

std::vector<AlertInterval> alertIntervals(const std::vector<Series> &alertsSeries,
                                          std::int64_t stepMs, std::int64_t windowEndMs)
{
    std::vector<AlertInterval> out;
    const QString stateLabel = QStringLiteral("alertstate");
    const std::int64_t gap = std::max<std::int64_t>(1, stepMs * 3 / 2);
    for (const Series &series : alertsSeries) {
        LabelSet labels;
        QString state;
        for (const auto &label : series.labels) {
            if (label.first == stateLabel)
                state = label.second;
            else if (label.first != QLatin1String("__name__"))
                labels.push_back(label);
        }
        const QString name = labelValue(labels, QStringLiteral("alertname"));
        std::optional<AlertInterval> current;
        for (std::size_t i = 0; i < series.size(); ++i) {
            const double v = series.values[i];
            if (std::isnan(v) || v == 0)
                continue;
            const std::int64_t t = series.timestampsMs[i];
            if (current && t - current->toMs <= gap) {
                current->toMs = t;
                continue;
            }
            if (current)
                out.push_back(*current);
            current = AlertInterval {labels, name, state, t, t, false};
        }
        if (current) {
            current->open = windowEndMs - current->toMs <= gap;
            out.push_back(*current);
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const AlertInterval &a, const AlertInterval &b) {
        return a.fromMs < b.fromMs;
    });
    return out;
}

} // namespace eucora::prometheus
