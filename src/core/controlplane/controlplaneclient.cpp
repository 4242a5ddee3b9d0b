#include "controlplane/controlplaneclient.h"

#include "serverurl.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QUuid>

#include <algorithm>

namespace eucora::controlplane {

namespace {

bool unsafe(const QByteArray &method)
{
    return method != "GET" && method != "HEAD" && method != "OPTIONS";
}

bool isLoopback(const QUrl &url)
{
    const QString host = url.host();
    return host == QLatin1String("localhost") || QHostAddress(host).isLoopback();
}

// The answer as JSON, or the decoded error: a status outside 2xx (and outside the statuses
// whose body is still an answer) or a non-JSON body is an error. Runs on the channel's pool.
ApiResult<ApiAnswer> readAnswer(const http::HttpAnswer &http, const QList<int> &answerStatuses)
{
    const int status = http.status;
    const bool answer = (status >= 200 && status < 300) || answerStatuses.contains(status);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(http.body, &parseError);
    const bool json = parseError.error == QJsonParseError::NoError && doc.isObject();
    if (!answer || (!json && status >= 300))
        return decodeControlPlaneError(status, http.body, http.header("Retry-After"));
    if (!json)
        return ControlPlaneError(
            ApiError {ApiError::Kind::Decode,
                      status,
                      {},
                      ControlPlaneClient::tr("the answer is not a JSON object")});
    ApiAnswer out;
    static_cast<http::HttpAnswer &>(out) = http;
    out.json = doc.object();
    return out;
}

} // namespace

ControlPlaneClient::ControlPlaneClient(QNetworkAccessManager *network, const QUrl &baseUrl,
                                       QObject *parent)
    : QObject(parent)
    , m_channel(network)
    , m_baseUrl(baseUrl)
{
    // A POST answered 301 must not come back as a GET: redirects are answers here.
    m_policy.redirects = http::Redirects::None;
    m_policy.gzip = !isLoopback(baseUrl);
}

QDateTime ControlPlaneClient::throttledUntil() const
{
    if (m_throttledUntil.isValid() && m_throttledUntil > QDateTime::currentDateTimeUtc())
        return m_throttledUntil;
    return {};
}

template<typename T>
bool ControlPlaneClient::refuseWhileThrottled(QObject *context, const Callback<T> &done)
{
    const QDateTime until = throttledUntil();
    if (!until.isValid())
        return false;
    // Never hammer a server that asked to wait: fail at once, asynchronously like a reply.
    const qint64 seconds = std::max<qint64>(1, QDateTime::currentDateTimeUtc().secsTo(until));
    ControlPlaneError error(
        ApiError {ApiError::Kind::Server,
                  429,
                  {},
                  tr("the control plane asked to wait: try again in %1 s").arg(seconds)},
        ControlPlaneError::Meaning::Throttled);
    error.retryAfterSeconds = int(seconds);
    m_channel.failSoon<T, ControlPlaneError>(context, done, std::move(error));
    return true;
}

http::HttpRequest
ControlPlaneClient::buildRequest(const QByteArray &method, const QString &path,
                                 const QUrlQuery &query, const QByteArray &body,
                                 const QList<QPair<QByteArray, QByteArray>> &headers) const
{
    QUrl url = endpointUrl(m_baseUrl, path);
    if (!query.isEmpty())
        url.setQuery(query);
    http::HttpRequest out {QNetworkRequest(url), method, body, unsafe(method)};
    QNetworkRequest &request = out.request;
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("X-Correlation-ID", QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    if (unsafe(method)) {
        for (const QNetworkCookie &cookie : network()->cookieJar()->cookiesForUrl(url)) {
            if (cookie.name() == "csrftoken")
                request.setRawHeader("X-CSRFToken", cookie.value());
        }
        if (url.scheme() == QLatin1String("https")) // Django checks the Referer over HTTPS
            request.setRawHeader("Referer",
                                 endpointUrl(m_baseUrl, QStringLiteral("/")).toEncoded());
    }
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    return out;
}

void ControlPlaneClient::noteThrottle(const ControlPlaneError &error)
{
    if (!error.is(ControlPlaneError::Meaning::Throttled) || error.httpStatus != 429)
        return;
    // EUCORA throttles per hour: a longer wait is a broken header, not advice.
    const QDateTime until
        = QDateTime::currentDateTimeUtc().addSecs(std::clamp(error.retryAfterSeconds, 1, 3600));
    if (!m_throttledUntil.isValid() || until > m_throttledUntil)
        m_throttledUntil = until; // a second, shorter 429 never shortens it
    emit throttled(m_throttledUntil);
}

template<typename T>
void ControlPlaneClient::exchange(const QByteArray &method, const QString &path,
                                  const QUrlQuery &query, const QByteArray &body,
                                  const QList<QPair<QByteArray, QByteArray>> &headers,
                                  QObject *context, Decoder<T> decode, Callback<T> done,
                                  const RequestOptions &options)
{
    if (refuseWhileThrottled(context, done))
        return;
    http::RequestPolicy policy = m_policy;
    if (options.timeout.count() > 0)
        policy.deadline = options.timeout;
    m_channel.send<T, ControlPlaneError>(
        buildRequest(method, path, query, body, headers), policy, context,
        [decode = std::move(decode),
         statuses = options.answerStatuses](const http::HttpAnswer &http) -> ApiResult<T> {
            const ApiResult<ApiAnswer> answer = readAnswer(http, statuses);
            if (!answer.ok())
                return answer.error();
            return decode(answer.value());
        },
        [this, done = std::move(done)](const ApiResult<T> &result) {
            if (!result.ok())
                noteThrottle(result.error());
            done(result);
        });
}

void ControlPlaneClient::send(const QByteArray &method, const QString &path, const QUrlQuery &query,
                              const QByteArray &body,
                              const QList<QPair<QByteArray, QByteArray>> &headers, QObject *context,
                              Callback<ApiAnswer> done, const RequestOptions &options)
{
    exchange<ApiAnswer>(
        method, path, query, body, headers, context,
        [](const ApiAnswer &answer) -> ApiResult<ApiAnswer> { return answer; }, std::move(done),
        options);
}

template<typename T>
void ControlPlaneClient::get(const QString &path, const QUrlQuery &query, QObject *context,
                             Callback<T> done, Decoder<T> decode, const RequestOptions &options)
{
    exchange<T>("GET", path, query, {}, {}, context, std::move(decode), std::move(done), options);
}

namespace {

QString segment(const QString &text)
{
    return QString::fromUtf8(QUrl::toPercentEncoding(text));
}

ControlPlaneError undecodable(const ApiAnswer &answer, const QString &why)
{
    return ApiError {ApiError::Kind::Decode, answer.status, {}, why};
}

ControlPlaneError missing(const ApiAnswer &answer, const char *what)
{
    return undecodable(
        answer, ControlPlaneClient::tr("the answer has no \"%1\" list").arg(QLatin1String(what)));
}

// The array under `key`, each element read by `decode`; a decode error when there is none.
template<typename T>
ApiResult<std::vector<T>> listOf(const ApiAnswer &answer, const char *key,
                                 T (*decode)(const QJsonObject &))
{
    const QJsonValue list = answer.json.value(QLatin1String(key));
    if (!list.isArray())
        return missing(answer, key);
    std::vector<T> out;
    for (const QJsonValue item : list.toArray())
        out.push_back(decode(item.toObject()));
    return out;
}

// An action's answer carries nothing the caller needs beyond "it was accepted".
ApiResult<bool> accepted(const ApiAnswer &)
{
    return true;
}

QUrlQuery withAllDemoRows(QUrlQuery query)
{
    if (!query.hasQueryItem(QStringLiteral("include_demo")))
        query.addQueryItem(QStringLiteral("include_demo"), QStringLiteral("all"));
    return query;
}

QByteArray compact(const QJsonObject &body)
{
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

} // namespace

void ControlPlaneClient::login(const QString &username, const QString &password, QObject *context,
                               Callback<User> done)
{
    // Login is anonymous: no CSRF header is needed.
    exchange<User>(
        "POST", QStringLiteral("/api/v1/auth/login"), {},
        compact({{QStringLiteral("username"), username}, {QStringLiteral("password"), password}}),
        {}, context,
        [](const ApiAnswer &a) -> ApiResult<User> {
            return decodeUser(a.json.value(QStringLiteral("user")).toObject());
        },
        std::move(done));
}

void ControlPlaneClient::validate(QObject *context, Callback<User> done)
{
    get<User>(QStringLiteral("/api/v1/auth/validate"), {}, context, std::move(done),
              [](const ApiAnswer &a) -> ApiResult<User> {
                  return decodeUser(a.json.value(QStringLiteral("user")).toObject());
              });
}

void ControlPlaneClient::logout(QObject *context, Callback<bool> done)
{
    exchange<bool>("POST", QStringLiteral("/api/v1/auth/logout"), {}, "{}", {}, context, accepted,
                   std::move(done));
}

void ControlPlaneClient::deployments(const QUrlQuery &filter, QObject *context,
                                     Callback<std::vector<DeploymentSummary>> done)
{
    get<std::vector<DeploymentSummary>>(
        QStringLiteral("/api/v1/deployments/list"), filter, context, std::move(done),
        [](const ApiAnswer &a) { return listOf(a, "deployments", &decodeDeploymentSummary); });
}

void ControlPlaneClient::deployment(const QString &correlationId, QObject *context,
                                    Callback<DeploymentDetail> done)
{
    get<DeploymentDetail>(
        QStringLiteral("/api/v1/deployments/%1/").arg(segment(correlationId.toLower())),
        withAllDemoRows({}), context, std::move(done),
        [](const ApiAnswer &a) -> ApiResult<DeploymentDetail> {
            return decodeDeploymentDetail(a.json);
        });
}

void ControlPlaneClient::applications(const QUrlQuery &filter, QObject *context,
                                      Callback<std::vector<Application>> done)
{
    get<std::vector<Application>>(
        QStringLiteral("/api/v1/deployments/applications"), filter, context, std::move(done),
        [](const ApiAnswer &a) { return listOf(a, "applications", &decodeApplication); });
}

void ControlPlaneClient::rings(const QString &correlationId, QObject *context,
                               Callback<std::vector<RingProgress>> done)
{
    get<std::vector<RingProgress>>(
        QStringLiteral("/api/v1/deployments/%1/rings").arg(segment(correlationId.toLower())), {},
        context, std::move(done),
        [](const ApiAnswer &a) { return listOf(a, "rings", &decodeRingProgress); });
}

void ControlPlaneClient::breakers(QObject *context, Callback<std::vector<BreakerStatus>> done)
{
    get<std::vector<BreakerStatus>>(
        QStringLiteral("/api/v1/admin/health/circuit-breakers"), {}, context, std::move(done),
        [](const ApiAnswer &a) -> ApiResult<std::vector<BreakerStatus>> {
            const QJsonValue map = a.json.value(QStringLiteral("breakers"));
            if (!map.isObject())
                return undecodable(a, tr("the answer has no \"breakers\" map"));
            std::vector<BreakerStatus> out;
            const QJsonObject breakers = map.toObject();
            for (auto it = breakers.begin(); it != breakers.end(); ++it)
                out.push_back(decodeBreaker(it.key(), it.value().toObject()));
            std::stable_sort(out.begin(), out.end(),
                             [](const BreakerStatus &x, const BreakerStatus &y) {
                                 return breakerRank(x.service) < breakerRank(y.service);
                             });
            return out;
        });
}

void ControlPlaneClient::breaker(const QString &service, QObject *context,
                                 Callback<BreakerStatus> done)
{
    get<BreakerStatus>(
        QStringLiteral("/api/v1/admin/health/circuit-breakers/%1").arg(segment(service)), {},
        context, std::move(done), [service](const ApiAnswer &a) -> ApiResult<BreakerStatus> {
            return decodeBreaker(service, a.json);
        });
}

void ControlPlaneClient::resetBreaker(const QString &service, QObject *context, Callback<bool> done)
{
    exchange<bool>(
        "POST",
        QStringLiteral("/api/v1/admin/health/circuit-breakers/%1/reset").arg(segment(service)), {},
        "{}", {}, context, accepted, std::move(done));
}

void ControlPlaneClient::health(QObject *context, Callback<HealthReport> done)
{
    RequestOptions options;
    options.answerStatuses = {503};
    get<HealthReport>(
        QStringLiteral("/api/v1/health/"), {}, context, std::move(done),
        [](const ApiAnswer &a) -> ApiResult<HealthReport> { return decodeHealthReport(a.json); },
        options);
}

void ControlPlaneClient::connectors(QObject *context, Callback<std::vector<Connector>> done)
{
    get<std::vector<Connector>>(
        QStringLiteral("/api/v1/connectors/"), {}, context, std::move(done),
        [](const ApiAnswer &a) { return listOf(a, "connectors", &decodeConnector); });
}

void ControlPlaneClient::connectorHealth(const QString &type, QObject *context,
                                         Callback<ConnectorHealth> done)
{
    RequestOptions options;
    options.answerStatuses = {503};
    get<ConnectorHealth>(
        QStringLiteral("/api/v1/connectors/%1/health").arg(segment(type)), {}, context,
        std::move(done),
        [](const ApiAnswer &a) -> ApiResult<ConnectorHealth> {
            return decodeConnectorHealth(a.json);
        },
        options);
}

void ControlPlaneClient::events(const QString &correlationId, const QDateTime &start,
                                const QDateTime &end, int limit, QObject *context,
                                Callback<EventPage> done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("include_demo"), QStringLiteral("all"));
    if (!correlationId.isEmpty())
        query.addQueryItem(QStringLiteral("correlation_id"), correlationId.toLower());
    if (start.isValid())
        query.addQueryItem(QStringLiteral("start_date"), start.toUTC().toString(Qt::ISODate));
    if (end.isValid())
        query.addQueryItem(QStringLiteral("end_date"), end.toUTC().toString(Qt::ISODate));
    if (limit > 0)
        query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    const int cap = limit > 0 ? limit : 100;
    get<EventPage>(QStringLiteral("/api/v1/events/list"), query, context, std::move(done),
                   [start, end, cap](const ApiAnswer &a) -> ApiResult<EventPage> {
                       const QJsonValue list = a.json.value(QStringLiteral("events"));
                       if (!list.isArray())
                           return missing(a, "events");
                       EventPage page;
                       page.capped = list.toArray().size() >= cap;
                       for (const QJsonValue item : list.toArray()) {
                           EventRecord e = decodeEvent(item.toObject());
                           // EUCORA ignores the window: apply it here too (contract 11.9).
                           if ((start.isValid() && e.createdAt < start)
                               || (end.isValid() && e.createdAt >= end))
                               continue;
                           page.events.push_back(std::move(e));
                       }
                       return page;
                   });
}

void ControlPlaneClient::demoStats(QObject *context, Callback<DemoStats> done)
{
    get<DemoStats>(QStringLiteral("/api/v1/admin/demo-data-stats"), {}, context, std::move(done),
                   [](const ApiAnswer &a) -> ApiResult<DemoStats> {
                       return DemoStats {
                           decodeDemoCounts(a.json.value(QStringLiteral("counts")).toObject()),
                           a.json.value(QStringLiteral("demo_mode_enabled")).toBool()};
                   });
}

void ControlPlaneClient::demoReadiness(QObject *context, Callback<DemoReadiness> done)
{
    get<DemoReadiness>(
        QStringLiteral("/health/demo-ready"), {}, context, std::move(done),
        [](const ApiAnswer &a) -> ApiResult<DemoReadiness> {
            if (!a.json.value(QStringLiteral("demo_mode_enabled")).isBool())
                return undecodable(a, tr("the answer does not say whether demo mode is on"));
            return DemoReadiness {a.json.value(QStringLiteral("demo_mode_enabled")).toBool(),
                                  a.json.value(QStringLiteral("demo_data_exists")).toBool(),
                                  a.json.value(QStringLiteral("status")).toString()};
        });
}

void ControlPlaneClient::demoMode(QObject *context, Callback<bool> done)
{
    get<bool>(QStringLiteral("/api/v1/admin/demo-mode"), {}, context, std::move(done),
              [](const ApiAnswer &a) -> ApiResult<bool> {
                  return a.json.value(QStringLiteral("demo_mode_enabled")).toBool();
              });
}

void ControlPlaneClient::setDemoMode(bool enabled, QObject *context, Callback<bool> done)
{
    exchange<bool>(
        "POST", QStringLiteral("/api/v1/admin/demo-mode"), {},
        compact({{QStringLiteral("enabled"), enabled}}), {}, context,
        [](const ApiAnswer &a) -> ApiResult<bool> {
            return a.json.value(QStringLiteral("demo_mode_enabled")).toBool();
        },
        std::move(done));
}

void ControlPlaneClient::seed(const SeedRequest &request, QObject *context,
                              Callback<SeedAnswer> done)
{
    RequestOptions options;
    options.timeout = std::max<std::chrono::milliseconds>(timeout(), std::chrono::seconds(120));
    exchange<SeedAnswer>(
        "POST", QStringLiteral("/api/v1/admin/seed-demo-data"), {},
        compact(encodeSeedRequest(request)), {}, context,
        [](const ApiAnswer &a) -> ApiResult<SeedAnswer> {
            const SeedAnswer seed = decodeSeedAnswer(a.status, a.json);
            if (seed.queued && seed.taskId.isEmpty())
                return undecodable(a, tr("the server queued the seed without a task id"));
            return seed;
        },
        std::move(done), options);
}

void ControlPlaneClient::taskStatus(const QString &taskId, QObject *context,
                                    Callback<TaskStatus> done)
{
    get<TaskStatus>(QStringLiteral("/api/v1/admin/tasks/%1/status").arg(segment(taskId)), {},
                    context, std::move(done), [](const ApiAnswer &a) -> ApiResult<TaskStatus> {
                        return decodeTaskStatus(a.json);
                    });
}

void ControlPlaneClient::revokeTask(const QString &taskId, QObject *context, Callback<bool> done)
{
    // terminate: a running task is stopped, not only skipped if still queued (contract 4.6).
    exchange<bool>("POST", QStringLiteral("/api/v1/admin/tasks/%1/revoke").arg(segment(taskId)), {},
                   R"({"terminate": true})", {}, context, accepted, std::move(done));
}

void ControlPlaneClient::requestRollback(const QString &correlationId, const QString &reason,
                                         const QString &idempotencyKey, QObject *context,
                                         Callback<RollbackAccepted> done)
{
    const QUuid id(correlationId);
    if (id.isNull()) { // EUCORA answers a malformed id with an HTML 404: never send one
        m_channel.failSoon<RollbackAccepted, ControlPlaneError>(
            context, std::move(done),
            ApiError {ApiError::Kind::Decode,
                      0,
                      {},
                      tr("\"%1\" is not a deployment id").arg(correlationId)});
        return;
    }
    exchange<RollbackAccepted>(
        "POST",
        QStringLiteral("/api/v1/deployments/%1/rollback/").arg(id.toString(QUuid::WithoutBraces)),
        {}, compact({{QStringLiteral("reason"), reason}}),
        {{"Idempotency-Key", idempotencyKey.toUtf8()}}, context,
        [](const ApiAnswer &a) -> ApiResult<RollbackAccepted> {
            const QJsonObject rollback = a.json.value(QStringLiteral("rollback")).toObject();
            return RollbackAccepted {a.json.value(QStringLiteral("correlation_id")).toString(),
                                     a.json.value(QStringLiteral("status")).toString(),
                                     rollback.value(QStringLiteral("task_id")).toString(),
                                     rollback.value(QStringLiteral("requested_by")).toString(),
                                     a.header("Idempotent-Replayed") == "true"};
        },
        [this, done = std::move(done)](const ApiResult<RollbackAccepted> &result) {
            if (!result.ok() && result.error().is(ControlPlaneError::Meaning::NoSuchEndpoint))
                m_rollbackEndpointMissing = true;
            done(result);
        });
}

} // namespace eucora::controlplane
