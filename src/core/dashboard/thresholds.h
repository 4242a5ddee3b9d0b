// The colour thresholds give a value: the last step whose value the number reaches, in
// absolute terms or as a percentage of the field's min..max.
#pragma once

#include "dashboard/fieldconfig.h"

#include <QString>

#include <optional>

namespace eucora::dashboard {

// Steps ordered as Grafana keeps them: the base step first, then ascending values.
void sortThresholdSteps(std::vector<ThresholdStep> &steps);

// The step a value falls in; null when there are no steps or the value is NaN. In percentage
// mode `min` and `max` are the field's range (configured, or the data's); without them the
// value is read as a percentage already.
const ThresholdStep *activeThreshold(const Thresholds &thresholds, double value,
                                     std::optional<double> min = std::nullopt,
                                     std::optional<double> max = std::nullopt);

// The active step's colour, empty when there is none.
QString thresholdColor(const Thresholds &thresholds, double value,
                       std::optional<double> min = std::nullopt,
                       std::optional<double> max = std::nullopt);

} // namespace eucora::dashboard
