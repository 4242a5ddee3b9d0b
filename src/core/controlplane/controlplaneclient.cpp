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

QString trText(const char *text)
{
    return QCoreApplication::translate("eucora::controlplane::ControlPlaneClient", text);
}

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

User userFrom(const QJsonObject &o)
{
    return User {
        o.value(QStringLiteral("id")).toInt(), o.value(QStringLiteral("username")).toString(),
        o.value(QStringLiteral("email")).toString(), o.value(QStringLiteral("is_staff")).toBool(),
        o.value(QStringLiteral("is_superuser")).toBool()};
}

} // namespace

QDateTime parseTimestamp(const QString &text)
{
    QString t = text.trimmed();
    // Python emits microseconds; Qt reads milliseconds: cut the fraction to three digits.
    const qsizetype dot = t.indexOf(QLatin1Char('.'));
    if (dot > 0) {
        qsizetype end = dot + 1;
        while (end < t.size() && t.at(end).isDigit())
            ++end;
        t = t.left(std::min(end, dot + 4)) + t.mid(end);
    }
    QDateTime parsed = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!parsed.isValid()
        || !(t.endsWith(QLatin1Char('Z')) || t.contains(QLatin1Char('+'))
             || t.lastIndexOf(QLatin1Char('-')) > 10))
        return {};
    return parsed.toUTC();
}

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

void ControlPlaneClient::send(const QByteArray &method, const QString &path, const QUrlQuery &query,
                              const QByteArray &body,
                              const QList<QPair<QByteArray, QByteArray>> &headers, QObject *context,
                              std::function<void(const Result<ApiAnswer> &)> done)
{
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
        auto *upload = new OneShotBody(body, nullptr); // parented to the reply below
        reply = m_network->sendCustomRequest(request, method, upload);
        upload->setParent(reply);
    } else {
        reply = m_network->sendCustomRequest(request, method, body);
    }
    auto *deadline = new QTimer(reply); // dies with the reply
    deadline->setSingleShot(true);
    auto timedOut = std::make_shared<bool>(false);
    connect(deadline, &QTimer::timeout, reply, [reply, timedOut] {
        *timedOut = true;
        reply->abort();
    });
    deadline->start(m_timeout);
    QPointer<QObject> guard(context);
    connect(reply, &QNetworkReply::finished, this, [this, reply, guard, done, timedOut] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray bytes = reply->readAll();
        if (!guard)
            return;
        if (*timedOut) {
            m_lastError = transportError(
                ApiError {ApiError::Kind::Timeout,
                          0,
                          {},
                          trText("no answer within %1 s").arg(double(m_timeout.count()) / 1000.0)});
            done(m_lastError->error);
            return;
        }
        if (status == 0) {
            m_lastError
                = transportError(ApiError {ApiError::Kind::Network, 0, {}, reply->errorString()});
            done(m_lastError->error);
            return;
        }
        if (status < 200 || status >= 300) {
            m_lastError = decodeControlPlaneError(status, bytes, reply->rawHeader("Retry-After"));
            done(m_lastError->error);
            return;
        }
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
            m_lastError = transportError(ApiError {
                ApiError::Kind::Decode, status, {}, trText("the answer is not a JSON object")});
            done(m_lastError->error);
            return;
        }
        m_lastError.reset();
        done(ApiAnswer {status, doc.object(), bytes, reply->rawHeaderPairs()});
    });
}

void ControlPlaneClient::login(const QString &username, const QString &password, QObject *context,
                               Callback<User> done)
{
    // Login is anonymous: no CSRF header is needed, and a stale session must not be sent.
    const QJsonObject body {{QStringLiteral("username"), username},
                            {QStringLiteral("password"), password}};
    send("POST", QStringLiteral("/api/v1/auth/login"), {},
         QJsonDocument(body).toJson(QJsonDocument::Compact), {}, context,
         [done](const Result<ApiAnswer> &answer) {
             if (!answer.ok())
                 return done(answer.error());
             done(userFrom(answer.value().json.value(QStringLiteral("user")).toObject()));
         });
}

void ControlPlaneClient::validate(QObject *context, Callback<User> done)
{
    send("GET", QStringLiteral("/api/v1/auth/validate"), {}, {}, {}, context,
         [done](const Result<ApiAnswer> &answer) {
             if (!answer.ok())
                 return done(answer.error());
             done(userFrom(answer.value().json.value(QStringLiteral("user")).toObject()));
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
    send("GET", QStringLiteral("/api/v1/deployments/list"), filter, {}, {}, context,
         [done](const Result<ApiAnswer> &answer) {
             if (!answer.ok())
                 return done(answer.error());
             const QJsonValue list = answer.value().json.value(QStringLiteral("deployments"));
             if (!list.isArray())
                 return done(ApiError {ApiError::Kind::Decode,
                                       answer.value().status,
                                       {},
                                       trText("the answer has no \"deployments\" list")});
             std::vector<DeploymentSummary> out;
             for (const QJsonValue item : list.toArray()) {
                 const QJsonObject o = item.toObject();
                 DeploymentSummary d;
                 d.correlationId = o.value(QStringLiteral("correlation_id")).toString();
                 d.appName = o.value(QStringLiteral("app_name")).toString();
                 d.version = o.value(QStringLiteral("version")).toString();
                 d.targetRing = o.value(QStringLiteral("target_ring")).toString();
                 d.status = o.value(QStringLiteral("status")).toString();
                 if (o.value(QStringLiteral("risk_score")).isDouble())
                     d.riskScore = o.value(QStringLiteral("risk_score")).toInt();
                 d.createdAt = parseTimestamp(o.value(QStringLiteral("created_at")).toString());
                 out.push_back(d);
             }
             done(out);
         });
}

void ControlPlaneClient::breakers(QObject *context, Callback<std::vector<BreakerStatus>> done)
{
    send("GET", QStringLiteral("/api/v1/admin/health/circuit-breakers"), {}, {}, {}, context,
         [done](const Result<ApiAnswer> &answer) {
             if (!answer.ok())
                 return done(answer.error());
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
             const QJsonObject map
                 = answer.value().json.value(QStringLiteral("breakers")).toObject();
             std::vector<BreakerStatus> out;
             for (auto it = map.begin(); it != map.end(); ++it) {
                 const QJsonObject b = it.value().toObject();
                 out.push_back(BreakerStatus {it.key(), b.value(QStringLiteral("state")).toString(),
                                              b.value(QStringLiteral("fail_counter")).toInt(),
                                              b.value(QStringLiteral("fail_max")).toInt(),
                                              b.value(QStringLiteral("reset_timeout")).toDouble()});
             }
             const auto rank = [](const QString &name) {
                 const auto i = order.indexOf(name);
                 return i < 0 ? order.size() : i;
             };
             std::stable_sort(out.begin(), out.end(),
                              [&rank](const BreakerStatus &a, const BreakerStatus &b) {
                                  return rank(a.service) < rank(b.service);
                              });
             done(out);
         });
}

void ControlPlaneClient::resetBreaker(const QString &service, QObject *context, Callback<bool> done)
{
    send("POST",
         QStringLiteral("/api/v1/admin/health/circuit-breakers/%1/reset")
             .arg(QString::fromUtf8(QUrl::toPercentEncoding(service))),
         {}, "{}", {}, context, [done](const Result<ApiAnswer> &answer) {
             if (!answer.ok())
                 return done(answer.error());
             done(true);
         });
}

void ControlPlaneClient::events(const QString &correlationId, const QDateTime &start,
                                const QDateTime &end, int limit, QObject *context,
                                Callback<EventPage> done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("include_demo"), QStringLiteral("all"));
    if (!correlationId.isEmpty())
        query.addQueryItem(QStringLiteral("correlation_id"), correlationId);
    if (start.isValid())
        query.addQueryItem(QStringLiteral("start_date"), start.toUTC().toString(Qt::ISODate));
    if (end.isValid())
        query.addQueryItem(QStringLiteral("end_date"), end.toUTC().toString(Qt::ISODate));
    if (limit > 0)
        query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    const int cap = limit > 0 ? limit : 100;
    send("GET", QStringLiteral("/api/v1/events/list"), query, {}, {}, context,
         [done, start, end, cap](const Result<ApiAnswer> &answer) {
             if (!answer.ok())
                 return done(answer.error());
             EventPage page;
             const QJsonArray list = answer.value().json.value(QStringLiteral("events")).toArray();
             page.capped = list.size() >= cap;
             for (const QJsonValue item : list) {
                 const QJsonObject o = item.toObject();
                 EventRecord e {o.value(QStringLiteral("id")).toVariant().toLongLong(),
                                o.value(QStringLiteral("correlation_id")).toString(),
                                o.value(QStringLiteral("event_type")).toString(),
                                o.value(QStringLiteral("event_data")).toObject(),
                                o.value(QStringLiteral("actor")).toString(),
                                parseTimestamp(o.value(QStringLiteral("created_at")).toString())};
                 // EUCORA ignores the window: apply it here too (contract 11.9).
                 if ((start.isValid() && e.createdAt < start)
                     || (end.isValid() && e.createdAt >= end))
                     continue;
                 page.events.push_back(e);
             }
             done(page);
         });
}

void ControlPlaneClient::taskStatus(const QString &taskId, QObject *context,
                                    Callback<TaskStatus> done)
{
    send("GET",
         QStringLiteral("/api/v1/admin/tasks/%1/status")
             .arg(QString::fromUtf8(QUrl::toPercentEncoding(taskId))),
         {}, {}, {}, context, [done](const Result<ApiAnswer> &answer) {
             if (!answer.ok())
                 return done(answer.error());
             const QJsonObject o = answer.value().json;
             done(TaskStatus {o.value(QStringLiteral("task_id")).toString(),
                              o.value(QStringLiteral("status")).toString(),
                              o.value(QStringLiteral("progress")).toObject(),
                              o.value(QStringLiteral("error")).toString()});
         });
}

void ControlPlaneClient::requestRollback(const QString &correlationId, const QString &reason,
                                         const QString &idempotencyKey, QObject *context,
                                         Callback<RollbackAccepted> done)
{
    if (QUuid(correlationId).isNull()) { // EUCORA answers a malformed id with an HTML 404
        m_lastError
            = transportError(ApiError {ApiError::Kind::Decode,
                                       0,
                                       {},
                                       trText("\"%1\" is not a deployment id").arg(correlationId)});
        done(m_lastError->error);
        return;
    }
    const QJsonObject body {{QStringLiteral("reason"), reason}};
    send("POST", QStringLiteral("/api/v1/deployments/%1/rollback/").arg(correlationId.toLower()),
         {}, QJsonDocument(body).toJson(QJsonDocument::Compact),
         {{"Idempotency-Key", idempotencyKey.toUtf8()}}, context,
         [done](const Result<ApiAnswer> &answer) {
             if (!answer.ok())
                 return done(answer.error());
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
