#include "prometheus/counterrate.h"

#include <map>

namespace eucora::prometheus {

std::optional<double> counterRate(double previous, std::int64_t previousMs, double current,
                                  std::int64_t currentMs)
{
    if (currentMs <= previousMs)
        return std::nullopt;
    const double seconds = double(currentMs - previousMs) / 1000.0;
    const double increase = current < previous ? current : current - previous;
    return increase / seconds;
}

bool isCounterSample(const Exposition &exposition, const MetricSample &sample)
{
    const MetricFamily family = exposition.familyOf(sample.name);
    const QStringView suffix = QStringView(sample.name).mid(family.name.size());
    switch (family.type) {
    case MetricType::Counter:
        return suffix != QLatin1String("_created");
    case MetricType::Histogram:
        return suffix == QLatin1String("_bucket") || suffix == QLatin1String("_sum")
            || suffix == QLatin1String("_count");
    case MetricType::Summary:
        return suffix == QLatin1String("_sum") || suffix == QLatin1String("_count");
    case MetricType::Untyped:
        return !exposition.family(family.name) && sample.name.endsWith(QLatin1String("_total"));
    case MetricType::Gauge:
    case MetricType::Info:
    case MetricType::StateSet:
    case MetricType::GaugeHistogram:
        return false;
    }
    return false;
}

std::vector<MetricSample> counterRates(const Exposition &previous, std::int64_t previousScrapeMs,
                                       const Exposition &current, std::int64_t currentScrapeMs)
{
    std::map<std::pair<QString, LabelSet>, const MetricSample *> before;
    for (const MetricSample &sample : previous.samples) {
        if (isCounterSample(previous, sample))
            before.emplace(std::make_pair(sample.name, sample.labels), &sample);
    }
    std::vector<MetricSample> out;
    for (const MetricSample &sample : current.samples) {
        if (!isCounterSample(current, sample))
            continue;
        const auto it = before.find(std::make_pair(sample.name, sample.labels));
        if (it == before.end())
            continue;
        const MetricSample &old = *it->second;
        const std::int64_t t1 = old.timestampMs.value_or(previousScrapeMs);
        const std::int64_t t2 = sample.timestampMs.value_or(currentScrapeMs);
        if (const auto rate = counterRate(old.value, t1, sample.value, t2))
            out.push_back(MetricSample {sample.name, sample.labels, *rate, t2});
    }
    return out;
}

} // namespace eucora::prometheus
