#include "simulation.h"

#include <QDateTime>
#include <QUuid>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace eucora::devplane {

namespace {

struct Product
{
    const char *name;
    int baseRisk;
    const char *versions[3];
};

// The ten products of EUCORA's demo seeding (contract 4.3).
const Product kProducts[] = {
    {"Microsoft Teams", 35, {"24.1.100", "24.2.205", "24.3.301"}},
    {"Adobe Acrobat Reader", 45, {"23.008.20470", "24.001.20604", "24.002.20687"}},
    {"Google Chrome", 40, {"121.0.6167.85", "122.0.6261.69", "123.0.6312.58"}},
    {"Slack", 30, {"4.36.134", "4.37.94", "4.38.115"}},
    {"Zoom Client", 38, {"5.17.5", "5.17.10", "6.0.2"}},
    {"Visual Studio Code", 32, {"1.86.2", "1.87.0", "1.88.1"}},
    {"CrowdStrike Falcon", 70, {"7.10.18110", "7.11.18203", "7.13.18306"}},
    {"Microsoft Defender", 65, {"4.18.24010", "4.18.24020", "4.18.24030"}},
    {"VPN Client", 55, {"5.1.0", "5.1.2", "5.2.0"}},
    {"SAP GUI", 60, {"7.70.4", "8.00.1", "8.00.3"}},
};

// The gate a ring's success rate must pass before promotion past it (contract 11.2).
double gateFor(int ring)
{
    static const double gates[] = {0.0, 0.98, 0.97, 0.99, 0.99};
    return gates[ring];
}

QString boolLabel(bool value)
{
    return value ? QStringLiteral("True") : QStringLiteral("False");
}

} // namespace

const QStringList &Simulation::rings()
{
    static const QStringList list {QStringLiteral("LAB"), QStringLiteral("CANARY"),
                                   QStringLiteral("PILOT"), QStringLiteral("DEPARTMENT"),
                                   QStringLiteral("GLOBAL")};
    return list;
}

const QStringList &Simulation::connectorTypes()
{
    static const QStringList list {QStringLiteral("intune"), QStringLiteral("jamf"),
                                   QStringLiteral("sccm"), QStringLiteral("landscape"),
                                   QStringLiteral("ansible")};
    return list;
}

Simulation::Simulation(quint64 seed, double speed, metrics::MetricRegistry *registry,
                       QObject *parent)
    : QObject(parent)
    , m_metrics(registry)
    , m_rng(seed)
    , m_speed(speed)
    , m_now(double(QDateTime::currentMSecsSinceEpoch() / 1000))
{
    const auto group = [](const char *group, std::initializer_list<const char *> names) {
        std::vector<std::pair<QString, QString>> out;
        for (const char *name : names)
            out.emplace_back(QString::fromLatin1(name), QString::fromLatin1(group));
        return out;
    };
    // The 18 breakers of contract 5.1, in its order.
    std::vector<std::pair<QString, QString>> all;
    for (const QString &connector : connectorTypes())
        all.emplace_back(connector, connector);
    for (auto list :
         {group("itsm", {"servicenow", "jira", "freshservice"}),
          group("siem", {"splunk", "elastic", "datadog"}),
          group("identity", {"entra_id", "active_directory"}),
          group("security", {"defender", "vulnerability_scanner"}), group("ai", {"ai_provider"}),
          group("infrastructure", {"database"}), group("generic", {"external_api"})})
        all.insert(all.end(), list.begin(), list.end());
    for (const auto &[service, type] : all) {
        SimBreaker breaker;
        breaker.service = service;
        breaker.connectorType = type;
        if (service == QLatin1String("database")) {
            breaker.failMax = 10;
            breaker.resetTimeout = 30;
        }
        m_breakers.push_back(breaker);
        recordBreaker(breaker);
    }
    for (const QString &connector : connectorTypes()) {
        m_connectorHealthy[connector] = true;
        m_metrics->set(QStringLiteral("connector_health"), {connector}, 1);
    }
    m_metrics->set(QStringLiteral("db_connection_pool_size"), {}, 0);

    schedule(uniform(1, 5), [this] { createDeployment(); });
    schedule(5, [this] { breakerTick(); });
    schedule(15, [this] { connectorTick(); });

    m_timer.setInterval(200);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        const qint64 wall = QDateTime::currentMSecsSinceEpoch();
        advance(double(wall - m_lastWallMs) / 1000.0 * m_speed);
        m_lastWallMs = wall;
    });
}

void Simulation::start()
{
    m_lastWallMs = QDateTime::currentMSecsSinceEpoch();
    m_timer.start();
}

void Simulation::advance(double seconds)
{
    const double target = m_now + std::max(0.0, seconds);
    while (!m_queue.empty() && m_queue.begin()->first.first <= target) {
        auto node = m_queue.extract(m_queue.begin());
        m_now = node.key().first;
        node.mapped()();
    }
    m_now = target;
}

void Simulation::schedule(double delay, std::function<void()> action)
{
    m_queue.emplace(std::make_pair(m_now + delay, m_sequence++), std::move(action));
}

double Simulation::uniform(double low, double high)
{
    return std::uniform_real_distribution<double>(low, high)(m_rng);
}

int Simulation::uniformInt(int low, int high)
{
    return std::uniform_int_distribution<int>(low, high)(m_rng);
}

bool Simulation::chance(double probability)
{
    return uniform(0, 1) < probability;
}

// A version-4 UUID drawn from the seeded generator, so ids repeat with the seed.
QString Simulation::randomUuid()
{
    const quint64 high = m_rng();
    const quint64 low = m_rng();
    QByteArray bytes(16, '\0');
    std::memcpy(bytes.data(), &high, 8);
    std::memcpy(bytes.data() + 8, &low, 8);
    bytes[6] = char((bytes[6] & 0x0F) | 0x40);
    bytes[8] = char((bytes[8] & 0x3F) | 0x80);
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

void Simulation::createDeployment()
{
    const Product &product = kProducts[uniformInt(0, int(std::size(kProducts)) - 1)];
    SimDeployment d;
    d.correlationId = randomUuid();
    d.appName = QString::fromLatin1(product.name);
    d.version = QString::fromLatin1(product.versions[uniformInt(0, 2)]);
    d.targetRing = uniformInt(0, 4);
    d.riskScore = std::clamp(product.baseRisk + uniformInt(-10, 25), 0, 100);
    d.requiresCab = d.riskScore > 50;
    d.status = d.requiresCab ? QStringLiteral("AWAITING_CAB") : QStringLiteral("APPROVED");
    d.createdAt = m_now;

    const QString ring = rings().at(d.targetRing);
    const QString status = d.requiresCab ? QStringLiteral("pending") : QStringLiteral("approved");
    m_metrics->inc(QStringLiteral("deployment_total"),
                   {status, ring, d.appName, boolLabel(d.requiresCab)});
    m_metrics->observe(QStringLiteral("deployment_duration_seconds"), {ring, d.appName, status}, 0);
    m_metrics->observe(QStringLiteral("risk_score_distribution"), {boolLabel(d.requiresCab)},
                       d.riskScore);

    m_deployments.push_back(d);
    const size_t index = m_deployments.size() - 1;
    if (d.requiresCab)
        schedule(uniform(30, 180), [this, index] { decideCab(index); });
    else
        schedule(uniform(5, 30), [this, index] { startDeploying(index); });

    // Roughly three new deployments per simulated minute.
    schedule(-std::log(1.0 - uniform(0, 0.999)) * 20.0, [this] { createDeployment(); });
}

void Simulation::decideCab(size_t index)
{
    SimDeployment &d = m_deployments[index];
    if (d.status != QLatin1String("AWAITING_CAB"))
        return;
    if (chance(0.15)) {
        d.status = QStringLiteral("REJECTED");
        return;
    }
    d.status = QStringLiteral("APPROVED");
    m_metrics->inc(QStringLiteral("ring_promotion_total"),
                   {rings().at(0), rings().at(0), QStringLiteral("cab_approved")});
    schedule(uniform(5, 30), [this, index] { startDeploying(index); });
}

void Simulation::startDeploying(size_t index)
{
    SimDeployment &d = m_deployments[index];
    if (d.status != QLatin1String("APPROVED"))
        return;
    d.status = QStringLiteral("DEPLOYING");
    d.currentRing = 0;
    schedule(uniform(20, 90), [this, index] { finishRing(index); });
}

void Simulation::finishRing(size_t index)
{
    SimDeployment &d = m_deployments[index];
    if (d.status != QLatin1String("DEPLOYING"))
        return;
    const int ring = d.currentRing;
    const QString connector = connectorTypes().at(uniformInt(0, 4));
    const bool connectorOk = m_connectorHealthy[connector];
    // Most rings go well; a flapping connector makes the gates fail far more often.
    const double failureShare
        = std::exponential_distribution<double>(connectorOk ? 200.0 : 25.0)(m_rng);
    const double successRate = std::clamp(1.0 - failureShare, 0.0, 1.0);
    m_metrics->set(QStringLiteral("promotion_gate_success_rate"), {rings().at(ring)}, successRate);
    m_metrics->observe(QStringLiteral("connector_operation_duration_seconds"),
                       {connector, QStringLiteral("deploy"),
                        connectorOk ? QStringLiteral("success") : QStringLiteral("failed")},
                       uniform(0.5, connectorOk ? 20 : 90));

    if (ring == d.targetRing) {
        finish(index, true);
        return;
    }
    const int next = ring + 1;
    const bool passed = successRate >= gateFor(next);
    m_metrics->inc(QStringLiteral("ring_promotion_total"),
                   {rings().at(ring), rings().at(next),
                    passed ? QStringLiteral("success") : QStringLiteral("failed")});
    if (!passed) {
        finish(index, false);
        return;
    }
    d.currentRing = next;
    schedule(uniform(20, 90), [this, index] { finishRing(index); });
}

void Simulation::finish(size_t index, bool success)
{
    SimDeployment &d = m_deployments[index];
    d.status = success ? QStringLiteral("COMPLETED") : QStringLiteral("FAILED");
    const QString ring = rings().at(d.targetRing);
    const QString status = success ? QStringLiteral("success") : QStringLiteral("failed");
    m_metrics->inc(QStringLiteral("deployment_total"),
                   {status, ring, d.appName, boolLabel(d.requiresCab)});
    m_metrics->observe(QStringLiteral("deployment_duration_seconds"), {ring, d.appName, status},
                       m_now - d.createdAt);
    if (success)
        m_metrics->set(QStringLiteral("deployment_time_to_compliance_seconds"), {ring, d.appName},
                       m_now - d.createdAt);
}

void Simulation::breakerTick()
{
    for (SimBreaker &breaker : m_breakers) {
        const auto health = m_connectorHealthy.find(breaker.connectorType);
        const bool unhealthy = health != m_connectorHealthy.end() && !health->second;
        const double failureChance = unhealthy ? 0.6 : 0.02;
        if (breaker.state == BreakerState::Open) {
            if (m_now - breaker.openedAt >= breaker.resetTimeout) {
                breaker.state = BreakerState::HalfOpen;
                recordBreaker(breaker);
            }
            continue;
        }
        const bool failed = chance(failureChance);
        if (breaker.state == BreakerState::HalfOpen) {
            breaker.state = failed ? BreakerState::Open : BreakerState::Closed;
            breaker.failCounter = failed ? breaker.failMax : 0;
            breaker.openedAt = m_now;
        } else if (failed) {
            static const char *errorTypes[] = {"Timeout", "ConnectionError", "HTTPError"};
            m_metrics->inc(QStringLiteral("circuit_breaker_failures_total"),
                           {breaker.service, breaker.connectorType,
                            QString::fromLatin1(errorTypes[uniformInt(0, 2)])});
            if (++breaker.failCounter >= breaker.failMax) {
                breaker.state = BreakerState::Open;
                breaker.openedAt = m_now;
            }
        } else {
            breaker.failCounter = 0;
        }
        recordBreaker(breaker);
    }
    schedule(5, [this] { breakerTick(); });
}

void Simulation::connectorTick()
{
    for (auto &[connector, healthy] : m_connectorHealthy) {
        healthy = healthy ? !chance(0.04) : chance(0.35);
        m_metrics->set(QStringLiteral("connector_health"), {connector}, healthy ? 1 : 0);
    }
    schedule(15, [this] { connectorTick(); });
}

void Simulation::recordBreaker(const SimBreaker &breaker)
{
    const double value = breaker.state == BreakerState::Closed ? 0
        : breaker.state == BreakerState::Open                  ? 1
                                                               : 2;
    m_metrics->set(QStringLiteral("circuit_breaker_state"),
                   {breaker.service, breaker.connectorType}, value);
}

} // namespace eucora::devplane
