// Pre-8 panels in today's form, as Grafana's own migrations convert them: the Angular "graph"
// to "timeseries" (public/app/plugins/panel/timeseries/migrations.ts), "singlestat" to "stat"
// or "gauge" (sharedSingleStatPanelChangedHandler, statPanelChangedHandler), and the row layout
// of schema versions before 16 to gridPos panels.
#pragma once

#include "dashboard/jsonreader.h"
#include "dashboard/panelmodel.h"

namespace eucora::dashboard {

// Fills the panel's fieldConfig and options from a graph panel's legacy settings.
void convertGraphPanel(const JsonReader &graph, Panel &into);

// Fills the panel's fieldConfig and options from a singlestat panel; the kind becomes Gauge
// when the singlestat showed a gauge.
void convertSinglestatPanel(const JsonReader &singlestat, Panel &into);

// The panels of a pre-16 "rows" layout as gridPos panels, with row panels where the rows were
// visible.
QJsonArray convertLegacyRows(const QJsonArray &rows);

} // namespace eucora::dashboard
