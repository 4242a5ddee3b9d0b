// Decoders for the Prometheus endpoints that are not queries: series, label names and values,
// targets, alerts, rules and build information. They share the envelope with the query decoder
// (envelope.h): every error, warning and info reads the same. Pure functions: safe on any thread.
#pragma once

#include <map>

#include "prometheus/serverstate.h"
#include "result.h"

#include <QByteArray>
#include <QStringList>

#include <vector>

namespace eucora::prometheus {

Result<ApiResponse<std::vector<LabelSet>>> decodeSeriesResponse(const QByteArray &body,
                                                                int httpStatus);
// /labels and /label/<name>/values: a list of strings.
Result<ApiResponse<QStringList>> decodeStringListResponse(const QByteArray &body, int httpStatus);
Result<ApiResponse<Targets>> decodeTargetsResponse(const QByteArray &body, int httpStatus);
Result<ApiResponse<std::vector<Alert>>> decodeAlertsResponse(const QByteArray &body,
                                                             int httpStatus);
Result<ApiResponse<std::vector<RuleGroup>>> decodeRulesResponse(const QByteArray &body,
                                                                int httpStatus);
Result<ApiResponse<BuildInfo>> decodeBuildInfoResponse(const QByteArray &body, int httpStatus);
// /api/v1/metadata: per metric name, what every target declared for it (usually one entry).
Result<ApiResponse<std::map<QString, std::vector<MetricMetadata>>>>
decodeMetadataResponse(const QByteArray &body, int httpStatus);

// RFC 3339 as Go writes it ("2024-05-01T10:00:00.123456789Z", "+02:00" offsets), to UTC with
// millisecond precision. Go's zero time ("0001-01-01T00:00:00Z", never happened) and anything
// unreadable give an invalid QDateTime; `ok` tells the two apart.
QDateTime parseRfc3339(const QString &text, bool *ok);

} // namespace eucora::prometheus
