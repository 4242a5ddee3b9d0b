// The fast path for the big Prometheus answers (matrix and vector): simdjson On Demand walks the
// envelope, and the compact [[t,"v"],...] point lists are read with a pointer scan straight into
// columns. Used by decodeQueryResponse; safe to call on any thread.
#pragma once

#include "prometheus/series.h"

#include <QByteArray>

#include <optional>

namespace eucora::prometheus {

struct OnDemandDecode
{
    QueryResult result;
    bool skippedHistograms = false; // native histogram samples were present and left out
};

// The decoded answer, or nullopt for anything that is not a clean "success" with a matrix or
// vector result (an error envelope, another result type, malformed or unusual JSON): the
// thorough DOM decoder then reads it or explains what is wrong. Where both read a body, their
// results are identical.
std::optional<OnDemandDecode> decodeSeriesOnDemand(const QByteArray &body);

} // namespace eucora::prometheus
