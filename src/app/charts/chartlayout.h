// Where a chart's plot area, axes and ticks go for a given size, and the mapping between time /
// value and pixels. The same layout is used to paint the chart and to read the mouse.
#pragma once

#include "charts/chartscene.h"

#include <QRectF>
#include <QString>

#include <cstdint>
#include <vector>

class QFontMetricsF;

namespace eucora::app {

struct TimeTick
{
    std::int64_t ms = 0;
    QString label;
};

struct ValueTick
{
    double value = 0;
    QString label;
};

struct ChartLayout
{
    QRectF plot;
    std::int64_t fromMs = 0;
    std::int64_t toMs = 1;
    double minValue = 0;
    double maxValue = 1;
    std::vector<TimeTick> timeTicks;
    std::vector<ValueTick> valueTicks;

    bool isValid() const { return plot.width() > 1 && plot.height() > 1 && toMs > fromMs; }
    double x(double ms) const; // milliseconds since the epoch are exact in a double
    std::int64_t time(double x) const;
    double y(double value) const;
    double value(double y) const;
};

// Nice steps for ticks: 1, 2 or 5 times a power of ten, about `count` of them over [min, max].
double niceStep(double min, double max, int count);

// Tick positions over [fromMs, toMs] in `zone`, about one per `pixelsPerTick`, labelled with as
// much of the date as the span needs ("14:05", "11/30 14:00", "11/30").
std::vector<TimeTick> timeTicks(std::int64_t fromMs, std::int64_t toMs, const QTimeZone &zone,
                                double width, double pixelsPerTick = 110);

// The value range the axis shows: the data's extremes widened to nice ticks, zero included for
// bars, fills and stacks, the axis' own min / max where set. A flat or empty range gets height.
std::pair<double, double> valueRange(double dataMin, double dataMax, const ChartAxis &axis,
                                     bool includeZero);

// Lays the chart out in `size` (logical pixels) for the value range [minValue, maxValue].
ChartLayout layoutChart(const ChartScene &scene, QSizeF size, double minValue, double maxValue,
                        const QFontMetricsF &metrics);

} // namespace eucora::app
