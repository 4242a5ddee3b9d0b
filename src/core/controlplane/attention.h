// What an operator should look at first, worked out from the deployments list (contract 2.3) and
// the newest events (contract 7): deployments that failed (on a gate, when the failure event
// names one), rollbacks started and not yet ended, and deployments that have been deploying with
// no news for long; newest first. And the fleet by ring and status, for the Rings view.
#pragma once

#include "controlplane/apimodels.h"
#include "controlplane/domaintypes.h"

#include <QCoreApplication>
#include <QDateTime>

#include <array>
#include <map>
#include <tuple>
#include <vector>

namespace eucora::controlplane {

struct AttentionItem
{
    enum class Kind { GateFailed, Failed, RollbackInFlight, Stalled };

    Kind kind = Kind::Failed;
    QString correlationId;
    QString appName;
    QString version;
    QString ring; // where it happened, or the target ring
    QDateTime at; // when it happened (the event's time, else the deployment's creation)
    QString detail; // what the event said ("promotion gate not met", the rollback's reason)

    auto fields() const
    {
        return std::tie(kind, correlationId, appName, version, ring, at, detail);
    }
    bool operator==(const AttentionItem &o) const { return fields() == o.fields(); }
};

struct AttentionRules
{
    QDateTime since; // items older than this are left out (the dashboard's window)
    QDateTime now;
    qint64 stalledAfterSeconds = 30 * 60; // deploying with no event for this long
};

class AttentionText
{
    Q_DECLARE_TR_FUNCTIONS(eucora::controlplane::AttentionItem)

public:
    static QString kindName(AttentionItem::Kind kind);
};

// Newest first. `events` newest first, as the API sends them.
std::vector<AttentionItem> needsAttention(const std::vector<DeploymentSummary> &deployments,
                                          const std::vector<EventRecord> &events,
                                          const AttentionRules &rules);

// How many of `deployments` have each status, per target ring (unknown rings and statuses under
// their own words).
using RingOccupancy = std::map<QString, std::map<QString, int>>;
RingOccupancy occupancyByTargetRing(const std::vector<DeploymentSummary> &deployments);

// How many of `deployments` have one of `statuses`.
int countWithStatus(const std::vector<DeploymentSummary> &deployments,
                    const std::vector<DeploymentStatus> &statuses);

} // namespace eucora::controlplane
