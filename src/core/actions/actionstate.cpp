#include "actions/actionstate.h"

namespace eucora::actions {

QString stateName(ActionState state)
{
    switch (state) {
    case ActionState::Drafted:
        return QStringLiteral("drafted");
    case ActionState::Confirmed:
        return QStringLiteral("confirmed");
    case ActionState::Sent:
        return QStringLiteral("sent");
    case ActionState::Accepted:
        return QStringLiteral("accepted");
    case ActionState::Rejected:
        return QStringLiteral("rejected");
    case ActionState::Unknown:
        return QStringLiteral("unknown");
    case ActionState::Reconciled:
        return QStringLiteral("reconciled");
    }
    return {};
}

std::optional<ActionState> stateFromName(const QString &name)
{
    for (ActionState state : {ActionState::Drafted, ActionState::Confirmed, ActionState::Sent,
                              ActionState::Accepted, ActionState::Rejected, ActionState::Unknown,
                              ActionState::Reconciled}) {
        if (stateName(state) == name)
            return state;
    }
    return std::nullopt;
}

bool inFlight(ActionState state)
{
    return state == ActionState::Confirmed || state == ActionState::Sent
        || state == ActionState::Accepted;
}

} // namespace eucora::actions
