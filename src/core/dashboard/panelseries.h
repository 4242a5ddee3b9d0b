// A panel's answer as its renderers show it: each series named by its target's legend format
// (or the panel's display name), with its field settings (defaults and overrides) and colour.
#pragma once

#include "dashboard/fieldconfig.h"
#include "dashboard/panelfeed.h"
#include "dashboard/panelmodel.h"

#include <QString>

#include <vector>

namespace eucora::dashboard {

struct ShownSeries
{
    QString name;
    QString refId;
    const prometheus::Series *data = nullptr; // into the PanelState it was made from
    std::size_t index = 0; // of data in the state's series
    FieldDefaults field;
    QString color; // "#RRGGBB" (or "#AARRGGBB")
};

// In the state's order; series of targets that are hidden or no longer in the panel are left
// out. Colours: palette-classic by position, fixed, by name, or the thresholds' colour of the
// last value, as the field's colour mode says.
std::vector<ShownSeries> shownSeries(const Panel &panel, const PanelState &state, bool darkTheme);

// The field settings a panel shows a single value with (stat, gauge) when it has no series.
FieldDefaults panelField(const Panel &panel);

} // namespace eucora::dashboard
