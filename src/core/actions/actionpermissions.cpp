#include "actions/actionpermissions.h"

#include <QCoreApplication>

namespace eucora::actions {

namespace { } // namespace

Availability availability(ActionKind kind, const PermissionInputs &inputs)
{
    if (inputs.readOnly)
        return {false,
                QCoreApplication::translate("eucora::actions::Permissions",
                                            "read-only mode (--read-only)")};
    if (kind == ActionKind::Rollback && inputs.rollbackEndpointMissing)
        return {false,
                QCoreApplication::translate("eucora::actions::Permissions",
                                            "this control plane has no rollback endpoint")};
    if (!inputs.user)
        return {false,
                QCoreApplication::translate("eucora::actions::Permissions",
                                            "sign in to the control plane first")};
    switch (kind) {
    case ActionKind::Rollback:
        return {true, {}};
    case ActionKind::Seed:
    case ActionKind::DemoMode:
        if (!inputs.user->staff)
            return {false,
                    QCoreApplication::translate(
                        "eucora::actions::Permissions",
                        "only staff users can seed demo data or switch demo mode "
                        "(%1 is not staff)")
                        .arg(inputs.user->username)};
        return {true, {}};
    case ActionKind::BreakerReset:
        if (!inputs.user->staff)
            return {false,
                    QCoreApplication::translate(
                        "eucora::actions::Permissions",
                        "only staff users can reset circuit breakers (%1 is not staff)")
                        .arg(inputs.user->username)};
        return {true, {}};
    }
    return {false, {}};
}

} // namespace eucora::actions
