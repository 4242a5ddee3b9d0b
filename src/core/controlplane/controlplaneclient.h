// Client of the EUCORA control-plane API as a desktop program meets it (contract 1): a Django
// session in the `sessionid` cookie, `X-CSRFToken` from the `csrftoken` cookie on unsafe
// methods (plus `Referer` over HTTPS), every error read by decodeControlPlaneError, and no
// automatic resend of anything but a GET.
#pragma once

#include "controlplane/apidecoding.h"
#include "controlplane/apimodels.h"
#include "controlplane/controlplaneerror.h"
#include "controlplane/domaintypes.h"
#include "http/httpchannel.h"
#include "result.h"

#include <QJsonObject>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>
#include <functional>
#include <vector>

class QNetworkAccessManager;

namespace eucora::controlplane {

// A JSON answer; the HTTP part keeps what callers need (Idempotent-Replayed).
struct ApiAnswer : http::HttpAnswer
{
    QJsonObject json;
};

// How one request is sent: a longer deadline (a synchronous seed takes up to minutes) and the
// non-2xx statuses whose JSON body is still an answer (a 503 health report).
struct RequestOptions
{
    std::chrono::milliseconds timeout {0}; // 0 = the client's timeout
    QList<int> answerStatuses;
};

class ControlPlaneClient : public QObject
{
    Q_OBJECT

public:
    // Every call's callback receives its own result: the value, or the decoded error of that
    // call (meaning, Retry-After, field errors, the JSON body).
    template<typename T> using Callback = std::function<void(const ApiResult<T> &)>;

    ControlPlaneClient(QNetworkAccessManager *network, const QUrl &baseUrl,
                       QObject *parent = nullptr);

    void setTimeout(std::chrono::milliseconds timeout) { m_policy.deadline = timeout; }
    std::chrono::milliseconds timeout() const { return m_policy.deadline; }
    // Answers above this size are dropped unread (TooLarge); the API's biggest answers (the
    // unbounded application tree) stay far below the default of 64 MiB.
    void setMaxAnswerBytes(qint64 bytes) { m_policy.maxBytes = bytes; }
    // Ask for gzip: on by default except on loopback, where compressing costs more than sending.
    void setGzip(bool gzip) { m_policy.gzip = gzip; }
    QUrl baseUrl() const { return m_baseUrl; }
    QNetworkAccessManager *network() const { return m_channel.network(); }

    void login(const QString &username, const QString &password, QObject *context,
               Callback<User> done);
    void validate(QObject *context, Callback<User> done);
    void logout(QObject *context, Callback<bool> done);

    // GET /api/v1/deployments/list; `limit` and `app_name` are the 11.9 extensions.
    void deployments(const QUrlQuery &filter, QObject *context,
                     Callback<std::vector<DeploymentSummary>> done);
    // GET /api/v1/deployments/<id>/?include_demo=all (2.4).
    void deployment(const QString &correlationId, QObject *context,
                    Callback<DeploymentDetail> done);
    // GET /api/v1/deployments/applications (2.5): the whole tree, unbounded.
    void applications(const QUrlQuery &filter, QObject *context,
                      Callback<std::vector<Application>> done);
    // GET /api/v1/deployments/<id>/rings (11.2), in the server's order.
    void rings(const QString &correlationId, QObject *context,
               Callback<std::vector<RingProgress>> done);

    // Breakers in EUCORA's table order (contract 5.1); unknown names last.
    void breakers(QObject *context, Callback<std::vector<BreakerStatus>> done);
    void breaker(const QString &service, QObject *context, Callback<BreakerStatus> done);
    void resetBreaker(const QString &service, QObject *context, Callback<bool> done);

    // GET /api/v1/health/ (6.2): a 503 "degraded" report is delivered as a report.
    void health(QObject *context, Callback<HealthReport> done);
    void connectors(QObject *context, Callback<std::vector<Connector>> done);
    // A 503 "unhealthy" answer is delivered as a report.
    void connectorHealth(const QString &type, QObject *context, Callback<ConnectorHealth> done);

    // Newest first; `limit` 0 = the server's default (100).
    void events(const QString &correlationId, const QDateTime &start, const QDateTime &end,
                int limit, QObject *context, Callback<EventPage> done);

    void demoStats(QObject *context, Callback<DemoStats> done);
    // GET /health/demo-ready: whether demo mode is on, for any user (no auth, not throttled).
    void demoReadiness(QObject *context, Callback<DemoReadiness> done);
    void demoMode(QObject *context, Callback<bool> done);
    // Always sends "enabled" explicitly (a POST without it switches demo mode off, 4.5).
    void setDemoMode(bool enabled, QObject *context, Callback<bool> done);
    // One POST, never resent; a synchronous seed may take minutes (deadline >= 120 s).
    void seed(const SeedRequest &request, QObject *context, Callback<SeedAnswer> done);

    void taskStatus(const QString &taskId, QObject *context, Callback<TaskStatus> done);
    void revokeTask(const QString &taskId, QObject *context, Callback<bool> done);

    // Exactly one POST per call, never resent; `idempotencyKey` is the operator's confirmation.
    void requestRollback(const QString &correlationId, const QString &reason,
                         const QString &idempotencyKey, QObject *context,
                         Callback<RollbackAccepted> done);
    // Set once this server answered the rollback path with Django's HTML 404 (EUCORA without
    // contract 11.1): the action is disabled for this server.
    bool rollbackEndpointMissing() const { return m_rollbackEndpointMissing; }

    // After a 429 the client sends nothing to this server until Retry-After has passed; calls
    // made before then fail at once with meaning Throttled. Invalid when not throttled.
    QDateTime throttledUntil() const;

    // The whole request machinery, for callers with endpoint-specific needs. `body` empty = no
    // body. Unsafe methods carry the CSRF header and are sent at most once. The callback gets
    // the answer (2xx, or a status listed in options.answerStatuses) or the decoded error.
    void send(const QByteArray &method, const QString &path, const QUrlQuery &query,
              const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers,
              QObject *context, Callback<ApiAnswer> done, const RequestOptions &options = {});

signals:
    // A 429 arrived: nothing is sent until `until`.
    void throttled(const QDateTime &until);

private:
    template<typename T> using Decoder = std::function<ApiResult<T>(const ApiAnswer &)>;

    // The steps of every call: refused at once while throttled; the request with its headers;
    // the answer read (on the channel's pool) as JSON or as the decoded error, then as T; a 429
    // noted before the callback runs.
    template<typename T>
    void exchange(const QByteArray &method, const QString &path, const QUrlQuery &query,
                  const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers,
                  QObject *context, Decoder<T> decode, Callback<T> done,
                  const RequestOptions &options = {});
    template<typename T>
    void get(const QString &path, const QUrlQuery &query, QObject *context, Callback<T> done,
             Decoder<T> decode, const RequestOptions &options = {});
    template<typename T> bool refuseWhileThrottled(QObject *context, const Callback<T> &done);
    http::HttpRequest buildRequest(const QByteArray &method, const QString &path,
                                   const QUrlQuery &query, const QByteArray &body,
                                   const QList<QPair<QByteArray, QByteArray>> &headers) const;
    void noteThrottle(const ControlPlaneError &error);

    http::HttpChannel m_channel;
    QUrl m_baseUrl;
    http::RequestPolicy m_policy;
    bool m_rollbackEndpointMissing = false;
    QDateTime m_throttledUntil;
};

} // namespace eucora::controlplane
