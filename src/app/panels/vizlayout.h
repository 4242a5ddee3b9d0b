// Where a panel of several values puts each one, after Grafana's VizRepeater: "horizontal"
// items are wide and stacked, "vertical" items are tall and side by side, and auto picks a
// grid of near-square cells or follows the panel's shape.
#pragma once

#include "dashboard/panelmodel.h"

#include <QRectF>

#include <vector>

namespace eucora::app {

enum class AutoLayout {
    Grid, // stat, gauge: as many columns as keep the cells near square
    Shape, // bar gauge: side by side in a wide panel, stacked in a tall one
};

// `count` cells over `area`, `spacing` apart, row by row.
std::vector<QRectF> vizCells(size_t count, const QRectF &area,
                             dashboard::VizOrientation orientation, AutoLayout autoLayout,
                             qreal spacing = 4);

// Auto resolved by the panel's shape: tall items side by side in a wide panel (vertical),
// wide items stacked in a tall one (horizontal).
dashboard::VizOrientation shapeOrientation(dashboard::VizOrientation orientation,
                                           const QSizeF &panelSize);

} // namespace eucora::app
