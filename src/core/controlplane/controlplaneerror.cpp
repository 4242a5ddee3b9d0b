#include "controlplane/controlplaneerror.h"

#include "prometheus/responsedecoder.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace eucora::controlplane {

namespace {

const QString kNotAuthenticated = QStringLiteral("Authentication credentials were not provided.");

QString fieldMessages(const QJsonObject &fields)
{
    QStringList parts;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        QStringList messages;
        for (const QJsonValue message : it.value().toArray())
            messages << message.toString();
        if (it.value().isString())
            messages << it.value().toString();
        parts << QStringLiteral("%1: %2").arg(it.key(), messages.join(QStringLiteral(" ")));
    }
    return parts.join(QStringLiteral("; "));
}

ControlPlaneError::Meaning meaningOf(int status, const QString &message)
{
    using M = ControlPlaneError::Meaning;
    switch (status) {
    case 400:
    case 422:
        return M::Invalid;
    case 403:
        if (message == kNotAuthenticated)
            return M::NotAuthenticated;
        return message.startsWith(QLatin1String("CSRF Failed:")) ? M::CsrfFailed : M::Forbidden;
    case 404:
        return M::NotFound;
    case 409:
        return M::Conflict;
    case 429:
        return M::Throttled;
    default:
        return status >= 500 ? M::ServerFailure : M::Other;
    }
}

} // namespace

ControlPlaneError decodeControlPlaneError(int httpStatus, const QByteArray &body,
                                          const QByteArray &retryAfter)
{
    ControlPlaneError out;
    out.httpStatus = httpStatus;
    bool retryOk = false;
    out.retryAfterSeconds = std::max(0, retryAfter.trimmed().toInt(&retryOk));
    if (!retryOk && !retryAfter.trimmed().isEmpty()) { // RFC 9110 also allows an HTTP-date
        const QDateTime at
            = QDateTime::fromString(QString::fromLatin1(retryAfter.trimmed()), Qt::RFC2822Date);
        if (at.isValid())
            out.retryAfterSeconds
                = int(std::clamp<qint64>(QDateTime::currentDateTimeUtc().secsTo(at), 0, 86400));
    }

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        // Not JSON: Django's HTML 404 for an unknown route, a proxy's error page, or nothing.
        out.kind = ApiError::Kind::Http;
        out.message = body.trimmed().isEmpty()
            ? ApiError::tr("the server answered with an empty body")
            : prometheus::describeNonJsonBody(body, httpStatus);
        out.meaning = httpStatus == 404 ? ControlPlaneError::Meaning::NoSuchEndpoint
                                        : meaningOf(httpStatus, {});
        return out;
    }

    out.body = doc.object();
    out.correlationId = out.body.value(QStringLiteral("correlation_id")).toString();
    out.kind = ApiError::Kind::Server;
    // Decode order of contract 1.4: "error", then "detail", then a field-error map.
    if (out.body.value(QStringLiteral("error")).isString()) {
        out.message = out.body.value(QStringLiteral("error")).toString();
    } else if (out.body.value(QStringLiteral("detail")).isString()) {
        out.message = out.body.value(QStringLiteral("detail")).toString();
    } else {
        for (auto it = out.body.begin(); it != out.body.end(); ++it) {
            if (it.key() != QLatin1String("correlation_id") && it.value().isArray())
                out.fieldErrors.insert(it.key(), it.value());
        }
        out.message = fieldMessages(out.fieldErrors);
    }
    if (out.message.isEmpty())
        out.message = QString::fromUtf8(body.left(200));
    out.meaning = meaningOf(httpStatus, out.message);
    if (out.meaning == ControlPlaneError::Meaning::Throttled && !retryOk) {
        // No header: the message still says "Expected available in N seconds."
        const QString text = out.message;
        const qsizetype at = text.indexOf(QLatin1String("available in "));
        if (at >= 0)
            out.retryAfterSeconds = text.mid(at + 13).section(QLatin1Char(' '), 0, 0).toInt();
    }
    return out;
}

} // namespace eucora::controlplane
