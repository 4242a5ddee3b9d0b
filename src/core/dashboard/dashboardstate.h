// One open dashboard as the operator has set it up: its model, the time window (raw, so a
// relative window keeps moving), the zone times are shown in, the refresh interval, and the
// variables' current values with their options (query variables ask Prometheus). Panels plan
// their queries against it.
#pragma once

#include "dashboard/dashboardloader.h"
#include "dashboard/panelfeed.h"

#include <QObject>
#include <QPointer>
#include <QTimeZone>

#include <chrono>
#include <functional>

namespace eucora::prometheus {
class PrometheusClient;
}

namespace eucora::dashboard {

class DashboardState : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    DashboardState(LoadedDashboard loaded, QObject *parent = nullptr);

    const Dashboard &dashboard() const { return m_dashboard; }
    const LoadReport &report() const { return m_report; }

    const RawTimeRange &rawRange() const { return m_range; }
    void setRawRange(const RawTimeRange &range);
    // The window now; an expression that does not resolve falls back to the last hour.
    TimeRange resolvedRange() const;
    // The window ends at "now" and moves with it: refreshes only ask for the new tail.
    bool followsNow() const;

    QTimeZone zone() const { return m_zone; }
    void setZone(const QTimeZone &zone);

    // 0 s: refresh off.
    std::chrono::seconds refreshInterval() const { return m_refresh; }
    void setRefreshInterval(std::chrono::seconds interval);

    void setClock(Clock clock) { m_clock = std::move(clock); }
    QDateTime now() const { return m_clock(); }

    // Sets a variable's current value(s) ("$__all" for All); unknown names are ignored.
    void setVariable(const QString &name, const QStringList &values);
    // Fills the options of query variables from `client` (label values, label names, series or
    // query results); variablesChanged() when they are in.
    void loadVariableOptions(prometheus::PrometheusClient *client);
    // Every query variable's options have answered (or there are none to ask for).
    bool variablesLoaded() const { return m_pendingVariables == 0; }
    // Variables whose options could not be loaded, with the reason.
    const std::map<QString, QString> &variableErrors() const { return m_variableErrors; }

    // What `panel` asks for at a given moment and width, against this dashboard's current
    // window and variables.
    PanelFeed::Planner plannerFor(const Panel &panel) const;

signals:
    void rangeChanged();
    void zoneChanged();
    void refreshIntervalChanged();
    void variablesChanged();

private:
    void applyOptions(Variable &variable,
                      const Result<std::vector<VariableOption>, QString> &options);

    Dashboard m_dashboard;
    LoadReport m_report;
    RawTimeRange m_range;
    QTimeZone m_zone;
    std::chrono::seconds m_refresh {0};
    Clock m_clock = [] {
        return QDateTime::currentDateTimeUtc();
    };
    std::map<QString, QString> m_variableErrors;
    int m_pendingVariables = 0;
};

// Every built-in option of the refresh menu, in seconds (0 = off): off, 5s, 15s, 30s, 1m, 5m.
const std::vector<std::chrono::seconds> &refreshChoices();

} // namespace eucora::dashboard
