// EUCORA's domain vocabulary (contract 0.2, 2.1, 2.2, 5, 7), shared by the console's client and
// the devplane. Enum strings are exact; unknown strings are reported, never guessed.
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

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

QString toString(DeploymentStatus status);
QString toString(Ring ring);
QString toString(EventType type);
QString toString(BreakerState state); // API form: closed, open, half-open

// nullopt for strings outside the enum: callers keep and show the raw text.
std::optional<DeploymentStatus> deploymentStatusFromString(const QString &text);
std::optional<Ring> ringFromString(const QString &text);
std::optional<EventType> eventTypeFromString(const QString &text);
std::optional<BreakerState> breakerStateFromString(const QString &text);

const QStringList &allRingNames(); // LAB .. GLOBAL, in promotion order
const QStringList &connectorTypeNames(); // intune, jamf, sccm, landscape, ansible

// Promotion gate a ring's success rate must reach (contract 11.2); LAB has none (0).
double promotionGate(Ring ring);

// Metric value of circuit_breaker_state: 0 closed, 1 open, 2 half-open.
int breakerMetricValue(BreakerState state);

} // namespace eucora::controlplane
