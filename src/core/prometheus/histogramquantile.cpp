#include "prometheus/histogramquantile.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace eucora::prometheus {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

// coalesceBuckets: merges buckets with the same upper bound (input sorted).
void coalesce(std::vector<HistogramBucket> &buckets)
{
    std::size_t kept = 0;
    for (std::size_t i = 1; i < buckets.size(); ++i) {
        if (buckets[i].upperBound == buckets[kept].upperBound)
            buckets[kept].count += buckets[i].count;
        else
            buckets[++kept] = buckets[i];
    }
    buckets.resize(kept + 1);
}

// ensureMonotonic: removes decreases between successive buckets (the "envelope").
void ensureMonotonic(std::vector<HistogramBucket> &buckets)
{
    double max = buckets.front().count;
    for (std::size_t i = 1; i < buckets.size(); ++i) {
        if (buckets[i].count > max)
            max = buckets[i].count;
        else if (buckets[i].count < max)
            buckets[i].count = max;
    }
}

// Go's strconv.ParseFloat for `le`, which Python clients print as "1.0", "2.5", "+Inf".
bool parseBound(const QString &text, double *out)
{
    if (text.compare(QLatin1String("+Inf"), Qt::CaseInsensitive) == 0
        || text.compare(QLatin1String("Inf"), Qt::CaseInsensitive) == 0) {
        *out = kInf;
        return true;
    }
    if (text.compare(QLatin1String("-Inf"), Qt::CaseInsensitive) == 0) {
        *out = -kInf;
        return true;
    }
    if (text.compare(QLatin1String("NaN"), Qt::CaseInsensitive) == 0) {
        *out = kNaN;
        return true;
    }
    bool ok = false;
    *out = text.toDouble(&ok);
    return ok;
}

} // namespace

double histogramQuantile(double q, std::vector<HistogramBucket> buckets)
{
    if (std::isnan(q))
        return kNaN;
    if (q < 0)
        return -kInf;
    if (q > 1)
        return kInf;
    if (buckets.empty())
        return kNaN;
    // Prometheus does not expect NaN bounds; sorting them last keeps std::sort well-defined and
    // makes the highest bucket not +Inf, hence NaN.
    std::sort(buckets.begin(), buckets.end(),
              [](const HistogramBucket &a, const HistogramBucket &b) {
                  if (std::isnan(a.upperBound) || std::isnan(b.upperBound))
                      return !std::isnan(a.upperBound) && std::isnan(b.upperBound);
                  return a.upperBound < b.upperBound;
              });
    if (!(std::isinf(buckets.back().upperBound) && buckets.back().upperBound > 0))
        return kNaN;

    coalesce(buckets);
    ensureMonotonic(buckets);

    if (buckets.size() < 2)
        return kNaN;
    const double observations = buckets.back().count;
    if (observations == 0)
        return kNaN;
    double rank = q * observations;
    // sort.Search over all but the +Inf bucket: the first bucket whose count reaches the rank.
    const auto last = buckets.end() - 1;
    const std::size_t b = std::size_t(std::partition_point(buckets.begin(), last,
                                                           [rank](const HistogramBucket &bucket) {
                                                               return !(bucket.count >= rank);
                                                           })
                                      - buckets.begin());

    if (b == buckets.size() - 1)
        return buckets[buckets.size() - 2].upperBound;
    if (b == 0 && buckets[0].upperBound <= 0)
        return buckets[0].upperBound;
    double bucketStart = 0;
    const double bucketEnd = buckets[b].upperBound;
    double count = buckets[b].count;
    if (b > 0) {
        bucketStart = buckets[b - 1].upperBound;
        count -= buckets[b - 1].count;
        rank -= buckets[b - 1].count;
    }
    return bucketStart + (bucketEnd - bucketStart) * (rank / count);
}

std::vector<MetricSample> histogramQuantiles(double q, const std::vector<MetricSample> &samples,
                                             const QString &bucketMetric)
{
    const QString le = QStringLiteral("le");
    std::map<LabelSet, std::vector<HistogramBucket>> groups;
    for (const MetricSample &sample : samples) {
        if (sample.name != bucketMetric)
            continue;
        LabelSet labels;
        labels.reserve(sample.labels.size());
        double bound = 0;
        bool hasBound = false;
        for (const auto &label : sample.labels) {
            if (label.first == le)
                hasBound = parseBound(label.second, &bound);
            else
                labels.push_back(label);
        }
        if (hasBound)
            groups[std::move(labels)].push_back({bound, sample.value});
    }
    std::vector<MetricSample> out;
    out.reserve(groups.size());
    for (auto &[labels, buckets] : groups)
        out.push_back(MetricSample {{}, labels, histogramQuantile(q, std::move(buckets)), {}});
    return out;
}

} // namespace eucora::prometheus
