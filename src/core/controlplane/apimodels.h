// What the control-plane API returns, as plain values (contract sections 1-7, 11.1, 11.2).
// Enum-like fields keep the server's raw text: unknown values are shown as they came. Code asks
// what a value means through is() and the *FromString() decoders of domaintypes.h, never by
// comparing the text.
#pragma once

#include "controlplane/domaintypes.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <tuple>
#include <vector>

namespace eucora::controlplane {

struct User
{
    int id = 0;
    QString username;
    QString email;
    bool staff = false;
    bool superuser = false;

    bool operator==(const User &other) const
    {
        return id == other.id && username == other.username && email == other.email
            && staff == other.staff && superuser == other.superuser;
    }
};

struct DeploymentSummary
{
    QString correlationId;
    QString appName;
    QString version;
    QString targetRing; // raw text: unknown rings are shown, not guessed
    QString status; // raw text; deploymentStatusFromString() tells whether it is known
    std::optional<int> riskScore;
    QDateTime createdAt; // UTC

    bool is(DeploymentStatus s) const { return deploymentStatusFromString(status) == s; }
    auto fields() const
    {
        return std::tie(correlationId, appName, version, targetRing, status, riskScore, createdAt);
    }
    bool operator==(const DeploymentSummary &o) const { return fields() == o.fields(); }
};

// GET /api/v1/deployments/<uuid>/ (2.4): the summary plus who submitted it and whether CAB
// approval was required.
struct DeploymentDetail
{
    DeploymentSummary summary;
    bool requiresCabApproval = false;
    QString submitter;

    bool operator==(const DeploymentDetail &o) const
    {
        return summary == o.summary && requiresCabApproval == o.requiresCabApproval
            && submitter == o.submitter;
    }
};

// One deployment inside the application tree of 2.5.
struct ApplicationDeployment
{
    QString correlationId;
    QString targetRing;
    QString status;
    std::optional<int> riskScore;
    bool requiresCabApproval = false;
    QDateTime createdAt;
};

struct ApplicationVersion
{
    QString version;
    QDateTime latestCreatedAt;
    std::vector<ApplicationDeployment> deployments; // newest first
};

struct Application
{
    QString appName;
    QString latestVersion;
    int deploymentCount = 0;
    std::vector<ApplicationVersion> versions; // newest first
};

// One row of GET /api/v1/deployments/<uuid>/rings (11.2).
struct RingProgress
{
    QString ring; // raw text
    QString connectorType;
    QString connectorObjectId; // empty when null
    int successCount = 0;
    int failureCount = 0;
    double successRate = 0;
    QDateTime promotedAt; // invalid when null
    bool promotionGatePassed = false;
    QDateTime createdAt; // when the deployment entered the ring
    QDateTime updatedAt;
};

struct BreakerStatus
{
    QString service;
    QString state; // raw API text: closed, open, half-open (or anything else, shown as is)
    int failCounter = 0;
    int failMax = 0;
    double resetTimeoutSeconds = 0;

    bool is(BreakerState s) const { return breakerStateFromString(state) == s; }
    auto fields() const
    {
        return std::tie(service, state, failCounter, failMax, resetTimeoutSeconds);
    }
    bool operator==(const BreakerStatus &o) const { return fields() == o.fields(); }
};

struct EventRecord
{
    qint64 id = 0;
    QString correlationId;
    QString eventType; // raw text; eventTypeFromString() tells whether it is known
    QJsonObject eventData;
    QString actor;
    QDateTime createdAt;

    bool is(EventType type) const { return eventTypeFromString(eventType) == type; }
    bool operator==(const EventRecord &o) const
    {
        return std::tie(id, correlationId, eventType, eventData, actor, createdAt)
            == std::tie(o.id, o.correlationId, o.eventType, o.eventData, o.actor, o.createdAt);
    }
};

struct EventPage
{
    std::vector<EventRecord> events; // newest first
    bool capped = false; // exactly the server's cap came back: older entries may be missing
};

struct TaskStatus
{
    QString taskId;
    QString state; // PENDING, PROGRESS, SUCCESS, FAILURE, REVOKED, ... (raw)
    QJsonObject progress; // {"phase", "done", "total"} while PROGRESS
    QString error;
    QJsonObject result; // SUCCESS only

    bool is(TaskState s) const { return taskStateFromString(state) == s; }
    bool finished() const; // SUCCESS, FAILURE or REVOKED: polling can stop
};

struct RollbackAccepted
{
    QString correlationId;
    QString deploymentStatus;
    QString taskId;
    QString requestedBy;
    bool replayed = false; // Idempotent-Replayed: the server had this request already
};

// Demo-data counts (4.1); -1 for a kind the server did not report.
struct DemoCounts
{
    int assets = -1;
    int applications = -1;
    int deployments = -1;
    int ringDeployments = -1;
    int cabApprovals = -1;
    int evidencePacks = -1;
    int events = -1;
    int users = -1;

    auto fields() const
    {
        return std::tie(assets, applications, deployments, ringDeployments, cabApprovals,
                        evidencePacks, events, users);
    }
    bool operator==(const DemoCounts &o) const { return fields() == o.fields(); }
};

struct DemoStats
{
    DemoCounts counts;
    bool demoModeEnabled = false;
};

// GET /health/demo-ready (4.5): readable without signing in or staff rights.
struct DemoReadiness
{
    bool demoModeEnabled = false;
    bool demoDataExists = false;
    QString status; // ready, data_exists_but_demo_mode_disabled, no_demo_data, unknown (raw)
};

// POST /api/v1/admin/seed-demo-data (4.2). Targets are totals; clear_existing defaults to true
// on the server and is always sent explicitly.
struct SeedRequest
{
    int assets = 100;
    int applications = 20;
    int deployments = 50;
    int users = 10;
    int events = 200;
    bool clearExisting = true;
    bool forceAsync = false; // 11.10: ask for the task path even for small counts

    int total() const { return assets + applications + deployments + events; } // users excluded
    bool runsAsTask() const { return forceAsync || total() > 5000; }
};

struct SeedAnswer
{
    bool queued = false; // 202: follow taskId; 200: counts are final
    QString taskId;
    DemoCounts counts;
    QString method; // sync_seed, async_seed (raw)
    QString message;
};

// GET /api/v1/health/ (6.2); a 503 "degraded" answer is still a report.
struct HealthCheck
{
    QString name; // database, redis, celery, minio, circuit_breakers, ...
    QString status; // raw: healthy, unhealthy, degraded, ...
    QJsonObject details; // everything else the check reported
};

struct HealthReport
{
    QString status; // healthy, degraded, unhealthy (raw)
    QDateTime timestamp;
    std::vector<HealthCheck> checks;
};

struct Connector
{
    QString type; // intune, jamf, ... (raw)
    QString name;
    QString status;
};

struct ConnectorHealth
{
    QString type;
    QString status; // healthy / unhealthy (raw); a 503 answer is still a report
    QString message;
};

} // namespace eucora::controlplane
