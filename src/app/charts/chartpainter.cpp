#include "charts/chartpainter.h"

#include "dashboard/decimation.h"
#include "prometheus/series.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace eucora::app {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// The series' own step: the smallest distance between neighbouring samples.
std::int64_t ownStep(const std::vector<std::int64_t> &t)
{
    std::int64_t step = 0;
    for (size_t i = 1; i < t.size(); ++i) {
        const std::int64_t d = t[i] - t[i - 1];
        if (d > 0 && (step == 0 || d < step))
            step = d;
    }
    return step;
}

// Stacks the visible series on the union of their timestamps; a missing or NaN value adds
// nothing to the stack but leaves a gap in its own line.
std::vector<PreparedSeries> stack(const ChartScene &scene, std::vector<PreparedSeries> in)
{
    std::map<std::int64_t, size_t> slot;
    for (const PreparedSeries &s : in)
        for (std::int64_t t : s.timestampsMs)
            slot.emplace(t, 0);
    std::vector<std::int64_t> grid;
    grid.reserve(slot.size());
    for (auto &[t, index] : slot) {
        index = grid.size();
        grid.push_back(t);
    }
    std::vector<double> total(grid.size(), 0.0);
    if (scene.style.stacking == Stacking::Percent) {
        for (const PreparedSeries &s : in)
            for (size_t i = 0; i < s.timestampsMs.size(); ++i)
                if (std::isfinite(s.top[i]))
                    total[slot[s.timestampsMs[i]]] += s.top[i];
    }
    std::vector<double> base(grid.size(), 0.0);
    std::vector<PreparedSeries> out;
    for (PreparedSeries &s : in) {
        PreparedSeries stacked {s.index, grid, std::vector<double>(grid.size(), kNaN), base};
        for (size_t i = 0; i < s.timestampsMs.size(); ++i) {
            const size_t at = slot[s.timestampsMs[i]];
            double v = s.top[i];
            if (!std::isfinite(v))
                continue;
            if (scene.style.stacking == Stacking::Percent)
                v = total[at] != 0 ? v / total[at] : 0;
            stacked.top[at] = base[at] + v;
        }
        for (size_t i = 0; i < grid.size(); ++i)
            if (std::isfinite(stacked.top[i]))
                base[i] = stacked.top[i];
        out.push_back(std::move(stacked));
    }
    return out;
}

QColor withAlpha(QColor color, double alpha)
{
    color.setAlphaF(float(std::clamp(alpha, 0.0, 1.0)));
    return color;
}

// Runs of consecutive finite values: [begin, end).
template<typename F> void forEachRun(const std::vector<double> &values, F f)
{
    size_t i = 0;
    while (i < values.size()) {
        while (i < values.size() && !std::isfinite(values[i]))
            ++i;
        const size_t begin = i;
        while (i < values.size() && std::isfinite(values[i]))
            ++i;
        if (i > begin)
            f(begin, i);
    }
}

QPainterPath linePath(const ChartLayout &layout, const PreparedSeries &s, size_t begin, size_t end,
                      LineInterpolation interpolation)
{
    QPainterPath path;
    const auto point = [&](size_t i) {
        return QPointF(layout.x(s.timestampsMs[i]), layout.y(s.top[i]));
    };
    path.moveTo(point(begin));
    for (size_t i = begin + 1; i < end; ++i) {
        const QPointF p = point(i);
        const QPointF last = path.currentPosition();
        switch (interpolation) {
        case LineInterpolation::StepAfter:
            path.lineTo(p.x(), last.y());
            path.lineTo(p);
            break;
        case LineInterpolation::StepBefore:
            path.lineTo(last.x(), p.y());
            path.lineTo(p);
            break;
        case LineInterpolation::Smooth: {
            // Catmull-Rom through the neighbours, as a cubic Bezier.
            const QPointF before = i >= begin + 2 ? point(i - 2) : last;
            const QPointF after = i + 1 < end ? point(i + 1) : p;
            path.cubicTo(last + (p - before) / 6.0, p - (after - last) / 6.0, p);
            break;
        }
        case LineInterpolation::Linear:
            path.lineTo(p);
            break;
        }
    }
    return path;
}

// The path back along the series' base (the stack below, or the zero line).
void closeToBase(QPainterPath &path, const ChartLayout &layout, const PreparedSeries &s,
                 size_t begin, size_t end)
{
    const double zero = layout.y(std::clamp(0.0, layout.minValue, layout.maxValue));
    for (size_t i = end; i-- > begin;) {
        const double base
            = s.bottom.empty() || !std::isfinite(s.bottom[i]) ? zero : layout.y(s.bottom[i]);
        path.lineTo(layout.x(s.timestampsMs[i]), base);
    }
    path.closeSubpath();
}

void paintThresholds(QPainter &p, const ChartScene &scene, const ChartLayout &layout, bool areas)
{
    const ThresholdStyle style = scene.thresholdStyle;
    if (style == ThresholdStyle::Off || scene.thresholds.empty())
        return;
    const bool wantAreas = style == ThresholdStyle::Area || style == ThresholdStyle::LineAndArea
        || style == ThresholdStyle::DashedAndArea;
    const QRectF plot = layout.plot;
    for (size_t i = 0; i < scene.thresholds.size(); ++i) {
        const ChartThreshold &step = scene.thresholds[i];
        const double lowY
            = i == 0 ? plot.bottom() : std::clamp(layout.y(step.value), plot.top(), plot.bottom());
        if (areas && wantAreas) {
            const double highY = i + 1 < scene.thresholds.size()
                ? std::clamp(layout.y(scene.thresholds[i + 1].value), plot.top(), plot.bottom())
                : plot.top();
            p.fillRect(QRectF(plot.left(), highY, plot.width(), lowY - highY),
                       withAlpha(step.color, 0.12));
        }
        if (!areas && i > 0 && style != ThresholdStyle::Area && layout.minValue <= step.value
            && step.value <= layout.maxValue) {
            QPen pen(step.color, 1.0);
            if (style == ThresholdStyle::Dashed || style == ThresholdStyle::DashedAndArea)
                pen.setStyle(Qt::DashLine);
            p.setPen(pen);
            p.drawLine(QPointF(plot.left(), lowY), QPointF(plot.right(), lowY));
        }
    }
}

void paintSeries(QPainter &p, const ChartScene &scene, const ChartLayout &layout,
                 const std::vector<PreparedSeries> &prepared)
{
    const ChartStyle &style = scene.style;
    const bool stacked = style.stacking != Stacking::None;
    for (const PreparedSeries &s : prepared) {
        const QColor color = scene.series[s.index].color;
        if (style.draw == DrawStyle::Bars) {
            const std::int64_t step = std::max<std::int64_t>(1, ownStep(s.timestampsMs));
            const double width = std::max(1.0, (layout.x(step) - layout.x(0.0)) * 0.8);
            const double zero = layout.y(std::clamp(0.0, layout.minValue, layout.maxValue));
            for (size_t i = 0; i < s.top.size(); ++i) {
                if (!std::isfinite(s.top[i]))
                    continue;
                const double base
                    = stacked && std::isfinite(s.bottom[i]) ? layout.y(s.bottom[i]) : zero;
                const double x = layout.x(s.timestampsMs[i]);
                const double y = layout.y(s.top[i]);
                const QRectF bar(x - width / 2, std::min(y, base), width, std::abs(base - y));
                p.fillRect(bar, withAlpha(color, std::max(0.35, style.fillOpacity / 100.0)));
                p.setPen(QPen(color, 1.0));
                p.drawLine(QPointF(bar.left(), y), QPointF(bar.right(), y));
            }
            continue;
        }
        forEachRun(s.top, [&](size_t begin, size_t end) {
            if (style.draw == DrawStyle::Line) {
                QPainterPath line = linePath(layout, s, begin, end, style.interpolation);
                if (style.fillOpacity > 0 || stacked) {
                    QPainterPath area = line;
                    closeToBase(area, layout, s, begin, end);
                    p.fillPath(
                        area,
                        withAlpha(color, std::max(style.fillOpacity, stacked ? 10 : 0) / 100.0));
                }
                p.strokePath(
                    line, QPen(color, style.lineWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            }
            // A lone sample between gaps is invisible as a line: it gets a point.
            const bool points
                = style.draw == DrawStyle::Points || style.showPoints || end - begin == 1;
            if (points) {
                p.setPen(Qt::NoPen);
                p.setBrush(color);
                const double r = std::max(1.5, style.pointSize / 2);
                for (size_t i = begin; i < end; ++i)
                    p.drawEllipse(QPointF(layout.x(s.timestampsMs[i]), layout.y(s.top[i])), r, r);
                p.setBrush(Qt::NoBrush);
            }
        });
    }
}

void paintAnnotations(QPainter &p, const ChartScene &scene, const ChartLayout &layout)
{
    const QRectF plot = layout.plot;
    for (const ChartAnnotation &a : scene.annotations) {
        if (a.toMs < layout.fromMs || a.fromMs > layout.toMs)
            continue;
        const double x0 = std::max(plot.left(), layout.x(a.fromMs));
        const double x1 = std::min(plot.right(), layout.x(a.toMs));
        if (a.toMs > a.fromMs)
            p.fillRect(QRectF(x0, plot.top(), std::max(1.0, x1 - x0), plot.height()),
                       withAlpha(a.color, 0.10));
        QPen pen(withAlpha(a.color, 0.8), 1.0, Qt::DashLine);
        p.setPen(pen);
        p.drawLine(QPointF(x0, plot.top()), QPointF(x0, plot.bottom()));
        // The marker operators click: a small triangle on the time axis.
        QPainterPath marker;
        marker.moveTo(x0, plot.bottom() - 7);
        marker.lineTo(x0 - 5, plot.bottom());
        marker.lineTo(x0 + 5, plot.bottom());
        marker.closeSubpath();
        p.fillPath(marker, a.color);
    }
}

void paintAxes(QPainter &p, const ChartScene &scene, const ChartLayout &layout,
               const ChartColors &colors, const QFontMetricsF &metrics)
{
    const QRectF plot = layout.plot;
    p.setPen(QPen(colors.grid, 1.0));
    for (const ValueTick &tick : layout.valueTicks) {
        const double y = std::round(layout.y(tick.value)) + 0.5;
        if (y >= plot.top() - 0.5 && y <= plot.bottom() + 0.5)
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
    }
    for (const TimeTick &tick : layout.timeTicks) {
        const double x = std::round(layout.x(tick.ms)) + 0.5;
        p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
    }
    p.setPen(QPen(colors.axis, 1.0));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    p.setPen(colors.text);
    for (const ValueTick &tick : layout.valueTicks) {
        const double y = layout.y(tick.value);
        if (y < plot.top() - 1 || y > plot.bottom() + 1)
            continue;
        const QRectF box(0, y - metrics.height() / 2, plot.left() - 6, metrics.height());
        p.drawText(box, Qt::AlignRight | Qt::AlignVCenter, tick.label);
    }
    double lastRight = -1e9;
    for (const TimeTick &tick : layout.timeTicks) {
        const double width = metrics.horizontalAdvance(tick.label);
        const double x
            = std::clamp(layout.x(tick.ms) - width / 2, plot.left() - 4, plot.right() - width + 8);
        if (x < lastRight + 8)
            continue; // never overlapping labels
        p.drawText(QPointF(x, plot.bottom() + 4 + metrics.ascent()), tick.label);
        lastRight = x + width;
    }
    if (!scene.axis.label.isEmpty()) {
        p.save();
        p.translate(metrics.ascent(), plot.center().y());
        p.rotate(-90);
        const double width = metrics.horizontalAdvance(scene.axis.label);
        p.drawText(QPointF(-width / 2, 0), scene.axis.label);
        p.restore();
    }
}

} // namespace

void markGaps(std::vector<std::int64_t> &t, std::vector<double> &v, std::int64_t spanNullsMs)
{
    if (spanNullsMs < 0 || t.size() < 2)
        return;
    const std::int64_t step = ownStep(t);
    const std::int64_t limit = spanNullsMs > 0 ? spanNullsMs : step + step / 2;
    std::vector<std::int64_t> tOut;
    std::vector<double> vOut;
    tOut.reserve(t.size());
    vOut.reserve(v.size());
    for (size_t i = 0; i < t.size(); ++i) {
        if (i > 0 && t[i] - t[i - 1] > limit) {
            tOut.push_back(t[i - 1] + 1);
            vOut.push_back(kNaN);
        }
        tOut.push_back(t[i]);
        vOut.push_back(v[i]);
    }
    t.swap(tOut);
    v.swap(vOut);
}

std::vector<PreparedSeries> prepareSeries(const ChartScene &scene, int columns)
{
    std::vector<PreparedSeries> out;
    const bool stacked = scene.style.stacking != Stacking::None;
    for (size_t i = 0; i < scene.series.size(); ++i) {
        if (scene.isHidden(i))
            continue;
        const ChartSeries &s = scene.series[i];
        PreparedSeries p {i, s.timestampsMs(), s.values(), {}};
        if (!stacked) {
            markGaps(p.timestampsMs, p.top, scene.style.spanNullsMs);
            prometheus::Series series;
            series.timestampsMs = std::move(p.timestampsMs);
            series.values = std::move(p.top);
            prometheus::Series shown
                = dashboard::decimate(series, scene.fromMs, scene.toMs, std::max(1, columns));
            p.timestampsMs = std::move(shown.timestampsMs);
            p.top = std::move(shown.values);
        }
        out.push_back(std::move(p));
    }
    // Stacked series share the union of their timestamps: a sample one series lacks is a NaN
    // there, which breaks its line as a gap does.
    return stacked ? stack(scene, std::move(out)) : out;
}

ChartImage renderChart(const ChartScene &scene, QSize size, qreal devicePixelRatio,
                       const ChartColors &colors, const QFont &font)
{
    ChartImage out;
    const QSize pixels = (QSizeF(size) * devicePixelRatio).toSize();
    out.image = QImage(pixels.expandedTo(QSize(1, 1)), QImage::Format_ARGB32_Premultiplied);
    out.image.setDevicePixelRatio(devicePixelRatio);
    out.image.fill(colors.background);
    if (size.width() < 8 || size.height() < 8)
        return out;

    const std::vector<PreparedSeries> prepared = prepareSeries(scene, size.width());
    double low = std::numeric_limits<double>::infinity();
    double high = -std::numeric_limits<double>::infinity();
    for (const PreparedSeries &p : prepared) {
        for (size_t i = 0; i < p.top.size(); ++i) {
            if (!std::isfinite(p.top[i]) || p.timestampsMs[i] < scene.fromMs
                || p.timestampsMs[i] > scene.toMs)
                continue;
            low = std::min(low, p.top[i]);
            high = std::max(high, p.top[i]);
            ++out.drawnPoints;
        }
    }
    const bool includeZero = scene.style.fillOpacity > 0 || scene.style.draw == DrawStyle::Bars
        || scene.style.stacking != Stacking::None;
    const auto [minValue, maxValue] = valueRange(low, high, scene.axis, includeZero);

    QPainter p(&out.image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setFont(font);
    const QFontMetricsF metrics(font, &out.image);
    out.layout = layoutChart(scene, QSizeF(size), minValue, maxValue, metrics);
    paintThresholds(p, scene, out.layout, true);
    paintAxes(p, scene, out.layout, colors, metrics);
    p.save();
    p.setClipRect(out.layout.plot.adjusted(-1, -1, 1, 1));
    paintSeries(p, scene, out.layout, prepared);
    paintThresholds(p, scene, out.layout, false);
    p.restore();
    paintAnnotations(p, scene, out.layout);
    if (!scene.annotationNote.isEmpty()) {
        // Top right of the plot, on the chart's background so that no line runs through it.
        const QString note = metrics.elidedText(scene.annotationNote, Qt::ElideRight,
                                                out.layout.plot.width() * 0.7);
        const QRectF plot = out.layout.plot;
        const double width = metrics.horizontalAdvance(note) + 8;
        const QRectF box(plot.right() - width - 2, plot.top() + 2, width, metrics.height() + 2);
        p.fillRect(box, withAlpha(colors.background, 0.85));
        p.setPen(colors.axis);
        p.drawText(box, Qt::AlignCenter, note);
    }
    if (out.drawnPoints == 0 && !scene.emptyText.isEmpty()) {
        p.setPen(colors.text);
        p.drawText(out.layout.plot, Qt::AlignCenter, scene.emptyText);
    }
    return out;
}

} // namespace eucora::app
