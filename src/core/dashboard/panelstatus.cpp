#include "dashboard/panelstatus.h"

#include "dashboard/queryplanner.h"

#include <QCoreApplication>

namespace eucora::dashboard {

QString describeAge(qint64 seconds)
{
    seconds = std::max<qint64>(0, seconds);
    if (seconds < 120)
        return PanelStatus::tr("%1 s ago").arg(seconds);
    if (seconds < 7200)
        return PanelStatus::tr("%1 min ago").arg(seconds / 60);
    return PanelStatus::tr("%1 h ago").arg(seconds / 3600);
}

QString formatLocalTime(const QDateTime &utc)
{
    return utc.toLocalTime().toString(QStringLiteral("HH:mm:ss t"));
}

QString describeUpdated(const QDateTime &at, const QDateTime &now)
{
    return at.isValid()
        ? PanelStatus::tr("updated %1 (%2)").arg(formatLocalTime(at), describeAge(at.secsTo(now)))
        : QString();
}

PanelStatus liveOrStale(const QDateTime &at, const QDateTime &now,
                        std::chrono::milliseconds interval)
{
    const qint64 seconds
        = std::max<qint64>(15, std::chrono::duration_cast<std::chrono::seconds>(interval).count());
    const bool stale = !at.isValid() || at.secsTo(now) > 2 * seconds + 5;
    PanelStatus status;
    status.freshness = stale ? PanelStatus::Freshness::Stale : PanelStatus::Freshness::Live;
    status.headline = stale ? PanelStatus::tr("Stale") : PanelStatus::tr("Live");
    status.detail = describeUpdated(at, now);
    return status;
}

PanelStatus describePanelState(const PanelState &state, const QDateTime &now,
                               std::chrono::seconds interval)
{
    PanelStatus status;
    const QString updated = describeUpdated(state.fetchedAt, now);

    if (state.error && state.degraded) {
        status.freshness = PanelStatus::Freshness::Degraded;
        status.headline = PanelStatus::tr("Degraded");
        const QString newest = state.degradedAt.isValid()
            ? PanelStatus::tr("newest point %1 (%2)")
                  .arg(formatLocalTime(state.degradedAt), describeAge(state.degradedAt.secsTo(now)))
            : PanelStatus::tr("waiting for two scrapes");
        // Until the scrapes span the query's whole window the rates are over less: say over what.
        const auto span = std::chrono::duration_cast<std::chrono::seconds>(state.degradedSpan);
        status.detail = PanelStatus::tr("Prometheus unreachable (%1) — rates over the last %2 of "
                                        "scrapes of %3; %4")
                            .arg(state.error->summary(),
                                 span.count() > 0 ? formatDuration(span) : QStringLiteral("-"),
                                 state.degradedSource, newest);
        return status;
    }
    if (state.error) {
        status.freshness = PanelStatus::Freshness::Error;
        status.headline = PanelStatus::tr("Error");
        status.detail = state.fetchedAt.isValid()
            ? PanelStatus::tr("%1 — showing data %2").arg(state.error->summary(), updated)
            : state.error->summary();
        return status;
    }
    if (!state.fetchedAt.isValid()) {
        status.headline = PanelStatus::tr("Loading");
        status.detail = PanelStatus::tr("waiting for the first answer");
        return status;
    }
    const bool stale = state.isStale(now, interval);
    status.freshness = stale ? PanelStatus::Freshness::Stale : PanelStatus::Freshness::Live;
    status.headline = stale ? PanelStatus::tr("Stale") : PanelStatus::tr("Live");
    status.detail = updated;
    if (state.heldBack.count() >= 1000)
        status.detail = PanelStatus::tr("%1 · the server holds the newest %2 s back")
                            .arg(updated)
                            .arg(state.heldBack.count() / 1000);
    return status;
}

} // namespace eucora::dashboard
