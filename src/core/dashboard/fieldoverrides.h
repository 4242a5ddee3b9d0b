// Field settings per series: fieldConfig's defaults with the overrides that match the series
// applied, for the matchers the console understands.
#pragma once

#include "dashboard/fieldconfig.h"

#include <QString>

namespace eucora::dashboard {

// byName, byRegexp (with a valid expression) and byFrameRefID.
bool isSupportedMatcher(const FieldOverride &override);

// The settings of one series: the defaults with every applicable override applied in order.
// `displayName` is the series' name (its legend), `refId` the query it came from.
FieldDefaults fieldConfigFor(const FieldConfig &config, const QString &displayName,
                             const QString &refId);

} // namespace eucora::dashboard
