#include "dashboard/gridgeometry.h"

#include <algorithm>

namespace eucora::dashboard {

namespace {

struct Cell
{
    const Panel *panel;
    GridPos pos; // in grid units, after rows opened or closed
    bool collapsedRow;
};

// Rows' children span from the first one's top to the lowest one's bottom.
int childSpan(const Panel &row)
{
    if (row.children.empty())
        return 0;
    int top = row.children.front().gridPos.y;
    int bottom = 0;
    for (const Panel &child : row.children) {
        top = std::min(top, child.gridPos.y);
        bottom = std::max(bottom, child.gridPos.y + child.gridPos.h);
    }
    return bottom - top;
}

std::vector<Cell> cells(const Dashboard &dashboard, const std::set<int> &toggledRows)
{
    std::vector<const Panel *> top;
    for (const Panel &panel : dashboard.panels)
        top.push_back(&panel);
    std::stable_sort(top.begin(), top.end(), [](const Panel *a, const Panel *b) {
        return std::tie(a->gridPos.y, a->gridPos.x) < std::tie(b->gridPos.y, b->gridPos.x);
    });
    std::vector<Cell> out;
    int offset = 0; // how far everything below moved because rows opened or closed
    for (const Panel *panel : top) {
        GridPos pos = panel->gridPos;
        pos.y += offset;
        if (panel->kind != PanelKind::Row) {
            out.push_back({panel, pos, false});
            continue;
        }
        pos.x = 0;
        pos.w = kGridColumns;
        pos.h = 1;
        const bool open = panel->collapsed == (toggledRows.count(panel->id) > 0);
        out.push_back({panel, pos, !open});
        const int span = childSpan(*panel);
        if (panel->collapsed && open) {
            // Opened here: the children go right under the header, the rest moves down.
            int firstY = span > 0 ? panel->children.front().gridPos.y : 0;
            for (const Panel &child : panel->children)
                firstY = std::min(firstY, child.gridPos.y);
            for (const Panel &child : panel->children) {
                GridPos c = child.gridPos;
                c.y = pos.y + 1 + (child.gridPos.y - firstY);
                out.push_back({&child, c, false});
            }
            offset += span;
        } else if (!panel->collapsed && open) {
            for (const Panel &child : panel->children) {
                GridPos c = child.gridPos;
                c.y += offset;
                out.push_back({&child, c, false});
            }
        } else if (!panel->collapsed && !open) {
            offset -= span; // closed here: what followed the children moves up
        }
    }
    return out;
}

} // namespace

std::vector<PlacedPanel> layoutGrid(const Dashboard &dashboard, const std::set<int> &toggledRows,
                                    int width)
{
    std::vector<PlacedPanel> out;
    const std::vector<Cell> grid = cells(dashboard, toggledRows);
    const auto height = [](int h) {
        return h * kGridRowHeight + (h - 1) * kGridMargin;
    };
    if (width < kNarrowWidth) {
        int y = kGridMargin;
        for (const Cell &cell : grid) {
            const int h = height(std::max(1, cell.pos.h));
            out.push_back(
                {cell.panel, QRect(kGridMargin, y, width - 2 * kGridMargin, h), cell.collapsedRow});
            y += h + kGridMargin;
        }
        return out;
    }
    const double column = double(width - (kGridColumns + 1) * kGridMargin) / kGridColumns;
    for (const Cell &cell : grid) {
        const int x = std::clamp(cell.pos.x, 0, kGridColumns - 1);
        const int w = std::clamp(cell.pos.w, 1, kGridColumns - x);
        const int left = kGridMargin + int(x * (column + kGridMargin));
        const int right = kGridMargin + int((x + w) * (column + kGridMargin)) - kGridMargin;
        const int top = kGridMargin + std::max(0, cell.pos.y) * (kGridRowHeight + kGridMargin);
        out.push_back({cell.panel, QRect(left, top, right - left, height(std::max(1, cell.pos.h))),
                       cell.collapsedRow});
    }
    return out;
}

int gridHeight(const std::vector<PlacedPanel> &placed)
{
    int bottom = 0;
    for (const PlacedPanel &p : placed)
        bottom = std::max(bottom, p.rect.bottom() + 1);
    return bottom + kGridMargin;
}

} // namespace eucora::dashboard
