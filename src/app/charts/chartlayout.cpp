#include "charts/chartlayout.h"

#include <QDateTime>
#include <QFontMetricsF>

#include <algorithm>
#include <array>
#include <cmath>

namespace eucora::app {

namespace {

constexpr std::int64_t kSecond = 1000;
constexpr std::int64_t kMinute = 60 * kSecond;
constexpr std::int64_t kHour = 60 * kMinute;
constexpr std::int64_t kDay = 24 * kHour;

constexpr std::array<std::int64_t, 24> kTimeSteps {
    kSecond,  2 * kSecond, 5 * kSecond, 10 * kSecond, 15 * kSecond, 30 * kSecond,
    kMinute,  2 * kMinute, 5 * kMinute, 10 * kMinute, 15 * kMinute, 30 * kMinute,
    kHour,    2 * kHour,   3 * kHour,   6 * kHour,    12 * kHour,   kDay,
    2 * kDay, 7 * kDay,    14 * kDay,   30 * kDay,    90 * kDay,    365 * kDay};

QString timeFormat(std::int64_t step, std::int64_t span)
{
    if (step < kMinute)
        return QStringLiteral("HH:mm:ss");
    if (step >= kDay)
        return QStringLiteral("MM/dd");
    return span > kDay ? QStringLiteral("MM/dd HH:mm") : QStringLiteral("HH:mm");
}

// The first multiple of `step` at or after `fromMs`, counted in the zone's wall-clock time so
// that hour and day ticks fall on :00 and midnight there.
std::int64_t firstTick(std::int64_t fromMs, std::int64_t step, const QTimeZone &zone)
{
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(fromMs, zone);
    const std::int64_t offset = std::int64_t(from.offsetFromUtc()) * kSecond;
    const std::int64_t local = fromMs + offset;
    const std::int64_t aligned = (local / step + (local % step > 0 ? 1 : 0)) * step;
    return aligned - offset;
}

} // namespace

double ChartLayout::x(double ms) const
{
    return plot.left() + (ms - double(fromMs)) / double(toMs - fromMs) * plot.width();
}

std::int64_t ChartLayout::time(double px) const
{
    return fromMs
        + std::int64_t(std::llround((px - plot.left()) / plot.width() * double(toMs - fromMs)));
}

double ChartLayout::y(double v) const
{
    if (maxValue <= minValue)
        return plot.bottom();
    return plot.bottom() - (v - minValue) / (maxValue - minValue) * plot.height();
}

double ChartLayout::value(double py) const
{
    return minValue + (plot.bottom() - py) / plot.height() * (maxValue - minValue);
}

double niceStep(double min, double max, int count)
{
    const double range = max - min;
    if (!(range > 0) || count < 1 || !std::isfinite(range))
        return 1;
    const double raw = range / count;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double residual = raw / magnitude;
    const double nice = residual < 1.5 ? 1 : residual < 3 ? 2 : residual < 7 ? 5 : 10;
    return nice * magnitude;
}

std::vector<TimeTick> timeTicks(std::int64_t fromMs, std::int64_t toMs, const QTimeZone &zone,
                                double width, double pixelsPerTick)
{
    std::vector<TimeTick> out;
    const std::int64_t span = toMs - fromMs;
    if (span <= 0 || width <= 0)
        return out;
    const double wanted = std::max(1.0, width / pixelsPerTick);
    std::int64_t step = kTimeSteps.back();
    for (std::int64_t candidate : kTimeSteps) {
        if (double(span) / double(candidate) <= wanted) {
            step = candidate;
            break;
        }
    }
    const QString format = timeFormat(step, span);
    for (std::int64_t t = firstTick(fromMs, step, zone); t <= toMs; t += step)
        out.push_back({t, QDateTime::fromMSecsSinceEpoch(t, zone).toString(format)});
    return out;
}

std::pair<double, double> valueRange(double dataMin, double dataMax, const ChartAxis &axis,
                                     bool includeZero)
{
    double low = dataMin;
    double high = dataMax;
    if (!std::isfinite(low) || !std::isfinite(high) || low > high) {
        low = 0;
        high = 1;
    }
    if (includeZero) {
        low = std::min(low, 0.0);
        high = std::max(high, 0.0);
    }
    if (axis.min)
        low = *axis.min;
    if (axis.max)
        high = *axis.max;
    if (high <= low) { // a flat line still gets an axis around it
        const double pad = low == 0 ? 1 : std::abs(low) * 0.1;
        low -= axis.min ? 0 : pad;
        high += pad;
    }
    const double step = niceStep(low, high, 5);
    if (!axis.min)
        low = std::floor(low / step) * step;
    if (!axis.max)
        high = std::ceil(high / step) * step;
    return {low, high};
}

ChartLayout layoutChart(const ChartScene &scene, QSizeF size, double minValue, double maxValue,
                        const QFontMetricsF &metrics)
{
    ChartLayout layout;
    layout.fromMs = scene.fromMs;
    layout.toMs = std::max(scene.toMs, scene.fromMs + 1);
    layout.minValue = minValue;
    layout.maxValue = maxValue;

    const double lineHeight = metrics.height();
    const double plotHeightGuess = std::max(10.0, size.height() - lineHeight - 8);
    const int valueCount = std::clamp(int(plotHeightGuess / (lineHeight * 2.2)), 2, 10);
    const double step = niceStep(minValue, maxValue, valueCount);
    double labelWidth = 0;
    const double first = std::ceil(minValue / step - 1e-9);
    for (double k = first; k * step <= maxValue + step * 1e-9; k += 1) {
        // k x step, cleaned of the binary noise that makes 3 x 0.2 print as 0.6000000000000001.
        const double value = QString::number(k * step, 'g', 12).toDouble() + 0.0;
        const QString label
            = scene.axis.format ? scene.axis.format(value) : QString::number(value, 'g', 6);
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(label));
        layout.valueTicks.push_back({value, label});
    }
    const double axisTitle = scene.axis.label.isEmpty() ? 0 : lineHeight + 4;
    const double left = axisTitle + labelWidth + 8;
    const double right = 12;
    const double top = std::ceil(lineHeight / 2) + 2; // room for the top tick label
    const double bottom = lineHeight + 8;
    layout.plot = QRectF(left, top, std::max(1.0, size.width() - left - right),
                         std::max(1.0, size.height() - top - bottom));
    layout.timeTicks = timeTicks(layout.fromMs, layout.toMs, scene.zone, layout.plot.width());
    return layout;
}

} // namespace eucora::app
