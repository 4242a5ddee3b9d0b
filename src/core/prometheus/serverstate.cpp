#include "prometheus/serverstate.h"

#include <cmath>

namespace eucora::prometheus {

namespace {

// NaN equals NaN: the same value is the same bits, as in Series.
bool sameValue(double a, double b)
{
    return a == b || (std::isnan(a) && std::isnan(b));
}

} // namespace

std::optional<TargetHealth> targetHealthFromString(const QString &text)
{
    if (text == QLatin1String("up"))
        return TargetHealth::Up;
    if (text == QLatin1String("down"))
        return TargetHealth::Down;
    if (text == QLatin1String("unknown"))
        return TargetHealth::Unknown;
    return std::nullopt;
}

QString targetHealthName(TargetHealth health)
{
    switch (health) {
    case TargetHealth::Up:
        return QStringLiteral("up");
    case TargetHealth::Down:
        return QStringLiteral("down");
    case TargetHealth::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

std::optional<AlertState> alertStateFromString(const QString &text)
{
    if (text == QLatin1String("firing"))
        return AlertState::Firing;
    if (text == QLatin1String("pending"))
        return AlertState::Pending;
    if (text == QLatin1String("inactive"))
        return AlertState::Inactive;
    return std::nullopt;
}

QString alertStateName(AlertState state)
{
    switch (state) {
    case AlertState::Firing:
        return QStringLiteral("firing");
    case AlertState::Pending:
        return QStringLiteral("pending");
    case AlertState::Inactive:
        return QStringLiteral("inactive");
    }
    return {};
}

std::optional<RuleType> ruleTypeFromString(const QString &text)
{
    if (text == QLatin1String("alerting"))
        return RuleType::Alerting;
    if (text == QLatin1String("recording"))
        return RuleType::Recording;
    return std::nullopt;
}

std::optional<RuleHealth> ruleHealthFromString(const QString &text)
{
    if (text == QLatin1String("ok"))
        return RuleHealth::Ok;
    if (text == QLatin1String("err"))
        return RuleHealth::Err;
    if (text == QLatin1String("unknown"))
        return RuleHealth::Unknown;
    return std::nullopt;
}

bool Target::operator==(const Target &other) const
{
    return scrapePool == other.scrapePool && scrapeUrl == other.scrapeUrl && health == other.health
        && scrapeError == other.scrapeError && lastScrape == other.lastScrape
        && sameValue(lastScrapeDurationSeconds, other.lastScrapeDurationSeconds)
        && labels == other.labels && discoveredLabels == other.discoveredLabels;
}

bool Alert::operator==(const Alert &other) const
{
    return labels == other.labels && annotations == other.annotations && state == other.state
        && activeAt == other.activeAt && sameValue(value, other.value);
}

bool Rule::operator==(const Rule &other) const
{
    return type == other.type && name == other.name && query == other.query
        && health == other.health && evaluationError == other.evaluationError
        && labels == other.labels && state == other.state
        && durationSeconds == other.durationSeconds && annotations == other.annotations
        && alerts == other.alerts;
}

} // namespace eucora::prometheus
