#include "controlplane/ringpipeline.h"

#include <algorithm>
#include <map>

namespace eucora::controlplane {

namespace {

bool isFinal(const DeploymentSummary &deployment)
{
    const auto status = deploymentStatusFromString(deployment.status);
    if (!status)
        return false; // an unknown word: keep asking
    switch (*status) {
    case DeploymentStatus::Completed:
    case DeploymentStatus::Failed:
    case DeploymentStatus::Rejected:
    case DeploymentStatus::RolledBack:
        return true;
    case DeploymentStatus::Pending:
    case DeploymentStatus::AwaitingCab:
    case DeploymentStatus::Approved:
    case DeploymentStatus::Deploying:
        return false;
    }
    return false;
}

QString rate(double value)
{
    return QString::number(value, 'f', 3);
}

QString gateText(double gate)
{
    return QString::number(gate, 'g', 3);
}

GateState stateOf(const RingStage &stage, bool last, const DeploymentSummary &deployment,
                  bool final)
{
    if (stage.progress->promotionGatePassed || !last)
        return GateState::Passed; // a ring that has a successor was left through its gate
    if (stage.gate && deployment.is(DeploymentStatus::Failed))
        return GateState::Failed;
    return final ? GateState::Stopped : GateState::Pending;
}

} // namespace

QString RingPipelineText::decision(const RingStage &stage)
{
    if (!stage.progress)
        return stage.gate ? tr("not reached; gate %1").arg(gateText(*stage.gate))
                          : tr("not reached");
    const RingProgress &row = *stage.progress;
    const int devices = row.successCount + row.failureCount;
    const QString counts = tr("%1 of %2 succeeded").arg(row.successCount).arg(devices);
    if (!stage.gate)
        return devices > 0 ? tr("no gate: %1").arg(counts) : tr("no gate");
    const QString gate = gateText(*stage.gate);
    switch (stage.state) {
    case GateState::Passed:
        return tr("%1 ≥ %2: %3").arg(rate(row.successRate), gate, counts);
    case GateState::Failed:
        return devices > 0 ? tr("%1 < %2: %3").arg(rate(row.successRate), gate, counts)
                           : tr("failed before any result; gate %1").arg(gate);
    case GateState::Stopped:
        return devices > 0 ? tr("ended at %1 before the gate (%2) decided: %3")
                                 .arg(rate(row.successRate), gate, counts)
                           : tr("ended before the gate (%1) decided").arg(gate);
    case GateState::Pending:
    case GateState::NotReached:
        break;
    }
    return devices > 0 ? tr("%1 so far, gate %2: %3").arg(rate(row.successRate), gate, counts)
                       : tr("waiting for results; gate %1").arg(gate);
}

QString RingPipelineText::stateName(GateState state)
{
    switch (state) {
    case GateState::NotReached:
        return tr("not reached");
    case GateState::Pending:
        return tr("pending");
    case GateState::Passed:
        return tr("passed");
    case GateState::Failed:
        return tr("failed");
    case GateState::Stopped:
        return tr("stopped");
    }
    return {};
}

RingPipeline ringPipeline(const DeploymentSummary &deployment,
                          const std::vector<RingProgress> &rings, const QDateTime &now)
{
    RingPipeline out;
    out.final = isFinal(deployment);
    std::map<Ring, RingProgress> byRing;
    for (const RingProgress &row : rings) {
        if (const auto ring = ringFromString(row.ring))
            byRing[*ring] = row;
        else
            out.unknownRings << row.ring;
    }
    const auto target = ringFromString(deployment.targetRing);
    out.targetKnown = target.has_value();
    Ring last = target.value_or(Ring::Global);
    if (!byRing.empty())
        last = std::max(last, byRing.rbegin()->first); // rows beyond the target are shown too
    // The furthest ring with a row; only read where a row exists.
    const Ring reached = byRing.empty() ? Ring::Lab : byRing.rbegin()->first;

    for (int r = int(Ring::Lab); r <= int(last); ++r) {
        RingStage stage;
        stage.ring = Ring(r);
        if (const double gate = promotionGate(stage.ring); gate > 0)
            stage.gate = gate;
        const auto row = byRing.find(stage.ring);
        if (row != byRing.end()) {
            stage.progress = row->second;
            const bool isLast = stage.ring == reached;
            stage.current = isLast;
            stage.state = stateOf(stage, isLast, deployment, out.final);
            const QDateTime entered = row->second.createdAt;
            QDateTime left = row->second.promotedAt;
            if (!left.isValid())
                left = isLast && !out.final ? now : row->second.updatedAt;
            if (entered.isValid() && left.isValid())
                stage.secondsInRing = std::max<qint64>(0, entered.secsTo(left));
        }
        stage.decision = RingPipelineText::decision(stage);
        out.stages.push_back(std::move(stage));
    }
    return out;
}

} // namespace eucora::controlplane
