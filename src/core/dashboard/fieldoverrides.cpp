#include "dashboard/fieldoverrides.h"

#include "dashboard/fieldconfigreader.h"
#include "dashboard/grafanaregex.h"

namespace eucora::dashboard {

namespace {

bool matches(const FieldOverride &override, const QString &displayName, const QString &refId)
{
    const QString options = override.matcherOptions.toString();
    if (override.matcherId == QLatin1String("byName"))
        return options == displayName;
    if (override.matcherId == QLatin1String("byFrameRefID"))
        return options == refId;
    if (override.matcherId == QLatin1String("byRegexp")) {
        const auto regex = grafanaRegex(options);
        return regex.ok() && regex.value().expression.match(displayName).hasMatch();
    }
    return false;
}

} // namespace

bool isSupportedMatcher(const FieldOverride &override)
{
    if (!override.matcherOptions.isString())
        return false;
    if (override.matcherId == QLatin1String("byName")
        || override.matcherId == QLatin1String("byFrameRefID"))
        return true;
    return override.matcherId == QLatin1String("byRegexp")
        && grafanaRegex(override.matcherOptions.toString()).ok();
}

FieldDefaults fieldConfigFor(const FieldConfig &config, const QString &displayName,
                             const QString &refId)
{
    FieldDefaults result = config.defaults;
    LoadReport ignored; // the loader already reported what does not apply
    IssueSink sink(ignored);
    for (const auto &override : config.overrides) {
        if (!override.applied || !matches(override, displayName, refId))
            continue;
        for (const QJsonValue &value : override.properties) {
            const QJsonObject property = value.toObject();
            applyOverrideProperty(result, property.value(QLatin1String("id")).toString(),
                                  property.value(QLatin1String("value")), sink);
        }
    }
    return result;
}

} // namespace eucora::dashboard
