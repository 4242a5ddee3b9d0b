// What the console asks Prometheus: PromQL queries and series selections, as plain values.
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

namespace eucora::prometheus {

struct RangeQuery
{
    QString promql;
    QDateTime start; // UTC
    QDateTime end; // UTC
    std::chrono::milliseconds step {15000};
    // Prometheus' own evaluation timeout (its `timeout` parameter); the client's deadline is
    // separate. Unset: the server's default (--query.timeout, 2 min).
    std::optional<std::chrono::milliseconds> evaluationTimeout;

    bool operator==(const RangeQuery &other) const
    {
        return promql == other.promql && start == other.start && end == other.end
            && step == other.step && evaluationTimeout == other.evaluationTimeout;
    }
};

struct InstantQuery
{
    QString promql;
    QDateTime time; // UTC; invalid: the server's "now"
    std::optional<std::chrono::milliseconds> evaluationTimeout; // as in RangeQuery

    bool operator==(const InstantQuery &other) const
    {
        return promql == other.promql && time == other.time
            && evaluationTimeout == other.evaluationTimeout;
    }
};

// Which series /series, /labels and /label/<name>/values look at: series matching any of the
// selectors (`up`, `{job="x"}`), between start and end. Empty parts are left to the server
// (all series, its default time range); /series needs at least one selector.
struct SeriesSelection
{
    QStringList match;
    QDateTime start; // UTC
    QDateTime end; // UTC

    bool operator==(const SeriesSelection &other) const
    {
        return match == other.match && start == other.start && end == other.end;
    }
};

} // namespace eucora::prometheus
