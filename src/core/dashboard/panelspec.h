// What one panel shows, as data: title, PromQL, how series are named, range and refresh.
#pragma once

#include <QString>

#include <chrono>

namespace eucora::dashboard {

struct PanelSpec
{
    QString id;
    QString title;
    QString promql;
    QString legendLabel; // the label whose value names a series ("status")
    QString unit; // shown on the value axis
    std::chrono::seconds range {std::chrono::hours(1)};
    std::chrono::seconds refreshInterval {15};
};

// The Foundation panel: deployment rate per minute by status (contract 11.6, panel 1).
PanelSpec deploymentsPerMinutePanel();

} // namespace eucora::dashboard
