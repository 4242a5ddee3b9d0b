// What a panel asks Prometheus for: one query per visible Prometheus target, with variables and
// macros put in, the step Grafana would use, and the range aligned to that step.
#pragma once

#include "dashboard/dashboardmodel.h"
#include "dashboard/interval.h"
#include "prometheus/apiqueries.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <vector>

namespace eucora::dashboard {

struct QueryContext
{
    TimeRange range;
    int pixelWidth = 0; // the panel's width: its max data points unless the panel sets them
    qint64 scrapeIntervalMs = kDefaultScrapeIntervalMs; // the datasource's "timeInterval"
};

struct PlannedQuery
{
    QString refId;
    QString expr; // interpolated
    bool instant = false;
    qint64 stepMs = 0;
    QDateTime start; // range queries: aligned down to the step
    QDateTime end; // range queries: aligned down to the step; instant queries: the evaluation time
    QString legendFormat; // variables resolved; {{labels}} left for legendName()
    QStringList unresolved; // variables nothing defines, left as written

    prometheus::RangeQuery rangeQuery() const
    {
        return {expr, start, end, std::chrono::milliseconds(stepMs), std::nullopt};
    }
    prometheus::InstantQuery instantQuery() const { return {expr, end, std::nullopt}; }

    bool operator==(const PlannedQuery &o) const
    {
        return refId == o.refId && expr == o.expr && instant == o.instant && stepMs == o.stepMs
            && start == o.start && end == o.end && legendFormat == o.legendFormat
            && unresolved == o.unresolved;
    }
};

struct PanelQueryPlan
{
    qint64 intervalMs = 0; // the panel's $__interval before per-query adjustments
    std::vector<PlannedQuery> queries;
    QStringList skipped; // refIds not sent: hidden, empty, or not Prometheus
};

// Panels that do not query Prometheus (rows, text, eucora-*, placeholders) plan nothing.
//
// The interval follows Grafana (PanelQueryRunner + pkg/promlib/models/query.go):
//   panel interval  = max(roundInterval(range / maxDataPoints), low limit), the low limit being
//                     the panel's min interval if set, else the scrape interval (default 15 s)
//   step            = max(the target's min step, or the panel interval when it has none, if
//                     range / maxDataPoints is below it, else the rounded value;
//                     roundInterval(range / 11000)) x intervalFactor
//   $__interval     = step
//   $__rate_interval = max(panel interval + scrape, 4 x scrape), scrape being the target's min
//                     step when set
// A panel min interval therefore can go below the scrape interval, as in Grafana.
PanelQueryPlan planPanelQueries(const Panel &panel, const Dashboard &dashboard,
                                const QueryContext &context);

} // namespace eucora::dashboard
