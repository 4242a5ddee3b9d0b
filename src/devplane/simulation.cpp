#include "simulation.h"

#include "catalog.h"
#include "store.h"

#include <QDateTime>
#include <QJsonObject>
#include <QUuid>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace eucora::devplane {

using controlplane::BreakerGroup;
using controlplane::BreakerState;
using controlplane::CabDecision;
using controlplane::DeploymentStatus;
using controlplane::EventType;
using controlplane::Ring;
using controlplane::TaskState;
using controlplane::toString;

namespace {

const QString kSimulator = QStringLiteral("eucora-simulator");
const QString kDeployTask = QStringLiteral("apps.deployment_intents.tasks.deploy_to_connector");
const QString kRollbackTask = QStringLiteral("apps.deployment_intents.tasks.execute_rollback");

QString boolLabel(bool value)
{
    return value ? QStringLiteral("True") : QStringLiteral("False");
}

// The API only accepts target rings of the enum; a stored word outside it (never accepted) ends
// the rollout after LAB instead of inventing a longer one.
Ring targetRing(const DeploymentRecord &d)
{
    return controlplane::ringFromString(d.targetRing).value_or(Ring::Lab);
}

} // namespace

Simulation::Simulation(quint64 seed, double speed, Store *store, metrics::MetricRegistry *registry,
                       QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_metrics(registry)
    , m_rng(seed)
    , m_speed(speed)
    , m_now(double(QDateTime::currentMSecsSinceEpoch() / 1000))
{
    for (const controlplane::BreakerSpec &spec : controlplane::breakerCatalog()) {
        SimBreaker breaker;
        breaker.service = spec.name;
        breaker.connectorType
            = spec.group == BreakerGroup::Connectors ? spec.name : toString(spec.group);
        breaker.failMax = spec.failMax;
        breaker.resetTimeout = spec.resetTimeoutSeconds;
        m_breakers.push_back(breaker);
    }
    setWorkers(1);

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

void Simulation::setWorkers(int workers)
{
    m_pids.clear();
    const qint64 base = 9340;
    for (int i = 0; i < std::max(1, workers); ++i)
        m_pids << QString::number(base + i);
    // With several workers the last one dies a minute in and its gauges freeze, as EUCORA's
    // multiprocess directory keeps a dead worker's files forever.
    m_deadWorkerFrozenAt = workers > 1 ? m_now + 60 : 0;
    for (const SimBreaker &breaker : m_breakers)
        recordBreaker(breaker);
    for (const QString &connector : controlplane::connectorTypeNames()) {
        m_connectorHealthy.emplace(connector, true);
        setGauge(QStringLiteral("connector_health"), {connector},
                 m_connectorHealthy[connector] ? 1 : 0);
    }
    setGauge(QStringLiteral("db_connection_pool_size"), {}, 0);
}

void Simulation::setGauge(const QString &name, const QStringList &labels, double value)
{
    const bool deadFrozen = m_pids.size() > 1 && m_now >= m_deadWorkerFrozenAt;
    for (int i = 0; i < m_pids.size(); ++i) {
        if (deadFrozen && i == m_pids.size() - 1)
            continue;
        m_metrics->set(name, labels, value, m_pids[i]);
    }
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
    m_queue.emplace(std::make_pair(m_now + std::max(0.0, delay), m_sequence++), std::move(action));
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

// A version-4 UUID drawn from the seeded generator, so ids repeat with the seed. Restarted from
// --data-dir with the same seed, the generator repeats the ids it gave before the restart: those
// already in the store are skipped.
QString Simulation::randomUuid()
{
    for (;;) {
        const quint64 high = m_rng();
        const quint64 low = m_rng();
        QByteArray bytes(16, '\0');
        std::memcpy(bytes.data(), &high, 8);
        std::memcpy(bytes.data() + 8, &low, 8);
        bytes[6] = char((bytes[6] & 0x0F) | 0x40);
        bytes[8] = char((bytes[8] & 0x3F) | 0x80);
        const QString id = QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
        if (!m_store->findDeployment(id) && m_store->tasks.count(id) == 0)
            return id;
    }
}

void Simulation::recordCelery(const QString &task, const QString &status, double seconds)
{
    m_metrics->observe(QStringLiteral("celery_task_duration_seconds"), {task, status}, seconds);
}

void Simulation::createDeployment()
{
    const Product &product = products()[size_t(uniformInt(0, int(products().size()) - 1))];
    DeploymentRecord d;
    d.correlationId = randomUuid();
    d.createdAt = d.updatedAt = QDateTime::currentDateTimeUtc();
    d.appName = QString::fromLatin1(product.name);
    d.version = QString::fromLatin1(product.versions[size_t(uniformInt(0, 2))]);
    d.targetRing = controlplane::allRingNames().at(uniformInt(0, 4));
    d.riskScore = std::clamp(product.baseRisk + uniformInt(-10, 25), 0, 100);
    d.requiresCab = *d.riskScore > 50;
    d.status = d.requiresCab ? DeploymentStatus::AwaitingCab : DeploymentStatus::Approved;
    d.evidencePackId = d.correlationId;
    d.submitter = QStringLiteral("operator");
    d.isDemo = m_store->demoMode;
    d.simCreatedAt = m_now;
    d.simulated = true;
    m_store->deployments.push_back(d);
    m_store->touch();

    const QString status = d.requiresCab ? QStringLiteral("pending") : QStringLiteral("approved");
    m_metrics->inc(QStringLiteral("deployment_total"),
                   {status, d.targetRing, d.appName, boolLabel(d.requiresCab)});
    m_metrics->observe(QStringLiteral("deployment_duration_seconds"),
                       {d.targetRing, d.appName, status}, 0);
    m_metrics->observe(QStringLiteral("risk_score_distribution"), {boolLabel(d.requiresCab)},
                       *d.riskScore);
    m_store->addEvent(d.correlationId, EventType::DeploymentCreated,
                      {{QStringLiteral("app_name"), d.appName},
                       {QStringLiteral("version"), d.version},
                       {QStringLiteral("ring"), d.targetRing}},
                      d.submitter, d.isDemo);
    m_store->addEvent(d.correlationId, EventType::RiskAssessed,
                      {{QStringLiteral("risk_score"), *d.riskScore},
                       {QStringLiteral("requires_cab_approval"), d.requiresCab}},
                      kSimulator, d.isDemo);
    afterCreation(d.correlationId);

    // Roughly three new deployments per simulated minute.
    schedule(-std::log(1.0 - uniform(0, 0.999)) * 20.0, [this] { createDeployment(); });
}

void Simulation::follow(const QString &correlationId)
{
    if (DeploymentRecord *d = m_store->findDeployment(correlationId)) {
        d->simCreatedAt = m_now;
        d->simulated = true;
        afterCreation(correlationId);
    }
}

void Simulation::resume()
{
    const QDateTime wall = QDateTime::currentDateTimeUtc();
    for (DeploymentRecord &d : m_store->deployments) {
        d.simCreatedAt = m_now - double(d.createdAt.secsTo(wall));
        const QString id = d.correlationId;
        if (!d.rollbackTaskId.isEmpty()) {
            const auto task = m_store->tasks.find(d.rollbackTaskId);
            if (task != m_store->tasks.end() && task->second.state != TaskState::Revoked) {
                startRollback(id, d.rollbackTaskId,
                              d.rings.empty() ? QStringLiteral("intune")
                                              : d.rings.back().connectorType);
                continue;
            }
            d.rollbackTaskId.clear();
        }
        if (d.isDemo && !d.simulated)
            continue; // seeded rows stand still, as in EUCORA
        if (d.status == DeploymentStatus::AwaitingCab)
            schedule(uniform(5, 60), [this, id] { decideCab(id); });
        else if (d.status == DeploymentStatus::Approved)
            schedule(uniform(5, 30), [this, id] { startDeploying(id); });
        else if (d.status == DeploymentStatus::Deploying)
            schedule(uniform(5, 30), [this, id] { finishRing(id); });
    }
}

void Simulation::afterCreation(const QString &id)
{
    DeploymentRecord *d = m_store->findDeployment(id);
    if (!d)
        return;
    if (d->status == DeploymentStatus::AwaitingCab) {
        m_store->addEvent(id, EventType::CabSubmitted,
                          {{QStringLiteral("risk_score"), d->riskScore ? *d->riskScore : 0}},
                          d->submitter, d->isDemo);
        schedule(uniform(30, 180), [this, id] { decideCab(id); });
    } else if (d->status == DeploymentStatus::Approved) {
        schedule(uniform(5, 30), [this, id] { startDeploying(id); });
    }
}

void Simulation::decideCab(const QString &id)
{
    DeploymentRecord *d = m_store->findDeployment(id);
    if (!d || d->status != DeploymentStatus::AwaitingCab)
        return;
    const bool approved = !chance(0.15);
    d->status = approved ? DeploymentStatus::Approved : DeploymentStatus::Rejected;
    d->updatedAt = QDateTime::currentDateTimeUtc();
    m_store->addEvent(id, approved ? EventType::CabApproved : EventType::CabRejected,
                      {{QStringLiteral("decision"),
                        toString(approved ? CabDecision::Approved : CabDecision::Rejected)}},
                      QStringLiteral("cab_approver"), d->isDemo);
    if (!approved)
        return;
    m_metrics->inc(QStringLiteral("ring_promotion_total"),
                   {toString(Ring::Lab), toString(Ring::Lab), QStringLiteral("cab_approved")});
    schedule(uniform(5, 30), [this, id] { startDeploying(id); });
}

void Simulation::startDeploying(const QString &id)
{
    DeploymentRecord *d = m_store->findDeployment(id);
    if (!d || d->status != DeploymentStatus::Approved)
        return;
    d->status = DeploymentStatus::Deploying;
    d->updatedAt = QDateTime::currentDateTimeUtc();
    RingRow row;
    row.ring = Ring::Lab;
    row.connectorType = controlplane::connectorTypeNames().at(uniformInt(0, 4));
    row.connectorObjectId = QStringLiteral("obj-%1").arg(quint32(m_rng()), 8, 16, QLatin1Char('0'));
    row.createdAt = row.updatedAt = d->updatedAt;
    d->rings.push_back(row);
    m_store->addEvent(id, EventType::DeploymentStarted,
                      {{QStringLiteral("ring"), toString(row.ring)},
                       {QStringLiteral("connector_type"), row.connectorType}},
                      kSimulator, d->isDemo);
    schedule(uniform(20, 90), [this, id] { finishRing(id); });
}

void Simulation::finishRing(const QString &id)
{
    DeploymentRecord *d = m_store->findDeployment(id);
    if (!d || d->status != DeploymentStatus::Deploying || d->rings.empty())
        return;
    RingRow &row = d->rings.back();
    const bool connectorOk = connectorHealthy(row.connectorType);
    // Most rings go well; a flapping connector makes the gates fail far more often.
    const double failureShare
        = std::exponential_distribution<double>(connectorOk ? 200.0 : 25.0)(m_rng);
    const int devices = uniformInt(20, 400) * (int(row.ring) + 1);
    row.failureCount = int(std::round(devices * std::min(1.0, failureShare)));
    row.successCount = devices - row.failureCount;
    row.successRate = double(row.successCount) / std::max(1, devices);
    row.updatedAt = QDateTime::currentDateTimeUtc();
    d->updatedAt = row.updatedAt;
    setGauge(QStringLiteral("promotion_gate_success_rate"), {toString(row.ring)}, row.successRate);
    const double opSeconds = uniform(0.5, connectorOk ? 20 : 90);
    m_metrics->observe(QStringLiteral("connector_operation_duration_seconds"),
                       {row.connectorType, QStringLiteral("deploy"),
                        connectorOk ? QStringLiteral("success") : QStringLiteral("failed")},
                       opSeconds);
    recordCelery(kDeployTask, connectorOk ? QStringLiteral("success") : QStringLiteral("failed"),
                 opSeconds);
    if (!connectorOk || chance(0.05)) { // Celery retries with back-off before giving up
        const int retries = uniformInt(1, 3);
        for (int retry = 1; retry <= retries; ++retry)
            m_metrics->inc(QStringLiteral("celery_task_retries_total"),
                           {kDeployTask, QString::number(retry)});
    }
    m_metrics->observe(QStringLiteral("db_query_duration_seconds"), {QStringLiteral("update")},
                       uniform(0.001, 0.05));

    // A ring's own gate (contract 11.2: CANARY 0.98, PILOT 0.97, DEPARTMENT 0.99, GLOBAL 0.99, LAB
    // none) decides whether it is left: promoted to the next ring, or at the target completed.
    const bool passed = row.successRate >= controlplane::promotionGate(row.ring);
    row.gatePassed = passed;
    if (row.ring >= targetRing(*d)) {
        finish(*d, passed);
        return;
    }
    const Ring next = Ring(int(row.ring) + 1);
    m_metrics->inc(QStringLiteral("ring_promotion_total"),
                   {toString(row.ring), toString(next),
                    passed ? QStringLiteral("success") : QStringLiteral("failed")});
    if (!passed) {
        finish(*d, false);
        return;
    }
    row.promotedAt = row.updatedAt;
    RingRow nextRow;
    nextRow.ring = next;
    nextRow.connectorType = row.connectorType;
    nextRow.connectorObjectId = row.connectorObjectId;
    nextRow.createdAt = nextRow.updatedAt = row.updatedAt;
    d->rings.push_back(nextRow);
    m_store->touch();
    schedule(uniform(20, 90), [this, id] { finishRing(id); });
}

void Simulation::finish(DeploymentRecord &d, bool success)
{
    d.status = success ? DeploymentStatus::Completed : DeploymentStatus::Failed;
    d.updatedAt = QDateTime::currentDateTimeUtc();
    const QString status = success ? QStringLiteral("success") : QStringLiteral("failed");
    const double duration = m_now - d.simCreatedAt;
    m_metrics->inc(QStringLiteral("deployment_total"),
                   {status, d.targetRing, d.appName, boolLabel(d.requiresCab)});
    m_metrics->observe(QStringLiteral("deployment_duration_seconds"),
                       {d.targetRing, d.appName, status}, duration);
    if (success)
        setGauge(QStringLiteral("deployment_time_to_compliance_seconds"), {d.targetRing, d.appName},
                 duration);
    QJsonObject data {
        {QStringLiteral("app_name"), d.appName},
        {QStringLiteral("version"), d.version},
        {QStringLiteral("ring"), d.rings.empty() ? d.targetRing : toString(d.rings.back().ring)}};
    if (!success)
        data.insert(QStringLiteral("error"), QStringLiteral("promotion gate not met"));
    m_store->addEvent(d.correlationId,
                      success ? EventType::DeploymentCompleted : EventType::DeploymentFailed, data,
                      kSimulator, d.isDemo);
}

void Simulation::startRollback(const QString &correlationId, const QString &taskId,
                               const QString &connectorType)
{
    const int steps = 4;
    const double started = m_now;
    for (int step = 1; step <= steps; ++step) {
        schedule(step * uniform(3, 8), [this, taskId, step, steps] {
            auto it = m_store->tasks.find(taskId);
            if (it == m_store->tasks.end() || it->second.state == TaskState::Revoked)
                return;
            it->second.state = TaskState::Progress;
            const bool verify = step > steps / 2;
            it->second.progress
                = {{QStringLiteral("phase"),
                    verify ? QStringLiteral("verify") : QStringLiteral("connector")},
                   {QStringLiteral("done"), verify ? step - steps / 2 : step},
                   {QStringLiteral("total"), steps / 2}};
            m_store->touch();
        });
    }
    schedule(steps * 8 + 1, [this, correlationId, taskId, connectorType, started] {
        auto it = m_store->tasks.find(taskId);
        DeploymentRecord *d = m_store->findDeployment(correlationId);
        if (it == m_store->tasks.end() || !d)
            return;
        TaskRecord &task = it->second;
        d->rollbackTaskId.clear();
        const double seconds = m_now - started;
        if (task.state == TaskState::Revoked)
            return;
        const bool ok = connectorHealthy(connectorType) || chance(0.5);
        task.progress = QJsonObject();
        m_metrics->observe(QStringLiteral("connector_operation_duration_seconds"),
                           {connectorType, QStringLiteral("rollback"),
                            ok ? QStringLiteral("success") : QStringLiteral("failed")},
                           seconds);
        recordCelery(kRollbackTask, ok ? QStringLiteral("success") : QStringLiteral("failed"),
                     seconds);
        if (!ok) {
            task.state = TaskState::Failure;
            task.error
                = QStringLiteral("Connector %1 did not confirm the rollback").arg(connectorType);
            task.traceback
                = QStringLiteral("Traceback (most recent call last):\n  ...\nConnectorError: %1")
                      .arg(task.error);
            m_store->addEvent(correlationId, EventType::DeploymentFailed,
                              {{QStringLiteral("phase"), QStringLiteral("rollback")},
                               {QStringLiteral("error"), task.error},
                               {QStringLiteral("task_id"), taskId}},
                              kSimulator, d->isDemo);
            return;
        }
        d->status = DeploymentStatus::RolledBack;
        d->updatedAt = QDateTime::currentDateTimeUtc();
        m_metrics->inc(
            QStringLiteral("deployment_total"),
            {QStringLiteral("failed"), d->targetRing, d->appName, boolLabel(d->requiresCab)});
        m_metrics->observe(QStringLiteral("deployment_duration_seconds"),
                           {d->targetRing, d->appName, QStringLiteral("failed")},
                           d->simulated ? m_now - d->simCreatedAt
                                        : double(d->createdAt.secsTo(d->updatedAt)));
        task.state = TaskState::Success;
        task.result = QJsonObject {{QStringLiteral("status"), QStringLiteral("success")},
                                   {QStringLiteral("deployment_intent_id"), correlationId},
                                   {QStringLiteral("connector_type"), connectorType},
                                   {QStringLiteral("details"), QJsonObject()}};
        m_store->addEvent(correlationId, EventType::RollbackCompleted,
                          {{QStringLiteral("task_id"), taskId},
                           {QStringLiteral("connector_type"), connectorType}},
                          kSimulator, d->isDemo);
    });
}

SimBreaker *Simulation::findBreaker(const QString &service)
{
    // m_breakers follows the catalog, so a breaker's rank is its index.
    const size_t rank = size_t(controlplane::breakerRank(service));
    return rank < m_breakers.size() ? &m_breakers[rank] : nullptr;
}

void Simulation::setBreakerState(SimBreaker &breaker, BreakerState state, bool forced)
{
    breaker.state = state;
    breaker.forced = forced;
    breaker.openedAt = m_now;
    breaker.failCounter = state == BreakerState::Closed ? 0 : breaker.failMax;
    recordBreaker(breaker);
}

bool Simulation::connectorHealthy(const QString &connector) const
{
    const auto it = m_connectorHealthy.find(connector);
    return it == m_connectorHealthy.end() || it->second;
}

void Simulation::breakerTick()
{
    for (SimBreaker &breaker : m_breakers) {
        if (breaker.forced)
            continue;
        const bool failed = chance(connectorHealthy(breaker.connectorType) ? 0.02 : 0.6);
        if (breaker.state == BreakerState::Open) {
            if (m_now - breaker.openedAt >= breaker.resetTimeout)
                breaker.state = BreakerState::HalfOpen;
        } else if (breaker.state == BreakerState::HalfOpen) {
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

bool Simulation::forceConnector(const QString &connector, bool healthy)
{
    const auto it = m_connectorHealthy.find(connector);
    if (it == m_connectorHealthy.end())
        return false;
    it->second = healthy;
    m_connectorForced.insert(connector);
    setGauge(QStringLiteral("connector_health"), {connector}, healthy ? 1 : 0);
    return true;
}

void Simulation::connectorTick()
{
    for (auto &[connector, healthy] : m_connectorHealthy) {
        if (m_connectorForced.count(connector))
            continue;
        healthy = healthy ? !chance(0.04) : chance(0.35);
        setGauge(QStringLiteral("connector_health"), {connector}, healthy ? 1 : 0);
    }
    schedule(15, [this] { connectorTick(); });
}

void Simulation::recordBreaker(const SimBreaker &breaker)
{
    setGauge(QStringLiteral("circuit_breaker_state"), {breaker.service, breaker.connectorType},
             controlplane::breakerMetricValue(breaker.state));
}

} // namespace eucora::devplane
