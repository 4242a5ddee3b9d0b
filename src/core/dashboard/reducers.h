// Grafana's reducers ("calcs") over one series' values: the number a stat panel shows and the
// legend's min / max / mean / last columns. NaN is a gap, treated as Grafana treats null.
// Follows packages/grafana-data/src/transformations/fieldReducer.ts.
#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace eucora::dashboard {

enum class Reducer {
    LastNotNull,
    Last,
    FirstNotNull,
    First,
    Min,
    Max,
    Mean,
    Sum,
    Count,
    Range,
    Delta,
    Diff,
    ChangeCount,
    DistinctCount,
};

// "lastNotNull", "mean", ... and Grafana's aliases ("current", "avg", "total").
std::optional<Reducer> reducerFromId(const QString &id);
QString reducerId(Reducer reducer);

// Empty (null) when there is no value to give: an empty series (sum and count are 0 then), the
// min of nothing but gaps, the last point when it is a gap.
//   last / first        the last / first point, gap or not
//   count               the points that are not gaps
//   delta               the increase, counting a drop as a counter reset
//   changeCount         how often the value differs from the point before (gaps count)
//   distinctCount       how many different values (a gap is one value)
std::optional<double> reduce(const std::vector<double> &values, Reducer reducer);

// Grafana's legacy names (graph legends, singlestat valueName) as reducer ids: "current" ->
// "lastNotNull", "avg" -> "mean", "total" -> "sum". Unknown names come back empty.
QString reducerIdFromLegacy(const QString &name);

} // namespace eucora::dashboard
