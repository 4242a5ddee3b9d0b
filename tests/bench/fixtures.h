// Deterministic benchmark inputs, generated at run time so no large file lives in the repository.
#pragma once

#include <QByteArray>

namespace eucora::bench {

// A Prometheus query_range answer ("matrix") with `series` series of `points` points each,
// labels {__name__, job, instance, status, ring, app_name}; about 23 MB for 1,000 x 1,000.
QByteArray queryRangeAnswer(int series, int points);

// A text exposition (format 0.0.4) of `series` samples in EUCORA's metric families: counters,
// histograms (buckets, _sum, _count) and per-pid gauges, with HELP/TYPE lines.
QByteArray exposition(int series);

} // namespace eucora::bench
