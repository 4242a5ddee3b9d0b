#include "seeder.h"

#include "catalog.h"
#include "controlplane/domaintypes.h"
#include "simulation.h"

#include <QJsonArray>

#include <algorithm>

namespace eucora::devplane {

using controlplane::DeploymentStatus;
using controlplane::EventType;
using controlplane::TaskState;

namespace {

const char *kPhases[] = {"assets", "applications", "deployments", "events"};

bool truthy(const QJsonValue &value, bool fallback)
{
    if (value.isUndefined() || value.isNull())
        return fallback;
    if (value.isBool())
        return value.toBool();
    const QString text = value.toVariant().toString().toLower();
    return text == QLatin1String("true") || text == QLatin1String("1")
        || text == QLatin1String("yes");
}

bool readCount(const QJsonObject &body, const char *key, int *out, QString *error)
{
    const QJsonValue value = body.value(QLatin1String(key));
    if (value.isUndefined())
        return true;
    bool ok = false;
    const double number = value.isDouble() ? value.toDouble() : value.toString().toDouble(&ok);
    if ((value.isDouble() && number == std::floor(number) && number >= 0 && number <= 1e7)
        || (ok && number == std::floor(number) && number >= 0 && number <= 1e7)) {
        *out = int(number);
        return true;
    }
    *error = QStringLiteral("invalid literal for int() with base 10: '%1'")
                 .arg(value.toVariant().toString());
    return false;
}

} // namespace

std::optional<SeedRequest> parseSeedRequest(const QJsonObject &body, QString *error)
{
    SeedRequest r;
    if (!readCount(body, "assets", &r.assets, error)
        || !readCount(body, "applications", &r.applications, error)
        || !readCount(body, "deployments", &r.deployments, error)
        || !readCount(body, "users", &r.users, error)
        || !readCount(body, "events", &r.events, error)
        || !readCount(body, "batch_size", &r.batchSize, error))
        return std::nullopt;
    r.clearExisting = truthy(body.value(QStringLiteral("clear_existing")), true);
    r.forceAsync = truthy(body.value(QStringLiteral("async")), false);
    return r;
}

Seeder::Seeder(Store *store, Simulation *simulation, quint64 seed)
    : m_store(store)
    , m_simulation(simulation)
    , m_rng(seed ^ 0x5eedULL)
{ }

void Seeder::prepare(const SeedRequest &request)
{
    if (request.clearExisting)
        m_store->clearDemoData();
    // "demo" is deleted and recreated by every seed, with demo_1 .. demo_N.
    m_store->users.erase(std::remove_if(m_store->users.begin(), m_store->users.end(),
                                        [](const UserRecord &u) { return u.demo; }),
                         m_store->users.end());
    int nextId = 1000;
    for (int i = 0; i <= request.users; ++i) {
        UserRecord user;
        user.id = nextId++;
        user.username = i == 0 ? QStringLiteral("demo") : QStringLiteral("demo_%1").arg(i);
        user.password = QStringLiteral("demo-password");
        user.email = user.username + QStringLiteral("@demo.eucora.test");
        user.demo = true;
        m_store->users.push_back(user);
    }
    m_nextProduct = 0;
    m_nextVersion = 0;
    m_leftForVersion = std::uniform_int_distribution<int>(1, 3)(m_rng);
    m_store->touch();
}

bool Seeder::addDeployment()
{
    if (m_nextProduct >= int(products().size()))
        return false;
    const Product &product = products()[size_t(m_nextProduct)];
    auto pick = [this](int low, int high) {
        return std::uniform_int_distribution<int>(low, high)(m_rng);
    };
    // Weighted status pool out of 15 (contract 4.3), with the event each status leaves behind.
    struct Outcome
    {
        DeploymentStatus status;
        int weight;
        EventType event;
    };
    static const Outcome pool[] = {{DeploymentStatus::Pending, 1, EventType::DeploymentCreated},
                                   {DeploymentStatus::AwaitingCab, 3, EventType::CabSubmitted},
                                   {DeploymentStatus::Approved, 3, EventType::CabApproved},
                                   {DeploymentStatus::Rejected, 1, EventType::CabRejected},
                                   {DeploymentStatus::Deploying, 1, EventType::DeploymentStarted},
                                   {DeploymentStatus::Completed, 4, EventType::DeploymentCompleted},
                                   {DeploymentStatus::Failed, 1, EventType::DeploymentFailed},
                                   {DeploymentStatus::RolledBack, 1, EventType::RollbackCompleted}};
    int draw = pick(1, 15);
    const Outcome *outcome = &pool[0]; // never kept: the weights add up to 15
    for (const Outcome &candidate : pool) {
        if ((draw -= candidate.weight) <= 0) {
            outcome = &candidate;
            break;
        }
    }
    const DeploymentStatus status = outcome->status;
    DeploymentRecord d;
    d.correlationId = m_simulation->randomUuid();
    d.createdAt = d.updatedAt = QDateTime::currentDateTimeUtc();
    d.appName = QLatin1String(product.name);
    d.version = QLatin1String(product.versions[size_t(m_nextVersion)]);
    const controlplane::Ring ring = controlplane::Ring(pick(0, 4));
    d.targetRing = controlplane::toString(ring);
    d.status = status;
    int risk = std::clamp(product.baseRisk + pick(-10, 25), 0, 100);
    if (status == DeploymentStatus::AwaitingCab || status == DeploymentStatus::Approved)
        risk = std::max(risk, pick(51, 95));
    d.riskScore = risk;
    d.requiresCab = risk > 50;
    d.evidencePackId = d.correlationId;
    d.submitter = QStringLiteral("demo");
    d.isDemo = true;
    RingRow row;
    row.ring = ring;
    row.connectorType = controlplane::connectorTypeNames().at(pick(0, 4));
    const bool completed = status == DeploymentStatus::Completed;
    row.successCount = completed ? pick(50, 500) : pick(0, 50);
    row.failureCount = status == DeploymentStatus::Failed || status == DeploymentStatus::RolledBack
        ? pick(0, 25)
        : pick(0, 10);
    row.successRate = double(row.successCount) / std::max(1, row.successCount + row.failureCount);
    row.promotedAt = d.createdAt.addSecs(-qint64(pick(0, 30)) * 86400);
    row.gatePassed = completed;
    row.createdAt = row.updatedAt = d.createdAt;
    d.rings.push_back(row);
    m_store->deployments.push_back(d);
    m_store->addEvent(d.correlationId, outcome->event,
                      {{QStringLiteral("app_name"), d.appName},
                       {QStringLiteral("version"), d.version},
                       {QStringLiteral("ring"), d.targetRing}},
                      QStringLiteral("demo-system"), true);
    if (--m_leftForVersion <= 0) {
        m_leftForVersion = pick(1, 3);
        if (++m_nextVersion >= 3) {
            m_nextVersion = 0;
            ++m_nextProduct;
        }
    }
    return true;
}

void Seeder::addExtraEvent()
{
    std::vector<const DeploymentRecord *> demo;
    for (const DeploymentRecord &d : m_store->deployments) {
        if (d.isDemo)
            demo.push_back(&d);
    }
    auto pick = [this](int low, int high) {
        return std::uniform_int_distribution<int>(low, high)(m_rng);
    };
    static const char *actors[] = {"demo-system", "demo-operator", "demo-auditor"};
    static const char *severities[] = {"low", "medium", "high"};
    const QString correlation = demo.empty()
        ? m_simulation->randomUuid()
        : demo[size_t(pick(0, int(demo.size()) - 1))]->correlationId;
    m_store->addEvent(correlation, EventType(pick(0, 9)),
                      {{QStringLiteral("detail"), QStringLiteral("Demo event")},
                       {QStringLiteral("severity"), QLatin1String(severities[pick(0, 2)])}},
                      QLatin1String(actors[pick(0, 2)]), true);
}

DemoCounts Seeder::seedNow(const SeedRequest &request)
{
    prepare(request);
    m_store->demoAssets = std::max(m_store->demoAssets, request.assets);
    m_store->demoApplications = std::max(m_store->demoApplications, request.applications);
    while (m_store->demoCounts().deployments < request.deployments && addDeployment()) { }
    for (int events = m_store->demoCounts().events; events < request.events; ++events)
        addExtraEvent();
    return m_store->demoCounts();
}

void Seeder::seedAsTask(const SeedRequest &request, const QString &taskId)
{
    prepare(request);
    chunk(request, taskId, 0, 0);
}

void Seeder::chunk(SeedRequest request, QString taskId, int phase, int done)
{
    auto it = m_store->tasks.find(taskId);
    if (it == m_store->tasks.end() || it->second.state == TaskState::Revoked)
        return;
    TaskRecord &task = it->second;
    const int targets[]
        = {request.assets, request.applications, request.deployments, request.events};
    if (phase >= 4) {
        task.state = TaskState::Success;
        task.progress = QJsonObject();
        task.result = QJsonObject {{QStringLiteral("status"), QStringLiteral("success")},
                                   {QStringLiteral("counts"), QJsonObject {}}};
        QJsonObject result = task.result.toObject();
        const DemoCounts counts = m_store->demoCounts();
        result.insert(QStringLiteral("counts"),
                      QJsonObject {{QStringLiteral("assets"), counts.assets},
                                   {QStringLiteral("applications"), counts.applications},
                                   {QStringLiteral("deployments"), counts.deployments},
                                   {QStringLiteral("ring_deployments"), counts.ringDeployments},
                                   {QStringLiteral("cab_approvals"), counts.cabApprovals},
                                   {QStringLiteral("evidence_packs"), counts.evidencePacks},
                                   {QStringLiteral("events"), counts.events},
                                   {QStringLiteral("users"), counts.users}});
        task.result = result;
        m_simulation->recordCelery(QStringLiteral("apps.core.tasks.seed_demo_data_task"),
                                   QStringLiteral("success"), 1.0);
        m_store->touch();
        return;
    }
    // One simulated second per chunk of up to 1000 items.
    const int step = std::min(1000, targets[phase] - done);
    for (int i = 0; i < step; ++i) {
        switch (phase) {
        case 0:
            m_store->demoAssets = std::max(m_store->demoAssets, done + i + 1);
            break;
        case 1:
            m_store->demoApplications = std::max(m_store->demoApplications, done + i + 1);
            break;
        case 2:
            if (m_store->demoCounts().deployments < request.deployments)
                addDeployment();
            break;
        default:
            if (m_store->demoCounts().events < request.events)
                addExtraEvent();
            break;
        }
    }
    done += std::max(0, step);
    task.state = TaskState::Progress;
    task.progress = {{QStringLiteral("phase"), QLatin1String(kPhases[phase])},
                     {QStringLiteral("done"), done},
                     {QStringLiteral("total"), targets[phase]}};
    m_store->touch();
    const bool phaseDone = done >= targets[phase];
    m_simulation->schedule(1.0, [this, request, taskId, phase, done, phaseDone] {
        chunk(request, taskId, phaseDone ? phase + 1 : phase, phaseDone ? 0 : done);
    });
}

} // namespace eucora::devplane
