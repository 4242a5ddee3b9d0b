// Errors as values: what went wrong talking to a server, in words an operator can act on.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace eucora {

struct ApiError
{
    enum class Kind {
        Network, // connection refused, reset, DNS, TLS
        Timeout, // no complete answer before the deadline
        Http, // a non-success status without a recognisable error body
        Server, // the server answered with its own error envelope (Prometheus errorType, ...)
        Decode, // the body is not what the endpoint documents (HTML, truncated JSON, ...)
        TooLarge, // the body exceeded the configured size cap
        Cancelled, // superseded or aborted by the client
    };

    Kind kind = Kind::Network;
    int httpStatus = 0; // 0 when no HTTP response arrived
    QString errorType; // Prometheus errorType, e.g. "bad_data"
    QString message; // the server's message, or ours when the server said nothing usable

    // One line for a status bar or an error banner.
    QString summary() const;

    bool operator==(const ApiError &other) const
    {
        return kind == other.kind && httpStatus == other.httpStatus && errorType == other.errorType
            && message == other.message;
    }

    Q_DECLARE_TR_FUNCTIONS(eucora::ApiError)
};

QString kindName(ApiError::Kind kind);

} // namespace eucora
