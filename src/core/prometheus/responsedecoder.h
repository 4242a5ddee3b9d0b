// Turns a Prometheus HTTP API answer (the JSON envelope) into a QueryResult or an ApiError.
// Pure function: safe to call on any thread.
#pragma once

#include "prometheus/series.h"
#include "result.h"

#include <QByteArray>

namespace eucora::prometheus {

Result<QueryResult> decodeQueryResponse(const QByteArray &body, int httpStatus);

// Describes a body that is not JSON (an HTML error page from a proxy, say) for an error banner:
// the status line and the first 200 characters of text.
QString describeNonJsonBody(const QByteArray &body, int httpStatus);

} // namespace eucora::prometheus
