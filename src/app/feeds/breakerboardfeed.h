// The Circuit breakers view's live state, read once per refresh for the breaker grid and the
// connector strip: the control plane's answer (breakers, contract 5.2; each connector's health
// check, 6.4, at most once a minute: it can take 30 s and counts against the request budget) and
// the metrics' (circuit_breaker_state and connector_health per worker pid, folded as the API
// would report them). The metrics come from Prometheus; while it cannot be read they come from
// the control plane's own /api/v1/metrics/ (degraded), folded the same way, nothing dropped.
#pragma once

#include "controlplane/breakerboard.h"
#include "dashboard/panelstatus.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <map>
#include <vector>

class QWidget;

namespace eucora {
class RefreshScheduler;
}
namespace eucora::prometheus {
class PrometheusClient;
}
namespace eucora::dashboard {
class ControlPlaneScraper;
}

namespace eucora::app {

class ApiPoller;
class OperatorSession;

class BreakerBoardFeed : public QObject
{
    Q_OBJECT

public:
    enum class MetricSource { None, Prometheus, Degraded };

    BreakerBoardFeed(OperatorSession *session, prometheus::PrometheusClient *prometheus,
                     dashboard::ControlPlaneScraper *scraper, RefreshScheduler *scheduler,
                     std::chrono::milliseconds interval, QObject *parent = nullptr);
    ~BreakerBoardFeed() override;

    // The API's half; polls while signed in and a watched widget is on screen.
    ApiPoller *poller() const { return m_poller; }
    // A widget whose being on screen makes a refresh worth its requests (both halves).
    void watch(QWidget *widget);
    // Registers both halves with the scheduler; reads at once when a widget is on screen.
    void start();
    // The window whose history dates the last state changes.
    void setWindow(const QDateTime &from, const QDateTime &to);
    void refreshNow();

    const std::vector<controlplane::BreakerTile> &breakers() const { return m_breakers; }
    const std::vector<controlplane::ConnectorTile> &connectors() const { return m_connectors; }
    const controlplane::BreakerTile *breaker(const QString &name) const;

    MetricSource metricSource() const { return m_source; }
    QDateTime metricsAt() const { return m_metricsAt; } // the newest metric reading
    QString prometheusError() const { return m_prometheusError; } // empty: the last read worked
    bool metricsAnswered() const { return m_metricsAnswered; }
    // "Prometheus circuit_breaker_state, 12:00:01" / "Degraded: /api/v1/metrics/ at ..."
    QString metricSourceText() const;
    // What a panel header says: the worse of the metrics' and the API's state.
    dashboard::PanelStatus panelStatus(const QDateTime &now) const;

signals:
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fetchApi();
    void fetchConnectorHealth(int index);
    void onDue(const QString &id);
    void fetchMetrics();
    void metricsFailed(const QString &why);
    void scrapeControlPlane();
    void rebuild();
    bool anyWidgetVisible() const;

    OperatorSession *m_session;
    QPointer<prometheus::PrometheusClient> m_prometheus;
    QPointer<dashboard::ControlPlaneScraper> m_scraper;
    QPointer<RefreshScheduler> m_scheduler;
    ApiPoller *m_poller;
    std::chrono::milliseconds m_interval;
    std::vector<QPointer<QWidget>> m_widgets;
    QDateTime m_from;
    QDateTime m_to;

    // API
    bool m_hasApi = false;
    std::vector<controlplane::BreakerStatus> m_api; // shown: the last round that completed
    std::vector<controlplane::BreakerStatus> m_apiRound; // read, connector health still due
    std::map<QString, controlplane::ConnectorHealth> m_connectorApi;
    std::map<QString, QString> m_connectorApiErrors;
    QDateTime m_connectorsReadAt;

    // Metrics
    bool m_started = false;
    bool m_metricsFetching = false;
    bool m_metricsStale = true;
    bool m_metricsAnswered = false;
    quint64 m_metricsGeneration = 0;
    MetricSource m_source = MetricSource::None;
    QDateTime m_metricsAt;
    QString m_prometheusError;
    QString m_scrapeError;
    std::vector<prometheus::PidAggregate> m_breakerMetric;
    std::vector<prometheus::PidAggregate> m_connectorMetric;
    std::map<QString, QDateTime> m_breakerChanges;
    std::map<QString, QDateTime> m_connectorChanges;

    std::vector<controlplane::BreakerTile> m_breakers;
    std::vector<controlplane::ConnectorTile> m_connectors;
};

// The PromQL of each breaker's state over time, OPEN 2 > HALF_OPEN 1 > CLOSED 0 over the worker
// pids, named by the breaker's own label (`breaker`) whether Prometheus kept it as `service` or
// renamed it `exported_service`.
QString breakerStateHistoryPromql();

} // namespace eucora::app
