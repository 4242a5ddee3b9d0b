// JSON bodies of the control-plane API read into the values of apimodels.h. Lenient: a missing
// field reads as empty, a wrong type never throws; what the caller must have is checked by the
// caller (a list without its array is a decode error there).
#pragma once

#include "controlplane/apimodels.h"

#include <QJsonObject>

namespace eucora::controlplane {

// Lenient ISO 8601 as EUCORA emits it: "+00:00" or "Z", with or without a fraction of any
// length. Invalid QDateTime for anything else.
QDateTime parseTimestamp(const QString &text);

User decodeUser(const QJsonObject &o);
DeploymentSummary decodeDeploymentSummary(const QJsonObject &o);
DeploymentDetail decodeDeploymentDetail(const QJsonObject &o);
Application decodeApplication(const QJsonObject &o);
RingProgress decodeRingProgress(const QJsonObject &o);
BreakerStatus decodeBreaker(const QString &service, const QJsonObject &o);
EventRecord decodeEvent(const QJsonObject &o);
TaskStatus decodeTaskStatus(const QJsonObject &o);
DemoCounts decodeDemoCounts(const QJsonObject &o);
SeedAnswer decodeSeedAnswer(int httpStatus, const QJsonObject &o);
HealthReport decodeHealthReport(const QJsonObject &o);
Connector decodeConnector(const QJsonObject &o);
ConnectorHealth decodeConnectorHealth(const QJsonObject &o);

QJsonObject encodeSeedRequest(const SeedRequest &request);

} // namespace eucora::controlplane
