// What the Alerts view makes of Prometheus' alerts: severity order, what an alert is about (a
// breaker, a connector, deployments, promotions) and so which view and window show it, and the
// firing and pending intervals of the ALERTS series inside a window (chart annotations).
#pragma once

#include "prometheus/series.h"
#include "prometheus/serverstate.h"

#include <QDateTime>
#include <QString>

#include <vector>

namespace eucora::prometheus {

// critical 0, warning 1, info 2, anything else 3.
int severityRank(const QString &severity);

// Firing before pending, then by severity, then newest active first, then by name.
std::vector<Alert> sortedAlerts(std::vector<Alert> alerts);

struct AlertTarget
{
    enum class Topic { Breaker, Connector, Deployment, Promotion, Other };

    Topic topic = Topic::Other;
    QString view; // the built-in view's uid: breakers, deployments, rings, overview
    QString breaker; // the breaker or connector the alert names (the breakers view's variable)
    int windowMinutes = 60; // from before the alert became active until now
};

// What `alert` is about, by its labels (exported_service / service, connector_type, component,
// alertname), and the window (minutes back from `now`) that shows it from 15 min before it
// became active.
AlertTarget alertTarget(const Alert &alert, const QDateTime &now);
AlertTarget alertTarget(const LabelSet &labels, const QDateTime &activeAt, const QDateTime &now);

struct AlertInterval
{
    LabelSet labels; // the alert's labels, without alertstate
    QString alertName;
    QString state; // firing or pending
    std::int64_t fromMs = 0;
    std::int64_t toMs = 0; // the last point seen
    bool open = false; // still active at the end of the series' points
};

// Intervals of the ALERTS series (value 1 while pending or firing): a gap longer than
// 1.5 steps ends an interval. Ordered by start.
std::vector<AlertInterval> alertIntervals(const std::vector<Series> &alertsSeries,
                                          std::int64_t stepMs, std::int64_t windowEndMs);

} // namespace eucora::prometheus
