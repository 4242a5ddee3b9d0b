// Reading one panel of dashboard JSON: its kind, placement, queries, field config and options,
// converting legacy types and reporting what the console will not draw or run.
#pragma once

#include "dashboard/dashboardmodel.h"
#include "dashboard/jsonreader.h"

namespace eucora::dashboard {

// `dashboard` supplies the variables and __inputs that say what a datasource reference is.
Panel readPanel(const QJsonObject &json, const Dashboard &dashboard, IssueSink &sink);

} // namespace eucora::dashboard
