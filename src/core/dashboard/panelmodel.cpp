#include "dashboard/panelmodel.h"

namespace eucora::dashboard {

bool Target::operator==(const Target &o) const
{
    return refId == o.refId && expr == o.expr && legendFormat == o.legendFormat && hide == o.hide
        && instant == o.instant && range == o.range && interval == o.interval
        && intervalFactor == o.intervalFactor && format == o.format && datasource == o.datasource;
}

bool PanelOptions::operator==(const PanelOptions &o) const
{
    return legend == o.legend && tooltip == o.tooltip && reduce == o.reduce
        && colorMode == o.colorMode && graphMode == o.graphMode && textMode == o.textMode
        && orientation == o.orientation && showThresholdLabels == o.showThresholdLabels
        && showThresholdMarkers == o.showThresholdMarkers && textPanelMode == o.textPanelMode
        && content == o.content;
}

bool Panel::operator==(const Panel &o) const
{
    return id == o.id && type == o.type && kind == o.kind && placeholder == o.placeholder
        && title == o.title && description == o.description && gridPos == o.gridPos
        && datasource == o.datasource && targets == o.targets && interval == o.interval
        && maxDataPoints == o.maxDataPoints && fieldConfig == o.fieldConfig && options == o.options
        && rawOptions == o.rawOptions && rawFieldConfig == o.rawFieldConfig
        && transformations == o.transformations && links == o.links && repeat == o.repeat
        && collapsed == o.collapsed && children == o.children;
}

bool queriesPrometheus(PanelKind kind)
{
    switch (kind) {
    case PanelKind::TimeSeries:
    case PanelKind::Stat:
    case PanelKind::Gauge:
    case PanelKind::BarGauge:
    case PanelKind::Table:
    case PanelKind::StateTimeline:
        return true;
    case PanelKind::Text:
    case PanelKind::Row:
    case PanelKind::Eucora:
    case PanelKind::Placeholder:
        break;
    }
    return false;
}

FieldColorMode defaultColorMode(PanelKind kind)
{
    switch (kind) {
    case PanelKind::Stat:
    case PanelKind::Gauge:
    case PanelKind::BarGauge:
    case PanelKind::Table:
        return FieldColorMode::Thresholds;
    case PanelKind::StateTimeline:
        return FieldColorMode::Continuous; // Grafana's state timeline: continuous-GrYlRd
    case PanelKind::TimeSeries:
    case PanelKind::Text:
    case PanelKind::Row:
    case PanelKind::Eucora:
    case PanelKind::Placeholder:
        break;
    }
    return FieldColorMode::PaletteClassic;
}

} // namespace eucora::dashboard
