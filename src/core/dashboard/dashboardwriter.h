// The model written back as Grafana dashboard JSON in the current schema form (timeseries,
// gridPos, fieldConfig, options): what the console keeps, so that loading the result gives the
// same model again.
#pragma once

#include "dashboard/dashboardmodel.h"

#include <QJsonObject>
#include <QJsonValue>

namespace eucora::dashboard {

QJsonObject toJson(const Dashboard &dashboard);

QJsonObject panelToJson(const Panel &panel);
QJsonObject variableToJson(const Variable &variable);
QJsonValue datasourceToJson(const DatasourceRef &ref);

// The typed parts only, without what Panel::rawFieldConfig / rawOptions add: what the console
// renders for a panel of this kind.
QJsonObject fieldConfigToJson(const FieldConfig &config, PanelKind kind);
QJsonObject optionsToJson(const PanelOptions &options, PanelKind kind);

} // namespace eucora::dashboard
