// A panel's series as --export writes them: [{name, labels, points: [[ms, value|null]], last}].
#pragma once

#include "dashboard/panelseries.h"

#include <QJsonArray>
#include <QJsonObject>

namespace eucora::app {

QJsonObject exportedSeries(const QString &name, const prometheus::Series &series);

QJsonArray exportedSeries(const std::vector<dashboard::ShownSeries> &shown);

} // namespace eucora::app
