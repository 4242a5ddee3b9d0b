#include "panels/bargaugerenderer.h"

#include "panels/bigvaluetext.h"
#include "panels/vizlayout.h"

#include <QPainter>

namespace eucora::app {

BarGaugeRenderer::BarGaugeRenderer(const dashboard::Panel &panel, QWidget *parent)
    : ReducedValueRenderer(panel, parent)
{
    setMinimumSize(60, 30);
}

std::vector<QRectF> BarGaugeRenderer::filledRects() const
{
    const std::vector<QRectF> all = cells();
    std::vector<QRectF> filled;
    for (size_t i = 0; i < shown().size(); ++i)
        filled.push_back(geometry(all[i], shown()[i]).filled);
    return filled;
}

bool BarGaugeRenderer::vertical() const
{
    return shapeOrientation(panel().options.orientation, size())
        == dashboard::VizOrientation::Vertical;
}

std::vector<QRectF> BarGaugeRenderer::cells() const
{
    return vizCells(shown().size(), QRectF(rect()).adjusted(2, 2, -2, -2),
                    panel().options.orientation, AutoLayout::Shape, 8);
}

BarGaugeRenderer::BarGeometry BarGaugeRenderer::geometry(const QRectF &cell, const Shown &bar) const
{
    BarGeometry g;
    QRectF rest = cell;
    if (vertical()) {
        const qreal valueHeight = std::clamp(cell.height() * 0.15, 14.0, 40.0);
        g.value = QRectF(cell.left(), cell.top(), cell.width(), valueHeight);
        rest.setTop(g.value.bottom() + 2);
        if (!bar.name.isEmpty()) {
            const qreal nameHeight = std::clamp(cell.height() * 0.1, 12.0, 20.0);
            g.name = QRectF(cell.left(), cell.bottom() - nameHeight, cell.width(), nameHeight);
            rest.setBottom(g.name.top() - 2);
        }
        g.track = rest;
        const qreal filled = rest.height() * bar.fraction;
        g.filled = QRectF(rest.left(), rest.bottom() - filled, rest.width(), filled);
        return g;
    }
    if (!bar.name.isEmpty()) {
        const qreal nameHeight = std::clamp(cell.height() * 0.3, 12.0, 20.0);
        g.name = QRectF(cell.left(), cell.top(), cell.width(), nameHeight);
        rest.setTop(g.name.bottom() + 1);
    }
    const qreal valueWidth = std::clamp(cell.width() * 0.22, 40.0, 160.0);
    g.value = QRectF(rest.right() - valueWidth, rest.top(), valueWidth, rest.height());
    g.track = QRectF(rest.left(), rest.top(), rest.width() - valueWidth - 6, rest.height());
    g.filled
        = QRectF(g.track.left(), g.track.top(), g.track.width() * bar.fraction, g.track.height());
    return g;
}

void BarGaugeRenderer::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const std::vector<QRectF> all = cells();
    for (size_t i = 0; i < shown().size(); ++i)
        paintBar(painter, all[i], shown()[i]);
}

void BarGaugeRenderer::paintBar(QPainter &painter, const QRectF &cell, const Shown &bar) const
{
    const QColor text = palette().color(QPalette::WindowText);
    const QColor color = bar.color.isValid() ? bar.color : text;
    const BarGeometry g = geometry(cell, bar);
    if (!g.name.isEmpty())
        drawBigText(painter, g.name,
                    {bar.name, text,
                     vertical() ? Qt::AlignCenter : Qt::AlignLeft | Qt::AlignVCenter, 0,
                     QFont::Normal});
    drawBigText(painter, g.value,
                {bar.text, color, vertical() ? Qt::AlignCenter : Qt::AlignRight | Qt::AlignVCenter,
                 std::min<qreal>(g.value.height() * 0.8, 48)});
    if (g.track.width() < 1 || g.track.height() < 1)
        return;
    painter.fillRect(g.track, trackColor(palette()));
    if (g.filled.isEmpty())
        return;
    // Grafana's basic bar: the colour washed out, with a solid edge where the value ends.
    QColor wash = color;
    wash.setAlphaF(0.35);
    painter.fillRect(g.filled, wash);
    const QRectF edge = vertical()
        ? QRectF(g.filled.left(), g.filled.top(), g.filled.width(), 2)
        : QRectF(g.filled.right() - 2, g.filled.top(), 2, g.filled.height());
    painter.fillRect(edge, color);
}

} // namespace eucora::app
