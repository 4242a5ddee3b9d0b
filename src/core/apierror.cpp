#include "apierror.h"

#include <QCoreApplication>

namespace eucora {

QString kindName(ApiError::Kind kind)
{
    switch (kind) {
    case ApiError::Kind::Network:
        return QCoreApplication::translate("eucora::ApiError", "network error");
    case ApiError::Kind::Timeout:
        return QCoreApplication::translate("eucora::ApiError", "timed out");
    case ApiError::Kind::Http:
        return QCoreApplication::translate("eucora::ApiError", "HTTP error");
    case ApiError::Kind::Server:
        return QCoreApplication::translate("eucora::ApiError", "server error");
    case ApiError::Kind::Decode:
        return QCoreApplication::translate("eucora::ApiError", "unreadable answer");
    case ApiError::Kind::TooLarge:
        return QCoreApplication::translate("eucora::ApiError", "answer too large");
    case ApiError::Kind::Cancelled:
        return QCoreApplication::translate("eucora::ApiError", "cancelled");
    }
    return {};
}

QString ApiError::summary() const
{
    QString head = kindName(kind);
    if (httpStatus > 0)
        head = QCoreApplication::translate("eucora::ApiError", "%1 (HTTP %2)")
                   .arg(head)
                   .arg(httpStatus);
    if (!errorType.isEmpty())
        head = QCoreApplication::translate("eucora::ApiError", "%1 [%2]").arg(head, errorType);
    if (message.isEmpty())
        return head;
    return QCoreApplication::translate("eucora::ApiError", "%1: %2").arg(head, message);
}

} // namespace eucora
