// Where the panels of a dashboard go on screen: Grafana's 24-column grid (30 px rows, 8 px
// between panels) scaled to the window's width, rows opened and closed by the operator, and a
// single column of full-width panels in a narrow window, as Grafana does on a phone.
#pragma once

#include "dashboard/dashboardmodel.h"

#include <QRect>

#include <set>
#include <vector>

namespace eucora::dashboard {

constexpr int kGridRowHeight = 30;
constexpr int kGridMargin = 8;
constexpr int kNarrowWidth = 769; // below this, one column

struct PlacedPanel
{
    const Panel *panel = nullptr;
    QRect rect; // in pixels
    bool collapsedRow = false; // a row header whose panels are hidden
};

// `toggledRows`: ids of rows the operator opened (collapsed in the JSON) or closed (open in it).
std::vector<PlacedPanel> layoutGrid(const Dashboard &dashboard, const std::set<int> &toggledRows,
                                    int width);

// The height the laid-out panels need.
int gridHeight(const std::vector<PlacedPanel> &placed);

} // namespace eucora::dashboard
