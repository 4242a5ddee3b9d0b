// Follows one operator action for the command line: runs the event loop until the action
// reaches the state the command waits for, prints task progress on stderr, and reads the
// action's decoded refusal so that "log in again" and "rejected" exit differently.
#pragma once

#include "actions/operatoraction.h"
#include "controlplane/controlplaneerror.h"
#include "ctlfailure.h"

#include <QObject>

#include <functional>

namespace eucora::ctl {

class CtlOutput;
class CtlSession;

class ActionWatch : public QObject
{
    Q_OBJECT

public:
    ActionWatch(actions::OperatorAction &action, CtlSession &session, const CtlOutput &output);

    // Returns once `finished()` holds; it is checked now and after every state change.
    void waitUntil(const std::function<bool()> &finished);

    bool sawUnknown() const { return m_sawUnknown; }
    // The action was rejected: exit 3 when the server asked for a login, else 4. The error is
    // the action's own rejection, never an earlier request's.
    CtlFailure rejection() const;
    // The action refused to confirm with `why`: printed with `code`, or as a rejection when the
    // refusal was recorded (the audit log could not be written).
    ExitCode refused(const QString &why, ExitCode code) const;
    // After waitUntil(): notes an audit log that could not be written, prints a rejection and
    // returns its code; otherwise 5 after an unknown outcome, 4 when not `succeeded`, else 0.
    ExitCode conclude(bool succeeded) const;

private:
    actions::OperatorAction &m_action;
    CtlSession &m_session;
    const CtlOutput &m_output;
    bool m_sawUnknown = false;
};

// The context every eucora-ctl action runs with: the session's client, the audit log, the
// signed-in user and the program name.
actions::ActionContext actionContext(CtlSession &session, const QString &user,
                                     const actions::AuditLog &audit);

} // namespace eucora::ctl
