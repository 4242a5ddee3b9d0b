// The ring pipeline of one deployment: LAB -> CANARY -> PILOT -> DEPARTMENT -> GLOBAL up to its
// target ring, each ring with what GET /api/v1/deployments/<uuid>/rings says of it (contract
// 11.2) and its gate's decision in numbers. A ring's own gate decides whether it is left: promoted
// to the next ring or, at the target ring, completed (CANARY 0.98, PILOT 0.97, DEPARTMENT 0.99,
// GLOBAL 0.99, LAB none).
#pragma once

#include "controlplane/apimodels.h"
#include "controlplane/domaintypes.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>
#include <vector>

namespace eucora::controlplane {

enum class GateState {
    NotReached, // the deployment has not come to this ring
    Pending, // in the ring, its results not in
    Passed,
    Failed, // the deployment failed on this ring's gate
    Stopped, // the deployment ended here (rolled back, ...) before the gate decided
};

struct RingStage
{
    Ring ring = Ring::Lab;
    std::optional<RingProgress> progress; // nullopt: not reached
    std::optional<double> gate; // nullopt: the ring has none (LAB)
    GateState state = GateState::NotReached;
    bool current = false; // the ring the deployment is in, or ended in
    std::optional<qint64> secondsInRing; // entered to promoted, or to now while it is there
    QString decision; // "0.962 < 0.98: 481 of 500 succeeded"
};

struct RingPipeline
{
    std::vector<RingStage> stages; // LAB first, up to the target ring
    bool final = false; // the deployment no longer moves: no need to ask again
    bool targetKnown = true; // false: the target ring is a word this console does not know
    QStringList unknownRings; // rows whose ring is not one this console knows, as sent
};

class RingPipelineText
{
    Q_DECLARE_TR_FUNCTIONS(eucora::controlplane::RingPipeline)

public:
    static QString decision(const RingStage &stage);
    static QString stateName(GateState state);
};

// `rings` in any order; `now` is when the deployment was read.
RingPipeline ringPipeline(const DeploymentSummary &deployment,
                          const std::vector<RingProgress> &rings, const QDateTime &now);

} // namespace eucora::controlplane
