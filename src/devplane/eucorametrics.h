// EUCORA's 16 metric families (contract section 8.2): exact names, HELP texts, labels, buckets.
#pragma once

#include "metrics/metricregistry.h"

namespace eucora::devplane {

void registerEucoraMetrics(metrics::MetricRegistry &registry);

} // namespace eucora::devplane
