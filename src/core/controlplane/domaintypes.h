// EUCORA's domain vocabulary (contract 0.2, 2.1, 2.2, 5, 7), shared by the console's client and
// the devplane. Enum strings are exact; unknown strings are reported, never guessed.
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace eucora::controlplane {

enum class DeploymentStatus {
    Pending,
    AwaitingCab,
    Approved,
    Rejected,
    Deploying,
    Completed,
    Failed,
    RolledBack,
};

enum class Ring { Lab, Canary, Pilot, Department, Global };

enum class EventType {
    DeploymentCreated,
    RiskAssessed,
    CabSubmitted,
    CabApproved,
    CabRejected,
    DeploymentStarted,
    DeploymentCompleted,
    DeploymentFailed,
    RollbackInitiated,
    RollbackCompleted,
};

enum class BreakerState { Closed, Open, HalfOpen };

// Celery task states as the task API reports them (contract 0.2, 4.6); Error is the API's own
// marker for a status it could not read.
enum class TaskState { Pending, Started, Retry, Progress, Success, Failure, Revoked, Error };

// A CAB's decision on a deployment (contract 0.2, CABApproval.Decision).
enum class CabDecision { Pending, Approved, Rejected, Conditional };

// The groups of contract 5.1, in its order.
enum class BreakerGroup {
    Connectors,
    Itsm,
    Siem,
    Identity,
    Security,
    Ai,
    Infrastructure,
    Generic,
};

// One of EUCORA's 18 circuit breakers (contract 5.1).
struct BreakerSpec
{
    QString name; // the service name, lower case
    BreakerGroup group;
    int failMax = 5;
    int resetTimeoutSeconds = 60;
};

QString toString(DeploymentStatus status);
QString toString(Ring ring);
QString toString(EventType type);
QString toString(BreakerState state); // API form: closed, open, half-open
QString toString(TaskState state);
QString toString(CabDecision decision);
QString toString(BreakerGroup group); // connectors, itsm, siem, identity, security, ai, ...

// nullopt for strings outside the enum: callers keep and show the raw text.
std::optional<DeploymentStatus> deploymentStatusFromString(const QString &text);
std::optional<Ring> ringFromString(const QString &text);
std::optional<EventType> eventTypeFromString(const QString &text);
std::optional<BreakerState> breakerStateFromString(const QString &text);
std::optional<TaskState> taskStateFromString(const QString &text);
std::optional<CabDecision> cabDecisionFromString(const QString &text);

const QStringList &allRingNames(); // LAB .. GLOBAL, in promotion order
const QStringList &connectorTypeNames(); // intune, jamf, sccm, landscape, ansible

// The 18 breakers in the order of table 5.1, which is also the API's order.
const std::vector<BreakerSpec> &breakerCatalog();
// The breaker named `service` (case-insensitive, as EUCORA looks it up); nullptr for others.
const BreakerSpec *findBreaker(const QString &service);
// Position in table 5.1; unknown names sort after all known ones.
int breakerRank(const QString &service);

// Promotion gate a ring's success rate must reach (contract 11.2); LAB has none (0).
double promotionGate(Ring ring);

// Metric value of circuit_breaker_state: 0 closed, 1 open, 2 half-open.
int breakerMetricValue(BreakerState state);

} // namespace eucora::controlplane
