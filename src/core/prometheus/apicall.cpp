#include "prometheus/apicall.h"

#include "serverurl.h"

#include <QRegularExpression>

#include <algorithm>

namespace eucora::prometheus {

namespace {

using Params = std::vector<std::pair<QString, QString>>;

QString formatSeconds(const QDateTime &time)
{
    return QString::number(double(time.toMSecsSinceEpoch()) / 1000.0, 'f', 3);
}

QString formatStep(std::chrono::milliseconds step)
{
    return QString::number(double(step.count()) / 1000.0, 'g', 12);
}

void addTimeout(Params *params, const std::optional<std::chrono::milliseconds> &timeout)
{
    if (timeout)
        params->emplace_back(QStringLiteral("timeout"),
                             QString::number(timeout->count()) + QLatin1String("ms"));
}

void addSelection(Params *params, const SeriesSelection &selection)
{
    for (const QString &selector : selection.match)
        params->emplace_back(QStringLiteral("match[]"), selector);
    if (selection.start.isValid())
        params->emplace_back(QStringLiteral("start"), formatSeconds(selection.start));
    if (selection.end.isValid())
        params->emplace_back(QStringLiteral("end"), formatSeconds(selection.end));
}

// Header values that carry a secret by their name (Authorization, X-Api-Key, Cookie, ...).
bool isSecretHeader(const QByteArray &name)
{
    static const QRegularExpression secret(
        QStringLiteral("auth|token|key|secret|password|cookie|session"),
        QRegularExpression::CaseInsensitiveOption);
    return secret.match(QString::fromLatin1(name)).hasMatch();
}

} // namespace

ApiCall instantQueryCall(const InstantQuery &query)
{
    ApiCall call {QStringLiteral("/api/v1/query"), {}, true};
    call.params.emplace_back(QStringLiteral("query"), query.promql);
    if (query.time.isValid())
        call.params.emplace_back(QStringLiteral("time"), formatSeconds(query.time));
    addTimeout(&call.params, query.evaluationTimeout);
    return call;
}

ApiCall rangeQueryCall(const RangeQuery &query)
{
    ApiCall call {QStringLiteral("/api/v1/query_range"), {}, true};
    call.params.emplace_back(QStringLiteral("query"), query.promql);
    call.params.emplace_back(QStringLiteral("start"), formatSeconds(query.start));
    call.params.emplace_back(QStringLiteral("end"), formatSeconds(query.end));
    call.params.emplace_back(QStringLiteral("step"), formatStep(query.step));
    addTimeout(&call.params, query.evaluationTimeout);
    return call;
}

ApiCall seriesCall(const SeriesSelection &selection)
{
    ApiCall call {QStringLiteral("/api/v1/series"), {}, true};
    addSelection(&call.params, selection);
    return call;
}

ApiCall labelNamesCall(const SeriesSelection &selection)
{
    ApiCall call {QStringLiteral("/api/v1/labels"), {}, true};
    addSelection(&call.params, selection);
    return call;
}

ApiCall labelValuesCall(const QString &labelName, const SeriesSelection &selection)
{
    // Only GET: the path holds the label name.
    ApiCall call {QStringLiteral("/api/v1/label/%1/values")
                      .arg(QString::fromLatin1(QUrl::toPercentEncoding(labelName))),
                  {},
                  false};
    addSelection(&call.params, selection);
    return call;
}

QByteArray formEncode(const Params &params)
{
    QByteArray out;
    for (const auto &[key, value] : params) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(key);
        out += '=';
        out += QUrl::toPercentEncoding(value);
    }
    return out;
}

QUrl callUrl(const QUrl &base, const ApiCall &call)
{
    QUrl url = endpointUrl(base, call.path);
    url.setUserInfo({});
    if (!call.params.empty())
        url.setQuery(QString::fromLatin1(formEncode(call.params)), QUrl::StrictMode);
    return url;
}

WireRequest buildWireRequest(const QUrl &base, const ApiCall &call,
                             const PrometheusServerOptions &options)
{
    WireRequest wire;
    QUrl url = callUrl(base, call);
    wire.method = "GET";
    if (call.postWhenLong && url.toEncoded().size() > kMaxGetUrlLength) {
        wire.method = "POST";
        wire.body = formEncode(call.params);
        url.setQuery(QString());
    }
    QNetworkRequest &request = wire.request;
    request.setUrl(url);
    request.setRawHeader("Accept", "application/json");
    if (wire.isPost())
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/x-www-form-urlencoded"));
    wire.policy.gzip = options.gzip;
    wire.policy.maxBytes = options.maxResponseBytes;
    wire.policy.stallTimeout = options.transferTimeout;

    const QString user = options.basicAuthUser.isEmpty() ? base.userName() : options.basicAuthUser;
    const QString password
        = options.basicAuthUser.isEmpty() ? base.password() : options.basicAuthPassword;
    if (!options.bearerToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + options.bearerToken.toUtf8());
    else if (!user.isEmpty())
        request.setRawHeader("Authorization",
                             "Basic " + (user + QLatin1Char(':') + password).toUtf8().toBase64());
    for (const auto &[name, value] : options.headers)
        request.setRawHeader(name, value);

    // Credentials go to the server they were configured for, never along a redirect elsewhere.
    const bool credentials = request.hasRawHeader("Authorization") || !options.headers.empty();
    wire.policy.redirects = credentials ? http::Redirects::SameOrigin : http::Redirects::NoLessSafe;
    return wire;
}

QString redactSecrets(QString text, const QUrl &base, const PrometheusServerOptions &options)
{
    QStringList secrets {options.basicAuthPassword, options.bearerToken, base.password()};
    const QString user = options.basicAuthUser.isEmpty() ? base.userName() : options.basicAuthUser;
    const QString password
        = options.basicAuthUser.isEmpty() ? base.password() : options.basicAuthPassword;
    if (!user.isEmpty())
        secrets << QString::fromLatin1((user + QLatin1Char(':') + password).toUtf8().toBase64());
    for (const auto &[name, value] : options.headers) {
        if (isSecretHeader(name))
            secrets << QString::fromUtf8(value);
    }
    // Longest first, so that a secret containing another is replaced whole.
    std::sort(secrets.begin(), secrets.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &secret : std::as_const(secrets)) {
        if (!secret.isEmpty())
            text.replace(secret, QStringLiteral("***"));
    }
    return text;
}

} // namespace eucora::prometheus
