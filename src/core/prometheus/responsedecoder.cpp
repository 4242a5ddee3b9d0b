#include "prometheus/responsedecoder.h"

#include "prometheus/envelope.h"
#include "prometheus/ondemanddecoder.h"
#include "prometheus/samplevalue.h"

#include <cmath>
#include <simdjson.h>
#include <string_view>
#include <utility>

namespace eucora::prometheus {

namespace {

using simdjson::dom::array;
using simdjson::dom::element;
using simdjson::dom::object;

bool parseTimestampMs(element value, std::int64_t *out)
{
    double seconds = 0;
    if (value.get_double().get(seconds) != simdjson::SUCCESS || !std::isfinite(seconds))
        return false;
    *out = secondsToMs(seconds);
    return true;
}

// [<unix seconds>, "<value>"]
bool parsePoint(element point, std::int64_t *t, double *v)
{
    array pair;
    if (point.get_array().get(pair) != simdjson::SUCCESS || pair.size() != 2)
        return false;
    std::string_view text;
    return parseTimestampMs(pair.at(0).value_unsafe(), t)
        && pair.at(1).get_string().get(text) == simdjson::SUCCESS && parseSampleValue(text, v);
}

QString nativeHistogramWarning()
{
    return DecoderText::tr("native histogram samples are not supported yet and were left out");
}

Result<QueryResult> decodeMatrixOrVector(array result, QueryResult out, bool matrix, int status)
{
    bool skippedHistograms = false;
    out.series.reserve(result.size());
    for (const element item : result) {
        Series series;
        element metric;
        const auto metricError = item["metric"].get(metric);
        if (metricError == simdjson::SUCCESS ? !readLabelSet(metric, &series.labels)
                                             : metricError != simdjson::NO_SUCH_FIELD)
            return decodeError(status, DecoderText::tr("a series has malformed labels"));
        if (matrix) {
            array values;
            if (item["values"].get_array().get(values) == simdjson::SUCCESS) {
                series.timestampsMs.reserve(values.size());
                series.values.reserve(values.size());
                for (const element point : values) {
                    std::int64_t t = 0;
                    double v = 0;
                    if (!parsePoint(point, &t, &v))
                        return decodeError(status, DecoderText::tr("a sample is malformed"));
                    series.timestampsMs.push_back(t);
                    series.values.push_back(v);
                }
            }
            skippedHistograms |= item["histograms"].error() == simdjson::SUCCESS;
        } else {
            element point;
            if (item["value"].get(point) == simdjson::SUCCESS) {
                std::int64_t t = 0;
                double v = 0;
                if (!parsePoint(point, &t, &v))
                    return decodeError(status, DecoderText::tr("a sample is malformed"));
                series.timestampsMs.push_back(t);
                series.values.push_back(v);
            }
            skippedHistograms |= item["histogram"].error() == simdjson::SUCCESS;
        }
        out.series.push_back(std::move(series));
    }
    if (skippedHistograms)
        out.warnings.push_back(nativeHistogramWarning());
    return out;
}

Result<QueryResult> decodeData(element data, QueryResult out, int status)
{
    std::string_view type;
    if (data["resultType"].get_string().get(type) != simdjson::SUCCESS)
        return decodeError(status, DecoderText::tr("the answer has no resultType"));
    element result;
    if (data["result"].get(result) != simdjson::SUCCESS)
        return decodeError(status, DecoderText::tr("the answer has no result"));

    if (type == "matrix" || type == "vector") {
        array items;
        if (result.get_array().get(items) != simdjson::SUCCESS)
            return decodeError(status, DecoderText::tr("the result is not a list"));
        out.resultType = type == "matrix" ? ResultType::Matrix : ResultType::Vector;
        return decodeMatrixOrVector(items, std::move(out), type == "matrix", status);
    }
    if (type == "scalar") {
        std::int64_t t = 0;
        double v = 0;
        if (!parsePoint(result, &t, &v))
            return decodeError(status, DecoderText::tr("the scalar result is malformed"));
        out.resultType = ResultType::Scalar;
        out.series.push_back(Series {{}, {t}, {v}});
        return out;
    }
    if (type == "string") {
        array pair;
        std::string_view text;
        std::int64_t t = 0;
        if (result.get_array().get(pair) != simdjson::SUCCESS || pair.size() != 2
            || !parseTimestampMs(pair.at(0).value_unsafe(), &t)
            || pair.at(1).get_string().get(text) != simdjson::SUCCESS)
            return decodeError(status, DecoderText::tr("the string result is malformed"));
        out.resultType = ResultType::String;
        out.stringValue = toQString(text);
        return out;
    }
    return decodeError(status, DecoderText::tr("unknown resultType \"%1\"").arg(toQString(type)));
}

} // namespace

Result<QueryResult> decodeQueryResponse(const QByteArray &body, int httpStatus)
{
    if (auto rejected = rejectNonJsonBody(body, httpStatus))
        return *rejected;

    // Big answers take the fast path; anything it does not read cleanly, the DOM path below.
    if (auto fast = decodeSeriesOnDemand(body)) {
        if (fast->skippedHistograms)
            fast->result.warnings.push_back(nativeHistogramWarning());
        return std::move(fast->result);
    }

    simdjson::dom::parser parser;
    auto envelope = readEnvelope(parser, body, httpStatus);
    if (!envelope)
        return envelope.error();
    QueryResult out;
    out.warnings = envelope.value().warnings;
    out.infos = envelope.value().infos;
    return decodeData(envelope.value().data, std::move(out), httpStatus);
}

} // namespace eucora::prometheus
