#include "dashboard/dashboardwriter.h"

#include "dashboard/grafananames.h"
#include "dashboard/jsonreader.h"

#include <QJsonArray>

namespace eucora::dashboard {

namespace {

QJsonValue optionalNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonObject mappingResultToJson(const MappingResult &result)
{
    QJsonObject json;
    if (!result.text.isEmpty())
        json.insert(QLatin1String("text"), result.text);
    if (!result.color.isEmpty())
        json.insert(QLatin1String("color"), result.color);
    if (result.index)
        json.insert(QLatin1String("index"), *result.index);
    return json;
}

QJsonObject mappingToJson(const ValueMapping &mapping)
{
    QJsonObject options;
    switch (mapping.type) {
    case MappingType::Value:
        for (const auto &[value, result] : mapping.values)
            options.insert(value, mappingResultToJson(result));
        break;
    case MappingType::Range:
        options.insert(QLatin1String("from"), optionalNumber(mapping.from));
        options.insert(QLatin1String("to"), optionalNumber(mapping.to));
        options.insert(QLatin1String("result"), mappingResultToJson(mapping.result));
        break;
    case MappingType::Special:
        options.insert(QLatin1String("match"), grafanaName(mapping.match));
        options.insert(QLatin1String("result"), mappingResultToJson(mapping.result));
        break;
    case MappingType::Regex:
        options.insert(QLatin1String("pattern"), mapping.pattern);
        options.insert(QLatin1String("result"), mappingResultToJson(mapping.result));
        break;
    }
    return {{QLatin1String("type"), grafanaName(mapping.type)},
            {QLatin1String("options"), options}};
}

QJsonObject thresholdsToJson(const Thresholds &thresholds)
{
    QJsonArray steps;
    for (const auto &step : thresholds.steps)
        steps.append(QJsonObject {{QLatin1String("value"), optionalNumber(step.value)},
                                  {QLatin1String("color"), step.color}});
    return {{QLatin1String("mode"), grafanaName(thresholds.mode)}, {QLatin1String("steps"), steps}};
}

QJsonObject colorToJson(const FieldColor &color)
{
    QJsonObject json;
    if (color.mode == FieldColorMode::Continuous)
        json.insert(QLatin1String("mode"), QStringLiteral("continuous-") + color.scheme);
    else if (color.mode)
        json.insert(QLatin1String("mode"), grafanaName(*color.mode));
    if (!color.fixedColor.isEmpty())
        json.insert(QLatin1String("fixedColor"), color.fixedColor);
    if (!color.seriesBy.isEmpty())
        json.insert(QLatin1String("seriesBy"), color.seriesBy);
    return json;
}

QJsonValue spanNullsToJson(const SpanNulls &span)
{
    if (span.mode == SpanNulls::Mode::BelowThreshold)
        return span.thresholdMs;
    return span.mode == SpanNulls::Mode::Always;
}

QJsonObject graphStyleToJson(const GraphStyle &style)
{
    return {
        {QLatin1String("drawStyle"), grafanaName(style.drawStyle)},
        {QLatin1String("lineInterpolation"), grafanaName(style.lineInterpolation)},
        {QLatin1String("lineWidth"), style.lineWidth},
        {QLatin1String("fillOpacity"), style.fillOpacity},
        {QLatin1String("pointSize"), style.pointSize},
        {QLatin1String("showPoints"), grafanaName(style.showPoints)},
        {QLatin1String("spanNulls"), spanNullsToJson(style.spanNulls)},
        {QLatin1String("stacking"),
         QJsonObject {{QLatin1String("mode"), grafanaName(style.stacking)},
                      {QLatin1String("group"), style.stackingGroup}}},
        {QLatin1String("axisLabel"), style.axisLabel},
        {QLatin1String("axisPlacement"), grafanaName(style.axisPlacement)},
        {QLatin1String("thresholdsStyle"),
         QJsonObject {{QLatin1String("mode"), grafanaName(style.thresholdsStyle)}}},
    };
}

QJsonObject defaultsToJson(const FieldDefaults &defaults, PanelKind kind)
{
    QJsonObject json;
    if (!defaults.unit.isEmpty())
        json.insert(QLatin1String("unit"), defaults.unit);
    if (defaults.decimals)
        json.insert(QLatin1String("decimals"), *defaults.decimals);
    if (defaults.min)
        json.insert(QLatin1String("min"), *defaults.min);
    if (defaults.max)
        json.insert(QLatin1String("max"), *defaults.max);
    if (!defaults.displayName.isEmpty())
        json.insert(QLatin1String("displayName"), defaults.displayName);
    if (!defaults.noValue.isEmpty())
        json.insert(QLatin1String("noValue"), defaults.noValue);
    json.insert(QLatin1String("thresholds"), thresholdsToJson(defaults.thresholds));
    QJsonArray mappings;
    for (const auto &mapping : defaults.mappings)
        mappings.append(mappingToJson(mapping));
    json.insert(QLatin1String("mappings"), mappings);
    const QJsonObject color = colorToJson(defaults.color);
    if (!color.isEmpty())
        json.insert(QLatin1String("color"), color);
    if (kind == PanelKind::TimeSeries)
        json.insert(QLatin1String("custom"), graphStyleToJson(defaults.custom));
    return json;
}

QJsonObject targetToJson(const Target &target)
{
    QJsonObject json {{QLatin1String("refId"), target.refId}, {QLatin1String("expr"), target.expr}};
    if (!target.legendFormat.isEmpty())
        json.insert(QLatin1String("legendFormat"), target.legendFormat);
    for (const auto &[key, value] :
         {std::pair {"hide", target.hide}, std::pair {"instant", target.instant},
          std::pair {"range", target.range}}) {
        if (value)
            json.insert(QLatin1String(key), true);
    }
    if (!target.interval.isEmpty())
        json.insert(QLatin1String("interval"), target.interval);
    if (target.intervalFactor != 1)
        json.insert(QLatin1String("intervalFactor"), target.intervalFactor);
    if (target.format != TargetFormat::TimeSeries)
        json.insert(QLatin1String("format"), grafanaName(target.format));
    if (target.datasource.form != DatasourceRef::Form::Default)
        json.insert(QLatin1String("datasource"), datasourceToJson(target.datasource));
    return json;
}

QJsonValue textOrList(const QStringList &values, bool list)
{
    if (list || values.size() != 1)
        return QJsonArray::fromStringList(values);
    return values.front();
}

QJsonArray panelsToJson(const std::vector<Panel> &panels)
{
    QJsonArray json;
    for (const auto &panel : panels) {
        json.append(panelToJson(panel));
        if (panel.kind == PanelKind::Row && !panel.collapsed) {
            for (const auto &child : panel.children)
                json.append(panelToJson(child));
        }
    }
    return json;
}

} // namespace

QJsonValue datasourceToJson(const DatasourceRef &ref)
{
    switch (ref.form) {
    case DatasourceRef::Form::Default:
        break;
    case DatasourceRef::Form::Name:
        return ref.name;
    case DatasourceRef::Form::Reference: {
        QJsonObject json;
        if (!ref.type.isEmpty())
            json.insert(QLatin1String("type"), ref.type);
        if (!ref.uid.isEmpty())
            json.insert(QLatin1String("uid"), ref.uid);
        return json;
    }
    }
    return QJsonValue(QJsonValue::Null);
}

QJsonObject fieldConfigToJson(const FieldConfig &config, PanelKind kind)
{
    if (!queriesPrometheus(kind))
        return {};
    QJsonArray overrides;
    for (const auto &override : config.overrides) {
        overrides.append(
            QJsonObject {{QLatin1String("matcher"),
                          QJsonObject {{QLatin1String("id"), override.matcherId},
                                       {QLatin1String("options"), override.matcherOptions}}},
                         {QLatin1String("properties"), override.properties}});
    }
    return {{QLatin1String("defaults"), defaultsToJson(config.defaults, kind)},
            {QLatin1String("overrides"), overrides}};
}

QJsonObject optionsToJson(const PanelOptions &options, PanelKind kind)
{
    const QJsonObject legend {
        {QLatin1String("displayMode"), grafanaName(options.legend.displayMode)},
        {QLatin1String("placement"), grafanaName(options.legend.placement)},
        {QLatin1String("calcs"), QJsonArray::fromStringList(options.legend.calcs)},
        {QLatin1String("showLegend"), options.legend.showLegend}};
    QJsonObject reduce {{QLatin1String("calcs"), QJsonArray::fromStringList(options.reduce.calcs)},
                        {QLatin1String("fields"), options.reduce.fields},
                        {QLatin1String("values"), options.reduce.values}};
    if (options.reduce.limit)
        reduce.insert(QLatin1String("limit"), *options.reduce.limit);
    const QJsonValue orientation = grafanaName(options.orientation);
    switch (kind) {
    case PanelKind::TimeSeries:
    case PanelKind::StateTimeline:
        return {{QLatin1String("legend"), legend},
                {QLatin1String("tooltip"),
                 QJsonObject {{QLatin1String("mode"), grafanaName(options.tooltip)}}}};
    case PanelKind::Stat:
        return {{QLatin1String("reduceOptions"), reduce},
                {QLatin1String("colorMode"), grafanaName(options.colorMode)},
                {QLatin1String("graphMode"), grafanaName(options.graphMode)},
                {QLatin1String("textMode"), grafanaName(options.textMode)},
                {QLatin1String("orientation"), orientation}};
    case PanelKind::Gauge:
        return {{QLatin1String("reduceOptions"), reduce},
                {QLatin1String("orientation"), orientation},
                {QLatin1String("showThresholdLabels"), options.showThresholdLabels},
                {QLatin1String("showThresholdMarkers"), options.showThresholdMarkers}};
    case PanelKind::BarGauge:
        return {{QLatin1String("reduceOptions"), reduce},
                {QLatin1String("orientation"), orientation}};
    case PanelKind::Text:
        return {{QLatin1String("mode"), grafanaName(options.textPanelMode)},
                {QLatin1String("content"), options.content}};
    case PanelKind::Table:
    case PanelKind::Row:
    case PanelKind::Eucora:
    case PanelKind::Placeholder:
        break;
    }
    return {};
}

QJsonObject panelToJson(const Panel &panel)
{
    QJsonObject json {
        {QLatin1String("id"), panel.id},
        {QLatin1String("type"), panel.type},
        {QLatin1String("title"), panel.title},
        {QLatin1String("gridPos"),
         QJsonObject {{QLatin1String("x"), panel.gridPos.x},
                      {QLatin1String("y"), panel.gridPos.y},
                      {QLatin1String("w"), panel.gridPos.w},
                      {QLatin1String("h"), panel.gridPos.h}}},
        {QLatin1String("datasource"), datasourceToJson(panel.datasource)},
    };
    if (!panel.description.isEmpty())
        json.insert(QLatin1String("description"), panel.description);
    const bool row = panel.kind == PanelKind::Row;
    if (row) {
        json.insert(QLatin1String("collapsed"), panel.collapsed);
        json.insert(QLatin1String("panels"),
                    panel.collapsed ? panelsToJson(panel.children) : QJsonArray());
    }
    if (!row || !panel.targets.empty()) {
        QJsonArray targets;
        for (const auto &target : panel.targets)
            targets.append(targetToJson(target));
        json.insert(QLatin1String("targets"), targets);
    }
    const QJsonObject fieldConfig
        = mergedJson(panel.rawFieldConfig, fieldConfigToJson(panel.fieldConfig, panel.kind));
    const QJsonObject options
        = mergedJson(panel.rawOptions, optionsToJson(panel.options, panel.kind));
    if (!row || !fieldConfig.isEmpty())
        json.insert(QLatin1String("fieldConfig"), fieldConfig);
    if (!row || !options.isEmpty())
        json.insert(QLatin1String("options"), options);
    if (!panel.interval.isEmpty())
        json.insert(QLatin1String("interval"), panel.interval);
    if (panel.maxDataPoints)
        json.insert(QLatin1String("maxDataPoints"), *panel.maxDataPoints);
    if (!panel.transformations.isEmpty())
        json.insert(QLatin1String("transformations"), panel.transformations);
    if (!panel.links.isEmpty())
        json.insert(QLatin1String("links"), panel.links);
    if (!panel.repeat.isEmpty())
        json.insert(QLatin1String("repeat"), panel.repeat);
    return json;
}

QJsonObject variableToJson(const Variable &variable)
{
    QJsonArray options;
    for (const auto &option : variable.options) {
        options.append(QJsonObject {
            {QLatin1String("text"), option.text},
            {QLatin1String("value"), option.value},
            {QLatin1String("selected"), variable.currentValue.contains(option.value)}});
    }
    QJsonObject json {
        {QLatin1String("name"), variable.name},
        {QLatin1String("type"), variable.typeName},
        {QLatin1String("query"), variable.query},
        {QLatin1String("regex"), variable.regex},
        {QLatin1String("multi"), variable.multi},
        {QLatin1String("includeAll"), variable.includeAll},
        {QLatin1String("allValue"),
         variable.allValue.isEmpty() ? QJsonValue(QJsonValue::Null)
                                     : QJsonValue(variable.allValue)},
        {QLatin1String("current"),
         QJsonObject {{QLatin1String("text"), textOrList(variable.currentText, variable.multi)},
                      {QLatin1String("value"), textOrList(variable.currentValue, variable.multi)}}},
        {QLatin1String("options"), options},
        {QLatin1String("hide"), int(variable.hide)},
        {QLatin1String("sort"), int(variable.sort)},
        {QLatin1String("refresh"), int(variable.refresh)},
    };
    if (!variable.label.isEmpty())
        json.insert(QLatin1String("label"), variable.label);
    if (!variable.description.isEmpty())
        json.insert(QLatin1String("description"), variable.description);
    if (variable.datasource.form != DatasourceRef::Form::Default)
        json.insert(QLatin1String("datasource"), datasourceToJson(variable.datasource));
    if (variable.type == VariableType::Interval) {
        json.insert(QLatin1String("auto"), variable.autoInterval);
        json.insert(QLatin1String("auto_count"), variable.autoCount);
        json.insert(QLatin1String("auto_min"), variable.autoMin);
    }
    return json;
}

QJsonObject toJson(const Dashboard &dashboard)
{
    QJsonArray variables;
    for (const auto &variable : dashboard.variables)
        variables.append(variableToJson(variable));
    QJsonObject json {
        {QLatin1String("title"), dashboard.title},
        {QLatin1String("uid"), dashboard.uid},
        {QLatin1String("tags"), QJsonArray::fromStringList(dashboard.tags)},
        {QLatin1String("time"),
         QJsonObject {{QLatin1String("from"), dashboard.time.from},
                      {QLatin1String("to"), dashboard.time.to}}},
        {QLatin1String("refresh"),
         dashboard.refresh.isEmpty() ? QJsonValue(false) : QJsonValue(dashboard.refresh)},
        {QLatin1String("timezone"), dashboard.timezone},
        {QLatin1String("graphTooltip"), int(dashboard.graphTooltip)},
        {QLatin1String("schemaVersion"), dashboard.schemaVersion},
        {QLatin1String("panels"), panelsToJson(dashboard.panels)},
        {QLatin1String("templating"), QJsonObject {{QLatin1String("list"), variables}}},
        {QLatin1String("annotations"), dashboard.annotations},
        {QLatin1String("links"), dashboard.links},
    };
    if (!dashboard.description.isEmpty())
        json.insert(QLatin1String("description"), dashboard.description);
    if (!dashboard.weekStart.isEmpty())
        json.insert(QLatin1String("weekStart"), dashboard.weekStart);
    if (!dashboard.inputs.empty()) {
        QJsonArray inputs;
        for (const auto &input : dashboard.inputs)
            inputs.append(QJsonObject {{QLatin1String("name"), input.name},
                                       {QLatin1String("type"), QStringLiteral("datasource")},
                                       {QLatin1String("pluginId"), input.pluginId}});
        json.insert(QLatin1String("__inputs"), inputs);
    }
    return json;
}

} // namespace eucora::dashboard
