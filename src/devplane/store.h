// The devplane's control-plane state: deployments with their ring rows, events, Celery-like
// tasks, rollback idempotency records, users, demo mode. Plain data; the HTTP APIs, the
// simulation and the persistence layer all work on one Store.
#pragma once

#include "controlplane/domaintypes.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace eucora::devplane {

struct RingRow
{
    controlplane::Ring ring = controlplane::Ring::Lab;
    QString connectorType;
    QString connectorObjectId; // empty = null
    int successCount = 0;
    int failureCount = 0;
    double successRate = 0;
    QDateTime promotedAt; // invalid = null
    bool gatePassed = false;
    QDateTime createdAt;
    QDateTime updatedAt;
};

struct DeploymentRecord
{
    QString correlationId;
    QDateTime createdAt;
    QDateTime updatedAt;
    QString appName;
    QString version;
    QString targetRing; // stored as sent (EUCORA does not validate it on create)
    controlplane::DeploymentStatus status = controlplane::DeploymentStatus::Pending;
    QString evidencePackId;
    std::optional<int> riskScore;
    bool requiresCab = false;
    QString submitter;
    bool isDemo = false;
    std::vector<RingRow> rings; // LAB first
    // Simulation bookkeeping, not part of the API.
    double simCreatedAt = 0;
    bool simulated = false;
    QString rollbackTaskId; // the rollback in flight, if any
};

struct EventRecord
{
    qint64 id = 0;
    QString correlationId;
    // nullopt only for a word a client posted outside contract 0.2: EUCORA stores event_type
    // unvalidated (contract 7), so the devplane keeps that word in unlistedType.
    std::optional<controlplane::EventType> eventType;
    QString unlistedType;
    QJsonObject eventData;
    QString actor;
    QDateTime createdAt;
    bool isDemo = false;

    QString typeName() const; // event_type as the API writes it
    void setTypeName(const QString &typeName); // decodes; keeps a word outside the enum as is
    bool hasType(const QString &typeName) const; // the exact match of ?event_type=
};

struct TaskRecord
{
    QString id;
    QString name; // Celery task name
    controlplane::TaskState state = controlplane::TaskState::Pending;
    QJsonValue result;
    QString error;
    QString traceback;
    QJsonObject progress; // PROGRESS info
    QDateTime createdAt;
};

struct RollbackRecord
{
    QString idempotencyKey;
    QString correlationId;
    QByteArray requestFingerprint; // reason + connector_type as sent
    QByteArray responseBody; // the original 202 body
    QDateTime createdAt;
};

struct UserRecord
{
    int id = 0;
    QString username;
    QString password;
    QString email;
    QString firstName;
    QString lastName;
    bool staff = false;
    bool superuser = false;
    bool demo = false; // created by demo seeding
};

struct DemoCounts
{
    int assets = 0;
    int applications = 0;
    int deployments = 0;
    int ringDeployments = 0;
    int cabApprovals = 0;
    int evidencePacks = 0;
    int events = 0;
    int users = 0;
};

class Store
{
public:
    // Deployments, oldest first; lists present them newest first.
    std::vector<DeploymentRecord> deployments;
    std::vector<EventRecord> events; // oldest first
    std::map<QString, TaskRecord> tasks;
    std::map<QString, RollbackRecord> rollbacks; // by Idempotency-Key
    std::vector<UserRecord> users;
    bool demoMode = false;
    int demoAssets = 0;
    int demoApplications = 0;
    qint64 nextEventId = 1;
    quint64 revision = 0; // bumps on every change, for persistence
    quint64 clearGeneration = 0; // bumps when events were deleted (demo clear)

    DeploymentRecord *findDeployment(const QString &correlationId);
    const UserRecord *findUser(const QString &username) const;
    const UserRecord *findUserByEmail(const QString &email) const;

    EventRecord &addEvent(const QString &correlationId, controlplane::EventType type,
                          const QJsonObject &data, const QString &actor, bool isDemo);
    // POST /api/v1/events/: the client's event_type, stored as sent (contract 7).
    EventRecord &addPostedEvent(const QString &correlationId, const QString &typeName,
                                const QJsonObject &data, const QString &actor, bool isDemo);
    TaskRecord &addTask(const QString &id, const QString &name);

    DemoCounts demoCounts() const;
    // Removes demo rows and demo users; returns what was deleted.
    DemoCounts clearDemoData();

    // include_demo: "all", "true", "false"; anything else (or empty) follows demo mode.
    bool visible(bool isDemo, const QString &includeDemo) const;

    void touch() { ++revision; }

private:
    // A new event, numbered and stamped; the callers set its type.
    EventRecord &appendEvent(const QString &correlationId, const QJsonObject &data,
                             const QString &actor, bool isDemo);
};

QString isoTimestamp(const QDateTime &time); // Python isoformat(): ...+00:00, fraction if any
QDateTime parseIsoTimestamp(const QString &text); // lenient: Z or +00:00, fraction optional

} // namespace eucora::devplane
