#include "dashboard/legacypanels.h"

#include "dashboard/fieldconfigreader.h"
#include "dashboard/reducers.h"
#include "dashboard/thresholds.h"

#include <cmath>

namespace eucora::dashboard {

namespace {

QString thresholdColor(const QJsonObject &threshold)
{
    const QString mode = threshold.value(QLatin1String("colorMode")).toString();
    if (mode == QLatin1String("warning"))
        return QStringLiteral("orange");
    if (mode == QLatin1String("custom")) {
        const QString fill = threshold.value(QLatin1String("fillColor")).toString();
        return fill.isEmpty() ? threshold.value(QLatin1String("lineColor")).toString() : fill;
    }
    return QStringLiteral("red"); // "critical" and anything else
}

// The graph's threshold lines and areas ({op: gt|lt, value, fill, line, colorMode}) as steps,
// following flotToGraphOptions: "lt" ranges end in transparent.
void convertGraphThresholds(const QJsonArray &list, FieldDefaults &defaults)
{
    std::vector<QJsonObject> sorted;
    for (const QJsonValue &value : list) {
        if (jsonNumber(value.toObject().value(QLatin1String("value"))))
            sorted.push_back(value.toObject());
    }
    if (sorted.empty())
        return;
    auto valueOf = [](const QJsonObject &t) {
        return *jsonNumber(t.value(QLatin1String("value")));
    };
    std::stable_sort(sorted.begin(), sorted.end(), [&](const QJsonObject &a, const QJsonObject &b) {
        return valueOf(a) < valueOf(b);
    });
    std::vector<ThresholdStep> steps;
    bool area = false;
    bool line = false;
    const QString transparent = QStringLiteral("transparent");
    for (std::size_t i = 0; i < sorted.size(); ++i) {
        const QJsonObject &threshold = sorted[i];
        const QJsonObject *next = i + 1 < sorted.size() ? &sorted[i + 1] : nullptr;
        area = area || threshold.value(QLatin1String("fill")).toBool();
        line = line || threshold.value(QLatin1String("line")).toBool();
        const QString op = threshold.value(QLatin1String("op")).toString();
        if (op == QLatin1String("gt"))
            steps.push_back({valueOf(threshold), thresholdColor(threshold)});
        if (op != QLatin1String("lt"))
            continue;
        if (steps.empty())
            steps.push_back({std::nullopt, thresholdColor(threshold)});
        const bool nextIsLt
            = next && next->value(QLatin1String("op")).toString() == QLatin1String("lt");
        steps.push_back({valueOf(threshold), nextIsLt ? thresholdColor(*next) : transparent});
    }
    if (!steps.empty() && steps.front().value)
        steps.insert(steps.begin(), {std::nullopt, transparent});
    defaults.thresholds = {ThresholdsMode::Absolute, steps};
    defaults.custom.thresholdsStyle = area && line ? ThresholdsStyleMode::LineAndArea
        : area                                     ? ThresholdsStyleMode::Area
                                                   : ThresholdsStyleMode::Line;
}

void convertAxis(const JsonReader &axis, FieldDefaults &defaults)
{
    if (axis.object().isEmpty())
        return;
    defaults.unit = axis.string("format", defaults.unit);
    readDecimalsAndRange(axis, defaults);
    defaults.custom.axisLabel = axis.string("label", defaults.custom.axisLabel);
    defaults.custom.axisPlacement
        = axis.boolean("show", true) ? AxisPlacement::Auto : AxisPlacement::Hidden;
    if (axis.number("logBase").value_or(1) > 1)
        axis.sink().add(LoadIssue::Kind::UnsupportedOption, axis.path("logBase"));
}

void convertLegend(const JsonReader &legend, PanelOptions &options)
{
    if (legend.object().isEmpty())
        return;
    if (!legend.boolean("show", true))
        options.legend.displayMode = LegendDisplayMode::Hidden;
    else if (legend.boolean("alignAsTable", false))
        options.legend.displayMode = LegendDisplayMode::Table;
    if (legend.boolean("rightSide", false))
        options.legend.placement = LegendPlacement::Right;
    if (!legend.boolean("values", false))
        return;
    // The enabled value columns, in the JSON's (alphabetical) key order, as Grafana's
    // getReducersFromLegend reads them.
    for (auto it = legend.object().begin(); it != legend.object().end(); ++it) {
        const QString id = reducerIdFromLegacy(it.key());
        if (!id.isEmpty() && it.value().toBool())
            options.legend.calcs << id;
    }
}

void reportGraphLeftovers(const JsonReader &graph)
{
    QStringList aliases;
    for (const QJsonValue &value : graph.array("seriesOverrides"))
        aliases << value.toObject().value(QLatin1String("alias")).toString();
    if (!aliases.isEmpty())
        graph.sink().add(LoadIssue::Kind::UnsupportedOption, QStringLiteral("seriesOverrides"),
                         aliases.join(QStringLiteral(", ")));
    const QString xMode = graph.child("xaxis").string("mode", QStringLiteral("time"));
    if (xMode != QLatin1String("time"))
        graph.sink().add(LoadIssue::Kind::UnsupportedOption, QStringLiteral("xaxis.mode"), xMode);
    if (graph.boolean("dashes", false))
        graph.sink().add(LoadIssue::Kind::UnsupportedOption, QStringLiteral("dashes"));
    if (graph.has("alert"))
        graph.sink().add(LoadIssue::Kind::UnsupportedOption, QStringLiteral("alert"));
}

void addAliasColors(const JsonReader &graph, FieldConfig &config)
{
    const QJsonObject colors = graph.objectAt("aliasColors");
    for (auto it = colors.begin(); it != colors.end(); ++it) {
        if (it.value().toString().isEmpty())
            continue;
        const QJsonObject color {{QLatin1String("mode"), QStringLiteral("fixed")},
                                 {QLatin1String("fixedColor"), it.value().toString()}};
        config.overrides.push_back(
            {QStringLiteral("byName"), it.key(),
             QJsonArray {QJsonObject {{QLatin1String("id"), QStringLiteral("color")},
                                      {QLatin1String("value"), color}}},
             true});
    }
}

// Pixels ("250px" or 250) as grid rows of 30 px, as Grafana's upgradeToGridLayout counts them.
int gridHeight(const QJsonValue &pixels, int fallback)
{
    const QJsonValue number
        = pixels.isString() ? QJsonValue(pixels.toString().remove(QStringLiteral("px"))) : pixels;
    const double height = jsonNumber(number).value_or(0);
    return height > 0 ? std::max(1, int(std::ceil(height / 30.0))) : fallback;
}

} // namespace

void convertGraphPanel(const JsonReader &graph, Panel &into)
{
    graph.sink().add(LoadIssue::Kind::LegacyConversion, QStringLiteral("graph"));
    into.fieldConfig = readFieldConfig(graph.child("fieldConfig"));
    FieldDefaults &defaults = into.fieldConfig.defaults;
    const QJsonArray axes = graph.array("yaxes");
    convertAxis(JsonReader(axes.at(0).toObject(), QStringLiteral("yaxes"), graph.sink()), defaults);

    // The graph panel's own defaults stand in for keys an older export left out.
    GraphStyle &style = defaults.custom;
    const bool bars = graph.boolean("bars", false);
    const bool lines = graph.boolean("lines", true);
    style.drawStyle = bars ? DrawStyle::Bars : lines ? DrawStyle::Line : DrawStyle::Points;
    if (graph.boolean("points", false)) {
        style.showPoints = ShowPoints::Always;
        style.pointSize = 2 + graph.number("pointradius").value_or(2) * 2;
    } else if (style.drawStyle != DrawStyle::Points) {
        style.showPoints = ShowPoints::Never;
    }
    style.lineWidth = graph.number("linewidth").value_or(1);
    style.fillOpacity = graph.number("fill").value_or(1) * 10;
    if (const auto gradient = graph.number("fillGradient"); gradient && *gradient > 0)
        style.fillOpacity = *gradient * 10;
    if (bars)
        style.fillOpacity = 100;
    if (graph.string("nullPointMode") == QLatin1String("connected"))
        style.spanNulls.mode = SpanNulls::Mode::Always;
    if (graph.boolean("steppedLine", false))
        style.lineInterpolation = LineInterpolation::StepAfter;
    if (graph.boolean("stack", false))
        style.stacking
            = graph.boolean("percentage", false) ? StackingMode::Percent : StackingMode::Normal;
    convertGraphThresholds(graph.array("thresholds"), defaults);
    addAliasColors(graph, into.fieldConfig);

    into.options.legend = {};
    convertLegend(graph.child("legend"), into.options);
    into.options.tooltip
        = graph.child("tooltip").boolean("shared", true) ? TooltipMode::Multi : TooltipMode::Single;
    reportGraphLeftovers(graph);
}

void convertSinglestatPanel(const JsonReader &singlestat, Panel &into)
{
    singlestat.sink().add(LoadIssue::Kind::LegacyConversion, singlestat.string("type"));
    FieldDefaults &defaults = into.fieldConfig.defaults;
    const QString valueName = singlestat.string("valueName", QStringLiteral("avg"));
    const QString reducer = reducerIdFromLegacy(valueName);
    into.options.reduce.calcs = {reducer.isEmpty() ? QStringLiteral("mean") : reducer};
    into.options.orientation = VizOrientation::Horizontal;
    defaults.unit = singlestat.string("format", defaults.unit);
    if (singlestat.has("decimals"))
        defaults.decimals = singlestat.integer("decimals", 0, 20);
    defaults.noValue = singlestat.string("nullText");
    const QString column = singlestat.string("tableColumn");
    if (!column.isEmpty())
        into.options.reduce.fields = QStringLiteral("/^%1$/").arg(column);

    const QStringList levels
        = singlestat.string("thresholds").split(QLatin1Char(','), Qt::SkipEmptyParts);
    const QJsonArray colors = singlestat.array("colors");
    if (!colors.isEmpty()) {
        defaults.thresholds.steps.clear();
        for (int i = 0; i < colors.size(); ++i) {
            const auto level
                = i == 0 ? std::nullopt : jsonNumber(QJsonValue(levels.value(i - 1).trimmed()));
            if (i > 0 && !level)
                break; // fewer levels than colours: Grafana's Number('') would be 0, a guess
            defaults.thresholds.steps.push_back({level, colors.at(i).toString()});
        }
    }

    // convertOldAngularValueMappings: mappingType, or whichever list is filled.
    const QJsonArray valueMaps = singlestat.array("valueMaps");
    const QJsonArray rangeMaps = singlestat.array("rangeMaps");
    const int mappingType = singlestat.integer("mappingType", 1, 2)
                                .value_or(valueMaps.isEmpty() && !rangeMaps.isEmpty() ? 2 : 1);
    for (const QJsonValue &value : mappingType == 1 ? valueMaps : rangeMaps) {
        if (auto mapping = legacyMapping(value.toObject(), mappingType, defaults.thresholds))
            defaults.mappings.push_back(std::move(*mapping));
    }

    for (const char *key : {"prefix", "postfix"}) {
        if (!singlestat.string(key).isEmpty())
            singlestat.sink().add(LoadIssue::Kind::UnsupportedOption, QLatin1String(key),
                                  singlestat.string(key));
    }
    const JsonReader gauge = singlestat.child("gauge");
    if (gauge.boolean("show", false)) {
        into.kind = PanelKind::Gauge;
        into.type = QStringLiteral("gauge");
        defaults.min = gauge.number("minValue");
        defaults.max = gauge.number("maxValue");
        return; // the stat-only options below mean nothing to a gauge
    }
    into.options.graphMode = singlestat.child("sparkline").boolean("show", false)
        ? BigValueGraphMode::Area
        : BigValueGraphMode::None;
    if (singlestat.boolean("colorBackground", false)) {
        into.options.colorMode = BigValueColorMode::Background;
    } else if (singlestat.boolean("colorValue", false)) {
        into.options.colorMode = BigValueColorMode::Value;
    } else {
        into.options.colorMode = BigValueColorMode::None;
        if (valueName == QLatin1String("name"))
            into.options.textMode = BigValueTextMode::Name;
    }
}

QJsonArray convertLegacyRows(const QJsonArray &rows)
{
    bool showRows = false;
    for (const QJsonValue &row : rows) {
        const QJsonObject object = row.toObject();
        showRows = showRows || object.value(QLatin1String("collapse")).toBool()
            || object.value(QLatin1String("showTitle")).toBool();
    }
    QJsonArray panels;
    int y = 0;
    for (const QJsonValue &value : rows) {
        const QJsonObject row = value.toObject();
        const int rowHeight = gridHeight(row.value(QLatin1String("height")), 8);
        if (showRows) {
            panels.append(QJsonObject {
                {QLatin1String("type"), QStringLiteral("row")},
                {QLatin1String("title"), row.value(QLatin1String("title"))},
                {QLatin1String("collapsed"), row.value(QLatin1String("collapse")).toBool()},
                {QLatin1String("gridPos"),
                 QJsonObject {{QLatin1String("x"), 0},
                              {QLatin1String("y"), y},
                              {QLatin1String("w"), kGridColumns},
                              {QLatin1String("h"), 1}}}});
            ++y;
        }
        int x = 0;
        int tallest = 0;
        for (const QJsonValue &panelValue : row.value(QLatin1String("panels")).toArray()) {
            QJsonObject panel = panelValue.toObject();
            const int span = int(jsonNumber(panel.value(QLatin1String("span"))).value_or(4));
            const int w = std::clamp(span * 2, 1, kGridColumns);
            const int h = gridHeight(panel.value(QLatin1String("height")), rowHeight);
            if (x + w > kGridColumns) {
                x = 0;
                y += tallest;
                tallest = 0;
            }
            panel.insert(QLatin1String("gridPos"),
                         QJsonObject {{QLatin1String("x"), x},
                                      {QLatin1String("y"), y},
                                      {QLatin1String("w"), w},
                                      {QLatin1String("h"), h}});
            panels.append(panel);
            x += w;
            tallest = std::max(tallest, h);
        }
        y += tallest;
    }
    return panels;
}

} // namespace eucora::dashboard
