// Opening a Grafana dashboard: JSON in, the Dashboard model and the report of what it could not
// use out. A document that is not a dashboard is an error with a reason; a dashboard with parts
// the console does not support loads, with those parts named in the report.
#pragma once

#include "dashboard/dashboardmodel.h"
#include "dashboard/loadreport.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace eucora::dashboard {

struct LoadedDashboard
{
    Dashboard dashboard;
    LoadReport report;
};

struct DashboardLoader
{
    Q_DECLARE_TR_FUNCTIONS(eucora::dashboard::DashboardLoader)
};

// Schema versions 16 to 39, the bare model or wrapped as {"dashboard": ...} (with or without
// "meta"). Older row layouts are converted; versions outside the range load with a report line.
Result<LoadedDashboard, QString> loadDashboard(const QByteArray &json);
Result<LoadedDashboard, QString> loadDashboard(const QJsonObject &json);
Result<LoadedDashboard, QString> loadDashboardFile(const QString &path);

} // namespace eucora::dashboard
