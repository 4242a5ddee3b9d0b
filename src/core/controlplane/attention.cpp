#include "controlplane/attention.h"

#include <algorithm>
#include <unordered_map>

namespace eucora::controlplane {

QString AttentionText::kindName(AttentionItem::Kind kind)
{
    switch (kind) {
    case AttentionItem::Kind::GateFailed:
        return tr("Gate failed");
    case AttentionItem::Kind::Failed:
        return tr("Failed");
    case AttentionItem::Kind::RollbackInFlight:
        return tr("Rolling back");
    case AttentionItem::Kind::Stalled:
        return tr("Stalled");
    }
    return {};
}

namespace {

struct EventsOf
{
    const EventRecord *newest = nullptr;
    const EventRecord *failed = nullptr; // the newest DEPLOYMENT_FAILED
    const EventRecord *rollbackStarted = nullptr; // the newest ROLLBACK_INITIATED
    const EventRecord *rollbackEnded = nullptr; // completed, or a failure of the rollback
};

bool isRollbackFailure(const EventRecord &event)
{
    return event.is(EventType::DeploymentFailed)
        && event.eventData.value(QLatin1String("phase")).toString() == QLatin1String("rollback");
}

std::unordered_map<QString, EventsOf> eventsByDeployment(const std::vector<EventRecord> &events)
{
    std::unordered_map<QString, EventsOf> byId;
    for (const EventRecord &event : events) { // newest first: the first seen is the newest
        EventsOf &of = byId[event.correlationId];
        if (!of.newest)
            of.newest = &event;
        if (isRollbackFailure(event) || event.is(EventType::RollbackCompleted)) {
            if (!of.rollbackEnded)
                of.rollbackEnded = &event;
        } else if (event.is(EventType::DeploymentFailed) && !of.failed) {
            of.failed = &event;
        } else if (event.is(EventType::RollbackInitiated) && !of.rollbackStarted) {
            of.rollbackStarted = &event;
        }
    }
    return byId;
}

QString eventText(const EventRecord &event, const char *key)
{
    return event.eventData.value(QLatin1String(key)).toString();
}

} // namespace

std::vector<AttentionItem> needsAttention(const std::vector<DeploymentSummary> &deployments,
                                          const std::vector<EventRecord> &events,
                                          const AttentionRules &rules)
{
    const auto byId = eventsByDeployment(events);
    std::vector<AttentionItem> items;
    for (const DeploymentSummary &d : deployments) {
        const auto found = byId.find(d.correlationId);
        const EventsOf of = found == byId.end() ? EventsOf {} : found->second;
        AttentionItem item {AttentionItem::Kind::Failed,
                            d.correlationId,
                            d.appName,
                            d.version,
                            d.targetRing,
                            d.createdAt,
                            {}};
        if (of.rollbackStarted && !d.is(DeploymentStatus::RolledBack)
            && (!of.rollbackEnded || of.rollbackEnded->createdAt < of.rollbackStarted->createdAt)) {
            item.kind = AttentionItem::Kind::RollbackInFlight;
            item.at = of.rollbackStarted->createdAt;
            item.detail = eventText(*of.rollbackStarted, "reason");
        } else if (of.rollbackEnded && isRollbackFailure(*of.rollbackEnded)
                   && !d.is(DeploymentStatus::RolledBack)) {
            item.at = of.rollbackEnded->createdAt; // the rollback itself failed
            item.detail = AttentionText::tr("rollback failed: %1")
                              .arg(eventText(*of.rollbackEnded, "error"));
        } else if (d.is(DeploymentStatus::Failed)) {
            if (of.failed) {
                item.at = of.failed->createdAt;
                item.detail = eventText(*of.failed, "error");
                const QString ring = eventText(*of.failed, "ring");
                if (!ring.isEmpty())
                    item.ring = ring;
                if (item.detail.contains(QLatin1String("gate"), Qt::CaseInsensitive))
                    item.kind = AttentionItem::Kind::GateFailed;
            }
        } else if (d.is(DeploymentStatus::Deploying)) {
            const QDateTime lastNews = of.newest ? of.newest->createdAt : d.createdAt;
            if (!lastNews.isValid() || lastNews.secsTo(rules.now) < rules.stalledAfterSeconds)
                continue;
            item.kind = AttentionItem::Kind::Stalled;
            item.at = lastNews;
        } else {
            continue;
        }
        if (rules.since.isValid() && item.at.isValid() && item.at < rules.since)
            continue;
        items.push_back(std::move(item));
    }
    std::stable_sort(items.begin(), items.end(),
                     [](const AttentionItem &a, const AttentionItem &b) { return a.at > b.at; });
    return items;
}

RingOccupancy occupancyByTargetRing(const std::vector<DeploymentSummary> &deployments)
{
    RingOccupancy occupancy;
    for (const DeploymentSummary &d : deployments)
        ++occupancy[d.targetRing][d.status];
    return occupancy;
}

int countWithStatus(const std::vector<DeploymentSummary> &deployments,
                    const std::vector<DeploymentStatus> &statuses)
{
    return int(std::count_if(deployments.begin(), deployments.end(), [&](const auto &d) {
        return std::any_of(statuses.begin(), statuses.end(),
                           [&](DeploymentStatus s) { return d.is(s); });
    }));
}

} // namespace eucora::controlplane
