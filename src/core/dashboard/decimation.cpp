#include "dashboard/decimation.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace eucora::dashboard {

namespace {

constexpr std::size_t kNone = std::numeric_limits<std::size_t>::max();

// Column c holds the times t with floor((t - t0) * columns / span) == c, i.e. [start(c),
// start(c + 1)) with start(c) = t0 + ceil(c * span / columns), computed without overflowing.
class ColumnGrid
{
public:
    ColumnGrid(std::int64_t t0, std::int64_t t1, int columns)
        : m_t0(t0)
        , m_columns(columns)
        , m_quotient((t1 - t0) / columns)
        , m_remainder((t1 - t0) % columns)
        , m_scale(double(columns) / double(t1 - t0))
    { }

    std::int64_t start(int column) const
    {
        return m_t0 + column * m_quotient + (column * m_remainder + m_columns - 1) / m_columns;
    }

    // The column holding t (t inside the window); the estimate is off by one at most.
    int columnOf(std::int64_t t) const
    {
        int column = std::clamp(int(double(t - m_t0) * m_scale), 0, int(m_columns) - 1);
        while (column > 0 && start(column) > t)
            --column;
        while (column + 1 < m_columns && start(column + 1) <= t)
            ++column;
        return column;
    }

    // Where the column after `column` starts; the last column runs to the window's end.
    std::int64_t end(int column) const
    {
        return column + 1 < m_columns ? start(column + 1)
                                      : std::numeric_limits<std::int64_t>::max();
    }

private:
    std::int64_t m_t0;
    std::int64_t m_columns;
    std::int64_t m_quotient;
    std::int64_t m_remainder;
    double m_scale;
};

struct ColumnPicks
{
    std::size_t first = kNone;
    std::size_t last = kNone;
    std::size_t min = kNone;
    std::size_t max = kNone;
    std::size_t firstNaN = kNone;
};

// The indices to keep for one column, sorted, at most four.
std::size_t choose(const ColumnPicks &picks, const double *values, std::array<std::size_t, 5> &out)
{
    std::size_t n = 0;
    const auto add = [&](std::size_t index) {
        if (index != kNone && std::find(out.begin(), out.begin() + n, index) == out.begin() + n)
            out[n++] = index;
    };
    const bool nanInside = picks.firstNaN != kNone && !std::isnan(values[picks.first])
        && !std::isnan(values[picks.last]);
    add(picks.min);
    add(picks.max);
    add(picks.last);
    if (nanInside)
        add(picks.firstNaN);
    if (n < 4)
        add(picks.first);
    for (std::size_t i = 1; i < n; ++i) { // insertion sort of at most four indices
        for (std::size_t j = i; j > 0 && out[j] < out[j - 1]; --j)
            std::swap(out[j], out[j - 1]);
    }
    return n;
}

} // namespace

prometheus::Series decimate(const prometheus::Series &series, std::int64_t t0Ms, std::int64_t t1Ms,
                            int columns)
{
    const std::size_t size = series.size();
    if (columns <= 0 || t1Ms <= t0Ms || size <= 4 * std::size_t(columns))
        return series;
    Q_ASSERT(std::is_sorted(series.timestampsMs.begin(), series.timestampsMs.end()));

    const std::int64_t *t = series.timestampsMs.data();
    const double *v = series.values.data();
    std::size_t i = std::size_t(std::lower_bound(t, t + size, t0Ms) - t);
    const std::size_t end = std::size_t(std::upper_bound(t, t + size, t1Ms) - t);

    prometheus::Series out;
    out.labels = series.labels;
    out.timestampsMs.reserve(std::min(end - i, 4 * std::size_t(columns)));
    out.values.reserve(out.timestampsMs.capacity());

    const ColumnGrid grid(t0Ms, t1Ms, columns);
    std::array<std::size_t, 5> keep {};
    while (i < end) {
        const std::int64_t columnEnd = grid.end(grid.columnOf(t[i]));
        ColumnPicks picks;
        picks.first = i;
        double minValue = 0;
        double maxValue = 0;
        std::size_t j = i;
        for (; j < end && t[j] < columnEnd; ++j) {
            const double x = v[j];
            if (std::isnan(x)) {
                if (picks.firstNaN == kNone)
                    picks.firstNaN = j;
            } else if (picks.min == kNone) {
                picks.min = picks.max = j;
                minValue = maxValue = x;
            } else if (x < minValue) {
                picks.min = j;
                minValue = x;
            } else if (x > maxValue) {
                picks.max = j;
                maxValue = x;
            }
        }
        picks.last = j - 1;
        const std::size_t n = choose(picks, v, keep);
        for (std::size_t k = 0; k < n; ++k) {
            out.timestampsMs.push_back(t[keep[k]]);
            out.values.push_back(v[keep[k]]);
        }
        i = j;
    }
    return out;
}

} // namespace eucora::dashboard
