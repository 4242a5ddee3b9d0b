#include "controlplane/controlplaneclient.h"

#include "serverurl.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <cstring>

namespace eucora::controlplane {

namespace {

ControlPlaneError transportError(ApiError error)
{
    ControlPlaneError out;
    out.error = std::move(error);
    return out;
}

// A request body that can be read once and never rewound. QNetworkAccessManager quietly
// resends a request whose kept-alive connection died before the answer; with a body it cannot
// rewind, it reports the error instead — so an operator's POST reaches the server at most once.
class OneShotBody : public QIODevice
{
public:
    explicit OneShotBody(QByteArray data, QObject *parent)
        : QIODevice(parent)
        , m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override
    {
        return qint64(m_data.size()) - m_pos + QIODevice::bytesAvailable();
    }

protected:
    qint64 readData(char *out, qint64 max) override
    {
        const qint64 n = std::min(max, qint64(m_data.size()) - m_pos);
        std::memcpy(out, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

bool unsafe(const QByteArray &method)
{
    return method != "GET" && method != "HEAD" && method != "OPTIONS";
}

} // namespace

QByteArray ApiAnswer::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

ControlPlaneClient::ControlPlaneClient(QNetworkAccessManager *network, const QUrl &baseUrl,
                                       QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_baseUrl(baseUrl)
{ }

QDateTime ControlPlaneClient::throttledUntil() const
{
    if (m_throttledUntil.isValid() && m_throttledUntil > QDateTime::currentDateTimeUtc())
        return m_throttledUntil;
    return {};
}

void ControlPlaneClient::send(const QByteArray &method, const QString &path, const QUrlQuery &query,
                              const QByteArray &body,
                              const QList<QPair<QByteArray, QByteArray>> &headers, QObject *context,
                              std::function<void(const Result<ApiAnswer> &)> done,
                              const RequestOptions &options)
{
    if (const QDateTime until = throttledUntil(); until.isValid()) {
        // Never hammer a server that asked to wait: fail at once, asynchronously like a reply.
        ControlPlaneError error;
        const qint64 seconds = std::max<qint64>(1, QDateTime::currentDateTimeUtc().secsTo(until));
        error.error = ApiError {
            ApiError::Kind::Server,
            429,
            {},
            QCoreApplication::translate("eucora::controlplane::ControlPlaneClient",
                                        "the control plane asked to wait: try again in %1 s")
                .arg(seconds)};
        error.meaning = ControlPlaneError::Meaning::Throttled;
        error.retryAfterSeconds = int(seconds);
        QPointer<QObject> guard(context);
        QTimer::singleShot(0, this, [this, guard, error, done] {
            if (!guard)
                return;
            m_lastError = error;
            done(error.error);
        });
        return;
    }

    QUrl url = endpointUrl(m_baseUrl, path);
    if (!query.isEmpty())
        url.setQuery(query);
    QNetworkRequest request(url);
    // Redirects are not followed: a POST answered 301 must not come back as a GET.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("X-Correlation-ID", QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    if (unsafe(method)) {
        for (const QNetworkCookie &cookie : m_network->cookieJar()->cookiesForUrl(url)) {
            if (cookie.name() == "csrftoken")
                request.setRawHeader("X-CSRFToken", cookie.value());
        }
        if (url.scheme() == QLatin1String("https")) // Django checks the Referer over HTTPS
            request.setRawHeader("Referer",
                                 endpointUrl(m_baseUrl, QStringLiteral("/")).toEncoded());
    }
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);

    QNetworkReply *reply = nullptr;
    if (unsafe(method)) {
        request.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        // HTTP/1.1 only: OneShotBody is what keeps Qt from resending on that path.
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        auto *upload = new OneShotBody(body, nullptr); // parented to the reply below
        reply = m_network->sendCustomRequest(request, method, upload);
        upload->setParent(reply);
    } else {
        reply = m_network->sendCustomRequest(request, method, body);
    }
    const std::chrono::milliseconds timeout
        = options.timeout.count() > 0 ? options.timeout : m_timeout;
    auto *deadline = new QTimer(reply); // dies with the reply
    deadline->setSingleShot(true);
    auto timedOut = std::make_shared<bool>(false);
    connect(deadline, &QTimer::timeout, reply, [reply, timedOut] {
        *timedOut = true;
        reply->abort();
    });
    deadline->start(timeout);
    auto tooLarge = std::make_shared<bool>(false);
    const qint64 cap = m_maxAnswerBytes;
    connect(reply, &QNetworkReply::downloadProgress, reply,
            [reply, tooLarge, cap](qint64 received, qint64 total) {
                if (received > cap || total > cap) {
                    *tooLarge = true;
                    reply->abort();
                }
            });
    QPointer<QObject> guard(context);
    const QList<int> answerStatuses = options.answerStatuses;
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, guard, done, timedOut, tooLarge, cap, timeout, answerStatuses] {
                reply->deleteLater();
                const int status
                    = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                const QByteArray bytes = reply->isOpen() ? reply->readAll() : QByteArray();
                if (!guard)
                    return;
                if (*timedOut) {
                    m_lastError = transportError(ApiError {
                        ApiError::Kind::Timeout,
                        0,
                        {},
                        QCoreApplication::translate("eucora::controlplane::ControlPlaneClient",
                                                    "no answer within %1 s")
                            .arg(double(timeout.count()) / 1000.0)});
                    done(m_lastError->error);
                    return;
                }
                if (*tooLarge) {
                    m_lastError = transportError(ApiError {
                        ApiError::Kind::TooLarge,
                        status,
                        {},
                        QCoreApplication::translate("eucora::controlplane::ControlPlaneClient",
                                                    "the answer is larger than %1 MiB: not read")
                            .arg(double(cap) / (1 << 20))});
                    done(m_lastError->error);
                    return;
                }
                if (status == 0) {
                    m_lastError = transportError(
                        ApiError {ApiError::Kind::Network, 0, {}, reply->errorString()});
                    done(m_lastError->error);
                    return;
                }
                const bool answer
                    = (status >= 200 && status < 300) || answerStatuses.contains(status);
                QJsonParseError parseError;
                const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
                const bool json = parseError.error == QJsonParseError::NoError && doc.isObject();
                if (!answer || (!json && status >= 300)) {
                    m_lastError
                        = decodeControlPlaneError(status, bytes, reply->rawHeader("Retry-After"));
                    if (m_lastError->meaning == ControlPlaneError::Meaning::Throttled) {
                        // EUCORA throttles per hour: a longer wait is a broken header, not advice.
                        const QDateTime until = QDateTime::currentDateTimeUtc().addSecs(
                            std::clamp(m_lastError->retryAfterSeconds, 1, 3600));
                        if (!m_throttledUntil.isValid() || until > m_throttledUntil)
                            m_throttledUntil = until; // a second, shorter 429 never shortens it
                        emit throttled(m_throttledUntil);
                    }
                    done(m_lastError->error);
                    return;
                }
                if (!json) {
                    m_lastError = transportError(ApiError {
                        ApiError::Kind::Decode,
                        status,
                        {},
                        QCoreApplication::translate("eucora::controlplane::ControlPlaneClient",
                                                    "the answer is not a JSON object")});
                    done(m_lastError->error);
                    return;
                }
                m_lastError.reset();
                done(ApiAnswer {status, doc.object(), bytes, reply->rawHeaderPairs()});
            });
}

template<typename T>
void ControlPlaneClient::get(const QString &path, const QUrlQuery &query, QObject *context,
                             Callback<T> done, std::function<Result<T>(const ApiAnswer &)> decode,
                             const RequestOptions &options)
{
    send(
        "GET", path, query, {}, {}, context,
        [done, decode](const Result<ApiAnswer> &answer) {
            if (!answer.ok())
                return done(answer.error());
            done(decode(answer.value()));
        },
        options);
}

namespace {

QString segment(const QString &text)
{
    return QString::fromUtf8(QUrl::toPercentEncoding(text));
}

ApiError missing(const ApiAnswer &answer, const char *what)
{
    return ApiError {ApiError::Kind::Decode,
                     answer.status,
                     {},
                     QCoreApplication::translate("eucora::controlplane::ControlPlaneClient",
                                                 "the answer has no \"%1\" list")
                         .arg(QLatin1String(what))};
}

// The array under `key`, each element read by `decode`; a decode error when there is none.
template<typename T>
Result<std::vector<T>> listOf(const ApiAnswer &answer, const char *key,
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

QUrlQuery withAllDemoRows(QUrlQuery query)
{
    if (!query.hasQueryItem(QStringLiteral("include_demo")))
        query.addQueryItem(QStringLiteral("include_demo"), QStringLiteral("all"));
    return query;
}

const QStringList &breakerTableOrder()
{
    static const QStringList order {QStringLiteral("intune"),
                                    QStringLiteral("jamf"),
                                    QStringLiteral("sccm"),
                                    QStringLiteral("landscape"),
                                    QStringLiteral("ansible"),
                                    QStringLiteral("servicenow"),
                                    QStringLiteral("jira"),
                                    QStringLiteral("freshservice"),
                                    QStringLiteral("splunk"),
                                    QStringLiteral("elastic"),
                                    QStringLiteral("datadog"),
                                    QStringLiteral("entra_id"),
                                    QStringLiteral("active_directory"),
                                    QStringLiteral("defender"),
                                    QStringLiteral("vulnerability_scanner"),
                                    QStringLiteral("ai_provider"),
                                    QStringLiteral("database"),
                                    QStringLiteral("external_api")};
    return order;
}

} // namespace

void ControlPlaneClient::login(const QString &username, const QString &password, QObject *context,
                               Callback<User> done)
{
    // Login is anonymous: no CSRF header is needed.
    const QJsonObject body {{QStringLiteral("username"), username},
                            {QStringLiteral("password"), password}};
    send("POST", QStringLiteral("/api/v1/auth/login"), {},
         QJsonDocument(body).toJson(QJsonDocument::Compact), {}, context,
         [done](const Result<ApiAnswer> &answer) {
             if (!answer.ok())
                 return done(answer.error());
             done(decodeUser(answer.value().json.value(QStringLiteral("user")).toObject()));
         });
}

void ControlPlaneClient::validate(QObject *context, Callback<User> done)
{
    get<User>(QStringLiteral("/api/v1/auth/validate"), {}, context, done,
              [](const ApiAnswer &a) -> Result<User> {
                  return decodeUser(a.json.value(QStringLiteral("user")).toObject());
              });
}

void ControlPlaneClient::logout(QObject *context, Callback<bool> done)
{
    send("POST", QStringLiteral("/api/v1/auth/logout"), {}, "{}", {}, context,
         [done](const Result<ApiAnswer> &answer) {
             if (!answer.ok())
                 return done(answer.error());
             done(true);
         });
}

void ControlPlaneClient::deployments(const QUrlQuery &filter, QObject *context,
                                     Callback<std::vector<DeploymentSummary>> done)
{
    get<std::vector<DeploymentSummary>>(
        QStringLiteral("/api/v1/deployments/list"), filter, context, done,
        [](const ApiAnswer &a) { return listOf(a, "deployments", &decodeDeploymentSummary); });
}

void ControlPlaneClient::deployment(const QString &correlationId, QObject *context,
                                    Callback<DeploymentDetail> done)
{
    get<DeploymentDetail>(
        QStringLiteral("/api/v1/deployments/%1/").arg(segment(correlationId.toLower())),
        withAllDemoRows({}), context, done, [](const ApiAnswer &a) -> Result<DeploymentDetail> {
            return decodeDeploymentDetail(a.json);
        });
}

void ControlPlaneClient::applications(const QUrlQuery &filter, QObject *context,
                                      Callback<std::vector<Application>> done)
{
    get<std::vector<Application>>(
        QStringLiteral("/api/v1/deployments/applications"), filter, context, done,
        [](const ApiAnswer &a) { return listOf(a, "applications", &decodeApplication); });
}

void ControlPlaneClient::rings(const QString &correlationId, QObject *context,
                               Callback<std::vector<RingProgress>> done)
{
    get<std::vector<RingProgress>>(
        QStringLiteral("/api/v1/deployments/%1/rings").arg(segment(correlationId.toLower())), {},
        context, done, [](const ApiAnswer &a) { return listOf(a, "rings", &decodeRingProgress); });
}

void ControlPlaneClient::breakers(QObject *context, Callback<std::vector<BreakerStatus>> done)
{
    get<std::vector<BreakerStatus>>(
        QStringLiteral("/api/v1/admin/health/circuit-breakers"), {}, context, done,
        [](const ApiAnswer &a) -> Result<std::vector<BreakerStatus>> {
            const QJsonValue map = a.json.value(QStringLiteral("breakers"));
            if (!map.isObject())
                return ApiError {
                    ApiError::Kind::Decode,
                    a.status,
                    {},
                    QCoreApplication::translate("eucora::controlplane::ControlPlaneClient",
                                                "the answer has no \"breakers\" map")};
            std::vector<BreakerStatus> out;
            const QJsonObject breakers = map.toObject();
            for (auto it = breakers.begin(); it != breakers.end(); ++it)
                out.push_back(decodeBreaker(it.key(), it.value().toObject()));
            const auto rank = [](const QString &name) {
                const auto i = breakerTableOrder().indexOf(name);
                return i < 0 ? breakerTableOrder().size() : i;
            };
            std::stable_sort(out.begin(), out.end(),
                             [&rank](const BreakerStatus &x, const BreakerStatus &y) {
                                 return rank(x.service) < rank(y.service);
                             });
            return out;
        });
}

void ControlPlaneClient::breaker(const QString &service, QObject *context,
                                 Callback<BreakerStatus> done)
{
    get<BreakerStatus>(
        QStringLiteral("/api/v1/admin/health/circuit-breakers/%1").arg(segment(service)), {},
        context, done, [service](const ApiAnswer &a) -> Result<BreakerStatus> {
            return decodeBreaker(service, a.json);
        });
}

void ControlPlaneClient::resetBreaker(const QString &service, QObject *context, Callback<bool> done)
{
    send("POST",
         QStringLiteral("/api/v1/admin/health/circuit-breakers/%1/reset").arg(segment(service)), {},
         "{}", {}, context, [done](const Result<ApiAnswer> &answer) {
             if (!answer.ok())
                 return done(answer.error());
             done(true);
         });
}

void ControlPlaneClient::health(QObject *context, Callback<HealthReport> done)
{
    RequestOptions options;
    options.answerStatuses = {503};
    get<HealthReport>(
        QStringLiteral("/api/v1/health/"), {}, context, done,
        [](const ApiAnswer &a) -> Result<HealthReport> { return decodeHealthReport(a.json); },
        options);
}

void ControlPlaneClient::connectors(QObject *context, Callback<std::vector<Connector>> done)
{
    get<std::vector<Connector>>(
        QStringLiteral("/api/v1/connectors/"), {}, context, done,
        [](const ApiAnswer &a) { return listOf(a, "connectors", &decodeConnector); });
}

void ControlPlaneClient::connectorHealth(const QString &type, QObject *context,
                                         Callback<ConnectorHealth> done)
{
    RequestOptions options;
    options.answerStatuses = {503};
    get<ConnectorHealth>(
        QStringLiteral("/api/v1/connectors/%1/health").arg(segment(type)), {}, context, done,
        [](const ApiAnswer &a) -> Result<ConnectorHealth> { return decodeConnectorHealth(a.json); },
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
    get<EventPage>(QStringLiteral("/api/v1/events/list"), query, context, done,
                   [start, end, cap](const ApiAnswer &a) -> Result<EventPage> {
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
    get<DemoStats>(QStringLiteral("/api/v1/admin/demo-data-stats"), {}, context, done,
                   [](const ApiAnswer &a) -> Result<DemoStats> {
                       return DemoStats {
                           decodeDemoCounts(a.json.value(QStringLiteral("counts")).toObject()),
                           a.json.value(QStringLiteral("demo_mode_enabled")).toBool()};
                   });
}

void ControlPlaneClient::demoReadiness(QObject *context, Callback<DemoReadiness> done)
{
    get<DemoReadiness>(
        QStringLiteral("/health/demo-ready"), {}, context, done,
        [](const ApiAnswer &a) -> Result<DemoReadiness> {
            if (!a.json.value(QStringLiteral("demo_mode_enabled")).isBool())
                return ApiError {
                    ApiError::Kind::Decode,
                    a.status,
                    {},
                    QCoreApplication::translate("eucora::controlplane::ControlPlaneClient",
                                                "the answer does not say whether demo mode is on")};
            return DemoReadiness {a.json.value(QStringLiteral("demo_mode_enabled")).toBool(),
                                  a.json.value(QStringLiteral("demo_data_exists")).toBool(),
                                  a.json.value(QStringLiteral("status")).toString()};
        });
}

void ControlPlaneClient::demoMode(QObject *context, Callback<bool> done)
{
    get<bool>(QStringLiteral("/api/v1/admin/demo-mode"), {}, context, done,
              [](const ApiAnswer &a) -> Result<bool> {
                  return a.json.value(QStringLiteral("demo_mode_enabled")).toBool();
              });
}

void ControlPlaneClient::setDemoMode(bool enabled, QObject *context, Callback<bool> done)
{
    const QJsonObject body {{QStringLiteral("enabled"), enabled}};
    send("POST", QStringLiteral("/api/v1/admin/demo-mode"), {},
         QJsonDocument(body).toJson(QJsonDocument::Compact), {}, context,
         [done](const Result<ApiAnswer> &answer) {
             if (!answer.ok())
                 return done(answer.error());
             done(answer.value().json.value(QStringLiteral("demo_mode_enabled")).toBool());
         });
}

void ControlPlaneClient::seed(const SeedRequest &request, QObject *context,
                              Callback<SeedAnswer> done)
{
    RequestOptions options;
    options.timeout = std::max<std::chrono::milliseconds>(m_timeout, std::chrono::seconds(120));
    send(
        "POST", QStringLiteral("/api/v1/admin/seed-demo-data"), {},
        QJsonDocument(encodeSeedRequest(request)).toJson(QJsonDocument::Compact), {}, context,
        [done](const Result<ApiAnswer> &answer) {
            if (!answer.ok())
                return done(answer.error());
            const SeedAnswer seed = decodeSeedAnswer(answer.value().status, answer.value().json);
            if (seed.queued && seed.taskId.isEmpty())
                return done(ApiError {
                    ApiError::Kind::Decode,
                    answer.value().status,
                    {},
                    QCoreApplication::translate("eucora::controlplane::ControlPlaneClient",
                                                "the server queued the seed without a task id")});
            done(seed);
        },
        options);
}

void ControlPlaneClient::taskStatus(const QString &taskId, QObject *context,
                                    Callback<TaskStatus> done)
{
    get<TaskStatus>(
        QStringLiteral("/api/v1/admin/tasks/%1/status").arg(segment(taskId)), {}, context, done,
        [](const ApiAnswer &a) -> Result<TaskStatus> { return decodeTaskStatus(a.json); });
}

void ControlPlaneClient::revokeTask(const QString &taskId, QObject *context, Callback<bool> done)
{
    // terminate: a running task is stopped, not only skipped if still queued (contract 4.6).
    send("POST", QStringLiteral("/api/v1/admin/tasks/%1/revoke").arg(segment(taskId)), {},
         R"({"terminate": true})", {}, context, [done](const Result<ApiAnswer> &answer) {
             if (!answer.ok())
                 return done(answer.error());
             done(true);
         });
}

void ControlPlaneClient::requestRollback(const QString &correlationId, const QString &reason,
                                         const QString &idempotencyKey, QObject *context,
                                         Callback<RollbackAccepted> done)
{
    const QUuid id(correlationId);
    if (id.isNull()) { // EUCORA answers a malformed id with an HTML 404: never send one
        const ControlPlaneError error = transportError(
            ApiError {ApiError::Kind::Decode,
                      0,
                      {},
                      QCoreApplication::translate("eucora::controlplane::ControlPlaneClient",
                                                  "\"%1\" is not a deployment id")
                          .arg(correlationId)});
        QPointer<QObject> guard(context);
        QTimer::singleShot(0, this, [this, guard, error, done] {
            if (!guard)
                return;
            m_lastError = error;
            done(error.error);
        });
        return;
    }
    const QJsonObject body {{QStringLiteral("reason"), reason}};
    send("POST",
         QStringLiteral("/api/v1/deployments/%1/rollback/").arg(id.toString(QUuid::WithoutBraces)),
         {}, QJsonDocument(body).toJson(QJsonDocument::Compact),
         {{"Idempotency-Key", idempotencyKey.toUtf8()}}, context,
         [this, done](const Result<ApiAnswer> &answer) {
             if (!answer.ok()) {
                 if (m_lastError
                     && m_lastError->meaning == ControlPlaneError::Meaning::NoSuchEndpoint)
                     m_rollbackEndpointMissing = true;
                 return done(answer.error());
             }
             const QJsonObject o = answer.value().json;
             const QJsonObject rollback = o.value(QStringLiteral("rollback")).toObject();
             done(RollbackAccepted {o.value(QStringLiteral("correlation_id")).toString(),
                                    o.value(QStringLiteral("status")).toString(),
                                    rollback.value(QStringLiteral("task_id")).toString(),
                                    rollback.value(QStringLiteral("requested_by")).toString(),
                                    answer.value().header("Idempotent-Replayed") == "true"});
         });
}

} // namespace eucora::controlplane
