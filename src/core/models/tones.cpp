#include "models/tones.h"

#include "controlplane/domaintypes.h"

#include <algorithm>
#include <iterator>
#include <optional>
#include <utility>

namespace eucora::models {

namespace {

using controlplane::BreakerState;
using controlplane::DeploymentStatus;
using controlplane::EventType;

template<typename E, std::size_t N>
Tone toneOf(std::optional<E> known, const std::pair<E, Tone> (&tones)[N])
{
    if (!known)
        return Tone::Warning;
    const auto found = std::find_if(std::begin(tones), std::end(tones),
                                    [&](const std::pair<E, Tone> &t) { return t.first == *known; });
    return found == std::end(tones) ? Tone::Neutral : found->second;
}

constexpr std::pair<DeploymentStatus, Tone> kStatusTones[] = {
    {DeploymentStatus::Completed, Tone::Good},
    {DeploymentStatus::Failed, Tone::Bad},
    {DeploymentStatus::Rejected, Tone::Bad},
    {DeploymentStatus::RolledBack, Tone::Warning},
};

constexpr std::pair<EventType, Tone> kEventTones[] = {
    {EventType::DeploymentCompleted, Tone::Good},  {EventType::CabApproved, Tone::Good},
    {EventType::DeploymentFailed, Tone::Bad},      {EventType::CabRejected, Tone::Bad},
    {EventType::RollbackInitiated, Tone::Warning}, {EventType::RollbackCompleted, Tone::Warning},
};

constexpr std::pair<BreakerState, Tone> kBreakerTones[] = {
    {BreakerState::Closed, Tone::Good},
    {BreakerState::HalfOpen, Tone::Warning},
    {BreakerState::Open, Tone::Bad},
};

} // namespace

Tone deploymentStatusTone(const QString &status)
{
    return toneOf(controlplane::deploymentStatusFromString(status), kStatusTones);
}

Tone eventTypeTone(const QString &type)
{
    return toneOf(controlplane::eventTypeFromString(type), kEventTones);
}

Tone breakerStateTone(const QString &state)
{
    return toneOf(controlplane::breakerStateFromString(state), kBreakerTones);
}

} // namespace eucora::models
