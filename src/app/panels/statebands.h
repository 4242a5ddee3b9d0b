// A state timeline's lane as bands: each sample holds its state until the next one, equal
// neighbouring states are one band, and a missing sample or NaN is a gap.
#pragma once

#include "dashboard/fieldconfig.h"
#include "prometheus/series.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace eucora::app {

struct StateBand
{
    std::int64_t fromMs = 0;
    std::int64_t toMs = 0;
    QString text; // the mapping's text, else the value in the field's unit
    QString color; // a Grafana colour: the mapping's, else the thresholds'; empty: neither

    bool operator==(const StateBand &o) const
    {
        return fromMs == o.fromMs && toMs == o.toMs && text == o.text && color == o.color;
    }
};

// The bands of `series` inside [fromMs, toMs]. A sample holds until the next sample, but for
// no longer than the series' step (its smallest spacing), so samples Prometheus left out show
// as a gap; a lone sample holds to the end of the window.
std::vector<StateBand> stateBands(const prometheus::Series &series,
                                  const dashboard::FieldDefaults &field, std::int64_t fromMs,
                                  std::int64_t toMs);

} // namespace eucora::app
