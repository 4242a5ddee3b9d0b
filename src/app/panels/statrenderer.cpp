#include "panels/statrenderer.h"

#include "panels/bigvaluetext.h"
#include "panels/vizlayout.h"

#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <limits>

namespace eucora::app {

namespace {

using dashboard::BigValueColorMode;
using dashboard::BigValueGraphMode;

bool coloursTile(BigValueColorMode mode)
{
    return mode == BigValueColorMode::Background || mode == BigValueColorMode::BackgroundSolid;
}

} // namespace

StatRenderer::StatRenderer(const dashboard::Panel &panel, QWidget *parent)
    : ReducedValueRenderer(panel, parent)
{
    setMinimumSize(60, 40);
}

void StatRenderer::keepExtras(const std::vector<ReducedValue> &values, const PanelContext &context)
{
    m_fromMs = double(context.range.from.toMSecsSinceEpoch());
    m_toMs = double(context.range.to.toMSecsSinceEpoch());
    m_points.clear();
    for (const ReducedValue &v : values) {
        Points points;
        if (v.data && panel().options.graphMode != BigValueGraphMode::None) {
            for (size_t i = 0; i < v.data->size(); ++i) {
                const double y = v.data->values[i];
                points.emplace_back(double(v.data->timestampsMs[i]),
                                    std::isfinite(y) ? y : std::nan(""));
            }
        }
        m_points.push_back(std::move(points));
    }
}

std::vector<QRectF> StatRenderer::tileRects() const
{
    return vizCells(shown().size(), QRectF(rect()), panel().options.orientation, AutoLayout::Grid);
}

void StatRenderer::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const std::vector<QRectF> cells = tileRects();
    for (size_t i = 0; i < shown().size(); ++i)
        paintTile(painter, cells[i], shown()[i], m_points[i]);
}

void StatRenderer::paintTile(QPainter &painter, const QRectF &cell, const Shown &tile,
                             const Points &points) const
{
    const BigValueColorMode colorMode = panel().options.colorMode;
    const bool tileColoured = coloursTile(colorMode) && tile.color.isValid();
    const QColor text = palette().color(QPalette::WindowText);
    QColor valueColor = text;
    QColor nameColor = text;
    QColor graphColor = tile.color.isValid() ? tile.color : text;
    if (tileColoured) {
        if (colorMode == BigValueColorMode::Background) {
            // Grafana's "background" is a gradient around the value's colour.
            QLinearGradient gradient(cell.topLeft(), cell.bottomRight());
            gradient.setColorAt(0, tile.color.lighter(112));
            gradient.setColorAt(1, tile.color.darker(112));
            painter.fillRect(cell, gradient);
        } else {
            painter.fillRect(cell, tile.color);
        }
        valueColor = nameColor = graphColor = readableOn(tile.color);
    } else if (colorMode == BigValueColorMode::Value && tile.color.isValid()) {
        valueColor = tile.color;
    }

    const qreal pad = std::clamp(cell.height() * 0.06, 2.0, 10.0);
    QRectF inner = cell.adjusted(pad, pad, -pad, -pad);
    // Grafana drops the sparkline from tiles too small to carry it beside the value. The space
    // is kept in tiles without points too, so that the values of a panel line up.
    if (panel().options.graphMode != BigValueGraphMode::None && cell.height() >= 70) {
        const qreal graphHeight = cell.height() * 0.35;
        const QRectF graph(cell.left(), cell.bottom() - graphHeight, cell.width(), graphHeight);
        if (std::count_if(points.begin(), points.end(),
                          [](const QPointF &p) { return std::isfinite(p.y()); })
            >= 2)
            drawSparkline(painter, graph, points, graphColor, m_fromMs, m_toMs,
                          panel().options.graphMode == BigValueGraphMode::Area);
        inner.setBottom(graph.top() + graphHeight * 0.15);
    }
    paintTileText(painter, inner, tile, valueColor, nameColor);
}

void StatRenderer::paintTileText(QPainter &painter, const QRectF &inner, const Shown &tile,
                                 const QColor &valueColor, const QColor &nameColor) const
{
    const bool wide
        = !tile.name.isEmpty() && !tile.text.isEmpty() && inner.width() > inner.height() * 3.5;
    if (wide) {
        const QRectF nameBox(inner.left(), inner.top(), inner.width() * 0.45, inner.height());
        const QRectF valueBox(nameBox.right(), inner.top(), inner.width() - nameBox.width(),
                              inner.height());
        drawBigText(painter, nameBox,
                    {tile.name, nameColor, Qt::AlignLeft | Qt::AlignVCenter, inner.height() * 0.5,
                     QFont::Normal});
        drawBigText(painter, valueBox, {tile.text, valueColor, Qt::AlignRight | Qt::AlignVCenter});
        return;
    }
    if (tile.text.isEmpty()) {
        drawBigText(painter, inner, {tile.name, valueColor});
        return;
    }
    QRectF valueBox = inner;
    if (!tile.name.isEmpty()) {
        const qreal nameHeight = std::clamp(inner.height() * 0.25, 12.0, 26.0);
        drawBigText(painter, QRectF(inner.left(), inner.top(), inner.width(), nameHeight),
                    {tile.name, nameColor, Qt::AlignCenter, 0, QFont::Normal});
        valueBox.setTop(inner.top() + nameHeight);
    }
    drawBigText(painter, valueBox, {tile.text, valueColor});
}

} // namespace eucora::app
