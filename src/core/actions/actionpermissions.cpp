#include "actions/actionpermissions.h"

namespace eucora::actions {

Availability availability(ActionKind kind, const PermissionInputs &inputs)
{
    if (inputs.readOnly)
        return {false, Availability::tr("read-only mode (--read-only)")};
    if (kind == ActionKind::Rollback && inputs.rollbackEndpointMissing)
        return {false, Availability::tr("this control plane has no rollback endpoint")};
    if (!inputs.user)
        return {false, Availability::tr("sign in to the control plane first")};
    switch (kind) {
    case ActionKind::Rollback:
        return {true, {}};
    case ActionKind::Seed:
    case ActionKind::DemoMode:
        if (!inputs.user->staff)
            return {false,
                    Availability::tr("only staff users can seed demo data or switch demo mode "
                                     "(%1 is not staff)")
                        .arg(inputs.user->username)};
        return {true, {}};
    case ActionKind::BreakerReset:
        if (!inputs.user->staff)
            return {
                false,
                Availability::tr("only staff users can reset circuit breakers (%1 is not staff)")
                    .arg(inputs.user->username)};
        return {true, {}};
    }
    return {false, {}};
}

} // namespace eucora::actions
