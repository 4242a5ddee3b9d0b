#include "panels/reducedvalue.h"

#include "dashboard/grafanacolors.h"
#include "dashboard/panelseries.h"
#include "dashboard/reducers.h"
#include "dashboard/valuemapping.h"
#include "panels/seriesexport.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace eucora::app {

namespace {

using namespace dashboard;

// A mapping's colour wins over every colour mode, as in Grafana; then thresholds for the modes
// that colour by value, else the series' own colour (palette, fixed, by name).
QColor valueColor(const FieldDefaults &field, PanelKind kind, const DisplayValue &shown,
                  std::optional<double> value, const QString &seriesColor, bool dark)
{
    const auto mapped = mapValue(field.mappings, value);
    if (mapped && !mapped->color.isEmpty())
        return QColor(colorHex(mapped->color, dark));
    switch (field.color.mode.value_or(defaultColorMode(kind))) {
    case FieldColorMode::Thresholds:
    case FieldColorMode::Continuous: // the schemes are not modelled: thresholds stand in
        return shown.color.isEmpty() ? QColor() : QColor(colorHex(shown.color, dark));
    case FieldColorMode::Fixed:
    case FieldColorMode::Shades:
    case FieldColorMode::PaletteClassic:
    case FieldColorMode::PaletteClassicByName:
        break;
    }
    return QColor(seriesColor);
}

// Prometheus answers NaN for 0/0 and the like. Reducers skip NaN as a gap, but a series that is
// nothing but NaN did answer: it shows "NaN", as Grafana does, not the panel's no-value text.
std::optional<double> reducedOrNaN(const prometheus::Series &series, Reducer reducer)
{
    if (const auto value = reduce(series.values, reducer))
        return value;
    const bool allNaN = !series.values.empty()
        && std::all_of(series.values.begin(), series.values.end(),
                       [](double v) { return std::isnan(v); });
    return allNaN ? std::optional<double>(std::nan("")) : std::nullopt;
}

Reducer panelReducer(const Panel &panel)
{
    const QStringList &calcs = panel.options.reduce.calcs;
    if (calcs.isEmpty())
        return Reducer::LastNotNull;
    return reducerFromId(calcs.first()).value_or(Reducer::LastNotNull);
}

ReducedValue reducedValue(const Panel &panel, const FieldDefaults &field,
                          std::optional<double> value, const QString &seriesColor, bool dark)
{
    ReducedValue out;
    std::tie(out.min, out.max) = fieldRange(field);
    out.value = value;
    out.field = field;
    out.shown = displayValue(value, field, out.min, out.max);
    out.color = valueColor(field, panel.kind, out.shown, value, seriesColor, dark);
    return out;
}

} // namespace

std::vector<ReducedValue> reducedValues(const Panel &panel, const PanelState &state, bool darkTheme)
{
    const Reducer reducer = panelReducer(panel);
    std::vector<ReducedValue> out;
    for (const ShownSeries &s : shownSeries(panel, state, darkTheme)) {
        ReducedValue v
            = reducedValue(panel, s.field, reducedOrNaN(*s.data, reducer), s.color, darkTheme);
        v.name = s.name;
        v.data = s.data;
        out.push_back(std::move(v));
    }
    if (out.empty())
        out.push_back(reducedValue(panel, panelField(panel), std::nullopt, QString(), darkTheme));
    return out;
}

std::pair<double, double> fieldRange(const FieldDefaults &field)
{
    const double fallbackMax = field.unit == QLatin1String("percentunit") ? 1 : 100;
    const double min = field.min.value_or(0);
    const double max = field.max.value_or(std::max(fallbackMax, min + 1));
    // A field whose max does not exceed its min still needs a range to draw in.
    return {min, max > min ? max : min + 1};
}

double rangeFraction(double value, double min, double max)
{
    if (std::isnan(value))
        return 0;
    if (value <= min)
        return 0;
    if (value >= max)
        return 1;
    const double span = max - min;
    const double fraction = std::isfinite(span) ? (value - min) / span : value / max - min / max;
    return std::isfinite(fraction) ? std::clamp(fraction, 0.0, 1.0) : 0;
}

namespace {

// A step's value on the field's scale: percentage thresholds are parts of min..max.
double stepValue(const ReducedValue &value, double step)
{
    if (value.field.thresholds.mode == ThresholdsMode::Percentage)
        return value.min + (value.max - value.min) * step / 100;
    return step;
}

} // namespace

std::vector<RangeBand> thresholdBands(const ReducedValue &value)
{
    const std::vector<ThresholdStep> &steps = value.field.thresholds.steps;
    std::vector<RangeBand> bands;
    for (size_t i = 0; i < steps.size(); ++i) {
        const double from = steps[i].value ? stepValue(value, *steps[i].value) : value.min;
        const double to = i + 1 < steps.size() && steps[i + 1].value
            ? stepValue(value, *steps[i + 1].value)
            : value.max;
        RangeBand band {rangeFraction(from, value.min, value.max),
                        rangeFraction(to, value.min, value.max), steps[i].color};
        if (band.to > band.from)
            bands.push_back(band);
    }
    return bands;
}

std::vector<double> thresholdEdges(const ReducedValue &value)
{
    std::vector<double> edges {value.min};
    for (const ThresholdStep &step : value.field.thresholds.steps) {
        if (!step.value)
            continue;
        const double at = stepValue(value, *step.value);
        if (at > edges.back() && at < value.max)
            edges.push_back(at);
    }
    edges.push_back(value.max);
    return edges;
}

bool showsName(BigValueTextMode mode, size_t valueCount)
{
    switch (mode) {
    case BigValueTextMode::Auto:
        return valueCount > 1;
    case BigValueTextMode::ValueAndName:
    case BigValueTextMode::Name:
        return true;
    case BigValueTextMode::Value:
    case BigValueTextMode::None:
        break;
    }
    return false;
}

QJsonObject exportValues(const std::vector<ReducedValue> &values)
{
    QJsonArray series;
    QJsonArray shown;
    for (const ReducedValue &v : values) {
        if (v.data)
            series.append(exportedSeries(v.name, *v.data));
        shown.append(QJsonObject {
            {QStringLiteral("name"), v.name},
            {QStringLiteral("text"), v.shown.toString()},
            {QStringLiteral("color"),
             v.color.isValid() ? QJsonValue(v.color.name(QColor::HexArgb)) : QJsonValue()}});
    }
    QJsonObject out {{QStringLiteral("series"), series}, {QStringLiteral("values"), shown}};
    if (values.size() == 1)
        out.insert(QStringLiteral("value"), values.front().shown.toString());
    return out;
}

} // namespace eucora::app
