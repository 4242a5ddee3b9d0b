// Parsing a 20,000-series text exposition, as a large /metrics scrape in degraded mode.
#include "fixtures.h"
#include "prometheus/expositionparser.h"

#include <benchmark/benchmark.h>

using namespace eucora;

namespace {

void BM_ParseExposition_20k(benchmark::State &state)
{
    const QByteArray text = bench::exposition(20'000);
    const auto check = prometheus::parseExposition(text);
    if (check.samples.size() != 20'000 || check.problemCount != 0) {
        state.SkipWithError("the exposition fixture does not parse cleanly");
        return;
    }
    // A fresh parser every time: the cold case, without names remembered from a previous scrape.
    for (auto _ : state) {
        auto result = prometheus::parseExposition(text);
        benchmark::DoNotOptimize(result);
    }
    state.SetBytesProcessed(std::int64_t(state.iterations()) * text.size());
    state.counters["MB"] = double(text.size()) / 1e6;
}

} // namespace

BENCHMARK(BM_ParseExposition_20k)->Unit(benchmark::kMillisecond);
