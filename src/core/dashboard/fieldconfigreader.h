// Reading fieldConfig: defaults, thresholds, value mappings (current and pre-8 forms), colour,
// the time-series style and the overrides, with every unknown part reported.
#pragma once

#include "dashboard/fieldconfig.h"
#include "dashboard/jsonreader.h"

#include <QJsonArray>
#include <QJsonValue>

#include <vector>

namespace eucora::dashboard {

FieldConfig readFieldConfig(const JsonReader &fieldConfig);
void readFieldDefaults(const JsonReader &defaults, FieldDefaults &into);

// "decimals", "min" and "max", where fieldConfig.defaults and a legacy y-axis agree.
void readDecimalsAndRange(const JsonReader &source, FieldDefaults &into);

Thresholds readThresholds(const JsonReader &thresholds);
void readGraphStyle(const JsonReader &custom, GraphStyle &into);

// Mappings in either form; pre-8 entries ({type: 1, value, text}) take the colour the
// thresholds give their value, as Grafana's migration does.
std::vector<ValueMapping> readMappings(const QJsonArray &mappings, const Thresholds &thresholds,
                                       IssueSink &sink, const QString &path);

// One legacy entry ({type: 1, value, text} or {type: 2, from, to, text}); empty when it says
// nothing usable.
std::optional<ValueMapping> legacyMapping(const QJsonObject &entry, int legacyType,
                                          const Thresholds &thresholds);

// Applies one override property ("unit", "custom.lineWidth", ...). False when the console does
// not know the property; the defaults are then unchanged.
bool applyOverrideProperty(FieldDefaults &defaults, const QString &id, const QJsonValue &value,
                           IssueSink &sink);

} // namespace eucora::dashboard
