// Incremental refresh: a relative range only asks Prometheus for the new tail; the tail is
// merged into what the panel has and the head that slid out of the window is trimmed.
#pragma once

#include "prometheus/series.h"

#include <cstdint>
#include <vector>

namespace eucora::dashboard {

// Replaces every point at or after `tailStartMs` with the tail's points (Prometheus may have
// changed the last few as late scrapes landed), drops points before `windowStartMs`, adds
// series that only the tail has and removes series left without points. Series are matched by
// their full label set.
std::vector<prometheus::Series> mergeTail(const std::vector<const prometheus::Series *> &current,
                                          const std::vector<prometheus::Series> &tail,
                                          std::int64_t tailStartMs, std::int64_t windowStartMs);
std::vector<prometheus::Series> mergeTail(const std::vector<prometheus::Series> &current,
                                          const std::vector<prometheus::Series> &tail,
                                          std::int64_t tailStartMs, std::int64_t windowStartMs);

} // namespace eucora::dashboard
