// Chooses the range and step for a panel: about one point per pixel, never more than
// Prometheus' 11,000 points per series, aligned to the step so refreshes hit the same grid.
#pragma once

#include "prometheus/prometheusclient.h"

#include <QDateTime>

#include <chrono>
#include <vector>

namespace eucora::dashboard {

constexpr int kMaxPointsPerSeries = 11000;

prometheus::RangeQuery planRangeQuery(const QString &promql, const QDateTime &now,
                                      std::chrono::seconds range, int pixelWidth);

// Splits a long range into consecutive chunks of at most `maxPoints` steps each, on the same
// grid and without overlap, oldest first; a short range comes back as itself.
std::vector<prometheus::RangeQuery> splitIntoChunks(const prometheus::RangeQuery &query,
                                                    int maxPoints);

// Joins the answers of splitIntoChunks' chunks (in chunk order) into one set of series.
std::vector<prometheus::Series>
joinChunks(const std::vector<std::vector<prometheus::Series>> &chunks);

} // namespace eucora::dashboard

namespace eucora::dashboard {

// Prometheus-style durations as operators type them: "90s", "15m", "6h", "7d". Returns 0 s for
// anything else.
std::chrono::seconds parseDuration(const QString &text);

// The shortest such text for a duration ("15m", "6h", "90s").
QString formatDuration(std::chrono::seconds duration);

} // namespace eucora::dashboard
