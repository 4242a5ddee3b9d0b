#include "prometheus/responsedecoder.h"

#include "prometheus/ondemanddecoder.h"
#include "prometheus/samplevalue.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <simdjson.h>
#include <string_view>
#include <utility>

namespace eucora::prometheus {

namespace {

using simdjson::dom::array;
using simdjson::dom::element;
using simdjson::dom::object;

QString tr(const char *text)
{
    return QCoreApplication::translate("eucora::prometheus",
                                       text); // lupdate names the context after the namespace
}

QString toQString(std::string_view view)
{
    return QString::fromUtf8(view.data(), qsizetype(view.size()));
}

ApiError decodeError(int httpStatus, const QString &message)
{
    return ApiError {ApiError::Kind::Decode, httpStatus, {}, message};
}

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

bool parseLabels(element metric, LabelSet *labels)
{
    object obj;
    if (metric.get_object().get(obj) != simdjson::SUCCESS)
        return false;
    labels->reserve(obj.size());
    for (const auto field : obj) {
        std::string_view value;
        if (field.value.get_string().get(value) != simdjson::SUCCESS)
            return false;
        labels->emplace_back(toQString(field.key), toQString(value));
    }
    std::sort(labels->begin(), labels->end());
    return true;
}

void collectStrings(element parent, const char *key, std::vector<QString> *out)
{
    array items;
    if (parent[key].get_array().get(items) != simdjson::SUCCESS)
        return;
    for (const element item : items) {
        std::string_view text;
        if (item.get_string().get(text) == simdjson::SUCCESS)
            out->push_back(toQString(text));
    }
}

QString nativeHistogramWarning()
{
    return tr("native histogram samples are not supported yet and were left out");
}

Result<QueryResult> decodeMatrixOrVector(array result, QueryResult out, bool matrix, int status)
{
    bool skippedHistograms = false;
    out.series.reserve(result.size());
    for (const element item : result) {
        Series series;
        element metric;
        const auto metricError = item["metric"].get(metric);
        if (metricError == simdjson::SUCCESS ? !parseLabels(metric, &series.labels)
                                             : metricError != simdjson::NO_SUCH_FIELD)
            return decodeError(status, tr("a series has malformed labels"));
        if (matrix) {
            array values;
            if (item["values"].get_array().get(values) == simdjson::SUCCESS) {
                series.timestampsMs.reserve(values.size());
                series.values.reserve(values.size());
                for (const element point : values) {
                    std::int64_t t = 0;
                    double v = 0;
                    if (!parsePoint(point, &t, &v))
                        return decodeError(status, tr("a sample is malformed"));
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
                    return decodeError(status, tr("a sample is malformed"));
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
        return decodeError(status, tr("the answer has no resultType"));
    element result;
    if (data["result"].get(result) != simdjson::SUCCESS)
        return decodeError(status, tr("the answer has no result"));

    if (type == "matrix" || type == "vector") {
        array items;
        if (result.get_array().get(items) != simdjson::SUCCESS)
            return decodeError(status, tr("the result is not a list"));
        out.resultType = type == "matrix" ? ResultType::Matrix : ResultType::Vector;
        return decodeMatrixOrVector(items, std::move(out), type == "matrix", status);
    }
    if (type == "scalar") {
        std::int64_t t = 0;
        double v = 0;
        if (!parsePoint(result, &t, &v))
            return decodeError(status, tr("the scalar result is malformed"));
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
            return decodeError(status, tr("the string result is malformed"));
        out.resultType = ResultType::String;
        out.stringValue = toQString(text);
        return out;
    }
    return decodeError(status, tr("unknown resultType \"%1\"").arg(toQString(type)));
}

} // namespace

QString describeNonJsonBody(const QByteArray &body, int httpStatus)
{
    QString text = QString::fromUtf8(body.left(4096));
    const bool html = text.contains(QLatin1String("<html"), Qt::CaseInsensitive)
        || text.contains(QLatin1String("<!doctype"), Qt::CaseInsensitive);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    static const QRegularExpression space(QStringLiteral("\\s+"));
    if (html)
        text.remove(tags);
    text = text.replace(space, QStringLiteral(" ")).trimmed().left(200);
    const QString kind = html ? tr("HTML error page") : tr("not JSON");
    if (httpStatus > 0)
        return tr("%1 (HTTP %2): %3").arg(kind).arg(httpStatus).arg(text);
    return tr("%1: %2").arg(kind, text);
}

Result<QueryResult> decodeQueryResponse(const QByteArray &body, int httpStatus)
{
    const QByteArray trimmed = body.left(64).trimmed();
    if (body.trimmed().isEmpty()) {
        return ApiError {httpStatus >= 400 ? ApiError::Kind::Http : ApiError::Kind::Decode,
                         httpStatus,
                         {},
                         tr("the server sent an empty answer")};
    }
    if (!trimmed.startsWith('{')) {
        return ApiError {httpStatus >= 400 ? ApiError::Kind::Http : ApiError::Kind::Decode,
                         httpStatus,
                         {},
                         describeNonJsonBody(body, httpStatus)};
    }

    // Big answers take the fast path; anything it does not read cleanly, the DOM path below.
    if (auto fast = decodeSeriesOnDemand(body)) {
        if (fast->skippedHistograms)
            fast->result.warnings.push_back(nativeHistogramWarning());
        return std::move(fast->result);
    }

    simdjson::dom::parser parser;
    element doc;
    if (const auto error = parser.parse(body.constData(), size_t(body.size())).get(doc)) {
        return decodeError(
            httpStatus,
            tr("malformed JSON (%1)").arg(QString::fromUtf8(simdjson::error_message(error))));
    }

    QueryResult out;
    collectStrings(doc, "warnings", &out.warnings);
    collectStrings(doc, "infos", &out.infos);

    std::string_view status;
    if (doc["status"].get_string().get(status) != simdjson::SUCCESS)
        return decodeError(httpStatus, tr("the answer has no status field"));

    if (status == "error") {
        std::string_view errorType;
        std::string_view message;
        if (doc["errorType"].get_string().get(errorType) != simdjson::SUCCESS)
            errorType = {};
        if (doc["error"].get_string().get(message) != simdjson::SUCCESS)
            message = {};
        return ApiError {ApiError::Kind::Server, httpStatus, toQString(errorType),
                         toQString(message)};
    }
    if (status != "success")
        return decodeError(httpStatus, tr("unknown status \"%1\"").arg(toQString(status)));

    element data;
    if (doc["data"].get(data) != simdjson::SUCCESS)
        return decodeError(httpStatus, tr("the answer has no data"));
    return decodeData(data, std::move(out), httpStatus);
}

} // namespace eucora::prometheus
