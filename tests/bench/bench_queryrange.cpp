// Decoding a 1,000-series x 1,000-point query_range answer (~23 MB): simdjson (what the console
// uses) against a straightforward QJsonDocument decoder (what it replaced).
#include "fixtures.h"
#include "prometheus/responsedecoder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <benchmark/benchmark.h>
#include <cmath>
#include <limits>

using namespace eucora;

namespace {

// Exactly as big as its content, like a body from QNetworkReply::readAll(): no spare bytes, so
// the simdjson decoder pays for copying the text into a padded buffer.
const QByteArray &fixture()
{
    static const QByteArray body = [] {
        const QByteArray generated = bench::queryRangeAnswer(1000, 1000);
        return QByteArray(generated.constData(), generated.size());
    }();
    return body;
}

double sampleValue(const QString &text)
{
    if (text == QLatin1String("NaN"))
        return std::numeric_limits<double>::quiet_NaN();
    if (text == QLatin1String("+Inf"))
        return std::numeric_limits<double>::infinity();
    if (text == QLatin1String("-Inf"))
        return -std::numeric_limits<double>::infinity();
    return text.toDouble();
}

// The obvious Qt decoder: the same columnar result, no error handling beyond the basics.
prometheus::QueryResult decodeWithQJsonDocument(const QByteArray &body)
{
    prometheus::QueryResult out;
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    const QJsonArray result
        = root.value(QLatin1String("data")).toObject().value(QLatin1String("result")).toArray();
    out.series.reserve(std::size_t(result.size()));
    for (const QJsonValue &item : result) {
        const QJsonObject object = item.toObject();
        prometheus::Series series;
        const QJsonObject metric = object.value(QLatin1String("metric")).toObject();
        for (auto it = metric.begin(); it != metric.end(); ++it)
            series.labels.emplace_back(it.key(), it.value().toString());
        std::sort(series.labels.begin(), series.labels.end());
        const QJsonArray values = object.value(QLatin1String("values")).toArray();
        series.timestampsMs.reserve(std::size_t(values.size()));
        series.values.reserve(std::size_t(values.size()));
        for (const QJsonValue &point : values) {
            const QJsonArray pair = point.toArray();
            series.timestampsMs.push_back(std::llround(pair.at(0).toDouble() * 1000.0));
            series.values.push_back(sampleValue(pair.at(1).toString()));
        }
        out.series.push_back(std::move(series));
    }
    return out;
}

void BM_ParseQueryRange_QJsonDocument(benchmark::State &state)
{
    const QByteArray &body = fixture();
    for (auto _ : state) {
        auto result = decodeWithQJsonDocument(body);
        benchmark::DoNotOptimize(result);
    }
    state.SetBytesProcessed(std::int64_t(state.iterations()) * body.size());
}

void BM_ParseQueryRange_Simdjson(benchmark::State &state)
{
    const QByteArray &body = fixture();
    // Both decoders must agree, or the comparison means nothing.
    const auto reference = prometheus::decodeQueryResponse(body, 200);
    if (!reference.ok() || !(reference.value().series == decodeWithQJsonDocument(body).series)) {
        state.SkipWithError("simdjson and QJsonDocument decoders disagree");
        return;
    }
    for (auto _ : state) {
        auto result = prometheus::decodeQueryResponse(body, 200);
        benchmark::DoNotOptimize(result);
    }
    state.SetBytesProcessed(std::int64_t(state.iterations()) * body.size());
    state.counters["MB"] = double(body.size()) / 1e6;
}

} // namespace

BENCHMARK(BM_ParseQueryRange_QJsonDocument)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ParseQueryRange_Simdjson)->Unit(benchmark::kMillisecond);
