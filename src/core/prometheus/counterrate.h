// Counter rates between two scrapes of the control plane's /metrics, for degraded mode when
// Prometheus is unreachable: the per-second increase, with a drop read as a counter reset.
#pragma once

#include "prometheus/exposition.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace eucora::prometheus {

// (current - previous) / elapsed seconds. A decrease means the counter restarted from zero in
// between (a process restart), so the rate is current / elapsed. nullopt when no time passed or
// time went backwards.
std::optional<double> counterRate(double previous, std::int64_t previousMs, double current,
                                  std::int64_t currentMs);

// Whether a sample counts up: the samples of a counter family (not its _created), the _bucket,
// _sum and _count of histograms and summaries, and, when nothing is declared, names ending in
// "_total".
bool isCounterSample(const Exposition &exposition, const MetricSample &sample);

// The rate of every counter sample of `current` that `previous` also has (same name and
// labels), in `current`'s order. A sample's own timestamp wins over its scrape's time. Each
// result carries the current time as its timestamp.
std::vector<MetricSample> counterRates(const Exposition &previous, std::int64_t previousScrapeMs,
                                       const Exposition &current, std::int64_t currentScrapeMs);

} // namespace eucora::prometheus
