// Prometheus' alerts and rules for the whole console: /api/v1/alerts and /api/v1/rules every
// refresh, whichever view is on screen (the status bar counts firing alerts on all of them), and
// the ALERTS series over the windows of the views that mark alert state changes on their charts.
// Keeps the last good answer when a refresh fails and says how fresh it is.
#pragma once

#include "apierror.h"
#include "dashboard/panelstatus.h"
#include "prometheus/alertbook.h"
#include "prometheus/serverstate.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <functional>
#include <memory>
#include <vector>

namespace eucora {
class RefreshScheduler;
}
namespace eucora::prometheus {
class PrometheusClient;
}

namespace eucora::app {

class AlertsFeed : public QObject
{
    Q_OBJECT

public:
    AlertsFeed(prometheus::PrometheusClient *prometheus, RefreshScheduler *scheduler,
               std::chrono::milliseconds interval, QObject *parent = nullptr);
    ~AlertsFeed() override;

    void start();
    void refreshNow();
    // The span whose alert state changes are drawn on charts (the union of the views' windows).
    void setHistoryWindow(const QDateTime &from, const QDateTime &to);

    bool hasAnswered() const { return m_answered; }
    bool hasAlerts() const { return m_hasAlerts; }
    bool hasRules() const { return m_hasRules; }
    // Firing first, by severity, newest first.
    const std::vector<prometheus::Alert> &alerts() const { return m_alerts; }
    const std::vector<prometheus::RuleGroup> &ruleGroups() const { return m_groups; }
    const std::vector<prometheus::AlertInterval> &history() const { return m_history; }
    int firingCount() const;
    int pendingCount() const;
    int brokenRuleCount() const;
    // Why this server has no alerts and rules to show (empty when it has them): VictoriaMetrics
    // without vmalert behind it, or an engine answering 404 for /api/v1/rules.
    QString noRulesApi() const { return m_noRulesApi; }
    QString alertsError() const { return m_alertsError; }
    QString rulesError() const { return m_rulesError; }
    QDateTime updatedAt() const { return m_updatedAt; }
    dashboard::PanelStatus panelStatus(const QDateTime &now) const;

signals:
    void changed();

private:
    struct Answers
    {
        int pending = 3;
        bool failed = false;
    };
    void onDue(const QString &id);
    void fetch();
    void fetchAlertsAndRules(const std::shared_ptr<Answers> &answers,
                             const std::function<void()> &done);
    QString missingRulesApi(const ApiError &error) const;
    QString describeFailure(const ApiError &error) const;

    QPointer<prometheus::PrometheusClient> m_prometheus;
    QPointer<RefreshScheduler> m_scheduler;
    std::chrono::milliseconds m_interval;
    bool m_started = false;
    bool m_fetching = false;
    bool m_answered = false;
    bool m_hasAlerts = false;
    bool m_hasRules = false;
    std::vector<prometheus::Alert> m_alerts;
    std::vector<prometheus::RuleGroup> m_groups;
    std::vector<prometheus::AlertInterval> m_history;
    QString m_noRulesApi;
    QString m_alertsError;
    QString m_rulesError;
    QDateTime m_updatedAt;
    QDateTime m_historyFrom;
    QDateTime m_historyTo;
};

} // namespace eucora::app
