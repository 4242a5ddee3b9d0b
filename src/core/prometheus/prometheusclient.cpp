#include "prometheus/prometheusclient.h"

#include "prometheus/apicall.h"
#include "prometheus/metadatadecoder.h"
#include "prometheus/responsedecoder.h"

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

PrometheusClient::RequestId PrometheusClient::queryRange(const RangeQuery &query, QObject *context,
                                                         QueryCallback done)
{
    return send<QueryResult>(rangeQueryCall(query), context, std::move(done), decodeQueryResponse);
}

PrometheusClient::RequestId PrometheusClient::query(const InstantQuery &query, QObject *context,
                                                    QueryCallback done)
{
    return send<QueryResult>(instantQueryCall(query), context, std::move(done),
                             decodeQueryResponse);
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

template<typename T>
PrometheusClient::RequestId PrometheusClient::send(const ApiCall &call, QObject *context,
                                                   std::function<void(Result<T> &&)> done,
                                                   Result<T> (*decode)(const QByteArray &, int))
{
    WireRequest wire = buildWireRequest(m_baseUrl, call, m_options);
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
    return m_channel.send<T, ApiError>(
        http::HttpRequest {std::move(wire.request), wire.method, std::move(wire.body), false},
        wire.policy, context,
        [decode](const http::HttpAnswer &answer) { return decode(answer.body, answer.status); },
        std::move(deliver));
}

} // namespace eucora::prometheus
