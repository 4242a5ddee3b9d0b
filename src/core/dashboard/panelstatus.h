// What a panel's header says about its data: loading, live, stale or error, and how old.
#pragma once

#include "dashboard/panelfeed.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <chrono>

namespace eucora::dashboard {

struct PanelStatus
{
    enum class Freshness { Loading, Live, Stale, Error, Degraded };

    Freshness freshness = Freshness::Loading;
    QString headline; // "Live", "Stale", "Error", "Loading"
    QString detail; // "updated 14:03:15 CET (5 s ago)" or the error summary

    Q_DECLARE_TR_FUNCTIONS(eucora::dashboard::PanelStatus)
};

PanelStatus describePanelState(const PanelState &state, const QDateTime &now,
                               std::chrono::seconds interval);

// "updated 14:03:15 CET (5 s ago)"; empty for an invalid time.
QString describeUpdated(const QDateTime &at, const QDateTime &now);

// A read that answered at `at`: Live, or Stale once two refreshes (of at least 15 s) and 5 s more
// have passed; the detail says when it was updated.
PanelStatus liveOrStale(const QDateTime &at, const QDateTime &now,
                        std::chrono::milliseconds interval);

// "5 s ago", "3 min ago", "2 h ago".
QString describeAge(qint64 seconds);

// Local time with the zone named, e.g. "14:03:15 CET".
QString formatLocalTime(const QDateTime &utc);

} // namespace eucora::dashboard
