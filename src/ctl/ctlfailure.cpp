#include "ctlfailure.h"

#include "ctltext.h"

#include <QCoreApplication>

namespace eucora::ctl {

namespace {

// Transport failures: nothing usable came back.
std::optional<CtlFailure> transportFailure(const ApiError &error, const QString &server)
{
    switch (error.kind) {
    case ApiError::Kind::Network:
        return CtlFailure {ExitCode::Unreachable,
                           CtlText::tr("could not reach %1: %2").arg(server, error.message), 0};
    case ApiError::Kind::Timeout:
        return CtlFailure {ExitCode::Unreachable, CtlText::tr("%1: %2").arg(server, error.message),
                           0};
    case ApiError::Kind::Decode:
    case ApiError::Kind::TooLarge:
    case ApiError::Kind::Cancelled:
        if (error.httpStatus < 400)
            return CtlFailure {
                ExitCode::Unreachable,
                CtlText::tr("no usable answer from %1: %2").arg(server, error.summary()),
                error.httpStatus};
        break;
    case ApiError::Kind::Http:
    case ApiError::Kind::Server:
        break;
    }
    return std::nullopt;
}

} // namespace

QString logInAgainMessage(const QString &server)
{
    return CtlText::tr(
               "not logged in to %1 (or the session expired): log in again: eucora-ctl login")
        .arg(server);
}

CtlFailure failureOf(const controlplane::ControlPlaneError &error, const QString &server)
{
    if (error.is(controlplane::ControlPlaneError::Meaning::NotAuthenticated))
        return CtlFailure {ExitCode::Authentication, logInAgainMessage(server), error.httpStatus};
    if (auto failure = transportFailure(error, server))
        return *failure;
    const QString message = error.message.isEmpty() ? error.summary() : error.message;
    return CtlFailure {
        ExitCode::Rejected,
        CtlText::tr("rejected by the server (%1): %2").arg(error.httpStatus).arg(message),
        error.httpStatus};
}

CtlFailure failureOf(const ApiError &error, const QString &server)
{
    if (auto failure = transportFailure(error, server))
        return *failure;
    // VictoriaMetrics' errorType is the status again ("422").
    const QString status
        = error.errorType.isEmpty() || error.errorType == QString::number(error.httpStatus)
        ? QString::number(error.httpStatus)
        : QStringLiteral("%1 %2").arg(error.httpStatus).arg(error.errorType);
    return CtlFailure {ExitCode::Rejected,
                       CtlText::tr("rejected by Prometheus (%1): %2").arg(status, error.message),
                       error.httpStatus};
}

} // namespace eucora::ctl
