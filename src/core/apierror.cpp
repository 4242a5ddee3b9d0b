#include "apierror.h"

#include <QCoreApplication>

namespace eucora {

QString kindName(ApiError::Kind kind)
{
    switch (kind) {
    case ApiError::Kind::Network:
        return ApiError::tr("network error");
    case ApiError::Kind::Timeout:
        return ApiError::tr("timed out");
    case ApiError::Kind::Http:
        return ApiError::tr("HTTP error");
    case ApiError::Kind::Server:
        return ApiError::tr("server error");
    case ApiError::Kind::Decode:
        return ApiError::tr("unreadable answer");
    case ApiError::Kind::TooLarge:
        return ApiError::tr("answer too large");
    case ApiError::Kind::Cancelled:
        return ApiError::tr("cancelled");
    }
    return {};
}

QString ApiError::summary() const
{
    QString head = kindName(kind);
    if (httpStatus > 0)
        head = ApiError::tr("%1 (HTTP %2)").arg(head).arg(httpStatus);
    // VictoriaMetrics' errorType repeats the status ("422"): said once.
    if (!errorType.isEmpty() && errorType != QString::number(httpStatus))
        head = ApiError::tr("%1 [%2]").arg(head, errorType);
    if (message.isEmpty())
        return head;
    return ApiError::tr("%1: %2").arg(head, message);
}

} // namespace eucora
