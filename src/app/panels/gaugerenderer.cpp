#include "panels/gaugerenderer.h"

#include "dashboard/grafanacolors.h"
#include "dashboard/valueformat.h"
#include "panels/bigvaluetext.h"
#include "panels/vizlayout.h"

#include <QFontMetricsF>
#include <QPainter>

#include <cmath>

namespace eucora::app {

namespace {

// The arc opens at the bottom like Grafana's: from 210° (min, lower left) clockwise through the
// top to -30° (max, lower right). Qt counts degrees anticlockwise from three o'clock.
constexpr qreal kStartDegrees = 210;
constexpr qreal kSweepDegrees = 240;
// The arc's height over its radius: the top of the circle down to the ends at 30° below.
constexpr qreal kHeightOverRadius = 1.5;

qreal degreesAt(double fraction)
{
    return kStartDegrees - fraction * kSweepDegrees;
}

void drawArc(QPainter &painter, QPointF center, qreal radius, qreal width, double from, double to,
             const QColor &color)
{
    if (!(to > from) || radius <= 0)
        return;
    painter.setPen(QPen(color, width, Qt::SolidLine, Qt::FlatCap));
    const QRectF box(center.x() - radius, center.y() - radius, 2 * radius, 2 * radius);
    painter.drawArc(box, int(std::lround(degreesAt(from) * 16)),
                    -int(std::lround((to - from) * kSweepDegrees * 16)));
}

qreal labelPixelSize(const QRectF &area)
{
    return std::clamp(std::min(area.width(), area.height()) * 0.06, 9.0, 13.0);
}

} // namespace

GaugeRenderer::GaugeRenderer(const dashboard::Panel &panel, QWidget *parent)
    : ReducedValueRenderer(panel, parent)
{
    setMinimumSize(60, 50);
}

void GaugeRenderer::keepExtras(const std::vector<ReducedValue> &values, const PanelContext &)
{
    m_scales.clear();
    for (const ReducedValue &v : values) {
        Scale scale;
        scale.bands = thresholdBands(v);
        for (const double edge : thresholdEdges(v))
            scale.labels.emplace_back(
                rangeFraction(edge, v.min, v.max),
                dashboard::formatValue(edge, v.field.unit, v.field.decimals).toString());
        m_scales.push_back(std::move(scale));
    }
}

QStringList GaugeRenderer::thresholdLabels(int gauge) const
{
    QStringList texts;
    if (gauge < 0 || size_t(gauge) >= m_scales.size())
        return texts;
    for (const auto &label : m_scales[size_t(gauge)].labels)
        texts << label.second;
    return texts;
}

void GaugeRenderer::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const std::vector<QRectF> cells = vizCells(shown().size(), QRectF(rect()),
                                               panel().options.orientation, AutoLayout::Grid, 8);
    for (size_t i = 0; i < shown().size(); ++i)
        paintGauge(painter, cells[i], shown()[i], m_scales[i]);
}

void GaugeRenderer::paintGauge(QPainter &painter, const QRectF &cell, const Shown &gauge,
                               const Scale &scale) const
{
    const QColor text = palette().color(QPalette::WindowText);
    QRectF area = cell.adjusted(4, 4, -4, -4);
    const qreal nameHeight
        = gauge.name.isEmpty() ? 0 : std::clamp(area.height() * 0.14, 12.0, 24.0);
    area.setTop(area.top() + nameHeight);
    qreal labelLine = 0;
    const bool markers = panel().options.showThresholdMarkers;
    const bool labels = panel().options.showThresholdLabels;
    const int labelPixels = int(labelPixelSize(cell));
    qreal radius = 0;
    if (labels) {
        QFont font = painter.font();
        font.setPixelSize(labelPixels);
        const QFontMetricsF metrics(font);
        // A line above the arc for the top labels, one below for those at its ends.
        labelLine = metrics.height() + 2;
        area.adjust(0, labelLine, 0, -labelLine);
        radius = std::min(area.width() / 2, area.height() / kHeightOverRadius);
        // Each label stands beside the ring at its angle: the ring shrinks until the widest
        // fits within the cell.
        for (const auto &[fraction, label] : scale.labels) {
            const qreal reach = std::abs(std::cos(qDegreesToRadians(degreesAt(fraction))));
            const qreal width = metrics.horizontalAdvance(label) + 1;
            const qreal beside = reach > 0.3 ? width : width / 2;
            if (reach > 0.01)
                radius = std::min(radius, (area.width() / 2 - beside) / reach - 3);
        }
    } else {
        radius = std::min(area.width() / 2, area.height() / kHeightOverRadius);
    }
    if (radius < 8)
        return;
    const QPointF center(area.center().x(),
                         area.top() + (area.height() - kHeightOverRadius * radius) / 2 + radius);
    // The name sits right above the gauge, which is centred in what is left of the cell.
    if (nameHeight > 0)
        drawBigText(painter,
                    QRectF(area.left(), center.y() - radius - labelLine - nameHeight, area.width(),
                           nameHeight - 2),
                    {gauge.name, text, Qt::AlignCenter, 0, QFont::Normal});
    const qreal markerWidth = markers ? std::max(2.0, radius * 0.06) : 0;
    const qreal gap = markers ? std::max(1.5, radius * 0.03) : 0;
    const qreal thickness = radius * 0.2;
    const qreal arcRadius = radius - markerWidth - gap - thickness / 2;

    drawArc(painter, center, arcRadius, thickness, 0, 1, trackColor(palette()));
    drawArc(painter, center, arcRadius, thickness, 0, gauge.fraction,
            gauge.color.isValid() ? gauge.color : text);
    if (markers) {
        for (const RangeBand &band : scale.bands)
            drawArc(painter, center, radius - markerWidth / 2, markerWidth, band.from, band.to,
                    QColor(dashboard::colorHex(band.color, darkTheme())));
    }
    if (labels)
        paintLabels(painter, center, radius, scale, labelPixels);

    const qreal inner = arcRadius - thickness / 2;
    const QRectF valueBox(center.x() - inner * 0.85, center.y() - inner * 0.45, inner * 1.7,
                          inner * 0.9);
    drawBigText(painter, valueBox,
                {gauge.text, gauge.color.isValid() ? gauge.color : text, Qt::AlignCenter});
}

void GaugeRenderer::paintLabels(QPainter &painter, QPointF center, qreal radius, const Scale &scale,
                                int pixelSize) const
{
    painter.save();
    QFont font = painter.font();
    font.setPixelSize(pixelSize);
    painter.setFont(font);
    painter.setPen(palette().color(QPalette::WindowText));
    const QFontMetricsF metrics(font);
    for (const auto &[fraction, label] : scale.labels) {
        const qreal radians = qDegreesToRadians(degreesAt(fraction));
        const QPointF at(center.x() + (radius + 3) * std::cos(radians),
                         center.y() - (radius + 3) * std::sin(radians));
        const QSizeF size(metrics.horizontalAdvance(label) + 1, metrics.height());
        // Anchor the label on its side nearest to the ring.
        const qreal dx = std::cos(radians) > 0.3 ? 0
            : std::cos(radians) < -0.3           ? -size.width()
                                                 : -size.width() / 2;
        const qreal dy = std::sin(radians) > 0.3 ? -size.height()
            : std::sin(radians) < -0.3           ? 0
                                                 : -size.height() / 2;
        painter.drawText(QRectF(at + QPointF(dx, dy), size), Qt::AlignCenter, label);
    }
    painter.restore();
}

} // namespace eucora::app
