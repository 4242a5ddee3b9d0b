// JSON shapes of EUCORA's responses (contract sections 1-7), key for key.
#pragma once

#include "store.h"

#include <QJsonObject>

namespace eucora::devplane {

struct SimBreaker;

QJsonObject userJson(const UserRecord &user);
QJsonObject deploymentListItem(const DeploymentRecord &d); // 2.3
QJsonObject deploymentDetail(const DeploymentRecord &d); // 2.4
QJsonObject coreDeploymentItem(const DeploymentRecord &d, bool detail); // 2.7 ("id")
QJsonObject ringJson(const RingRow &ring); // 11.2
QJsonObject eventJson(const EventRecord &event); // 7
QJsonObject countsJson(const DemoCounts &counts); // 4.1
QJsonObject taskStatusJson(const TaskRecord &task); // 4.6
QJsonObject breakerJson(const SimBreaker &breaker); // 5.2

} // namespace eucora::devplane
