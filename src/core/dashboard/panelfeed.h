// Keeps one panel's data fresh: refreshes when its RefreshScheduler says so (interval, back-off
// after errors), runs every query of the panel's plan (range and instant, one per target), asks
// only for the new tail of a window that moved forward, keeps the last good series when a
// refresh fails, and says how old the data is.
#pragma once

#include "apierror.h"
#include "dashboard/degradedsource.h"
#include "dashboard/panelqueries.h"
#include "dashboard/panelspec.h"
#include "prometheus/prometheusclient.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace eucora {
class QueryRunner;
class RefreshScheduler;
} // namespace eucora

namespace eucora::dashboard {

struct PanelState
{
    prometheus::SeriesList series; // last good data, kept across errors; shared, never copied
    std::vector<QString> refIds; // per series: the target it answers (its refId)
    std::vector<QString> warnings; // from the last good answer
    QDateTime fetchedAt; // UTC time of the last good answer; invalid before the first
    std::optional<ApiError> error; // the last refresh's failure, cleared by a success
    QDateTime errorAt;
    bool loading = false;
    // Prometheus is unreachable and the newest points are rates computed from the control
    // plane's own /api/v1/metrics/ (degradedSource), appended to the last good series.
    bool degraded = false;
    QString degradedSource;
    QDateTime degradedAt; // time of the newest degraded point
    std::chrono::milliseconds degradedSpan {0}; // the scrapes the newest degraded rates span
    // The newest span the engine held back from the range answers (VictoriaMetrics): the
    // series end that long before fetchedAt.
    std::chrono::milliseconds heldBack {0};
    quint64 version = 0; // bumps whenever anything above changes

    // Older than two refresh intervals (or never fetched while an error is shown).
    bool isStale(const QDateTime &now, std::chrono::seconds interval) const;
};

class PanelFeed : public QObject
{
    Q_OBJECT

public:
    static constexpr int kChunkPoints = 1000; // points per series in one request at most

    using Clock = std::function<QDateTime()>;
    // What to ask at `now` for a panel `pixelWidth` pixels wide.
    using Planner = std::function<PanelQueryPlan(const QDateTime &now, int pixelWidth)>;

    // Shares a QueryRunner and a RefreshScheduler with the other panels of a window. The spec
    // names the feed and its refresh interval; `planner` says what to ask.
    PanelFeed(QueryRunner *runner, RefreshScheduler *scheduler, PanelSpec spec, Planner planner,
              QObject *parent = nullptr);
    // One range query: the spec's PromQL over its relative range.
    PanelFeed(QueryRunner *runner, RefreshScheduler *scheduler, PanelSpec spec,
              QObject *parent = nullptr);
    // A feed with its own runner and wall-clock scheduler.
    PanelFeed(prometheus::PrometheusClient *client, PanelSpec spec, QObject *parent = nullptr);
    ~PanelFeed() override;

    const PanelSpec &spec() const { return m_spec; }
    const PanelState &state() const { return m_state; }
    bool isStale() const { return m_state.isStale(m_clock(), m_spec.refreshInterval); }
    // The range the last request asked for: the whole window, or only its new tail (the first
    // range query of the plan).
    const prometheus::RangeQuery &lastRequest() const { return m_lastRequest; }
    // The plan of the last refresh: what each target asked, for export and checks.
    const PanelQueryPlan &lastPlan() const { return m_lastPlan; }

    void setPixelWidth(int pixels);
    void setClock(Clock clock) { m_clock = std::move(clock); }
    // A new relative range: the request in flight is for the old one, so it is dropped.
    void setRange(std::chrono::seconds range);
    // New questions (another window, other variable values): the answers in flight and the
    // window on screen are for the old ones; refreshes at once when started.
    void setPlanner(Planner planner);
    // 0 s: no automatic refresh (refreshNow() still works).
    void setRefreshInterval(std::chrono::seconds interval);
    bool isStarted() const { return m_started; }
    // The feed answered at least once since it started (data, error or degraded).
    bool hasSettled() const { return m_settled; }

    // Lets the panel fall back to the control plane's metrics when Prometheus is unreachable.
    void setDegradedSource(ControlPlaneScraper *scraper);

    void start();
    void stop();
    void refreshNow();

signals:
    void updated();

private:
    static constexpr size_t kLargePanelPoints = 100'000;
    struct Request; // one query of the plan, maybe in chunks
    struct Refresh; // the answers a refresh waits for
    void send(Request &request, const std::shared_ptr<Refresh> &refresh, size_t index,
              quint64 generation);
    struct Merged // what a successful refresh puts on screen
    {
        std::vector<prometheus::Series> series;
        std::vector<QString> refIds;
        std::vector<QString> warnings;
    };
    void apply(Refresh &refresh);
    static Merged
    merge(const std::vector<Request> &requests,
          std::vector<std::vector<std::optional<Result<prometheus::QueryResult>>>> &&answers,
          const prometheus::SeriesList &shown, const std::vector<QString> &shownRefIds);
    void install(const std::vector<Request> &requests, Merged merged);
    void dropInFlight();
    static Result<prometheus::QueryResult>
    combine(std::vector<std::optional<Result<prometheus::QueryResult>>> &&answers);
    void settle();
    void enterDegraded();
    void leaveDegraded();
    void scrapeControlPlane();
    void addDegradedPoints(const std::vector<prometheus::Series> &points);
    void keepScrape(Scrape scrape);

    // Shared objects may be destroyed before this feed when a window closes.
    QPointer<QueryRunner> m_runner;
    QPointer<RefreshScheduler> m_scheduler;
    PanelSpec m_spec;
    Planner m_planner;
    PanelState m_state;
    Clock m_clock = [] {
        return QDateTime::currentDateTimeUtc();
    };
    int m_pixelWidth = 800;
    std::vector<quint64> m_inFlight; // QueryRunner tickets (several when a range is chunked)
    bool m_merging = false; // the answers are being merged off the GUI thread
    quint64 m_generation = 0; // identifies the request whose answer is still wanted
    // Per refId: the query whose answer is on screen.
    std::map<QString, PlannedQuery> m_windows;
    prometheus::RangeQuery m_lastRequest;
    PanelQueryPlan m_lastPlan;
    bool m_started = false;
    bool m_settled = false;
    QPointer<ControlPlaneScraper> m_scraper;
    QTimer m_degradedTimer;
    std::deque<Scrape> m_scrapes; // oldest first, as far back as the recipe's window
};

} // namespace eucora::dashboard
