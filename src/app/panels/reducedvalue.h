// The one value per series that stat, gauge and bar gauge panels show: reduced by the panel's
// calculation, mapped or formatted, coloured as the field's colour mode says, with the range a
// gauge or bar spans.
#pragma once

#include "dashboard/displayvalue.h"
#include "dashboard/panelfeed.h"
#include "dashboard/panelmodel.h"

#include <QColor>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace eucora::app {

struct ReducedValue
{
    QString name; // the series' name; empty for the panel's "no value" stand-in
    std::optional<double> value; // empty: nothing to reduce (no points, only gaps)
    dashboard::DisplayValue shown;
    QColor color; // invalid when nothing gives one: draw in the palette's text colour
    double min = 0; // the range a gauge's arc or a bar spans, min < max
    double max = 100;
    dashboard::FieldDefaults field; // the series' settings, overrides applied
    const prometheus::Series *data = nullptr; // into the PanelState; null for the stand-in
};

// A threshold step as a part of the range: from..to as fractions 0..1.
struct RangeBand
{
    double from = 0;
    double to = 0;
    QString color; // a Grafana colour
};

// The field's threshold steps laid over min..max, percentages converted; empty bands dropped.
std::vector<RangeBand> thresholdBands(const ReducedValue &value);

// The values at which the bands change, with min and max, in order: where a gauge's threshold
// labels go.
std::vector<double> thresholdEdges(const ReducedValue &value);

// One per shown series, in order, reduced by options.reduce.calcs[0] (lastNotNull when unknown).
// With no series, one stand-in showing the field's noValue or "No data".
std::vector<ReducedValue> reducedValues(const dashboard::Panel &panel,
                                        const dashboard::PanelState &state, bool darkTheme);

// The field's min..max, else Grafana's gauge default: 0..100, 0..1 for "percentunit".
std::pair<double, double> fieldRange(const dashboard::FieldDefaults &field);

// Where `value` falls between min and max, 0..1; NaN and -Inf are 0, +Inf is 1.
double rangeFraction(double value, double min, double max);

// Whether a panel's text mode shows each value's name beside it (auto: when there are several).
bool showsName(dashboard::BigValueTextMode mode, size_t valueCount);

// What a stat, gauge or bar gauge panel exports: "series" with their points, "values" with the
// texts on screen, and "value" when there is one.
QJsonObject exportValues(const std::vector<ReducedValue> &values);

} // namespace eucora::app
