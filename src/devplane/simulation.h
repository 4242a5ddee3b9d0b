// A deterministic simulation of EUCORA's control plane on a simulated clock: deployments moving
// through CAB and the rings, connectors whose health flaps, circuit breakers tripping and
// recovering, rollbacks executing. Timestamps shown by the API are wall-clock; delays and
// durations are simulated seconds, so --speed compresses them. Everything is recorded in the
// Store and in the metric registry with EUCORA's canonical label values (contract 11.3).
#pragma once

#include "controlplane/domaintypes.h"
#include "metrics/metricregistry.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>
#include <map>
#include <random>
#include <set>
#include <vector>

namespace eucora::devplane {

class Store;
struct DeploymentRecord;

struct SimBreaker
{
    QString service;
    QString connectorType; // the connector name, or its group (itsm, siem, ...)
    int failMax = 5;
    double resetTimeout = 60; // seconds
    controlplane::BreakerState state = controlplane::BreakerState::Closed;
    int failCounter = 0;
    double openedAt = 0;
    bool forced = false; // held by the test-control API until reset
};

class Simulation : public QObject
{
    Q_OBJECT

public:
    Simulation(quint64 seed, double speed, Store *store, metrics::MetricRegistry *registry,
               QObject *parent = nullptr);

    // Starts advancing with wall time (times speed).
    void start();
    // Moves the simulation forward by `seconds` at once, processing every due event in order.
    void advance(double seconds);
    // Runs `action` after `delay` simulated seconds.
    void schedule(double delay, std::function<void()> action);

    double now() const { return m_now; }
    std::mt19937_64 &rng() { return m_rng; }
    QString randomUuid();

    std::vector<SimBreaker> &breakers() { return m_breakers; }
    SimBreaker *findBreaker(const QString &service); // case-insensitive, as pybreaker's registry
    void setBreakerState(SimBreaker &breaker, controlplane::BreakerState state, bool forced);
    bool connectorHealthy(const QString &connector) const;
    // Test mode: pin a connector's health (it stops flapping); false for an unknown connector.
    bool forceConnector(const QString &connector, bool healthy);

    // A deployment created through the API: follow it like a simulated one.
    void follow(const QString &correlationId);
    // After loading a saved Store: pick up every deployment and rollback still in motion.
    void resume();
    void startRollback(const QString &correlationId, const QString &taskId,
                       const QString &connectorType);

    // Gauges are spread over these pids in the multiprocess exposition; the last one may be a
    // dead worker whose values froze.
    void setWorkers(int workers);

    void recordCelery(const QString &task, const QString &status, double seconds);

private:
    double uniform(double low, double high);
    int uniformInt(int low, int high);
    bool chance(double probability);
    void setGauge(const QString &name, const QStringList &labels, double value);

    void createDeployment();
    void afterCreation(const QString &id);
    void decideCab(const QString &id);
    void startDeploying(const QString &id);
    void finishRing(const QString &id);
    void finish(DeploymentRecord &d, bool success);
    void breakerTick();
    void connectorTick();
    void recordBreaker(const SimBreaker &breaker);

    Store *m_store;
    metrics::MetricRegistry *m_metrics;
    std::mt19937_64 m_rng;
    double m_speed;
    double m_now;
    qint64 m_lastWallMs = 0;
    quint64 m_sequence = 0; // keeps events due at the same time in scheduling order
    std::multimap<std::pair<double, quint64>, std::function<void()>> m_queue;
    QTimer m_timer;

    std::vector<SimBreaker> m_breakers;
    std::map<QString, bool> m_connectorHealthy;
    std::set<QString> m_connectorForced;
    QStringList m_pids;
    double m_deadWorkerFrozenAt = 0;
};

} // namespace eucora::devplane
