#include "dashboard/grafananames.h"

#include "dashboard/fieldconfig.h"
#include "dashboard/panelmodel.h"
#include "dashboard/templating.h"

#include <utility>

namespace eucora::dashboard {

namespace {

template<typename E> struct Names;

template<> struct Names<ThresholdsMode>
{
    static constexpr std::pair<ThresholdsMode, const char *> table[]
        = {{ThresholdsMode::Absolute, "absolute"}, {ThresholdsMode::Percentage, "percentage"}};
};

template<> struct Names<MappingType>
{
    static constexpr std::pair<MappingType, const char *> table[]
        = {{MappingType::Value, "value"},
           {MappingType::Range, "range"},
           {MappingType::Special, "special"},
           {MappingType::Regex, "regex"}};
};

template<> struct Names<SpecialMatch>
{
    static constexpr std::pair<SpecialMatch, const char *> table[]
        = {{SpecialMatch::Null, "null"},           {SpecialMatch::NaN, "nan"},
           {SpecialMatch::NullAndNaN, "null+nan"}, {SpecialMatch::True, "true"},
           {SpecialMatch::False, "false"},         {SpecialMatch::Empty, "empty"}};
};

template<> struct Names<FieldColorMode>
{
    static constexpr std::pair<FieldColorMode, const char *> table[]
        = {{FieldColorMode::PaletteClassic, "palette-classic"},
           {FieldColorMode::PaletteClassicByName, "palette-classic-by-name"},
           {FieldColorMode::Fixed, "fixed"},
           {FieldColorMode::Shades, "shades"},
           {FieldColorMode::Thresholds, "thresholds"},
           {FieldColorMode::Continuous, "continuous"}};
};

template<> struct Names<DrawStyle>
{
    static constexpr std::pair<DrawStyle, const char *> table[]
        = {{DrawStyle::Line, "line"}, {DrawStyle::Bars, "bars"}, {DrawStyle::Points, "points"}};
};

template<> struct Names<LineInterpolation>
{
    static constexpr std::pair<LineInterpolation, const char *> table[]
        = {{LineInterpolation::Linear, "linear"},
           {LineInterpolation::Smooth, "smooth"},
           {LineInterpolation::StepBefore, "stepBefore"},
           {LineInterpolation::StepAfter, "stepAfter"}};
};

template<> struct Names<ShowPoints>
{
    static constexpr std::pair<ShowPoints, const char *> table[] = {
        {ShowPoints::Auto, "auto"}, {ShowPoints::Always, "always"}, {ShowPoints::Never, "never"}};
};

template<> struct Names<StackingMode>
{
    static constexpr std::pair<StackingMode, const char *> table[]
        = {{StackingMode::None, "none"},
           {StackingMode::Normal, "normal"},
           {StackingMode::Percent, "percent"}};
};

template<> struct Names<AxisPlacement>
{
    static constexpr std::pair<AxisPlacement, const char *> table[]
        = {{AxisPlacement::Auto, "auto"},
           {AxisPlacement::Left, "left"},
           {AxisPlacement::Right, "right"},
           {AxisPlacement::Hidden, "hidden"}};
};

template<> struct Names<ThresholdsStyleMode>
{
    static constexpr std::pair<ThresholdsStyleMode, const char *> table[]
        = {{ThresholdsStyleMode::Off, "off"},
           {ThresholdsStyleMode::Line, "line"},
           {ThresholdsStyleMode::Area, "area"},
           {ThresholdsStyleMode::LineAndArea, "line+area"},
           {ThresholdsStyleMode::Dashed, "dashed"},
           {ThresholdsStyleMode::DashedAndArea, "dashed+area"},
           {ThresholdsStyleMode::Series, "series"}};
};

template<> struct Names<TargetFormat>
{
    static constexpr std::pair<TargetFormat, const char *> table[]
        = {{TargetFormat::TimeSeries, "time_series"},
           {TargetFormat::Table, "table"},
           {TargetFormat::Heatmap, "heatmap"}};
};

template<> struct Names<LegendDisplayMode>
{
    static constexpr std::pair<LegendDisplayMode, const char *> table[]
        = {{LegendDisplayMode::List, "list"},
           {LegendDisplayMode::Table, "table"},
           {LegendDisplayMode::Hidden, "hidden"}};
};

template<> struct Names<LegendPlacement>
{
    static constexpr std::pair<LegendPlacement, const char *> table[]
        = {{LegendPlacement::Bottom, "bottom"}, {LegendPlacement::Right, "right"}};
};

template<> struct Names<TooltipMode>
{
    static constexpr std::pair<TooltipMode, const char *> table[]
        = {{TooltipMode::Single, "single"},
           {TooltipMode::Multi, "multi"},
           {TooltipMode::None, "none"}};
};

template<> struct Names<BigValueColorMode>
{
    static constexpr std::pair<BigValueColorMode, const char *> table[]
        = {{BigValueColorMode::Value, "value"},
           {BigValueColorMode::Background, "background"},
           {BigValueColorMode::BackgroundSolid, "background_solid"},
           {BigValueColorMode::None, "none"}};
};

template<> struct Names<BigValueGraphMode>
{
    static constexpr std::pair<BigValueGraphMode, const char *> table[]
        = {{BigValueGraphMode::None, "none"},
           {BigValueGraphMode::Line, "line"},
           {BigValueGraphMode::Area, "area"}};
};

template<> struct Names<BigValueTextMode>
{
    static constexpr std::pair<BigValueTextMode, const char *> table[]
        = {{BigValueTextMode::Auto, "auto"},
           {BigValueTextMode::Value, "value"},
           {BigValueTextMode::ValueAndName, "value_and_name"},
           {BigValueTextMode::Name, "name"},
           {BigValueTextMode::None, "none"}};
};

template<> struct Names<VizOrientation>
{
    static constexpr std::pair<VizOrientation, const char *> table[]
        = {{VizOrientation::Auto, "auto"},
           {VizOrientation::Horizontal, "horizontal"},
           {VizOrientation::Vertical, "vertical"}};
};

template<> struct Names<TextPanelMode>
{
    static constexpr std::pair<TextPanelMode, const char *> table[]
        = {{TextPanelMode::Markdown, "markdown"},
           {TextPanelMode::Html, "html"},
           {TextPanelMode::Code, "code"}};
};

template<> struct Names<VariableType>
{
    static constexpr std::pair<VariableType, const char *> table[]
        = {{VariableType::Query, "query"},       {VariableType::Custom, "custom"},
           {VariableType::Constant, "constant"}, {VariableType::Interval, "interval"},
           {VariableType::TextBox, "textbox"},   {VariableType::Datasource, "datasource"},
           {VariableType::AdHoc, "adhoc"}};
};

} // namespace

template<typename E> std::optional<E> fromGrafanaName(const QString &name)
{
    for (const auto &[value, text] : Names<E>::table) {
        if (name == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

template<typename E> QString grafanaName(E value)
{
    for (const auto &[candidate, text] : Names<E>::table) {
        if (candidate == value)
            return QLatin1String(text);
    }
    return {};
}

#define EUCORA_GRAFANA_NAMES(E)                                                                    \
    template std::optional<E> fromGrafanaName<E>(const QString &);                                 \
    template QString grafanaName<E>(E);

EUCORA_GRAFANA_NAMES(ThresholdsMode)
EUCORA_GRAFANA_NAMES(MappingType)
EUCORA_GRAFANA_NAMES(SpecialMatch)
EUCORA_GRAFANA_NAMES(FieldColorMode)
EUCORA_GRAFANA_NAMES(DrawStyle)
EUCORA_GRAFANA_NAMES(LineInterpolation)
EUCORA_GRAFANA_NAMES(ShowPoints)
EUCORA_GRAFANA_NAMES(StackingMode)
EUCORA_GRAFANA_NAMES(AxisPlacement)
EUCORA_GRAFANA_NAMES(ThresholdsStyleMode)
EUCORA_GRAFANA_NAMES(TargetFormat)
EUCORA_GRAFANA_NAMES(LegendDisplayMode)
EUCORA_GRAFANA_NAMES(LegendPlacement)
EUCORA_GRAFANA_NAMES(TooltipMode)
EUCORA_GRAFANA_NAMES(BigValueColorMode)
EUCORA_GRAFANA_NAMES(BigValueGraphMode)
EUCORA_GRAFANA_NAMES(BigValueTextMode)
EUCORA_GRAFANA_NAMES(VizOrientation)
EUCORA_GRAFANA_NAMES(TextPanelMode)
EUCORA_GRAFANA_NAMES(VariableType)

#undef EUCORA_GRAFANA_NAMES

} // namespace eucora::dashboard
