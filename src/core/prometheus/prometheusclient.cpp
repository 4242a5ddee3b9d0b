#include "prometheus/prometheusclient.h"

#include "prometheus/apicall.h"
#include "prometheus/metadatadecoder.h"
#include "prometheus/responsedecoder.h"

#include <QPointer>

#include <algorithm>
#include <type_traits>

namespace eucora::prometheus {

QUrl rangeQueryUrl(const QUrl &base, const RangeQuery &query)
{
    return callUrl(base, rangeQueryCall(query));
}

PrometheusClient::PrometheusClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_channel(network)
{ }

void PrometheusClient::setBaseUrl(const QUrl &url)
{
    m_baseUrl = url;
}

void dropPointsAfter(QueryResult *result, std::int64_t lastMs)
{
    for (Series &series : result->series) {
        const auto end
            = std::upper_bound(series.timestampsMs.begin(), series.timestampsMs.end(), lastMs);
        const auto keep = std::size_t(end - series.timestampsMs.begin());
        series.timestampsMs.resize(keep);
        series.values.resize(keep);
    }
    // A series with nothing settled yet is not one to show.
    result->series.erase(std::remove_if(result->series.begin(), result->series.end(),
                                        [](const Series &s) { return s.timestampsMs.empty(); }),
                         result->series.end());
}

PrometheusClient::RequestId PrometheusClient::queryRange(const RangeQuery &query, QObject *context,
                                                         QueryCallback done)
{
    if (m_engine.heldBack.count() <= 0)
        return send<QueryResult>(rangeQueryCall(query), context, std::move(done),
                                 decodeQueryResponse);
    // What the engine holds back at the time of asking is not data yet.
    const std::int64_t settledMs
        = QDateTime::currentMSecsSinceEpoch() - std::int64_t(m_engine.heldBack.count());
    return send<QueryResult>(m_baseUrl, rangeQueryCall(query), context, std::move(done),
                             [settledMs](const QByteArray &body, int status) {
                                 Result<QueryResult> result = decodeQueryResponse(body, status);
                                 if (!result.ok())
                                     return result;
                                 QueryResult settled = std::move(result).value();
                                 dropPointsAfter(&settled, settledMs);
                                 return Result<QueryResult>(std::move(settled));
                             });
}

PrometheusClient::RequestId PrometheusClient::query(const InstantQuery &query, QObject *context,
                                                    QueryCallback done)
{
    ApiCall call = instantQueryCall(query);
    if (m_engine.isVictoriaMetrics()) // else evaluated -search.latencyOffset in the past
        call.params.emplace_back(QStringLiteral("nocache"), QStringLiteral("1"));
    return send<QueryResult>(call, context, std::move(done), decodeQueryResponse);
}

PrometheusClient::RequestId PrometheusClient::series(const SeriesSelection &selection,
                                                     QObject *context, SeriesCallback done)
{
    return send<ApiResponse<std::vector<LabelSet>>>(seriesCall(selection), context, std::move(done),
                                                    decodeSeriesResponse);
}

PrometheusClient::RequestId PrometheusClient::labels(const SeriesSelection &selection,
                                                     QObject *context, LabelsCallback done)
{
    return send<ApiResponse<QStringList>>(labelNamesCall(selection), context, std::move(done),
                                          decodeStringListResponse);
}

PrometheusClient::RequestId PrometheusClient::labelValues(const QString &labelName,
                                                          const SeriesSelection &selection,
                                                          QObject *context, LabelsCallback done)
{
    return send<ApiResponse<QStringList>>(labelValuesCall(labelName, selection), context,
                                          std::move(done), decodeStringListResponse);
}

PrometheusClient::RequestId PrometheusClient::targets(QObject *context, TargetsCallback done)
{
    return send<ApiResponse<Targets>>(ApiCall {QStringLiteral("/api/v1/targets"), {}, false},
                                      context, std::move(done), decodeTargetsResponse);
}

PrometheusClient::RequestId PrometheusClient::alerts(QObject *context, AlertsCallback done)
{
    return send<ApiResponse<std::vector<Alert>>>(
        ApiCall {QStringLiteral("/api/v1/alerts"), {}, false}, context, std::move(done),
        decodeAlertsResponse);
}

PrometheusClient::RequestId PrometheusClient::rules(QObject *context, RulesCallback done)
{
    return send<ApiResponse<std::vector<RuleGroup>>>(
        ApiCall {QStringLiteral("/api/v1/rules"), {}, false}, context, std::move(done),
        decodeRulesResponse);
}

PrometheusClient::RequestId PrometheusClient::buildInfo(QObject *context, BuildInfoCallback done)
{
    return send<ApiResponse<BuildInfo>>(
        ApiCall {QStringLiteral("/api/v1/status/buildinfo"), {}, false}, context, std::move(done),
        decodeBuildInfoResponse);
}

PrometheusClient::RequestId PrometheusClient::metadata(const QString &metric, QObject *context,
                                                       MetadataCallback done)
{
    ApiCall call {QStringLiteral("/api/v1/metadata"), {}, false};
    if (!metric.isEmpty())
        call.params.emplace_back(QStringLiteral("metric"), metric);
    return send<ApiResponse<std::map<QString, std::vector<MetricMetadata>>>>(
        call, context, std::move(done), decodeMetadataResponse);
}

void PrometheusClient::identify(QObject *context, IdentityCallback done)
{
    askBuildInfo(m_baseUrl, context, std::move(done));
}

void PrometheusClient::askBuildInfo(const QUrl &base, QObject *context, IdentityCallback done)
{
    QUrl root = m_baseUrl;
    root.setPath(QString());
    // The API under a path the server's own endpoints are not under (Mimir's /prometheus):
    // buildinfo is asked at the root too.
    const bool rootNext = base.path().size() > 1 && base == m_baseUrl;
    std::function<void(Result<EngineIdentity> &&)> next
        = [this, context = QPointer<QObject>(context), hasContext = context != nullptr, root,
           rootNext, done = std::move(done)](Result<EngineIdentity> &&answer) {
              if (hasContext && !context)
                  return;
              if (rootNext && !answer.ok() && answer.error().httpStatus == 404)
                  return askBuildInfo(root, context, done);
              if (answer.ok() && answer.value().isVictoriaMetrics())
                  return readVictoriaMetricsFacts(answer.value(), context, done);
              done(answer);
          };
    send<EngineIdentity>(
        base, ApiCall {QStringLiteral("/api/v1/status/buildinfo"), {}, false}, context,
        std::move(next), [](const http::HttpAnswer &answer) {
            auto identity = identifyFromBuildInfo(answer.status, answer.body, answer.headers);
            if (identity)
                return Result<EngineIdentity>(*identity);
            return Result<EngineIdentity>(
                ApiError {ApiError::Kind::Server,
                          answer.status,
                          {},
                          EngineText::tr("the server did not say which engine it is "
                                         "(HTTP %1 from status/buildinfo)")
                              .arg(answer.status)});
        });
}

void PrometheusClient::readVictoriaMetricsFacts(EngineIdentity identity, QObject *context,
                                                IdentityCallback done)
{
    // The page lives at the server's root, also for a cluster's vmselect under /select/0/....
    QUrl root = m_baseUrl;
    root.setPath(QString());
    std::function<void(Result<EngineIdentity> &&)> deliver
        = [done = std::move(done)](Result<EngineIdentity> &&answer) {
              done(answer);
          };
    send<EngineIdentity>(root, ApiCall {QStringLiteral("/metrics"), {}, false}, context,
                         std::move(deliver), [identity](const http::HttpAnswer &answer) {
                             EngineIdentity facts = identity;
                             // A page refused (a proxy in front) leaves VictoriaMetrics'
                             // defaults: the newest 30 s held back.
                             if (answer.status == 200)
                                 readVictoriaMetricsPage(answer.body, &facts);
                             return Result<EngineIdentity>(facts);
                         });
}

template<typename T>
PrometheusClient::RequestId PrometheusClient::send(const ApiCall &call, QObject *context,
                                                   std::function<void(Result<T> &&)> done,
                                                   Result<T> (*decode)(const QByteArray &, int))
{
    return send<T>(
        m_baseUrl, call, context, std::move(done),
        [decode](const http::HttpAnswer &answer) { return decode(answer.body, answer.status); });
}

template<typename T, typename Decode>
PrometheusClient::RequestId
PrometheusClient::send(const QUrl &base, const ApiCall &call, QObject *context,
                       std::function<void(Result<T> &&)> done, Decode decode)
{
    WireRequest wire = buildWireRequest(base, call, m_options);
    wire.policy.deadline = m_timeout;
    // Every outcome reaches `done` through here, errors without the server's credentials.
    auto deliver
        = [done = std::move(done), base = m_baseUrl, options = m_options](Result<T> &&result) {
              if (!done)
                  return;
              if (result.ok())
                  return done(std::move(result));
              ApiError error = result.error();
              error.message = redactSecrets(error.message, base, options);
              done(Result<T>(std::move(error)));
          };
    std::function<Result<T>(const http::HttpAnswer &)> decoder;
    if constexpr (std::is_invocable_v<Decode, const http::HttpAnswer &>)
        decoder = std::move(decode);
    else
        decoder = [decode](const http::HttpAnswer &answer) {
            return decode(answer.body, answer.status);
        };
    return m_channel.send<T, ApiError>(
        http::HttpRequest {std::move(wire.request), wire.method, std::move(wire.body), false},
        wire.policy, context, std::move(decoder), std::move(deliver));
}

} // namespace eucora::prometheus
