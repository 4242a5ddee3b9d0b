#include "feeds/breakerboardfeed.h"

#include "controlplane/controlplaneclient.h"
#include "dashboard/degradedsource.h"
#include "prometheus/prometheusclient.h"
#include "refresh/refreshscheduler.h"
#include "session/apipoller.h"
#include "session/operatorsession.h"

#include <QEvent>
#include <QWidget>

#include <algorithm>
#include <memory>

namespace eucora::app {

using namespace controlplane;
using dashboard::PanelStatus;

namespace {

const QString kMetricsRefreshId = QStringLiteral("breakerboard/metrics");
// Each health check may take 30 s and costs a request of the hourly budget: once a minute at most.
constexpr qint64 kConnectorHealthSeconds = 60;

// The instant vector's series as exposition samples: name from __name__, labels without it.
std::vector<prometheus::MetricSample> samplesOf(const std::vector<prometheus::Series> &series)
{
    const QString nameLabel = QStringLiteral("__name__");
    std::vector<prometheus::MetricSample> out;
    for (const prometheus::Series &s : series) {
        if (s.values.empty())
            continue;
        prometheus::MetricSample sample;
        for (const auto &label : s.labels) {
            if (label.first == nameLabel)
                sample.name = label.second;
            else
                sample.labels.push_back(label);
        }
        sample.value = s.values.back();
        out.push_back(std::move(sample));
    }
    return out;
}

} // namespace

QString breakerStateHistoryPromql()
{
    return QStringLiteral(
        "max by (breaker) (label_replace(label_replace("
        "(circuit_breaker_state == bool 1) * 2 + (circuit_breaker_state == bool 2), "
        "\"breaker\", \"$1\", \"service\", \"(.+)\"), "
        "\"breaker\", \"$1\", \"exported_service\", \"(.+)\"))");
}

BreakerBoardFeed::BreakerBoardFeed(OperatorSession *session,
                                   prometheus::PrometheusClient *prometheus,
                                   dashboard::ControlPlaneScraper *scraper,
                                   RefreshScheduler *scheduler, std::chrono::milliseconds interval,
                                   QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_prometheus(prometheus)
    , m_scraper(scraper)
    , m_scheduler(scheduler)
    , m_poller(new ApiPoller(session, scheduler, QStringLiteral("controlplane/breakerboard"),
                             interval, this))
    , m_interval(interval)
{
    m_poller->setFetch([this] { fetchApi(); });
    m_poller->setSignInText(
        [] { return tr("Sign in to the control plane to see its own view of the breakers."); });
    connect(m_scheduler, &RefreshScheduler::due, this, &BreakerBoardFeed::onDue);
    m_to = QDateTime::currentDateTimeUtc();
    m_from = m_to.addSecs(-3600);
    rebuild();
}

BreakerBoardFeed::~BreakerBoardFeed()
{
    if (m_started && m_scheduler)
        m_scheduler->remove(kMetricsRefreshId);
}

void BreakerBoardFeed::watch(QWidget *widget)
{
    m_poller->watch(widget);
    m_widgets.emplace_back(widget);
    widget->installEventFilter(this);
}

void BreakerBoardFeed::start()
{
    if (m_started)
        return;
    m_started = true;
    m_poller->start();
    m_scheduler->add(kMetricsRefreshId, m_interval);
    // Read now only when on screen; otherwise when first shown.
    if (anyWidgetVisible())
        fetchMetrics();
}

bool BreakerBoardFeed::anyWidgetVisible() const
{
    return std::any_of(m_widgets.begin(), m_widgets.end(),
                       [](const QPointer<QWidget> &w) { return w && w->isVisible(); });
}

bool BreakerBoardFeed::eventFilter(QObject *watched, QEvent *event)
{
    // Shown again after a skipped refresh: read at once.
    if (event->type() == QEvent::Show && m_started && m_metricsStale && !m_metricsFetching)
        fetchMetrics();
    return QObject::eventFilter(watched, event);
}

void BreakerBoardFeed::setWindow(const QDateTime &from, const QDateTime &to)
{
    if (from == m_from && to == m_to)
        return;
    const bool moved = qAbs(from.secsTo(m_from)) > 60 || qAbs(to.secsTo(m_to)) > 60;
    m_from = from;
    m_to = to;
    // Another window dates the changes differently; a window that only slid is read next time.
    if (moved && m_started && !m_metricsFetching)
        fetchMetrics();
}

void BreakerBoardFeed::refreshNow()
{
    m_poller->refreshNow();
    if (!m_metricsFetching)
        fetchMetrics();
}

const BreakerTile *BreakerBoardFeed::breaker(const QString &name) const
{
    for (const BreakerTile &tile : m_breakers) {
        if (tile.spec.name == name)
            return &tile;
    }
    return nullptr;
}

// --- the API's half --------------------------------------------------------------------------

void BreakerBoardFeed::fetchApi()
{
    m_session->client()->breakers(this, [this](const ApiResult<std::vector<BreakerStatus>> &r) {
        if (!r.ok())
            return m_poller->failed(r.error());
        // Shown with the round's end, when the poller says when it was read: until then the
        // tiles and the grid's source line would disagree.
        m_apiRound = r.value();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (!m_connectorsReadAt.isValid()
            || m_connectorsReadAt.secsTo(now) >= kConnectorHealthSeconds) {
            m_connectorsReadAt = now;
            return fetchConnectorHealth(0);
        }
        fetchConnectorHealth(int(connectorTypeNames().size()));
    });
}

void BreakerBoardFeed::fetchConnectorHealth(int index)
{
    const QStringList &types = connectorTypeNames();
    if (index >= types.size()) {
        m_api = std::move(m_apiRound);
        m_apiRound.clear();
        m_hasApi = true;
        rebuild();
        const auto open = std::count_if(m_api.begin(), m_api.end(), [](const BreakerStatus &b) {
            return !b.is(BreakerState::Closed);
        });
        m_poller->succeeded(tr("API: %n breaker(s) not closed", nullptr, int(open)));
        return;
    }
    const QString type = types.at(index);
    m_session->client()->connectorHealth(
        type, this, [this, index, type](const ApiResult<ConnectorHealth> &r) {
            if (r.ok()) {
                m_connectorApi[type] = r.value();
                m_connectorApiErrors.erase(type);
            } else {
                // One connector's check failing is that connector's news, not the panel's.
                m_connectorApiErrors[type] = r.error().summary();
                m_connectorApi.erase(type);
                if (r.error().is(ControlPlaneError::Meaning::NotAuthenticated))
                    return m_poller->failed(r.error());
            }
            fetchConnectorHealth(index + 1);
        });
}

// --- the metrics' half -----------------------------------------------------------------------

void BreakerBoardFeed::onDue(const QString &id)
{
    if (id != kMetricsRefreshId || m_metricsFetching)
        return;
    if (!anyWidgetVisible()) {
        m_metricsStale = true;
        m_scheduler->reportSuccess(kMetricsRefreshId);
        return;
    }
    fetchMetrics();
}

void BreakerBoardFeed::fetchMetrics()
{
    if (!m_prometheus)
        return;
    m_metricsFetching = true;
    m_metricsStale = false;
    const quint64 generation = ++m_metricsGeneration;
    struct Answers
    {
        int pending = 3;
        QString error;
        std::vector<prometheus::Series> now;
        std::vector<prometheus::Series> breakerHistory;
        std::vector<prometheus::Series> connectorHistory;
    };
    auto answers = std::make_shared<Answers>();
    const auto done = [this, generation, answers] {
        if (--answers->pending > 0 || generation != m_metricsGeneration)
            return;
        if (!answers->error.isEmpty())
            return metricsFailed(answers->error);
        const std::vector<prometheus::MetricSample> samples = samplesOf(answers->now);
        m_breakerMetric = prometheus::mostSevereBreakerStates(samples);
        m_connectorMetric = prometheus::lowestConnectorHealth(samples);
        m_breakerChanges = lastValueChanges(answers->breakerHistory, QStringLiteral("breaker"));
        m_connectorChanges
            = lastValueChanges(answers->connectorHistory, QStringLiteral("connector_type"));
        m_source = MetricSource::Prometheus;
        m_metricsAt = QDateTime::currentDateTimeUtc();
        m_prometheusError.clear();
        m_scrapeError.clear();
        m_metricsAnswered = true;
        m_metricsFetching = false;
        if (m_scheduler)
            m_scheduler->reportSuccess(kMetricsRefreshId);
        rebuild();
    };
    const auto keep = [answers, done](std::vector<prometheus::Series> *into) {
        return [answers, done, into](Result<prometheus::QueryResult> &&r) {
            if (r.ok())
                *into = std::move(r.value().series);
            else if (answers->error.isEmpty())
                answers->error = r.error().summary();
            done();
        };
    };
    m_prometheus->query(
        {QStringLiteral("{__name__=~\"circuit_breaker_state|connector_health\"}"), {}, {}}, this,
        keep(&answers->now));
    // The history the last change is read from: about 300 steps over the window.
    QDateTime to = m_to.isValid() ? m_to : QDateTime::currentDateTimeUtc();
    if (to > QDateTime::currentDateTimeUtc())
        to = QDateTime::currentDateTimeUtc();
    const QDateTime from = m_from.isValid() && m_from < to ? m_from : to.addSecs(-3600);
    const auto step
        = std::chrono::milliseconds(std::max<qint64>(5000, from.msecsTo(to) / 300 / 1000 * 1000));
    m_prometheus->queryRange({breakerStateHistoryPromql(), from, to, step, {}}, this,
                             keep(&answers->breakerHistory));
    m_prometheus->queryRange(
        {QStringLiteral("min by (connector_type) (connector_health)"), from, to, step, {}}, this,
        keep(&answers->connectorHistory));
}

void BreakerBoardFeed::metricsFailed(const QString &why)
{
    m_prometheusError = why;
    if (m_scheduler)
        m_scheduler->reportFailure(kMetricsRefreshId);
    if (!m_scraper) {
        m_metricsAnswered = true;
        m_metricsFetching = false;
        rebuild();
        return;
    }
    scrapeControlPlane();
}

void BreakerBoardFeed::scrapeControlPlane()
{
    const quint64 generation = m_metricsGeneration;
    m_scraper->scrape(this, [this, generation](const Result<dashboard::Scrape> &scrape) {
        if (generation != m_metricsGeneration)
            return;
        m_metricsAnswered = true;
        m_metricsFetching = false;
        if (!scrape.ok()) {
            m_scrapeError = scrape.error().summary();
            rebuild();
            return;
        }
        const std::vector<prometheus::MetricSample> &samples = scrape.value().exposition.samples;
        auto breakers = prometheus::mostSevereBreakerStates(samples);
        // A state that moved since the last reading changed at (or before) this scrape; the
        // history Prometheus kept stays for the others.
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(scrape.value().atMs, Qt::UTC);
        std::map<QString, double> before;
        for (const prometheus::PidAggregate &b : m_breakerMetric)
            before[prometheus::breakerNameOf(b.labels)] = b.value;
        for (const prometheus::PidAggregate &b : breakers) {
            const QString name = prometheus::breakerNameOf(b.labels);
            const auto it = before.find(name);
            if (it != before.end() && it->second != b.value)
                m_breakerChanges[name] = at;
        }
        m_breakerMetric = std::move(breakers);
        m_connectorMetric = prometheus::lowestConnectorHealth(samples);
        m_source = MetricSource::Degraded;
        m_metricsAt = at;
        m_scrapeError.clear();
        rebuild();
    });
}

void BreakerBoardFeed::rebuild()
{
    const bool haveMetric = m_source != MetricSource::None;
    m_breakers = breakerBoard(m_hasApi ? &m_api : nullptr, haveMetric ? &m_breakerMetric : nullptr,
                              m_breakerChanges);
    m_connectors = connectorStrip(haveMetric ? &m_connectorMetric : nullptr, m_connectorApi,
                                  m_connectorApiErrors, m_connectorChanges);
    emit changed();
}

QString BreakerBoardFeed::metricSourceText() const
{
    switch (m_source) {
    case MetricSource::Prometheus:
        return tr("Prometheus, %1").arg(dashboard::formatLocalTime(m_metricsAt));
    case MetricSource::Degraded:
        return tr("Degraded: the control plane's /api/v1/metrics/ at %1 (Prometheus: %2)")
            .arg(dashboard::formatLocalTime(m_metricsAt), m_prometheusError);
    case MetricSource::None:
        break;
    }
    if (!m_prometheusError.isEmpty())
        return tr("no metrics: Prometheus: %1; /api/v1/metrics/: %2")
            .arg(m_prometheusError, m_scrapeError.isEmpty() ? tr("not read") : m_scrapeError);
    return tr("metrics loading…");
}

PanelStatus BreakerBoardFeed::panelStatus(const QDateTime &now) const
{
    using Freshness = PanelStatus::Freshness;
    PanelStatus metrics;
    const QString age = dashboard::describeUpdated(m_metricsAt, now);
    if (!m_metricsAnswered) {
        metrics.headline = PanelStatus::tr("Loading");
    } else if (m_source == MetricSource::Degraded) {
        metrics.freshness = Freshness::Degraded;
        metrics.headline = PanelStatus::tr("Degraded");
        metrics.detail = metricSourceText();
    } else if (!m_prometheusError.isEmpty()) {
        metrics.freshness = m_source == MetricSource::None ? Freshness::Error : Freshness::Stale;
        metrics.headline
            = m_source == MetricSource::None ? PanelStatus::tr("Error") : PanelStatus::tr("Stale");
        metrics.detail
            = metricSourceText() + (age.isEmpty() ? QString() : QStringLiteral(" · ") + age);
    } else {
        metrics = dashboard::liveOrStale(m_metricsAt, now, m_interval);
    }
    const PanelStatus api = m_poller->panelStatus(now);
    if (metrics.freshness != Freshness::Live)
        return metrics;
    if (api.freshness == Freshness::Live) {
        PanelStatus both = metrics;
        both.detail = tr("metrics %1; API %2").arg(metrics.detail, api.detail);
        return both;
    }
    // The metrics are live, the API's half is not: the panel says why that half is missing.
    PanelStatus out = api;
    out.detail = tr("API: %1; metrics live").arg(api.detail.isEmpty() ? api.headline : api.detail);
    return out;
}

} // namespace eucora::app
