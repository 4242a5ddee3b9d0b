#include "dashboard/panelfeed.h"

#include "dashboard/queryplanner.h"
#include "dashboard/seriesmerge.h"
#include "refresh/queryrunner.h"
#include "refresh/refreshscheduler.h"

#include <algorithm>

namespace eucora::dashboard {

bool PanelState::isStale(const QDateTime &now, std::chrono::seconds interval) const
{
    if (!fetchedAt.isValid())
        return error.has_value();
    return fetchedAt.msecsTo(now) > 2 * std::chrono::milliseconds(interval).count();
}

PanelFeed::PanelFeed(QueryRunner *runner, RefreshScheduler *scheduler, PanelSpec spec,
                     QObject *parent)
    : QObject(parent)
    , m_runner(runner)
    , m_scheduler(scheduler)
    , m_spec(std::move(spec))
{
    connect(m_scheduler, &RefreshScheduler::due, this, [this](const QString &id) {
        if (id == m_spec.id)
            refreshNow();
    });
    connect(&m_degradedTimer, &QTimer::timeout, this, &PanelFeed::scrapeControlPlane);
}

void PanelFeed::setDegradedSource(ControlPlaneScraper *scraper)
{
    m_scraper = scraper;
}

void PanelFeed::enterDegraded()
{
    if (m_degradedTimer.isActive() || !m_scraper || !m_spec.degraded.isValid())
        return;
    m_scrapes.clear();
    m_degradedTimer.start(std::chrono::milliseconds(m_spec.refreshInterval));
    scrapeControlPlane(); // rates need two scrapes: start now
}

void PanelFeed::leaveDegraded()
{
    m_degradedTimer.stop();
    m_scrapes.clear();
    m_state.degraded = false;
}

void PanelFeed::scrapeControlPlane()
{
    if (!m_scraper)
        return;
    m_scraper->scrape(this, [this](const Result<Scrape> &scrape) {
        if (!m_degradedTimer.isActive())
            return; // Prometheus came back meanwhile
        // Degraded only while the control plane answers; with both down the panel says error.
        const bool wasDegraded = m_state.degraded;
        m_state.degraded = scrape.ok();
        m_state.degradedSource = m_scraper ? m_scraper->url().toString() : QString();
        if (!scrape.ok()) {
            m_scrapes.clear();
        } else {
            keepScrape(scrape.value());
            addDegradedPoints(degradedPoints(m_scrapes, m_spec.degraded, &m_state.degradedSpan));
        }
        if (wasDegraded != m_state.degraded) {
            ++m_state.version;
            emit updated();
        }
    });
}

// Keeps as many scrapes as the recipe's window needs, plus the one just before it.
void PanelFeed::keepScrape(Scrape scrape)
{
    m_scrapes.push_back(std::move(scrape));
    const std::int64_t start = m_scrapes.back().atMs
        - std::int64_t(std::chrono::milliseconds(m_spec.degraded.window).count());
    while (m_scrapes.size() > 2 && m_scrapes[1].atMs <= start)
        m_scrapes.pop_front();
}

void PanelFeed::addDegradedPoints(const std::vector<prometheus::Series> &points)
{
    if (points.empty())
        return;
    for (const prometheus::Series &point : points) {
        auto it = std::find_if(
            m_state.series.begin(), m_state.series.end(),
            [&point](const prometheus::Series &s) { return s.labels == point.labels; });
        if (it == m_state.series.end()) {
            m_state.series.push_back(point);
            continue;
        }
        if (!it->timestampsMs.empty() && it->timestampsMs.back() >= point.timestampsMs.front())
            continue;
        it->timestampsMs.push_back(point.timestampsMs.front());
        it->values.push_back(point.values.front());
    }
    m_state.degradedAt
        = QDateTime::fromMSecsSinceEpoch(points.front().timestampsMs.front(), Qt::UTC);
    m_state.fetchedAt = m_state.degradedAt; // what the chart's window ends at
    ++m_state.version;
    emit updated();
}

PanelFeed::PanelFeed(prometheus::PrometheusClient *client, PanelSpec spec, QObject *parent)
    : PanelFeed(new QueryRunner(client, 4), new RefreshScheduler, std::move(spec), parent)
{
    // Owned by this feed: they were created before it existed, so they are adopted here.
    m_runner->setParent(this);
    m_scheduler->setParent(this);
    m_scheduler->startTimer();
}

PanelFeed::~PanelFeed()
{
    if (m_started && m_scheduler)
        m_scheduler->remove(m_spec.id);
    if (m_runner) {
        for (quint64 ticket : m_inFlight)
            m_runner->cancel(ticket);
    }
}

void PanelFeed::setPixelWidth(int pixels)
{
    if (pixels == m_pixelWidth)
        return;
    m_pixelWidth = pixels;
    m_window.reset(); // another step: the next refresh fetches the whole window
}

void PanelFeed::start()
{
    m_started = true;
    m_scheduler->add(m_spec.id, m_spec.refreshInterval);
    refreshNow();
}

void PanelFeed::stop()
{
    leaveDegraded();
    if (m_started && m_scheduler)
        m_scheduler->remove(m_spec.id);
    m_started = false;
    dropInFlight();
}

void PanelFeed::dropInFlight()
{
    if (m_inFlight.empty())
        return;
    ++m_generation;
    if (m_runner) {
        for (quint64 ticket : m_inFlight)
            m_runner->cancel(ticket);
    }
    m_inFlight.clear();
    m_state.loading = false;
}

void PanelFeed::setRange(std::chrono::seconds range)
{
    if (range == m_spec.range)
        return;
    m_spec.range = range;
    m_window.reset();
    dropInFlight();
    refreshNow();
}

void PanelFeed::refreshNow()
{
    // A slow server must not pile up requests: the one in flight answers this tick too.
    if (!m_inFlight.empty() || !m_runner)
        return;
    const prometheus::RangeQuery window
        = planRangeQuery(m_spec.promql, m_clock(), m_spec.range, m_pixelWidth);
    prometheus::RangeQuery request = window;
    // Same grid as the data on screen: only the new tail, re-reading the last two steps, which
    // late scrapes may still change.
    const bool incremental = m_window && !m_state.error && m_window->step == window.step
        && m_window->promql == window.promql && window.end >= m_window->end
        && window.start <= m_window->end;
    if (incremental)
        request.start = std::max(window.start, m_window->end.addMSecs(-2 * window.step.count()));
    m_lastRequest = request;
    m_state.loading = true;
    ++m_state.version;
    const quint64 generation = ++m_generation;
    // A long window goes out as chunks on the same grid: smaller answers, decoded in parallel.
    const std::vector<prometheus::RangeQuery> chunks = incremental
        ? std::vector<prometheus::RangeQuery> {request}
        : splitIntoChunks(request, kChunkPoints);
    struct Batch
    {
        std::vector<std::optional<Result<prometheus::QueryResult>>> answers;
        size_t left = 0;
    };
    auto batch = std::make_shared<Batch>();
    batch->answers.resize(chunks.size());
    batch->left = chunks.size();
    for (size_t i = 0; i < chunks.size(); ++i) {
        m_inFlight.push_back(m_runner->run(
            chunks[i], this, [this, generation, window, incremental, batch, i](const auto &result) {
                if (generation != m_generation) // answers to superseded requests are dropped
                    return;
                batch->answers[i] = result;
                if (--batch->left == 0)
                    apply(window, incremental, combine(batch->answers));
            }));
    }
    emit updated();
}

Result<prometheus::QueryResult>
PanelFeed::combine(const std::vector<std::optional<Result<prometheus::QueryResult>>> &answers)
{
    if (answers.size() == 1)
        return *answers.front();
    std::vector<std::vector<prometheus::Series>> parts;
    prometheus::QueryResult joined;
    for (const auto &answer : answers) {
        if (!answer->ok())
            return answer->error(); // one failed chunk fails the refresh; the last data stays
        parts.push_back(answer->value().series);
        joined.warnings.insert(joined.warnings.end(), answer->value().warnings.begin(),
                               answer->value().warnings.end());
    }
    joined.series = joinChunks(parts);
    return joined;
}

void PanelFeed::apply(const prometheus::RangeQuery &window, bool incremental,
                      const Result<prometheus::QueryResult> &result)
{
    m_inFlight.clear();
    m_state.loading = false;
    ++m_state.version;
    if (result.ok()) {
        if (incremental)
            m_state.series = mergeTail(m_state.series, result.value().series,
                                       m_lastRequest.start.toMSecsSinceEpoch(),
                                       window.start.toMSecsSinceEpoch());
        else
            m_state.series = result.value().series;
        m_window = window;
        m_state.warnings = result.value().warnings;
        m_state.fetchedAt = m_clock();
        m_state.error.reset();
        leaveDegraded();
        if (m_started && m_scheduler)
            m_scheduler->reportSuccess(m_spec.id);
    } else if (result.error().kind != ApiError::Kind::Cancelled) {
        m_state.error = result.error();
        m_state.errorAt = m_clock();
        m_window.reset(); // after an outage, fetch the whole window again
        const ApiError::Kind kind = result.error().kind;
        if (kind == ApiError::Kind::Network || kind == ApiError::Kind::Timeout
            || (kind == ApiError::Kind::Http && result.error().httpStatus >= 500))
            enterDegraded();
        if (m_started && m_scheduler)
            m_scheduler->reportFailure(m_spec.id);
    }
    emit updated();
}

} // namespace eucora::dashboard
