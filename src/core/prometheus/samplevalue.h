// Sample values and timestamps as Prometheus writes them in its JSON answers, read the same way
// by every decoder so that the fast and the thorough path give identical series.
#pragma once

#include <cstdint>
#include <string_view>

namespace eucora::prometheus {

// "1.5", "NaN", "+Inf", "-Inf", "1e+06": the whole text must be one number.
bool parseSampleValue(std::string_view text, double *out);

// Unix seconds (JSON number) to epoch milliseconds: std::llround(seconds * 1000), without the
// library call for the million timestamps of a big answer.
std::int64_t secondsToMs(double seconds);

} // namespace eucora::prometheus
