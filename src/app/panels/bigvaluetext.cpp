#include "panels/bigvaluetext.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>

#include <algorithm>
#include <cmath>
#include <limits>

namespace eucora::app {

namespace {

constexpr qreal kMinPixelSize = 8;

QFont sized(const QFont &base, qreal pixelSize, QFont::Weight weight)
{
    QFont font = base;
    font.setPixelSize(std::max(1, int(std::floor(pixelSize))));
    font.setWeight(weight);
    return font;
}

} // namespace

qreal fittedPixelSize(const QFont &base, const QString &text, const QSizeF &box, qreal maxPixelSize,
                      QFont::Weight weight)
{
    const qreal ceiling = maxPixelSize > 0 ? std::min(maxPixelSize, box.height()) : box.height();
    if (!(ceiling > kMinPixelSize) || text.isEmpty())
        return kMinPixelSize;
    // Text width grows linearly with the pixel size, so one measurement at the ceiling gives
    // the size that fits; fonts round sizes, hence a small margin.
    const QFontMetricsF metrics(sized(base, ceiling, weight));
    const qreal width = metrics.horizontalAdvance(text);
    const qreal height = metrics.height();
    qreal size = ceiling;
    if (width > 0)
        size = std::min(size, ceiling * box.width() / width * 0.95);
    if (height > 0)
        size = std::min(size, ceiling * box.height() / height);
    return std::max(kMinPixelSize, std::floor(size));
}

QRectF drawBigText(QPainter &painter, const QRectF &box, const BigText &text)
{
    if (text.text.isEmpty() || box.width() < 1 || box.height() < 1)
        return {};
    const qreal size
        = fittedPixelSize(painter.font(), text.text, box.size(), text.maxPixelSize, text.weight);
    const QFont font = sized(painter.font(), size, text.weight);
    const QFontMetricsF metrics(font);
    const QString shown = metrics.elidedText(text.text, Qt::ElideRight, box.width());
    painter.save();
    painter.setFont(font);
    painter.setPen(text.color);
    QRectF taken;
    painter.drawText(box, int(text.alignment) | Qt::TextSingleLine, shown, &taken);
    painter.restore();
    return taken;
}

QColor readableOn(const QColor &background)
{
    // Perceived brightness (YIQ), the test Grafana's getTextColorForBackground makes: white on
    // red, green and blue tiles, dark text on yellow and light shades.
    const int brightness
        = (background.red() * 299 + background.green() * 587 + background.blue() * 114) / 1000;
    return brightness >= 128 ? QColor(0x20, 0x22, 0x26) : QColor(Qt::white);
}

QColor trackColor(const QPalette &palette)
{
    QColor track = palette.color(QPalette::WindowText);
    track.setAlphaF(0.12);
    return track;
}

QColor blended(const QColor &color, const QColor &background, qreal opacity)
{
    const qreal a = std::clamp(opacity, 0.0, 1.0) * color.alphaF();
    return QColor::fromRgbF(float(color.redF() * a + background.redF() * (1 - a)),
                            float(color.greenF() * a + background.greenF() * (1 - a)),
                            float(color.blueF() * a + background.blueF() * (1 - a)));
}

namespace {

// Where `value` sits between lo and hi, computed on halves so that a span beyond the largest
// double (-1e308 .. 1e308) stays finite.
double position(double value, double lo, double hi)
{
    const double span = hi * 0.5 - lo * 0.5;
    return span > 0 ? (value * 0.5 - lo * 0.5) / span : 0.5;
}

} // namespace

void drawSparkline(QPainter &painter, const QRectF &box, const std::vector<QPointF> &points,
                   const QColor &color, double fromMs, double toMs, bool area)
{
    if (points.empty())
        return;
    if (!(toMs > fromMs)) {
        fromMs = points.front().x();
        toMs = points.back().x();
    }
    double lo = std::numeric_limits<double>::infinity();
    double hi = -lo;
    for (const QPointF &p : points) {
        if (std::isfinite(p.y())) {
            lo = std::min(lo, p.y());
            hi = std::max(hi, p.y());
        }
    }
    const QRectF plot = box.adjusted(0, 2, 0, 0);
    const auto at = [&](const QPointF &p) {
        const double x = std::clamp(position(p.x(), fromMs, toMs), 0.0, 1.0);
        return QPointF(plot.left() + x * plot.width(),
                       plot.bottom() - position(p.y(), lo, hi) * plot.height());
    };
    QPainterPath line;
    QPainterPath areaPath;
    QPointF runStart;
    QPointF last;
    bool inRun = false;
    const auto closeRun = [&] {
        if (!inRun)
            return;
        areaPath.lineTo(last.x(), plot.bottom());
        areaPath.lineTo(runStart.x(), plot.bottom());
        areaPath.closeSubpath();
        inRun = false;
    };
    for (const QPointF &p : points) {
        if (!std::isfinite(p.y())) {
            closeRun();
            continue;
        }
        last = at(p);
        if (!inRun) {
            runStart = last;
            line.moveTo(last);
            areaPath.moveTo(last);
            inRun = true;
        } else {
            line.lineTo(last);
            areaPath.lineTo(last);
        }
    }
    closeRun();
    QColor fill = color;
    fill.setAlphaF(0.18);
    painter.save();
    painter.setClipRect(box);
    if (area)
        painter.fillPath(areaPath, fill);
    painter.setPen(QPen(color, 1.5));
    painter.drawPath(line);
    painter.restore();
}

} // namespace eucora::app
