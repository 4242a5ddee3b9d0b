// eucora-ctl's exit codes and how a failed request maps to one of them, with the one line the
// operator reads on stderr.
#pragma once

#include "controlplane/controlplaneerror.h"

#include <QString>

namespace eucora::ctl {

enum class ExitCode {
    Ok = 0,
    Unreachable = 1, // could not reach the server, or no usable answer to a read
    Usage = 2,
    Authentication = 3, // not logged in, bad credentials, session expired
    Rejected = 4, // the server answered no (4xx/5xx with its message, 429 included)
    OutcomeUnknown = 5, // an action got no answer; reconciliation's finding is printed
    Aborted = 6, // the operator did not confirm: nothing was sent
};

struct CtlFailure
{
    ExitCode code = ExitCode::Ok;
    QString message; // one line, without the "eucora-ctl: " prefix
    int httpStatus = 0;
};

// A failed control-plane read or login. `server` names it in the "could not reach" line.
CtlFailure failureOf(const controlplane::ControlPlaneError &error, const QString &server);
// A failed Prometheus query.
CtlFailure failureOf(const ApiError &error, const QString &server);

// The line a NotAuthenticated answer prints.
QString logInAgainMessage(const QString &server);

} // namespace eucora::ctl
