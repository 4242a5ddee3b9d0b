#include "panels/vizlayout.h"

#include <algorithm>
#include <cmath>

namespace eucora::app {

namespace {

using dashboard::VizOrientation;

std::vector<QRectF> grid(size_t count, const QRectF &area, size_t columns, qreal spacing)
{
    const size_t rows = (count + columns - 1) / columns;
    const qreal w = (area.width() - spacing * qreal(columns - 1)) / qreal(columns);
    const qreal h = (area.height() - spacing * qreal(rows - 1)) / qreal(rows);
    std::vector<QRectF> cells;
    cells.reserve(count);
    for (size_t i = 0; i < count; ++i) {
        const qreal x = area.left() + qreal(i % columns) * (w + spacing);
        const qreal y = area.top() + qreal(i / columns) * (h + spacing);
        cells.emplace_back(x, y, std::max<qreal>(w, 0), std::max<qreal>(h, 0));
    }
    return cells;
}

// The column count whose cells come nearest to a slightly wide rectangle (stat tiles carry a
// name line and a sparkline below the value).
size_t gridColumns(size_t count, const QSizeF &size)
{
    size_t best = 1;
    qreal bestScore = -1;
    for (size_t columns = 1; columns <= count; ++columns) {
        const size_t rows = (count + columns - 1) / columns;
        const qreal w = size.width() / qreal(columns);
        const qreal h = size.height() / qreal(rows);
        const qreal score = std::min(w, h * 1.5);
        if (score > bestScore + 0.5) {
            best = columns;
            bestScore = score;
        }
    }
    return best;
}

} // namespace

std::vector<QRectF> vizCells(size_t count, const QRectF &area, VizOrientation orientation,
                             AutoLayout autoLayout, qreal spacing)
{
    if (count == 0)
        return {};
    if (autoLayout == AutoLayout::Shape)
        orientation = shapeOrientation(orientation, area.size());
    switch (orientation) {
    case VizOrientation::Horizontal:
        return grid(count, area, 1, spacing);
    case VizOrientation::Vertical:
        return grid(count, area, count, spacing);
    case VizOrientation::Auto:
        break;
    }
    return grid(count, area, gridColumns(count, area.size()), spacing);
}

VizOrientation shapeOrientation(VizOrientation orientation, const QSizeF &panelSize)
{
    if (orientation != VizOrientation::Auto)
        return orientation;
    return panelSize.width() > panelSize.height() ? VizOrientation::Vertical
                                                  : VizOrientation::Horizontal;
}

} // namespace eucora::app
