#include "dashboard/thresholds.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace eucora::dashboard {

namespace {
double stepValue(const ThresholdStep &step)
{
    return step.value.value_or(-std::numeric_limits<double>::infinity());
}
} // namespace

void sortThresholdSteps(std::vector<ThresholdStep> &steps)
{
    std::stable_sort(
        steps.begin(), steps.end(),
        [](const ThresholdStep &a, const ThresholdStep &b) { return stepValue(a) < stepValue(b); });
}

const ThresholdStep *activeThreshold(const Thresholds &thresholds, double value,
                                     std::optional<double> min, std::optional<double> max)
{
    if (thresholds.steps.empty() || std::isnan(value))
        return nullptr;
    double compared = value;
    if (thresholds.mode == ThresholdsMode::Percentage && min && max) {
        const double range = *max - *min;
        // A flat range has no position inside it; Grafana then treats the value as 0 %.
        compared = range == 0 ? 0.0 : (value - *min) / range * 100.0;
    }
    const ThresholdStep *active = &thresholds.steps.front();
    for (const auto &step : thresholds.steps) {
        if (compared >= stepValue(step))
            active = &step;
        else
            break;
    }
    return active;
}

QString thresholdColor(const Thresholds &thresholds, double value, std::optional<double> min,
                       std::optional<double> max)
{
    const ThresholdStep *step = activeThreshold(thresholds, value, min, max);
    return step ? step->color : QString();
}

} // namespace eucora::dashboard
