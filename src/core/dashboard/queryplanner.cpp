#include "dashboard/queryplanner.h"

#include <algorithm>

namespace eucora::dashboard {

prometheus::RangeQuery planRangeQuery(const QString &promql, const QDateTime &now,
                                      std::chrono::seconds range, int pixelWidth)
{
    const qint64 rangeMs = std::max<qint64>(1000, std::chrono::milliseconds(range).count());
    const qint64 points = std::clamp(pixelWidth, 1, kMaxPointsPerSeries);
    // Whole seconds keep the grid stable across refreshes and readable in logs.
    qint64 stepMs = std::max<qint64>(1000, (rangeMs + points - 1) / points);
    stepMs = (stepMs + 999) / 1000 * 1000;

    const qint64 endMs = now.toMSecsSinceEpoch() / stepMs * stepMs;
    const qint64 startMs = (endMs - rangeMs) / stepMs * stepMs;
    prometheus::RangeQuery query;
    query.promql = promql;
    query.start = QDateTime::fromMSecsSinceEpoch(startMs, Qt::UTC);
    query.end = QDateTime::fromMSecsSinceEpoch(endMs, Qt::UTC);
    query.step = std::chrono::milliseconds(stepMs);
    return query;
}

} // namespace eucora::dashboard
