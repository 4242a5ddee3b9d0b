// Min/max decimation of one million points to a 2,000-pixel-wide chart.
#include "dashboard/decimation.h"

#include <benchmark/benchmark.h>
#include <cmath>

using namespace eucora;

namespace {

void BM_Decimate_1M(benchmark::State &state)
{
    prometheus::Series series;
    const int points = 1'000'000;
    series.timestampsMs.reserve(points);
    series.values.reserve(points);
    const std::int64_t t0 = 1'700'000'000'000;
    double value = 0;
    for (int i = 0; i < points; ++i) {
        series.timestampsMs.push_back(t0 + std::int64_t(i) * 1000);
        value += std::sin(i * 0.37) + (i % 9973 == 0 ? 50.0 : 0.0);
        series.values.push_back(i % 50'000 == 7 ? std::nan("") : value);
    }
    const std::int64_t t1 = series.timestampsMs.back();
    for (auto _ : state) {
        auto out = dashboard::decimate(series, t0, t1, 2000);
        benchmark::DoNotOptimize(out);
    }
    state.SetItemsProcessed(std::int64_t(state.iterations()) * points);
}

} // namespace

BENCHMARK(BM_Decimate_1M)->Unit(benchmark::kMillisecond);
