// Which operator actions the signed-in user may start, and why not: the reason is shown next
// to the disabled button or printed by eucora-ctl.
#pragma once

#include "controlplane/apimodels.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace eucora::actions {

enum class ActionKind { Rollback, Seed, BreakerReset, DemoMode };

struct Availability
{
    bool allowed = false;
    QString reason; // empty when allowed

    Q_DECLARE_TR_FUNCTIONS(eucora::actions::Availability)
};

struct PermissionInputs
{
    std::optional<controlplane::User> user; // nullopt = not signed in
    bool readOnly = false; // --read-only: incident review on a shared screen
    bool rollbackEndpointMissing = false; // the server answered the rollback path with HTML 404
};

Availability availability(ActionKind kind, const PermissionInputs &inputs);

} // namespace eucora::actions
