// Value mappings: "0" -> "HEALTHY" (green), 1..5 -> "degraded", null -> "no data". The first
// mapping that matches wins, as in Grafana's getValueMappingResult.
#pragma once

#include "dashboard/fieldconfig.h"

#include <QString>

#include <optional>
#include <vector>

namespace eucora::dashboard {

// A number, or null (std::nullopt). NaN matches the "nan" special mappings only.
std::optional<MappingResult> mapValue(const std::vector<ValueMapping> &mappings,
                                      std::optional<double> value);

// A text value (table cells): value, special (empty, true, false) and regex mappings; a regex
// mapping's text may use $1 for its first group.
std::optional<MappingResult> mapText(const std::vector<ValueMapping> &mappings,
                                     const QString &text);

} // namespace eucora::dashboard
