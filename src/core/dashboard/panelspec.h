// What one panel shows, as data: title, PromQL, how series are named, range and refresh.
#pragma once

#include <QCoreApplication>
#include <QString>

#include <chrono>
#include <optional>

namespace eucora::dashboard {

// How a panel's PromQL is approximated in degraded mode from the control plane's own
// /api/v1/metrics/: the summed per-second rate of `sample` grouped by `groupBy` over `window`
// (the PromQL's rate range), times `scale` (60 for "per minute").
struct DegradedRecipe
{
    QString sample;
    QString groupBy;
    double scale = 1.0;
    std::chrono::seconds window {300};
    // Set: `sample` is a histogram's _bucket series and the point is
    // histogram_quantile(quantile, sum by (le) (rate(sample[window]))), as for a p95 tile.
    std::optional<double> quantile = std::nullopt;

    bool isValid() const { return !sample.isEmpty(); }
};

struct PanelSpec
{
    QString id;
    QString title;
    QString promql;
    QString legendLabel; // the label whose value names a series ("status")
    QString unit; // shown on the value axis
    std::chrono::seconds range {std::chrono::hours(1)};
    std::chrono::seconds refreshInterval {15};
    DegradedRecipe degraded; // empty: the panel has no degraded mode

    Q_DECLARE_TR_FUNCTIONS(eucora::dashboard::PanelSpec)
};

// The Foundation panel: deployment rate per minute by status (contract 11.6, panel 1).
PanelSpec deploymentsPerMinutePanel();

} // namespace eucora::dashboard
