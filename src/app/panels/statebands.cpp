#include "panels/statebands.h"

#include "dashboard/displayvalue.h"

#include <cmath>
#include <limits>

namespace eucora::app {

namespace {

std::int64_t seriesStep(const prometheus::Series &series)
{
    std::int64_t step = std::numeric_limits<std::int64_t>::max();
    for (size_t i = 1; i < series.size(); ++i) {
        const std::int64_t gap = series.timestampsMs[i] - series.timestampsMs[i - 1];
        if (gap > 0)
            step = std::min(step, gap);
    }
    return step;
}

} // namespace

std::vector<StateBand> stateBands(const prometheus::Series &series,
                                  const dashboard::FieldDefaults &field, std::int64_t fromMs,
                                  std::int64_t toMs)
{
    std::vector<StateBand> bands;
    const std::int64_t step = seriesStep(series);
    const size_t count = std::min(series.timestampsMs.size(), series.values.size());
    for (size_t i = 0; i < count; ++i) {
        const double value = series.values[i];
        if (std::isnan(value))
            continue;
        const std::int64_t start = series.timestampsMs[i];
        std::int64_t end = i + 1 < count ? series.timestampsMs[i + 1] : toMs;
        if (step != std::numeric_limits<std::int64_t>::max() && end - start > step)
            end = start + step;
        const std::int64_t from = std::max(start, fromMs);
        const std::int64_t to = std::min(end, toMs);
        if (to <= from)
            continue;
        const dashboard::DisplayValue shown = dashboard::displayValue(value, field);
        StateBand band {from, to, shown.toString(), shown.color};
        if (!bands.empty() && bands.back().toMs == from && bands.back().text == band.text
            && bands.back().color == band.color) {
            bands.back().toMs = to;
            continue;
        }
        bands.push_back(std::move(band));
    }
    return bands;
}

} // namespace eucora::app
