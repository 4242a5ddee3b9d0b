// Reading templating.list into Variables, reporting what the console cannot offer (ad hoc
// filters, other datasources' queries, unknown types).
#pragma once

#include "dashboard/jsonreader.h"
#include "dashboard/templating.h"

#include <vector>

namespace eucora::dashboard {

std::vector<Variable> readVariables(const QJsonArray &list, IssueSink &sink);

// A datasource reference as JSON writes it: null, a name, or {type, uid}.
DatasourceRef readDatasource(const JsonReader &owner, const char *key);

} // namespace eucora::dashboard
