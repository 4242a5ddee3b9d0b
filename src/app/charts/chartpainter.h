// Paints a ChartScene into an image. A pure function of its arguments: it runs on a worker
// thread so that a thousand series never stall the window, and tests call it directly.
#pragma once

#include "charts/chartlayout.h"
#include "charts/chartscene.h"

#include <QFont>
#include <QImage>

namespace eucora::app {

struct ChartImage
{
    QImage image; // at the device pixel ratio asked for
    ChartLayout layout; // in logical pixels
    int drawnPoints = 0; // after decimation, over all visible series
};

// The series as drawn: gaps turned into NaN, stacked where asked, at most four points per pixel
// column. Exposed for tests.
struct PreparedSeries
{
    size_t index = 0; // into scene.series
    std::vector<std::int64_t> timestampsMs;
    std::vector<double> top;
    std::vector<double> bottom; // empty: from the zero line
};
std::vector<PreparedSeries> prepareSeries(const ChartScene &scene, int columns);

// Puts a NaN between two samples further apart than the gap rule of ChartStyle::spanNullsMs.
void markGaps(std::vector<std::int64_t> &timestampsMs, std::vector<double> &values,
              std::int64_t spanNullsMs);

ChartImage renderChart(const ChartScene &scene, QSize size, qreal devicePixelRatio,
                       const ChartColors &colors, const QFont &font);

} // namespace eucora::app
