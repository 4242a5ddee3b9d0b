// A deterministic simulation of EUCORA's control plane: deployments moving through CAB and the
// rings, connectors whose health flaps, circuit breakers tripping and recovering. Everything it
// does is recorded in the metric registry with EUCORA's canonical label values (contract 11.3).
#pragma once

#include "metrics/metricregistry.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>
#include <map>
#include <random>
#include <vector>

namespace eucora::devplane {

enum class BreakerState { Closed, Open, HalfOpen };

struct SimBreaker
{
    QString service;
    QString connectorType; // the connector name, or its group (itsm, siem, ...)
    int failMax = 5;
    double resetTimeout = 60; // seconds
    BreakerState state = BreakerState::Closed;
    int failCounter = 0;
    double openedAt = 0;
};

struct SimDeployment
{
    QString correlationId;
    QString appName;
    QString version;
    int targetRing = 0; // index into rings()
    QString status; // deployment status enum string
    int riskScore = 0;
    bool requiresCab = false;
    double createdAt = 0; // simulation seconds since the Unix epoch
    int currentRing = -1;
};

class Simulation : public QObject
{
    Q_OBJECT

public:
    Simulation(quint64 seed, double speed, metrics::MetricRegistry *registry,
               QObject *parent = nullptr);

    static const QStringList &rings();
    static const QStringList &connectorTypes();

    // Starts advancing with wall time (times speed).
    void start();
    // Moves the simulation forward by `seconds` at once, processing every due event in order.
    void advance(double seconds);

    double now() const { return m_now; }
    const std::vector<SimBreaker> &breakers() const { return m_breakers; }
    const std::vector<SimDeployment> &deployments() const { return m_deployments; }

private:
    void schedule(double delay, std::function<void()> action);
    double uniform(double low, double high);
    int uniformInt(int low, int high);
    bool chance(double probability);
    QString randomUuid();

    void createDeployment();
    void decideCab(size_t index);
    void startDeploying(size_t index);
    void finishRing(size_t index);
    void finish(size_t index, bool success);
    void breakerTick();
    void connectorTick();
    void recordBreaker(const SimBreaker &breaker);

    metrics::MetricRegistry *m_metrics;
    std::mt19937_64 m_rng;
    double m_speed;
    double m_now;
    qint64 m_lastWallMs = 0;
    quint64 m_sequence = 0; // keeps events due at the same time in scheduling order
    std::multimap<std::pair<double, quint64>, std::function<void()>> m_queue;
    QTimer m_timer;

    std::vector<SimDeployment> m_deployments;
    std::vector<SimBreaker> m_breakers;
    std::map<QString, bool> m_connectorHealthy;
};

} // namespace eucora::devplane
