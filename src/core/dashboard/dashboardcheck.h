// What is wrong with a dashboard against the Prometheus it runs on, per panel and target: what
// the loader did not understand, queries Prometheus refuses, metrics with no series in the
// window, rate() over a gauge or a quantile over a counter (by the metadata), histogram_quantile
// without sum by (le), gauges left per pid, legend labels no series carries (a service renamed
// exported_service by a target label), thresholds on the wrong scale for the unit, variables
// nothing defines. eucora-console --check prints it; the window shows it on the panels.
#pragma once

#include "dashboard/dashboardmodel.h"
#include "dashboard/loadreport.h"
#include "dashboard/timerange.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <map>
#include <memory>
#include <vector>

namespace eucora::prometheus {
class PrometheusClient;
}

namespace eucora::dashboard {

struct CheckFinding
{
    int panelId = 0; // 0: the dashboard itself
    QString panelTitle;
    QString refId; // empty: the panel as a whole
    QString message;

    bool operator==(const CheckFinding &o) const
    {
        return panelId == o.panelId && panelTitle == o.panelTitle && refId == o.refId
            && message == o.message;
    }
};

// Findings that need no server: the load report, thresholds against units.
std::vector<CheckFinding> staticFindings(const Dashboard &dashboard, const LoadReport &report);

class DashboardCheck : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const std::vector<CheckFinding> &)>;

    DashboardCheck(prometheus::PrometheusClient *client, QObject *parent = nullptr);

    // Checks `dashboard` over `range`; `done` gets every finding, panel by panel.
    void run(const Dashboard &dashboard, const LoadReport &report, const TimeRange &range,
             Done done);

    // What the last run could not check and why (the server serves no metric metadata, as
    // VictoriaMetrics): not findings, said beside them.
    const QStringList &notes() const { return m_notes; }

    // One line per finding, grouped by panel, as --check prints them.
    static QString describe(const std::vector<CheckFinding> &findings);

private:
    struct Run;
    void askAbout(const std::shared_ptr<Run> &run, const QString &metric);
    void conclude(const std::shared_ptr<Run> &run);

    prometheus::PrometheusClient *m_client;
    QStringList m_notes;
};

} // namespace eucora::dashboard
