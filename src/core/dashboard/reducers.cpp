#include "dashboard/reducers.h"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <numeric>
#include <set>
#include <utility>

namespace eucora::dashboard {

namespace {

constexpr std::pair<Reducer, const char *> kIds[] = {
    {Reducer::LastNotNull, "lastNotNull"},
    {Reducer::Last, "last"},
    {Reducer::FirstNotNull, "firstNotNull"},
    {Reducer::First, "first"},
    {Reducer::Min, "min"},
    {Reducer::Max, "max"},
    {Reducer::Mean, "mean"},
    {Reducer::Sum, "sum"},
    {Reducer::Count, "count"},
    {Reducer::Range, "range"},
    {Reducer::Delta, "delta"},
    {Reducer::Diff, "diff"},
    {Reducer::ChangeCount, "changeCount"},
    {Reducer::DistinctCount, "distinctCount"},
};

// Grafana's aliasIds of the reducers above.
constexpr std::pair<const char *, const char *> kAliases[] = {
    {"current", "lastNotNull"},
    {"avg", "mean"},
    {"total", "sum"},
};

bool isGap(double value)
{
    return std::isnan(value);
}

std::optional<double> orNull(double value)
{
    return isGap(value) ? std::nullopt : std::optional<double>(value);
}

// Grafana's running delta: increases add up; after a drop (a counter reset) the new value
// counts in full.
double delta(const std::vector<double> &values)
{
    double total = 0;
    bool previousUp = true;
    std::optional<double> last;
    for (std::size_t i = 0; i < values.size(); ++i) {
        const double value = values[i];
        if (isGap(value))
            continue;
        if (last) {
            if (*last > value) {
                previousUp = false;
                if (i == values.size() - 1)
                    total += value;
            } else {
                total += previousUp ? value - *last : value;
                previousUp = true;
            }
        }
        last = value;
    }
    return total;
}

bool sameValue(double a, double b)
{
    return (isGap(a) && isGap(b)) || a == b;
}

double changeCount(const std::vector<double> &values)
{
    double count = 0;
    for (std::size_t i = 1; i < values.size(); ++i) {
        if (!sameValue(values[i - 1], values[i]))
            ++count;
    }
    return count;
}

double distinctCount(const std::vector<double> &values)
{
    std::set<double> distinct;
    bool gap = false;
    for (const double value : values) {
        if (isGap(value))
            gap = true;
        else
            distinct.insert(value);
    }
    return double(distinct.size()) + (gap ? 1 : 0);
}

} // namespace

std::optional<Reducer> reducerFromId(const QString &id)
{
    const QString canonical = reducerIdFromLegacy(id);
    for (const auto &[reducer, name] : kIds) {
        if (canonical == QLatin1String(name))
            return reducer;
    }
    return std::nullopt;
}

QString reducerId(Reducer reducer)
{
    for (const auto &[candidate, name] : kIds) {
        if (candidate == reducer)
            return QLatin1String(name);
    }
    return {};
}

QString reducerIdFromLegacy(const QString &name)
{
    for (const auto &[alias, id] : kAliases) {
        if (name == QLatin1String(alias))
            return QLatin1String(id);
    }
    for (const auto &[reducer, id] : kIds) {
        if (name == QLatin1String(id))
            return name;
    }
    return {};
}

std::optional<double> reduce(const std::vector<double> &values, Reducer reducer)
{
    // Grafana's emptyInputResult: 0 for sum and count, null for everything else.
    if (values.empty())
        return reducer == Reducer::Sum || reducer == Reducer::Count ? std::optional<double>(0)
                                                                    : std::nullopt;
    std::vector<double> present;
    std::copy_if(values.begin(), values.end(), std::back_inserter(present),
                 [](double v) { return !isGap(v); });
    const bool none = present.empty();
    switch (reducer) {
    case Reducer::Sum:
        return std::accumulate(present.begin(), present.end(), 0.0);
    case Reducer::Count:
        return double(present.size());
    case Reducer::Last:
        return orNull(values.back());
    case Reducer::First:
        return orNull(values.front());
    case Reducer::ChangeCount:
        return changeCount(values);
    case Reducer::DistinctCount:
        return distinctCount(values);
    case Reducer::Delta:
        return delta(values);
    default:
        break;
    }
    if (none)
        return std::nullopt;
    const auto [low, high] = std::minmax_element(present.begin(), present.end());
    switch (reducer) {
    case Reducer::LastNotNull:
        return present.back();
    case Reducer::FirstNotNull:
        return present.front();
    case Reducer::Min:
        return *low;
    case Reducer::Max:
        return *high;
    case Reducer::Mean:
        return std::accumulate(present.begin(), present.end(), 0.0) / double(present.size());
    case Reducer::Range:
        return *high - *low;
    case Reducer::Diff:
        return present.back() - present.front();
    default:
        return std::nullopt;
    }
}

} // namespace eucora::dashboard
