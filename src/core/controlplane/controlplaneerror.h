// One decoder for every error shape EUCORA answers (contract 1.4, 11.1, 11.8): {"error"},
// {"detail"}, DRF field maps, {"status": "error", "error"}, 409 rollback bodies, 429 with
// Retry-After, and Django's HTML pages. 403 "credentials were not provided" means "log in
// again", any other 403 is a real refusal.
#pragma once

#include "apierror.h"
#include "result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace eucora::controlplane {

// An ApiError with what it means for the control plane's client: every control-plane callback
// gets one in its Result, so the meaning travels with the call it belongs to.
struct ControlPlaneError : ApiError
{
    enum class Meaning {
        Other,
        NotAuthenticated, // 403 "Authentication credentials were not provided."
        Forbidden, // 403 for a logged-in user lacking permission
        CsrfFailed, // 403 "CSRF Failed: ..." (may be resent once with a fresh token)
        Throttled, // 429; retryAfterSeconds says when
        NotFound, // 404 with a JSON body
        NoSuchEndpoint, // 404 HTML page: the server has no such route (EUCORA without 11.1)
        Conflict, // 409
        Invalid, // 400 / 422
        ServerFailure, // 5xx
    };

    // kind: Server for JSON envelopes, Http for HTML or empty bodies; transport kinds (Network,
    // Timeout, TooLarge, ...) with meaning Other when no answer arrived.
    Meaning meaning = Meaning::Other;
    int retryAfterSeconds = 0;
    QString correlationId; // present only on errors DRF's handler shaped
    QJsonObject fieldErrors; // {"field": ["message", ...]} of a 400
    QJsonObject body; // the whole JSON body (409 carries deployment_status, rollback_task_id)

    ControlPlaneError() = default;
    // A failure with no control-plane meaning (no answer, an unreadable one, refused locally).
    ControlPlaneError(ApiError error)
        : ApiError(std::move(error))
    { }
    ControlPlaneError(ApiError error, Meaning meaning)
        : ApiError(std::move(error))
        , meaning(meaning)
    { }

    bool is(Meaning m) const { return meaning == m; }
    bool operator==(const ControlPlaneError &other) const
    {
        return ApiError::operator==(other) && meaning == other.meaning
            && retryAfterSeconds == other.retryAfterSeconds && correlationId == other.correlationId
            && fieldErrors == other.fieldErrors && body == other.body;
    }
};

// What every control-plane call delivers: the value, or the error of that very call.
template<typename T> using ApiResult = Result<T, ControlPlaneError>;

ControlPlaneError decodeControlPlaneError(int httpStatus, const QByteArray &body,
                                          const QByteArray &retryAfter = {});

} // namespace eucora::controlplane
