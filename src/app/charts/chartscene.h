// What a time-series chart shows, as a plain value: the series, how to draw them, thresholds,
// annotations and the value axis. Copied to the render thread as it is.
#pragma once

#include "prometheus/series.h"

#include <QColor>
#include <QString>
#include <QTimeZone>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace eucora::app {

struct ChartSeries
{
    QString name;
    QColor color;
    // Shared with the panel's data, never copied: timestamps ascending; a NaN value is no value,
    // a gap never joined across.
    std::shared_ptr<const prometheus::Series> points;

    const std::vector<std::int64_t> &timestampsMs() const { return data().timestampsMs; }
    const std::vector<double> &values() const { return data().values; }

private:
    const prometheus::Series &data() const
    {
        static const prometheus::Series none;
        return points ? *points : none;
    }
};

enum class DrawStyle { Line, Bars, Points };
enum class LineInterpolation { Linear, Smooth, StepBefore, StepAfter };
enum class Stacking { None, Normal, Percent };
enum class ThresholdStyle { Off, Line, Dashed, Area, LineAndArea, DashedAndArea };

struct ChartStyle
{
    DrawStyle draw = DrawStyle::Line;
    LineInterpolation interpolation = LineInterpolation::Linear;
    double lineWidth = 1.0;
    int fillOpacity = 0; // 0..100
    bool showPoints = false; // points on a line (always drawn for DrawStyle::Points)
    double pointSize = 4.0;
    Stacking stacking = Stacking::None;
    // Two neighbouring values further apart than this are not joined; 0 = join only samples on
    // consecutive steps of the series' own grid, < 0 = always join.
    std::int64_t spanNullsMs = 0;
};

// One step of a threshold scale: from `value` up to the next step the colour is `color`. The
// first step is the base (from minus infinity).
struct ChartThreshold
{
    double value = 0;
    QColor color;
};

// A deployment event on the time axis: a marker (fromMs == toMs) or a band.
struct ChartAnnotation
{
    std::int64_t fromMs = 0;
    std::int64_t toMs = 0;
    QColor color;
    QString title;
    QString text;
    QString key; // what a click opens (a deployment's correlation id, ...)
};

struct ChartAxis
{
    QString label;
    std::optional<double> min;
    std::optional<double> max;
    // Tick labels; called on the render thread, so it must not touch widgets.
    std::function<QString(double)> format;
};

struct ChartScene
{
    std::vector<ChartSeries> series;
    std::vector<bool> hidden; // per series (legend toggles); missing = shown
    std::int64_t fromMs = 0;
    std::int64_t toMs = 0;
    ChartStyle style;
    std::vector<ChartThreshold> thresholds;
    ThresholdStyle thresholdStyle = ThresholdStyle::Off;
    std::vector<ChartAnnotation> annotations;
    ChartAxis axis;
    QTimeZone zone = QTimeZone::systemTimeZone();
    QString emptyText; // shown when nothing is drawn
    QString annotationNote; // what the markers may miss ("events before 12:00 are not shown")

    bool isHidden(size_t index) const { return index < hidden.size() && hidden[index]; }
};

// Colours of the chart's frame, from the widget's palette (light or dark).
struct ChartColors
{
    QColor background;
    QColor text;
    QColor grid;
    QColor axis;
};

} // namespace eucora::app
