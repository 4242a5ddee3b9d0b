// histogram_quantile() as Prometheus 2.42 computes it for classic histograms, so that degraded
// mode (only the control plane's own /metrics reachable) shows the same numbers Prometheus would.
#pragma once

#include "prometheus/exposition.h"

#include <QString>

#include <vector>

namespace eucora::prometheus {

struct HistogramBucket
{
    double upperBound = 0; // the `le` label
    double count = 0; // cumulative: observations <= upperBound
};

// bucketQuantile of promql/quantile.go: buckets sorted by upper bound, equal bounds merged,
// counts forced monotonic, linear interpolation inside the bucket holding the rank, a lower
// bound of 0 for the lowest bucket when its upper bound is positive (its upper bound when it is
// not), and the second-highest upper bound when the rank falls into the +Inf bucket.
// NaN when q is NaN, the highest bucket is not +Inf, fewer than two buckets remain, or there
// are no observations; -Inf for q < 0 and +Inf for q > 1.
double histogramQuantile(double q, std::vector<HistogramBucket> buckets);

// histogram_quantile(q, <bucketMetric>) over one scrape: the `bucketMetric` samples (usually
// "<name>_bucket") grouped by their labels without `le`, one result per group, sorted by
// labels. As in PromQL, results have no metric name and samples whose `le` is not a number
// are ignored.
std::vector<MetricSample> histogramQuantiles(double q, const std::vector<MetricSample> &samples,
                                             const QString &bucketMetric);

} // namespace eucora::prometheus
