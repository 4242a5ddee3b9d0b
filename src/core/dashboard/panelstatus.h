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

// "5 s ago", "3 min ago", "2 h ago".
QString describeAge(qint64 seconds);

// Local time with the zone named, e.g. "14:03:15 CET".
QString formatLocalTime(const QDateTime &utc);

} // namespace eucora::dashboard
