#include "controlplane/domaintypes.h"

#include <array>

namespace eucora::controlplane {

namespace {

template<typename Enum, size_t N>
std::optional<Enum> lookup(const std::array<const char *, N> &names, const QString &text)
{
    for (size_t i = 0; i < N; ++i) {
        if (text == QLatin1String(names[i]))
            return Enum(i);
    }
    return std::nullopt;
}

constexpr std::array<const char *, 8> kStatuses {"PENDING",  "AWAITING_CAB", "APPROVED",
                                                 "REJECTED", "DEPLOYING",    "COMPLETED",
                                                 "FAILED",   "ROLLED_BACK"};
constexpr std::array<const char *, 5> kRings {"LAB", "CANARY", "PILOT", "DEPARTMENT", "GLOBAL"};
constexpr std::array<const char *, 10> kEvents {
    "DEPLOYMENT_CREATED", "RISK_ASSESSED",      "CAB_SUBMITTED",        "CAB_APPROVED",
    "CAB_REJECTED",       "DEPLOYMENT_STARTED", "DEPLOYMENT_COMPLETED", "DEPLOYMENT_FAILED",
    "ROLLBACK_INITIATED", "ROLLBACK_COMPLETED"};
constexpr std::array<const char *, 3> kBreakerStates {"closed", "open", "half-open"};
constexpr std::array<const char *, 8> kTaskStates {"PENDING", "STARTED", "RETRY",   "PROGRESS",
                                                   "SUCCESS", "FAILURE", "REVOKED", "ERROR"};
constexpr std::array<const char *, 4> kCabDecisions {"PENDING", "APPROVED", "REJECTED",
                                                     "CONDITIONAL"};
constexpr std::array<const char *, 8> kBreakerGroups {
    "connectors", "itsm", "siem", "identity", "security", "ai", "infrastructure", "generic"};

} // namespace

QString toString(DeploymentStatus status)
{
    return QLatin1String(kStatuses[size_t(status)]);
}

QString toString(Ring ring)
{
    return QLatin1String(kRings[size_t(ring)]);
}

QString toString(EventType type)
{
    return QLatin1String(kEvents[size_t(type)]);
}

QString toString(BreakerState state)
{
    return QLatin1String(kBreakerStates[size_t(state)]);
}

QString toString(TaskState state)
{
    return QLatin1String(kTaskStates[size_t(state)]);
}

QString toString(CabDecision decision)
{
    return QLatin1String(kCabDecisions[size_t(decision)]);
}

QString toString(BreakerGroup group)
{
    return QLatin1String(kBreakerGroups[size_t(group)]);
}

std::optional<DeploymentStatus> deploymentStatusFromString(const QString &text)
{
    return lookup<DeploymentStatus>(kStatuses, text);
}

std::optional<Ring> ringFromString(const QString &text)
{
    return lookup<Ring>(kRings, text);
}

std::optional<EventType> eventTypeFromString(const QString &text)
{
    return lookup<EventType>(kEvents, text);
}

std::optional<BreakerState> breakerStateFromString(const QString &text)
{
    return lookup<BreakerState>(kBreakerStates, text);
}

std::optional<TaskState> taskStateFromString(const QString &text)
{
    return lookup<TaskState>(kTaskStates, text);
}

std::optional<CabDecision> cabDecisionFromString(const QString &text)
{
    return lookup<CabDecision>(kCabDecisions, text);
}

const std::vector<BreakerSpec> &breakerCatalog()
{
    static const std::vector<BreakerSpec> catalog = [] {
        std::vector<BreakerSpec> out;
        const auto add = [&out](BreakerGroup group, std::initializer_list<const char *> names) {
            for (const char *name : names)
                out.push_back(BreakerSpec {QLatin1String(name), group, 5, 60});
        };
        add(BreakerGroup::Connectors, {"intune", "jamf", "sccm", "landscape", "ansible"});
        add(BreakerGroup::Itsm, {"servicenow", "jira", "freshservice"});
        add(BreakerGroup::Siem, {"splunk", "elastic", "datadog"});
        add(BreakerGroup::Identity, {"entra_id", "active_directory"});
        add(BreakerGroup::Security, {"defender", "vulnerability_scanner"});
        add(BreakerGroup::Ai, {"ai_provider"});
        out.push_back(
            BreakerSpec {QStringLiteral("database"), BreakerGroup::Infrastructure, 10, 30});
        add(BreakerGroup::Generic, {"external_api"});
        return out;
    }();
    return catalog;
}

const BreakerSpec *findBreaker(const QString &service)
{
    for (const BreakerSpec &spec : breakerCatalog()) {
        if (spec.name.compare(service, Qt::CaseInsensitive) == 0)
            return &spec;
    }
    return nullptr;
}

int breakerRank(const QString &service)
{
    const BreakerSpec *spec = findBreaker(service);
    return spec ? int(spec - breakerCatalog().data()) : int(breakerCatalog().size());
}

const QStringList &allRingNames()
{
    static const QStringList names = [] {
        QStringList out;
        for (const char *name : kRings)
            out << QLatin1String(name);
        return out;
    }();
    return names;
}

const QStringList &connectorTypeNames()
{
    static const QStringList names {QStringLiteral("intune"), QStringLiteral("jamf"),
                                    QStringLiteral("sccm"), QStringLiteral("landscape"),
                                    QStringLiteral("ansible")};
    return names;
}

double promotionGate(Ring ring)
{
    switch (ring) {
    case Ring::Lab:
        return 0.0;
    case Ring::Canary:
        return 0.98;
    case Ring::Pilot:
        return 0.97;
    case Ring::Department:
    case Ring::Global:
        return 0.99;
    }
    return 0.0;
}

int breakerMetricValue(BreakerState state)
{
    switch (state) {
    case BreakerState::Closed:
        return 0;
    case BreakerState::Open:
        return 1;
    case BreakerState::HalfOpen:
        return 2;
    }
    return 0;
}

} // namespace eucora::controlplane
