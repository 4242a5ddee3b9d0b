#include "dashboard/panelreader.h"

#include "dashboard/dashboardwriter.h"
#include "dashboard/fieldconfigreader.h"
#include "dashboard/legacypanels.h"
#include "dashboard/variablereader.h"

#include <QSet>

namespace eucora::dashboard {

namespace {

constexpr int kMaxGridRows = 10'000;

struct KnownType
{
    const char *name;
    PanelKind kind;
};

constexpr KnownType kKnownTypes[] = {
    {"timeseries", PanelKind::TimeSeries},
    {"stat", PanelKind::Stat},
    {"gauge", PanelKind::Gauge},
    {"bargauge", PanelKind::BarGauge},
    {"table", PanelKind::Table},
    {"state-timeline", PanelKind::StateTimeline},
    {"text", PanelKind::Text},
    {"row", PanelKind::Row},
};

// Types converted to today's form (see legacypanels.h).
bool isLegacyType(const QString &type)
{
    return type == QLatin1String("graph") || type == QLatin1String("singlestat")
        || type == QLatin1String("grafana-singlestat-panel") || type == QLatin1String("table-old");
}

PanelKind kindOfType(const QString &type)
{
    for (const auto &known : kKnownTypes) {
        if (type == QLatin1String(known.name))
            return known.kind;
    }
    if (type.startsWith(QLatin1String("eucora-")))
        return PanelKind::Eucora;
    return PanelKind::Placeholder;
}

GridPos readGridPos(const JsonReader &panel)
{
    GridPos pos; // Grafana's PanelModel default: x 0, y 0, w 6, h 3
    if (!panel.has("gridPos"))
        return pos;
    const JsonReader grid = panel.child("gridPos");
    pos.w = grid.integer("w", 1, kGridColumns).value_or(pos.w);
    pos.x = grid.integer("x", 0, kGridColumns - 1).value_or(pos.x);
    pos.h = grid.integer("h", 1, kMaxGridRows).value_or(pos.h);
    pos.y = grid.integer("y", 0, kMaxGridRows).value_or(pos.y);
    if (pos.x + pos.w > kGridColumns) {
        grid.sink().add(LoadIssue::Kind::InvalidValue, grid.path("w"),
                        QStringLiteral("%1+%2").arg(pos.x).arg(pos.w));
        pos.w = kGridColumns - pos.x;
    }
    return pos;
}

// Grafana's getNextRefIdChar: the first letter not taken.
QString nextRefId(const QSet<QString> &taken)
{
    for (char c = 'A'; c <= 'Z'; ++c) {
        const QString id(QLatin1Char {c});
        if (!taken.contains(id))
            return id;
    }
    return QStringLiteral("A%1").arg(taken.size());
}

std::vector<Target> readTargets(const JsonReader &panel)
{
    std::vector<Target> targets;
    QSet<QString> taken;
    for (const QJsonValue &value : panel.array("targets")) {
        const JsonReader entry(value.toObject(), panel.path("targets"), panel.sink());
        Target target;
        target.refId = entry.string("refId");
        target.expr = entry.string("expr");
        target.legendFormat = entry.string("legendFormat");
        target.hide = entry.boolean("hide", false);
        target.instant = entry.boolean("instant", false);
        target.range = entry.boolean("range", false);
        target.interval = entry.string("interval");
        target.intervalFactor = entry.integer("intervalFactor", 1, 1000).value_or(1);
        target.format = entry.enumValue("format", TargetFormat::TimeSeries);
        target.datasource = readDatasource(entry, "datasource");
        taken.insert(target.refId);
        targets.push_back(std::move(target));
    }
    for (auto &target : targets) {
        if (target.refId.isEmpty()) {
            target.refId = nextRefId(taken);
            taken.insert(target.refId);
        }
    }
    return targets;
}

void readOptions(const JsonReader &options, PanelOptions &into)
{
    const JsonReader legend = options.child("legend");
    into.legend.displayMode = legend.enumValue("displayMode", into.legend.displayMode);
    into.legend.placement = legend.enumValue("placement", into.legend.placement);
    into.legend.showLegend = legend.boolean("showLegend", into.legend.showLegend);
    if (legend.has("calcs")) {
        into.legend.calcs.clear();
        for (const QJsonValue &calc : legend.array("calcs"))
            into.legend.calcs << calc.toString();
    }
    into.tooltip = options.child("tooltip").enumValue("mode", into.tooltip);
    const JsonReader reduce = options.child("reduceOptions");
    if (reduce.has("calcs")) {
        into.reduce.calcs.clear();
        for (const QJsonValue &calc : reduce.array("calcs"))
            into.reduce.calcs << calc.toString();
    }
    into.reduce.fields = reduce.string("fields", into.reduce.fields);
    into.reduce.values = reduce.boolean("values", into.reduce.values);
    if (reduce.has("limit"))
        into.reduce.limit = reduce.integer("limit", 0, 1'000'000);
    into.colorMode = options.enumValue("colorMode", into.colorMode);
    into.graphMode = options.enumValue("graphMode", into.graphMode);
    into.textMode = options.enumValue("textMode", into.textMode);
    into.orientation = options.enumValue("orientation", into.orientation);
    into.showThresholdLabels = options.boolean("showThresholdLabels", into.showThresholdLabels);
    into.showThresholdMarkers = options.boolean("showThresholdMarkers", into.showThresholdMarkers);
    into.textPanelMode = options.enumValue("mode", into.textPanelMode);
    into.content = options.string("content", into.content);
}

void reportUnsupported(const JsonReader &panel, const Panel &read)
{
    for (const QJsonValue &value : read.transformations)
        panel.sink().add(LoadIssue::Kind::Transformation,
                         value.toObject().value(QLatin1String("id")).toString());
    if (!read.repeat.isEmpty())
        panel.sink().add(LoadIssue::Kind::UnsupportedOption, QStringLiteral("repeat"), read.repeat);
    for (const char *key : {"timeFrom", "timeShift", "libraryPanel"}) {
        if (panel.has(key))
            panel.sink().add(LoadIssue::Kind::UnsupportedOption, QLatin1String(key),
                             describeJson(panel.value(key)));
    }
}

// Which targets the console can run; a panel none of whose queries can run is a placeholder.
void checkDatasources(const Dashboard &dashboard, IssueSink &sink, Panel &panel)
{
    if (!queriesPrometheus(panel.kind) || panel.targets.empty())
        return;
    QStringList reported;
    int runnable = 0;
    for (const auto &target : panel.targets) {
        const DatasourceRef ref = targetDatasource(panel, target, dashboard);
        if (datasourceKind(ref, dashboard) == DatasourceKind::Prometheus) {
            ++runnable;
            continue;
        }
        const QString label = datasourceLabel(ref, dashboard);
        if (!reported.contains(label)) {
            sink.add(LoadIssue::Kind::UnsupportedDatasource, label);
            reported << label;
        }
    }
    if (runnable == 0) {
        panel.kind = PanelKind::Placeholder;
        panel.placeholder = PlaceholderReason::UnsupportedDatasource;
    }
}

void readTyped(const JsonReader &json, Panel &panel)
{
    const QString originalType = json.string("type");
    if (originalType == QLatin1String("graph")) {
        panel.type = QStringLiteral("timeseries");
        panel.kind = PanelKind::TimeSeries;
        convertGraphPanel(json, panel);
        return;
    }
    if (originalType == QLatin1String("singlestat")
        || originalType == QLatin1String("grafana-singlestat-panel")) {
        panel.type = QStringLiteral("stat");
        panel.kind = PanelKind::Stat;
        convertSinglestatPanel(json, panel);
        return;
    }
    if (originalType == QLatin1String("table-old")) {
        json.sink().add(LoadIssue::Kind::LegacyConversion, originalType);
        panel.type = QStringLiteral("table");
        panel.kind = PanelKind::Table;
    }
    if (!queriesPrometheus(panel.kind) && panel.kind != PanelKind::Text)
        return; // rows, eucora-* and placeholders keep their JSON for whoever reads it
    panel.fieldConfig = readFieldConfig(json.child("fieldConfig"));
    readOptions(json.child("options"), panel.options);
}

} // namespace

Panel readPanel(const QJsonObject &json, const Dashboard &dashboard, IssueSink &sink)
{
    Panel panel;
    const JsonReader reader(json, QString(), sink);
    panel.id = reader.integer("id", 0, std::numeric_limits<int>::max()).value_or(0);
    panel.title = reader.string("title");
    sink.setPanel(panel.id, panel.title);
    panel.type = reader.string("type");
    panel.kind = kindOfType(panel.type);
    if (panel.kind == PanelKind::Placeholder && !isLegacyType(panel.type)) {
        panel.placeholder = PlaceholderReason::UnknownType;
        sink.add(LoadIssue::Kind::UnknownPanelType, panel.type);
    }
    panel.description = reader.string("description");
    panel.gridPos = readGridPos(reader);
    panel.datasource = readDatasource(reader, "datasource");
    panel.targets = readTargets(reader);
    panel.interval = reader.string("interval");
    panel.maxDataPoints = reader.integer("maxDataPoints", 1, 1'000'000);
    panel.transformations = reader.array("transformations");
    panel.links = reader.array("links");
    panel.repeat = reader.string("repeat");
    panel.collapsed = panel.kind == PanelKind::Row && reader.boolean("collapsed", false);
    panel.rawOptions = reader.objectAt("options");
    panel.rawFieldConfig = reader.objectAt("fieldConfig");
    readTyped(reader, panel);
    if (panel.kind != PanelKind::Placeholder) {
        panel.placeholder = PlaceholderReason::None;
        // Typed members written over the raw JSON: saving again keeps both.
        panel.rawFieldConfig
            = mergedJson(panel.rawFieldConfig, fieldConfigToJson(panel.fieldConfig, panel.kind));
        panel.rawOptions = mergedJson(panel.rawOptions, optionsToJson(panel.options, panel.kind));
    }
    reportUnsupported(reader, panel);
    checkDatasources(dashboard, sink, panel);
    return panel;
}

} // namespace eucora::dashboard
