// What the Circuit breakers view shows of each breaker and connector: the control plane's own
// answer (contract 5.2, 6.4) beside the metrics' (circuit_breaker_state / connector_health folded
// over EUCORA's worker pids, from Prometheus or, degraded, from /api/v1/metrics/), whether the two
// disagree, which pid holds the worst state and when the state last changed.
#pragma once

#include "controlplane/apimodels.h"
#include "controlplane/domaintypes.h"
#include "prometheus/pidaggregation.h"
#include "prometheus/series.h"

#include <QDateTime>
#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace eucora::controlplane {

// circuit_breaker_state's value as a state: 0 closed, 1 open, 2 half-open, else nullopt.
std::optional<BreakerState> breakerStateFromMetric(double value);
// OPEN > HALF_OPEN > CLOSED.
int breakerStateSeverity(BreakerState state);

struct BreakerTile
{
    BreakerSpec spec;
    std::optional<BreakerStatus> api; // nullopt: the API was not read (or left it out)
    std::optional<double> metric; // the most severe circuit_breaker_state over pids
    int workers = 0; // pid series the metric was folded from
    QString worstPid; // the pid holding the metric's state
    QDateTime lastChange; // the metric's last change inside the history; invalid: none seen

    std::optional<BreakerState> apiState() const;
    std::optional<BreakerState> metricState() const;
    // Both sources answered and name different states (or the metric an unknown value).
    bool disagrees() const;
    // The more alarming of the two; nullopt when neither is known.
    std::optional<BreakerState> worstState() const;
    // Seconds until an open breaker lets a trial call through, from the last change; nullopt
    // when it is not open or the change time is unknown.
    std::optional<int> resetSecondsLeft(const QDateTime &now) const;
};

// The 18 breakers of table 5.1 in its order, then any other name either source reported.
// `metric` holds mostSevereBreakerStates() of the raw per-pid series; breakers are named with
// prometheus::breakerNameOf(). `lastChanges` maps a breaker's name to its last change time.
std::vector<BreakerTile> breakerBoard(const std::vector<BreakerStatus> *api,
                                      const std::vector<prometheus::PidAggregate> *metric,
                                      const std::map<QString, QDateTime> &lastChanges);

struct ConnectorTile
{
    QString type; // intune, jamf, sccm, landscape, ansible
    std::optional<double> health; // lowest connector_health over pids
    int workers = 0;
    QString worstPid;
    std::optional<ConnectorHealth> api; // contract 6.4; nullopt: not read yet
    QString apiError; // why the API's health check could not be read
    QDateTime lastChange;

    // 1 healthy, 0 unhealthy; nullopt for no series or another value.
    std::optional<bool> metricHealthy() const;
    std::optional<bool> apiHealthy() const;
    bool disagrees() const;
};

// The five connectors in contract order, then other connector types the metric named.
std::vector<ConnectorTile> connectorStrip(const std::vector<prometheus::PidAggregate> *metric,
                                          const std::map<QString, ConnectorHealth> &api,
                                          const std::map<QString, QString> &apiErrors,
                                          const std::map<QString, QDateTime> &lastChanges);

// Per value of `nameLabel`: the time of the last point whose value differs from the point
// before it. Series without a change inside their points are left out.
std::map<QString, QDateTime> lastValueChanges(const std::vector<prometheus::Series> &series,
                                              const QString &nameLabel);

} // namespace eucora::controlplane
