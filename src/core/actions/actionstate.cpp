#include "actions/actionstate.h"

#include <array>

namespace eucora::actions {

namespace {

// In the order of ActionState: the audit log's words.
constexpr std::array<const char *, 7> kNames {"drafted",  "confirmed", "sent",      "accepted",
                                              "rejected", "unknown",   "reconciled"};

} // namespace

QString stateName(ActionState state)
{
    return QLatin1String(kNames[size_t(state)]);
}

std::optional<ActionState> stateFromName(const QString &name)
{
    for (size_t i = 0; i < kNames.size(); ++i) {
        if (name == QLatin1String(kNames[i]))
            return ActionState(i);
    }
    return std::nullopt;
}

bool inFlight(ActionState state)
{
    return state == ActionState::Confirmed || state == ActionState::Sent
        || state == ActionState::Accepted;
}

} // namespace eucora::actions
