// Asynchronous client for the Prometheus HTTP API. Answers are decoded on a worker thread and
// delivered on the caller's thread; a context object that dies first drops the delivery.
#pragma once

#include "http/httpchannel.h"
#include "prometheus/apiqueries.h"
#include "prometheus/engineidentity.h"
#include "prometheus/prometheusserveroptions.h"
#include "prometheus/series.h"
#include "prometheus/serverstate.h"
#include "result.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <functional>
#include <vector>

class QNetworkAccessManager;

namespace eucora::prometheus {

struct ApiCall;

class PrometheusClient : public QObject
{
    Q_OBJECT

public:
    using RequestId = quint64;
    // By value: the answer is the receiver's to keep (moved, never copied).
    using QueryCallback = std::function<void(Result<QueryResult> &&)>;
    using SeriesCallback = std::function<void(const Result<ApiResponse<std::vector<LabelSet>>> &)>;
    using LabelsCallback = std::function<void(const Result<ApiResponse<QStringList>> &)>;
    using TargetsCallback = std::function<void(const Result<ApiResponse<Targets>> &)>;
    using AlertsCallback = std::function<void(const Result<ApiResponse<std::vector<Alert>>> &)>;
    using RulesCallback = std::function<void(const Result<ApiResponse<std::vector<RuleGroup>>> &)>;
    using BuildInfoCallback = std::function<void(const Result<ApiResponse<BuildInfo>> &)>;
    using MetadataCallback = std::function<void(
        const Result<ApiResponse<std::map<QString, std::vector<MetricMetadata>>>> &)>;
    using IdentityCallback = std::function<void(const Result<EngineIdentity> &)>;

    explicit PrometheusClient(QNetworkAccessManager *network, QObject *parent = nullptr);

    void setBaseUrl(const QUrl &url);
    QUrl baseUrl() const { return m_baseUrl; }

    // Overall deadline for one request, from send to the last byte.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }

    // Credentials, headers, gzip, size cap and transfer timeout for requests sent from now on.
    void setServerOptions(const PrometheusServerOptions &options) { m_options = options; }
    const PrometheusServerOptions &serverOptions() const { return m_options; }

    // The engine behind the URL, as identify() found it. For VictoriaMetrics instant queries
    // ask for the newest data (nocache=1), and range answers end where its held-back span
    // begins: VictoriaMetrics fills that span with copies of the last older value.
    void setEngine(const EngineIdentity &engine) { m_engine = engine; }
    const EngineIdentity &engine() const { return m_engine; }

    // Every call below: `done` runs once on this object's thread, unless `context` was given
    // and is gone by then. query and queryRange (and series, labels) go as a form-encoded POST
    // when the GET URL would be longer than kMaxGetUrlLength.

    // /api/v1/query_range.
    RequestId queryRange(const RangeQuery &query, QObject *context, QueryCallback done);
    // /api/v1/query.
    RequestId query(const InstantQuery &query, QObject *context, QueryCallback done);
    // /api/v1/series: the label sets of the matching series (at least one selector).
    RequestId series(const SeriesSelection &selection, QObject *context, SeriesCallback done);
    // /api/v1/labels: label names.
    RequestId labels(const SeriesSelection &selection, QObject *context, LabelsCallback done);
    // /api/v1/label/<name>/values.
    RequestId labelValues(const QString &labelName, const SeriesSelection &selection,
                          QObject *context, LabelsCallback done);
    // /api/v1/targets (active and dropped).
    RequestId targets(QObject *context, TargetsCallback done);
    // /api/v1/alerts.
    RequestId alerts(QObject *context, AlertsCallback done);
    // /api/v1/rules (alerting and recording).
    RequestId rules(QObject *context, RulesCallback done);
    // /api/v1/status/buildinfo.
    RequestId buildInfo(QObject *context, BuildInfoCallback done);
    // /api/v1/metadata, for one metric (empty: every metric).
    RequestId metadata(const QString &metric, QObject *context, MetadataCallback done);
    // Which engine this is: /api/v1/status/buildinfo (under the URL's path, else at the server's
    // root, where Grafana Mimir serves it), then for VictoriaMetrics its /metrics page (at the
    // server's root) for version and flags. Does not call setEngine.
    void identify(QObject *context, IdentityCallback done);

    // Aborts a request; its callback then receives ApiError::Kind::Cancelled.
    void cancel(RequestId id) { m_channel.cancel(id); }
    void cancelAll() { m_channel.cancelAll(); }

    int inFlight() const { return m_channel.inFlight(); }

private:
    template<typename T, typename Decode>
    RequestId send(const QUrl &base, const ApiCall &call, QObject *context,
                   std::function<void(Result<T> &&)> done, Decode decode);
    template<typename T>
    RequestId send(const ApiCall &call, QObject *context, std::function<void(Result<T> &&)> done,
                   Result<T> (*decode)(const QByteArray &, int));
    void askBuildInfo(const QUrl &base, QObject *context, IdentityCallback done);
    void readVictoriaMetricsFacts(EngineIdentity identity, QObject *context, IdentityCallback done);

    http::HttpChannel m_channel;
    QUrl m_baseUrl;
    std::chrono::milliseconds m_timeout {std::chrono::seconds(30)};
    PrometheusServerOptions m_options;
    EngineIdentity m_engine;
};

// Drops the points of `result` later than `lastMs` (the span an engine holds back), and the
// series left without any.
void dropPointsAfter(QueryResult *result, std::int64_t lastMs);

// The query URL for a range query against `base` (exposed for tests and logs).
QUrl rangeQueryUrl(const QUrl &base, const RangeQuery &query);

} // namespace eucora::prometheus
