// One panel of a dashboard as data: where it sits on the 24-column grid, what it queries and
// how it shows the answer. Rows own their children here, open or collapsed.
#pragma once

#include "dashboard/fieldconfig.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace eucora::dashboard {

// Grafana's grid: 24 columns, rows of 30 px. A panel without gridPos gets Grafana's default.
constexpr int kGridColumns = 24;

struct GridPos
{
    int x = 0;
    int y = 0;
    int w = 6;
    int h = 3;

    bool operator==(const GridPos &o) const { return x == o.x && y == o.y && w == o.w && h == o.h; }
};

// A datasource as the JSON names it: nothing (the default), a name string ("Prometheus",
// "${DS_PROMETHEUS}", "-- Mixed --"), or a {type, uid} reference.
struct DatasourceRef
{
    enum class Form { Default, Name, Reference };
    Form form = Form::Default;
    QString name;
    QString type;
    QString uid;

    bool operator==(const DatasourceRef &o) const
    {
        return form == o.form && name == o.name && type == o.type && uid == o.uid;
    }
};

enum class TargetFormat { TimeSeries, Table, Heatmap };

struct Target
{
    QString refId;
    QString expr;
    QString legendFormat; // empty or "__auto": the series' full label set
    bool hide = false;
    bool instant = false;
    bool range = false; // neither instant nor range: a range query, as Grafana runs it
    QString interval; // the query's min step ("30s", "$__rate_interval"), empty: none
    int intervalFactor = 1; // legacy resolution divisor
    TargetFormat format = TargetFormat::TimeSeries;
    DatasourceRef datasource; // Default: the panel's

    bool operator==(const Target &o) const;
};

enum class LegendDisplayMode { List, Table, Hidden };
enum class LegendPlacement { Bottom, Right };
enum class TooltipMode { Single, Multi, None };
enum class BigValueColorMode { Value, Background, BackgroundSolid, None };
enum class BigValueGraphMode { None, Line, Area };
enum class BigValueTextMode { Auto, Value, ValueAndName, Name, None };
enum class VizOrientation { Auto, Horizontal, Vertical };
enum class TextPanelMode { Markdown, Html, Code };

struct LegendOptions
{
    LegendDisplayMode displayMode = LegendDisplayMode::List;
    LegendPlacement placement = LegendPlacement::Bottom;
    QStringList calcs; // reducer ids: "min", "max", "mean", "lastNotNull", ...
    bool showLegend = true;

    bool operator==(const LegendOptions &o) const
    {
        return displayMode == o.displayMode && placement == o.placement && calcs == o.calcs
            && showLegend == o.showLegend;
    }
};

struct ReduceOptions
{
    QStringList calcs {QStringLiteral("lastNotNull")};
    QString fields; // "" numeric fields, or a "/regex/" of field names
    bool values = false; // true: every row, not one reduced value per series
    std::optional<int> limit;

    bool operator==(const ReduceOptions &o) const
    {
        return calcs == o.calcs && fields == o.fields && values == o.values && limit == o.limit;
    }
};

// The options the console's renderers read; the rest stays in Panel::rawOptions.
struct PanelOptions
{
    LegendOptions legend;
    TooltipMode tooltip = TooltipMode::Single;
    ReduceOptions reduce;
    BigValueColorMode colorMode = BigValueColorMode::Value;
    BigValueGraphMode graphMode = BigValueGraphMode::Area;
    BigValueTextMode textMode = BigValueTextMode::Auto;
    VizOrientation orientation = VizOrientation::Auto;
    bool showThresholdLabels = false;
    bool showThresholdMarkers = true;
    TextPanelMode textPanelMode = TextPanelMode::Markdown;
    QString content; // text panels: markdown or HTML as written

    bool operator==(const PanelOptions &o) const;
};

enum class PanelKind {
    TimeSeries,
    Stat,
    Gauge,
    BarGauge,
    Table,
    StateTimeline,
    Text,
    Row,
    Eucora, // "eucora-..." types: rawOptions and rawFieldConfig are for the app to read
    Placeholder, // kept, drawn as a box saying why (see PlaceholderReason)
};

enum class PlaceholderReason { None, UnknownType, UnsupportedDatasource };

struct Panel
{
    int id = 0;
    QString type; // as Grafana names it after migration: "timeseries" for a legacy graph
    PanelKind kind = PanelKind::Placeholder;
    PlaceholderReason placeholder = PlaceholderReason::None;
    QString title;
    QString description;
    GridPos gridPos;
    DatasourceRef datasource;
    std::vector<Target> targets;
    QString interval; // the panel's min interval, empty: the datasource's scrape interval
    std::optional<int> maxDataPoints; // empty: the panel's width in pixels
    FieldConfig fieldConfig;
    PanelOptions options;
    // The JSON objects as written, with the typed members above written over them, so nothing
    // the console does not model is lost when the dashboard is saved again.
    QJsonObject rawOptions;
    QJsonObject rawFieldConfig;
    QJsonArray transformations; // never applied; reported
    QJsonArray links;
    QString repeat; // the variable a panel or row repeats by; not supported, reported
    bool collapsed = false; // rows
    std::vector<Panel> children; // rows: the panels under the row, open or collapsed

    bool operator==(const Panel &o) const;
};

// Panels whose targets are Prometheus queries the console runs: time series, stat, gauge, bar
// gauge, table, state timeline.
bool queriesPrometheus(PanelKind kind);

// The colour mode a panel type uses when fieldConfig.defaults.color says nothing.
FieldColorMode defaultColorMode(PanelKind kind);

} // namespace eucora::dashboard
