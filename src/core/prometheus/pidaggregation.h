// Folds EUCORA's per-process gauges into one value per label set. In multiprocess mode every
// gauge comes once per process, with a `pid` label, dead processes included (contract 8.4); the
// console shows one value and how many processes reported it.
#pragma once

#include "prometheus/exposition.h"

#include <QString>

#include <vector>

namespace eucora::prometheus {

struct PidAggregate
{
    LabelSet labels; // the series' labels without `pid`
    double value = 0;
    int pidCount = 0; // samples folded in; a sample without `pid` counts as one process
    QString worstPid; // the pid whose report is `value` (the first of equals); empty without pid

    bool operator==(const PidAggregate &other) const;
};

// How alarming a circuit_breaker_state value is: OPEN (1) > HALF_OPEN (2) > CLOSED (0). A value
// outside 0/1/2 (or NaN) ranks between HALF_OPEN and CLOSED: never hides a known problem, never
// passes for healthy.
int breakerSeverity(double state);

// circuit_breaker_state over pids: the most severe state (not the numeric maximum).
std::vector<PidAggregate> mostSevereBreakerStates(const std::vector<MetricSample> &samples);

// connector_health over pids: the minimum, so one unhealthy report wins.
std::vector<PidAggregate> lowestConnectorHealth(const std::vector<MetricSample> &samples);

// Minimum of `metric` over pids. NaN reports are ignored unless every report is NaN, as
// PromQL's min() does.
std::vector<PidAggregate> minimumOverPids(const std::vector<MetricSample> &samples,
                                          const QString &metric);

// The breaker a circuit_breaker_* series is about: its own `service` label, which Prometheus
// renames `exported_service` when the scrape job sets a `service` target label (contract 9.1).
QString breakerNameOf(const LabelSet &labels);

} // namespace eucora::prometheus
