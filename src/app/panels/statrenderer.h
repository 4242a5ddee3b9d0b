// The "stat" panel: one tile per series with its reduced value as big as the tile allows, the
// name when there are several, coloured text or a coloured tile, and a sparkline of the window.
#pragma once

#include "panels/reducedvaluerenderer.h"

#include <QPointF>
#include <QRectF>

#include <vector>

namespace eucora::app {

class StatRenderer : public ReducedValueRenderer
{
    Q_OBJECT

public:
    StatRenderer(const dashboard::Panel &panel, QWidget *parent);

    // Where the tiles are at the widget's current size.
    std::vector<QRectF> tileRects() const;

protected:
    void keepExtras(const std::vector<ReducedValue> &values, const PanelContext &context) override;
    void paintEvent(QPaintEvent *event) override;

private:
    // x: ms since the epoch; a NaN value breaks the line.
    using Points = std::vector<QPointF>;

    void paintTile(QPainter &painter, const QRectF &cell, const Shown &value,
                   const Points &points) const;
    void paintTileText(QPainter &painter, const QRectF &inner, const Shown &tile,
                       const QColor &valueColor, const QColor &nameColor) const;

    std::vector<Points> m_points; // per tile
    double m_fromMs = 0;
    double m_toMs = 0;
};

} // namespace eucora::app
