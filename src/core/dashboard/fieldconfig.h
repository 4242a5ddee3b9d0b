// How a panel shows values: Grafana's fieldConfig (unit, decimals, thresholds, value mappings,
// colour, the time-series drawing style) and the overrides that change it per series.
#pragma once

#include <QJsonArray>
#include <QJsonValue>
#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace eucora::dashboard {

enum class ThresholdsMode { Absolute, Percentage };

struct ThresholdStep
{
    std::optional<double> value; // empty: the base step (Grafana's -Infinity, null in JSON)
    QString color; // a Grafana colour: "green", "dark-red", "#FF0000", "rgba(...)"

    bool operator==(const ThresholdStep &o) const { return value == o.value && color == o.color; }
};

struct Thresholds
{
    ThresholdsMode mode = ThresholdsMode::Absolute;
    // Grafana's default for a panel that says nothing: green, then red from 80.
    std::vector<ThresholdStep> steps {{std::nullopt, QStringLiteral("green")},
                                      {80.0, QStringLiteral("red")}};

    bool operator==(const Thresholds &o) const { return mode == o.mode && steps == o.steps; }
};

enum class MappingType { Value, Range, Special, Regex };
enum class SpecialMatch { Null, NaN, NullAndNaN, True, False, Empty };

struct MappingResult
{
    QString text;
    QString color;
    std::optional<int> index;

    bool operator==(const MappingResult &o) const
    {
        return text == o.text && color == o.color && index == o.index;
    }
};

struct ValueMapping
{
    MappingType type = MappingType::Value;
    std::map<QString, MappingResult> values; // Value: the value as text -> result
    std::optional<double> from; // Range: an empty end is open
    std::optional<double> to;
    SpecialMatch match = SpecialMatch::Null; // Special
    QString pattern; // Regex, Grafana's "/.../flags" or a bare pattern
    MappingResult result; // Range, Special, Regex

    bool operator==(const ValueMapping &o) const
    {
        return type == o.type && values == o.values && from == o.from && to == o.to
            && match == o.match && pattern == o.pattern && result == o.result;
    }
};

enum class FieldColorMode {
    PaletteClassic,
    PaletteClassicByName,
    Fixed,
    Shades,
    Thresholds,
    Continuous, // "continuous-GrYlRd" and friends: the scheme is in FieldColor::scheme
};

struct FieldColor
{
    std::optional<FieldColorMode> mode; // empty: the panel type's default (defaultColorMode)
    QString scheme; // Continuous: "GrYlRd", "BlYlRd", ...
    QString fixedColor;
    QString seriesBy; // "last", "min", "max" for continuous and threshold colours by value

    bool operator==(const FieldColor &o) const
    {
        return mode == o.mode && scheme == o.scheme && fixedColor == o.fixedColor
            && seriesBy == o.seriesBy;
    }
};

enum class DrawStyle { Line, Bars, Points };
enum class LineInterpolation { Linear, Smooth, StepBefore, StepAfter };
enum class ShowPoints { Auto, Always, Never };
enum class StackingMode { None, Normal, Percent };
enum class AxisPlacement { Auto, Left, Right, Hidden };
enum class ThresholdsStyleMode { Off, Line, Area, LineAndArea, Dashed, DashedAndArea, Series };

struct SpanNulls
{
    enum class Mode { Never, Always, BelowThreshold };
    Mode mode = Mode::Never;
    double thresholdMs = 0; // BelowThreshold: gaps shorter than this are joined

    bool operator==(const SpanNulls &o) const
    {
        return mode == o.mode && thresholdMs == o.thresholdMs;
    }
};

// fieldConfig.defaults.custom of a time-series panel, with Grafana's defaults.
struct GraphStyle
{
    DrawStyle drawStyle = DrawStyle::Line;
    LineInterpolation lineInterpolation = LineInterpolation::Linear;
    double lineWidth = 1;
    double fillOpacity = 0; // 0..100
    double pointSize = 5;
    ShowPoints showPoints = ShowPoints::Auto;
    SpanNulls spanNulls;
    StackingMode stacking = StackingMode::None;
    QString stackingGroup = QStringLiteral("A");
    QString axisLabel;
    AxisPlacement axisPlacement = AxisPlacement::Auto;
    ThresholdsStyleMode thresholdsStyle = ThresholdsStyleMode::Off;

    bool operator==(const GraphStyle &o) const;
};

struct FieldDefaults
{
    QString unit; // empty: no unit
    std::optional<int> decimals; // empty: automatic
    std::optional<double> min;
    std::optional<double> max;
    QString displayName;
    QString noValue; // shown instead of an empty result; empty: "No data"
    Thresholds thresholds;
    std::vector<ValueMapping> mappings;
    FieldColor color;
    GraphStyle custom;

    bool operator==(const FieldDefaults &o) const;
};

// One entry of fieldConfig.overrides, kept as written; `applied` says whether the console
// understands its matcher (fieldoverrides.h applies it); the loader reports the matchers and
// properties it does not understand.
struct FieldOverride
{
    QString matcherId; // "byName", "byRegexp", "byFrameRefID", "byType", ...
    QJsonValue matcherOptions;
    QJsonArray properties; // [{id, value}]
    bool applied = false;

    bool operator==(const FieldOverride &o) const
    {
        return matcherId == o.matcherId && matcherOptions == o.matcherOptions
            && properties == o.properties && applied == o.applied;
    }
};

struct FieldConfig
{
    FieldDefaults defaults;
    std::vector<FieldOverride> overrides;

    bool operator==(const FieldConfig &o) const
    {
        return defaults == o.defaults && overrides == o.overrides;
    }
};

} // namespace eucora::dashboard
