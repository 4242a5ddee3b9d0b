// libFuzzer target: any bytes as a Prometheus API answer. Every decoder (the query decoder's
// fast and thorough paths, the metadata decoders sharing its envelope) must return a value or
// a clear error, never crash, and a decoded series keeps its columns the same length.
#include "prometheus/metadatadecoder.h"
#include "prometheus/responsedecoder.h"

#include <QByteArray>

#include <cstdint>
#include <cstdlib>

using namespace eucora::prometheus;

namespace {

void checkQueryResult(const QByteArray &body, int status)
{
    const auto result = decodeQueryResponse(body, status);
    if (!result.ok())
        return;
    for (const Series &series : result.value().series) {
        if (series.timestampsMs.size() != series.values.size())
            std::abort();
    }
}

void decodeEverything(const QByteArray &body)
{
    for (const int status : {200, 400, 503}) {
        checkQueryResult(body, status);
        (void)decodeSeriesResponse(body, status);
        (void)decodeStringListResponse(body, status);
        (void)decodeTargetsResponse(body, status);
        (void)decodeAlertsResponse(body, status);
        (void)decodeRulesResponse(body, status);
        (void)decodeBuildInfoResponse(body, status);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const auto length = qsizetype(size);
    // A tight buffer: the on-demand decoder copies it into its padded buffer.
    const QByteArray tight(reinterpret_cast<const char *>(data), length);
    decodeEverything(tight);
    // A buffer with room after the end, as network bodies usually have: parsed in place.
    QByteArray roomy;
    roomy.reserve(length + 256);
    roomy.append(reinterpret_cast<const char *>(data), length);
    checkQueryResult(roomy, 200);
    return 0;
}
