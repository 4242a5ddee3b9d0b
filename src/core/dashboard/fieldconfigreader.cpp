#include "dashboard/fieldconfigreader.h"

#include "dashboard/fieldoverrides.h"
#include "dashboard/thresholds.h"
#include "dashboard/valueformat.h"

#include <QJsonObject>

namespace eucora::dashboard {

namespace {

MappingResult readMappingResult(const JsonReader &result)
{
    MappingResult mapped;
    mapped.text = result.string("text");
    mapped.color = result.string("color");
    mapped.index = result.integer("index", 0, 1'000'000);
    return mapped;
}

std::optional<ValueMapping> currentMapping(const JsonReader &entry)
{
    const auto type = fromGrafanaName<MappingType>(entry.string("type"));
    if (!type) {
        entry.sink().add(LoadIssue::Kind::UnsupportedOption, entry.path("type"),
                         describeJson(entry.value("type")));
        return std::nullopt;
    }
    const JsonReader options = entry.child("options");
    ValueMapping mapping;
    mapping.type = *type;
    switch (*type) {
    case MappingType::Value:
        for (auto it = options.object().begin(); it != options.object().end(); ++it) {
            const JsonReader result(it.value().toObject(), options.path("value"), entry.sink());
            mapping.values.emplace(it.key(), readMappingResult(result));
        }
        break;
    case MappingType::Range:
        mapping.from = options.number("from");
        mapping.to = options.number("to");
        mapping.result = readMappingResult(options.child("result"));
        break;
    case MappingType::Special: {
        const QString match = options.string("match");
        const auto special = fromGrafanaName<SpecialMatch>(match);
        if (!special) {
            entry.sink().add(LoadIssue::Kind::UnsupportedOption, options.path("match"), match);
            return std::nullopt;
        }
        mapping.match = *special;
        mapping.result = readMappingResult(options.child("result"));
        break;
    }
    case MappingType::Regex:
        mapping.pattern = options.string("pattern");
        mapping.result = readMappingResult(options.child("result"));
        break;
    }
    return mapping;
}

std::optional<int> legacyMappingType(const QJsonValue &type)
{
    const auto number = jsonNumber(type);
    if (number && (*number == 1 || *number == 2))
        return static_cast<int>(*number);
    return std::nullopt;
}

QString colorFromThresholds(const QJsonValue &value, const Thresholds &thresholds)
{
    const auto number = jsonNumber(value);
    return number ? thresholdColor(thresholds, *number) : QString();
}

QString legacyText(const QJsonValue &value)
{
    if (value.isDouble())
        return jsNumberText(value.toDouble());
    return value.toString();
}

// Properties an override may set under "custom.": the GraphStyle members.
bool isGraphStyleKey(const QString &key)
{
    static const QStringList keys {
        QStringLiteral("drawStyle"),       QStringLiteral("lineInterpolation"),
        QStringLiteral("lineWidth"),       QStringLiteral("fillOpacity"),
        QStringLiteral("pointSize"),       QStringLiteral("showPoints"),
        QStringLiteral("spanNulls"),       QStringLiteral("stacking"),
        QStringLiteral("axisLabel"),       QStringLiteral("axisPlacement"),
        QStringLiteral("thresholdsStyle"),
    };
    return keys.contains(key);
}

void readColor(const JsonReader &color, FieldColor &into)
{
    const QString mode = color.string("mode");
    if (mode.startsWith(QLatin1String("continuous-"))) {
        into.mode = FieldColorMode::Continuous;
        into.scheme = mode.mid(int(qstrlen("continuous-")));
    } else if (!mode.isEmpty()) {
        into.mode = fromGrafanaName<FieldColorMode>(mode);
        if (!into.mode || *into.mode == FieldColorMode::Continuous) {
            into.mode.reset();
            color.sink().add(LoadIssue::Kind::UnsupportedOption, color.path("mode"), mode);
        }
    }
    into.fixedColor = color.string("fixedColor");
    into.seriesBy = color.string("seriesBy");
}

void readSpanNulls(const JsonReader &custom, SpanNulls &into)
{
    const QJsonValue value = custom.value("spanNulls");
    if (value.isBool()) {
        into = {value.toBool() ? SpanNulls::Mode::Always : SpanNulls::Mode::Never, 0};
    } else if (const auto ms = jsonNumber(value); ms && *ms >= 0) {
        into = {SpanNulls::Mode::BelowThreshold, *ms};
    } else if (!value.isUndefined() && !value.isNull()) {
        custom.invalid("spanNulls", value);
    }
}

template<typename Apply>
bool applyParsed(FieldDefaults &defaults, const QString &key, const QJsonValue &value,
                 IssueSink &sink, Apply apply)
{
    QJsonObject holder;
    holder.insert(key, value);
    apply(JsonReader(holder, QStringLiteral("override"), sink), defaults);
    return true;
}

QString overrideLabel(const FieldOverride &override)
{
    const QString options = override.matcherOptions.isString()
        ? override.matcherOptions.toString()
        : describeJson(override.matcherOptions);
    return options.isEmpty() ? override.matcherId : override.matcherId + QLatin1Char('=') + options;
}

FieldOverride readOverride(const JsonReader &entry)
{
    const JsonReader matcher = entry.child("matcher");
    FieldOverride override;
    override.matcherId = matcher.string("id");
    override.matcherOptions = matcher.value("options");
    override.properties = entry.array("properties");
    const QString label = overrideLabel(override);
    override.applied = isSupportedMatcher(override);
    if (!override.applied) {
        entry.sink().add(LoadIssue::Kind::Override, label);
        return override;
    }
    FieldDefaults scratch;
    for (const QJsonValue &value : override.properties) {
        const QJsonObject property = value.toObject();
        const QString id = property.value(QLatin1String("id")).toString();
        if (!applyOverrideProperty(scratch, id, property.value(QLatin1String("value")),
                                   entry.sink()))
            entry.sink().add(LoadIssue::Kind::Override, label + QStringLiteral(": ") + id);
    }
    return override;
}

} // namespace

FieldConfig readFieldConfig(const JsonReader &fieldConfig)
{
    FieldConfig config;
    readFieldDefaults(fieldConfig.child("defaults"), config.defaults);
    for (const QJsonValue &value : fieldConfig.array("overrides")) {
        config.overrides.push_back(readOverride(
            JsonReader(value.toObject(), fieldConfig.path("overrides"), fieldConfig.sink())));
    }
    return config;
}

Thresholds readThresholds(const JsonReader &thresholds)
{
    Thresholds result;
    if (thresholds.object().isEmpty())
        return result;
    result.mode = thresholds.enumValue("mode", ThresholdsMode::Absolute);
    result.steps.clear();
    for (const QJsonValue &step : thresholds.array("steps")) {
        const JsonReader entry(step.toObject(), thresholds.path("steps"), thresholds.sink());
        result.steps.push_back({entry.number("value"), entry.string("color")});
    }
    sortThresholdSteps(result.steps);
    // Grafana reads the lowest step as the base whatever value it was saved with.
    if (!result.steps.empty())
        result.steps.front().value.reset();
    return result;
}

std::optional<ValueMapping> legacyMapping(const QJsonObject &entry, int legacyType,
                                          const Thresholds &thresholds)
{
    const QString text = legacyText(entry.value(QLatin1String("text")));
    if (legacyType == 1) {
        const QJsonValue value = entry.value(QLatin1String("value"));
        if (value.isUndefined() || value.isNull())
            return std::nullopt;
        ValueMapping mapping;
        const MappingResult result {text, colorFromThresholds(value, thresholds), std::nullopt};
        if (legacyText(value) == QLatin1String("null")) {
            mapping.type = MappingType::Special;
            mapping.match = SpecialMatch::Null;
            mapping.result = result;
        } else {
            mapping.values.emplace(legacyText(value), result);
        }
        return mapping;
    }
    ValueMapping mapping;
    mapping.type = MappingType::Range;
    mapping.from = jsonNumber(entry.value(QLatin1String("from")));
    mapping.to = jsonNumber(entry.value(QLatin1String("to")));
    if (!mapping.from && !mapping.to)
        return std::nullopt;
    mapping.result.text = text;
    return mapping;
}

std::vector<ValueMapping> readMappings(const QJsonArray &mappings, const Thresholds &thresholds,
                                       IssueSink &sink, const QString &path)
{
    std::vector<ValueMapping> result;
    bool reportedLegacy = false;
    for (const QJsonValue &value : mappings) {
        const JsonReader entry(value.toObject(), path, sink);
        const auto legacyType = legacyMappingType(entry.value("type"));
        std::optional<ValueMapping> mapping = legacyType
            ? legacyMapping(entry.object(), *legacyType, thresholds)
            : currentMapping(entry);
        if (legacyType && !reportedLegacy) {
            sink.add(LoadIssue::Kind::LegacyConversion, path);
            reportedLegacy = true;
        }
        if (mapping)
            result.push_back(std::move(*mapping));
    }
    return result;
}

void readGraphStyle(const JsonReader &custom, GraphStyle &into)
{
    into.drawStyle = custom.enumValue("drawStyle", into.drawStyle);
    into.lineInterpolation = custom.enumValue("lineInterpolation", into.lineInterpolation);
    into.lineWidth = custom.number("lineWidth").value_or(into.lineWidth);
    into.fillOpacity = custom.number("fillOpacity").value_or(into.fillOpacity);
    into.pointSize = custom.number("pointSize").value_or(into.pointSize);
    into.showPoints = custom.enumValue("showPoints", into.showPoints);
    readSpanNulls(custom, into.spanNulls);
    if (custom.has("stacking")) {
        const JsonReader stacking = custom.child("stacking");
        into.stacking = stacking.enumValue("mode", into.stacking);
        into.stackingGroup = stacking.string("group", into.stackingGroup);
    }
    into.axisLabel = custom.string("axisLabel", into.axisLabel);
    into.axisPlacement = custom.enumValue("axisPlacement", into.axisPlacement);
    if (custom.has("thresholdsStyle"))
        into.thresholdsStyle
            = custom.child("thresholdsStyle").enumValue("mode", into.thresholdsStyle);
}

void readDecimalsAndRange(const JsonReader &source, FieldDefaults &into)
{
    if (source.has("decimals"))
        into.decimals = source.integer("decimals", 0, 20);
    if (source.has("min"))
        into.min = source.number("min");
    if (source.has("max"))
        into.max = source.number("max");
}

void readFieldDefaults(const JsonReader &defaults, FieldDefaults &into)
{
    into.unit = defaults.string("unit", into.unit);
    if (!into.unit.isEmpty() && !isKnownUnit(into.unit))
        defaults.sink().add(LoadIssue::Kind::UnknownUnit, into.unit);
    readDecimalsAndRange(defaults, into);
    into.displayName = defaults.string("displayName", into.displayName);
    into.noValue = defaults.string("noValue", into.noValue);
    if (defaults.has("thresholds"))
        into.thresholds = readThresholds(defaults.child("thresholds"));
    if (defaults.has("mappings"))
        into.mappings = readMappings(defaults.array("mappings"), into.thresholds, defaults.sink(),
                                     defaults.path("mappings"));
    if (defaults.has("color"))
        readColor(defaults.child("color"), into.color);
    readGraphStyle(defaults.child("custom"), into.custom);
}

bool applyOverrideProperty(FieldDefaults &defaults, const QString &id, const QJsonValue &value,
                           IssueSink &sink)
{
    static const QStringList standard {
        QStringLiteral("unit"),       QStringLiteral("decimals"),    QStringLiteral("min"),
        QStringLiteral("max"),        QStringLiteral("displayName"), QStringLiteral("noValue"),
        QStringLiteral("thresholds"), QStringLiteral("mappings"),    QStringLiteral("color"),
    };
    if (standard.contains(id)) {
        return applyParsed(
            defaults, id, value, sink,
            [](const JsonReader &reader, FieldDefaults &into) { readFieldDefaults(reader, into); });
    }
    const QString customPrefix = QStringLiteral("custom.");
    if (id.startsWith(customPrefix) && isGraphStyleKey(id.mid(customPrefix.size()))) {
        return applyParsed(defaults, id.mid(customPrefix.size()), value, sink,
                           [](const JsonReader &reader, FieldDefaults &into) {
                               readGraphStyle(reader, into.custom);
                           });
    }
    return false;
}

} // namespace eucora::dashboard
