// Chooses the range and step for a panel: about one point per pixel, never more than
// Prometheus' 11,000 points per series, aligned to the step so refreshes hit the same grid.
#pragma once

#include "prometheus/prometheusclient.h"

#include <QDateTime>

#include <chrono>

namespace eucora::dashboard {

constexpr int kMaxPointsPerSeries = 11000;

prometheus::RangeQuery planRangeQuery(const QString &promql, const QDateTime &now,
                                      std::chrono::seconds range, int pixelWidth);

} // namespace eucora::dashboard
