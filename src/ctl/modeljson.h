// The --json shapes of eucora-ctl: the control plane's own field names (contract 2-5, 11.2),
// times in UTC ISO 8601, unknown enum strings passed through as they came.
#pragma once

#include "controlplane/apimodels.h"
#include "prometheus/series.h"

#include <QJsonObject>

namespace eucora::ctl {

QJsonObject toJson(const controlplane::User &user);
QJsonObject toJson(const controlplane::DeploymentSummary &deployment);
QJsonObject toJson(const controlplane::DeploymentDetail &deployment);
QJsonObject toJson(const controlplane::RingProgress &ring);
QJsonObject toJson(const controlplane::BreakerStatus &breaker);
QJsonObject
toJson(const controlplane::DemoCounts &counts); // kinds the server did not report are left out
// Prometheus' own result shape: {"resultType", "result"} (plus "warnings" when there were any).
QJsonObject toJson(const prometheus::QueryResult &result);

QString isoTime(const QDateTime &utc); // empty for an invalid time
// A sample value as Prometheus writes it: "NaN", "+Inf", "-Inf" or the shortest number.
QString sampleValueText(double value);

} // namespace eucora::ctl
