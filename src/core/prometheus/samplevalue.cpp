#include "prometheus/samplevalue.h"

#include <charconv>
#include <cmath>
#include <limits>

namespace eucora::prometheus {

bool parseSampleValue(std::string_view text, double *out)
{
    if (text == "NaN") {
        *out = std::numeric_limits<double>::quiet_NaN();
        return true;
    }
    if (text == "+Inf" || text == "Inf") {
        *out = std::numeric_limits<double>::infinity();
        return true;
    }
    if (text == "-Inf") {
        *out = -std::numeric_limits<double>::infinity();
        return true;
    }
    if (!text.empty() && text.front() == '+')
        text.remove_prefix(1);
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), *out);
    return ec == std::errc() && end == text.data() + text.size();
}

std::int64_t secondsToMs(double seconds)
{
    const double ms = seconds * 1000.0;
    if (!(std::abs(ms) < 4.5e15))
        return std::llround(ms);
    // x - trunc(x) is exact below 2^52, so halves round away from zero exactly as llround does.
    auto whole = std::int64_t(ms);
    const double fraction = ms - double(whole);
    if (fraction >= 0.5)
        ++whole;
    else if (fraction <= -0.5)
        --whole;
    return whole;
}

} // namespace eucora::prometheus
