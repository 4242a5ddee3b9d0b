#include "dashboard/panelfeed.h"

#include "dashboard/queryplanner.h"
#include "dashboard/seriesmerge.h"
#include "freedmemory.h"
#include "offthread.h"
#include "refresh/queryrunner.h"
#include "refresh/refreshscheduler.h"

#include <algorithm>
#include <iterator>

namespace eucora::dashboard {

bool PanelState::isStale(const QDateTime &now, std::chrono::seconds interval) const
{
    if (!fetchedAt.isValid())
        return error.has_value();
    return fetchedAt.msecsTo(now) > 2 * std::chrono::milliseconds(interval).count();
}

namespace {

// The single range query a PanelSpec describes, planned as the dashboards plan theirs.
PanelQueryPlan specPlan(const PanelSpec &spec, const QDateTime &now, int pixelWidth)
{
    const prometheus::RangeQuery query = planRangeQuery(spec.promql, now, spec.range, pixelWidth);
    PlannedQuery planned;
    planned.refId = QStringLiteral("A");
    planned.expr = query.promql;
    planned.stepMs = query.step.count();
    planned.start = query.start;
    planned.end = query.end;
    PanelQueryPlan plan;
    plan.intervalMs = planned.stepMs;
    plan.queries.push_back(planned);
    return plan;
}

QThreadPool *mergePool()
{
    static QThreadPool pool;
    return &pool;
}

} // namespace

struct PanelFeed::Request
{
    PlannedQuery query; // the whole window
    bool incremental = false;
    qint64 requestStartMs = 0; // where an incremental request starts
    std::vector<prometheus::RangeQuery> chunks; // range queries; empty for an instant one
};

struct PanelFeed::Refresh
{
    std::vector<Request> requests;
    std::vector<std::vector<std::optional<Result<prometheus::QueryResult>>>> answers;
    size_t left = 0;
};

PanelFeed::PanelFeed(QueryRunner *runner, RefreshScheduler *scheduler, PanelSpec spec,
                     Planner planner, QObject *parent)
    : QObject(parent)
    , m_runner(runner)
    , m_scheduler(scheduler)
    , m_spec(std::move(spec))
    , m_planner(std::move(planner))
{
    connect(m_scheduler, &RefreshScheduler::due, this, [this](const QString &id) {
        if (id == m_spec.id)
            refreshNow();
    });
    connect(&m_degradedTimer, &QTimer::timeout, this, &PanelFeed::scrapeControlPlane);
}

PanelFeed::PanelFeed(QueryRunner *runner, RefreshScheduler *scheduler, PanelSpec spec,
                     QObject *parent)
    : PanelFeed(runner, scheduler, std::move(spec), Planner(), parent)
{
    m_planner = [this](const QDateTime &now, int pixelWidth) {
        return specPlan(m_spec, now, pixelWidth);
    };
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
    std::vector<prometheus::Series> &series = m_state.series.edit();
    for (const prometheus::Series &point : points) {
        auto it = std::find_if(series.begin(), series.end(), [&point](const prometheus::Series &s) {
            return s.labels == point.labels;
        });
        if (it == series.end()) {
            series.push_back(point);
            m_state.refIds.push_back(m_lastPlan.queries.empty() ? QStringLiteral("A")
                                                                : m_lastPlan.queries.front().refId);
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
    m_windows.clear(); // another step: the next refresh fetches the whole window
}

void PanelFeed::start()
{
    m_started = true;
    if (m_spec.refreshInterval.count() > 0)
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
    if (m_inFlight.empty() && !m_merging)
        return;
    ++m_generation;
    m_merging = false;
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
    m_windows.clear();
    dropInFlight();
    refreshNow();
}

void PanelFeed::setPlanner(Planner planner)
{
    m_planner = std::move(planner);
    m_windows.clear();
    dropInFlight();
    if (m_started)
        refreshNow();
}

void PanelFeed::setRefreshInterval(std::chrono::seconds interval)
{
    if (interval == m_spec.refreshInterval)
        return;
    m_spec.refreshInterval = interval;
    if (!m_started || !m_scheduler)
        return;
    m_scheduler->remove(m_spec.id);
    if (interval.count() > 0)
        m_scheduler->add(m_spec.id, interval);
}

void PanelFeed::refreshNow()
{
    // A slow server must not pile up requests: the ones in flight answer this tick too.
    if (!m_inFlight.empty() || m_merging || !m_runner || !m_planner)
        return;
    m_lastPlan = m_planner(m_clock(), m_pixelWidth);
    if (m_lastPlan.queries.empty()) {
        settle(); // nothing to ask: an empty panel, not a loading one
        return;
    }
    auto refresh = std::make_shared<Refresh>();
    for (const PlannedQuery &query : m_lastPlan.queries) {
        Request request {query, false, 0, {}};
        if (!query.instant) {
            prometheus::RangeQuery range = query.rangeQuery();
            // Same grid as the data on screen: only the new tail, re-reading the last two steps,
            // which late scrapes may still change, and what the engine held back last time.
            const auto shown = m_windows.find(query.refId);
            const qint64 reread
                = std::max<qint64>(2 * query.stepMs, m_runner->heldBack().count() + query.stepMs);
            request.incremental = shown != m_windows.end() && !m_state.error
                && !shown->second.instant && shown->second.stepMs == query.stepMs
                && shown->second.expr == query.expr && query.end >= shown->second.end
                && query.start <= shown->second.end;
            if (request.incremental)
                range.start = std::max(query.start, shown->second.end.addMSecs(-reread));
            request.requestStartMs = range.start.toMSecsSinceEpoch();
            if (&query == &m_lastPlan.queries.front() || m_lastRequest.promql.isEmpty())
                m_lastRequest = range;
            // A long window goes out as chunks on the same grid: smaller answers, decoded in
            // parallel.
            request.chunks = request.incremental ? std::vector<prometheus::RangeQuery> {range}
                                                 : splitIntoChunks(range, kChunkPoints);
        }
        refresh->requests.push_back(std::move(request));
    }
    refresh->answers.resize(refresh->requests.size());
    m_state.loading = true;
    ++m_state.version;
    const quint64 generation = ++m_generation;
    for (size_t i = 0; i < refresh->requests.size(); ++i)
        send(refresh->requests[i], refresh, i, generation);
    emit updated();
}

void PanelFeed::send(Request &request, const std::shared_ptr<Refresh> &refresh, size_t index,
                     quint64 generation)
{
    auto &answers = refresh->answers[index];
    const size_t parts = request.chunks.empty() ? 1 : request.chunks.size();
    answers.resize(parts);
    refresh->left += parts;
    for (size_t part = 0; part < parts; ++part) {
        auto done
            = [this, generation, refresh, index, part](Result<prometheus::QueryResult> &&result) {
                  if (generation != m_generation) // answers to superseded requests are dropped
                      return;
                  refresh->answers[index][part] = std::move(result);
                  if (--refresh->left == 0)
                      apply(*refresh);
              };
        m_inFlight.push_back(request.chunks.empty()
                                 ? m_runner->run(request.query.instantQuery(), this, done)
                                 : m_runner->run(request.chunks[part], this, done));
    }
}

Result<prometheus::QueryResult>
PanelFeed::combine(std::vector<std::optional<Result<prometheus::QueryResult>>> &&answers)
{
    if (answers.size() == 1)
        return std::move(*answers.front());
    std::vector<std::vector<prometheus::Series>> parts;
    prometheus::QueryResult joined;
    for (auto &answer : answers) {
        if (!answer->ok())
            return answer->error(); // one failed chunk fails the refresh; the last data stays
        prometheus::QueryResult part = std::move(*answer).value();
        parts.push_back(std::move(part.series));
        joined.warnings.insert(joined.warnings.end(), part.warnings.begin(), part.warnings.end());
    }
    joined.series = joinChunks(parts);
    return joined;
}

void PanelFeed::settle()
{
    if (!m_settled) {
        m_settled = true;
        ++m_state.version;
    }
    emit updated();
}

void PanelFeed::apply(Refresh &refresh)
{
    m_inFlight.clear();
    // One failed query (or chunk) fails the refresh; the last data stays.
    std::optional<ApiError> failure;
    for (const auto &answers : refresh.answers) {
        for (const auto &answer : answers) {
            if (!failure && answer && !answer->ok())
                failure = answer->error();
        }
    }
    if (failure) {
        m_state.loading = false;
        ++m_state.version;
        if (failure->kind != ApiError::Kind::Cancelled) {
            m_state.error = failure;
            m_state.errorAt = m_clock();
            m_windows.clear(); // after an outage, fetch the whole window again
            const ApiError::Kind kind = failure->kind;
            if (kind == ApiError::Kind::Network || kind == ApiError::Kind::Timeout
                || (kind == ApiError::Kind::Http && failure->httpStatus >= 500))
                enterDegraded();
            if (m_started && m_scheduler)
                m_scheduler->reportFailure(m_spec.id);
        }
        settle();
        return;
    }
    // Joining chunks and merging a new tail into the window copy every point (a thousand series
    // of a thousand points are 16 MB): done on a worker, from the series on screen, which are
    // shared and never changed.
    m_merging = true;
    runOffThread(
        mergePool(), this,
        [requests = refresh.requests, answers = std::move(refresh.answers), shown = m_state.series,
         shownRefIds = m_state.refIds]() mutable {
            return merge(requests, std::move(answers), shown, shownRefIds);
        },
        [this, generation = m_generation, requests = refresh.requests](Merged merged) {
            if (generation != m_generation)
                return; // superseded meanwhile
            install(requests, std::move(merged));
        });
}

PanelFeed::Merged
PanelFeed::merge(const std::vector<Request> &requests,
                 std::vector<std::vector<std::optional<Result<prometheus::QueryResult>>>> &&answers,
                 const prometheus::SeriesList &shown, const std::vector<QString> &shownRefIds)
{
    std::map<QString, std::vector<const prometheus::Series *>> onScreen; // per target
    for (size_t i = 0; i < shown.size() && i < shownRefIds.size(); ++i)
        onScreen[shownRefIds[i]].push_back(&shown[i]);
    Merged merged;
    for (size_t i = 0; i < requests.size(); ++i) { // in the plan's order
        const Request &request = requests[i];
        prometheus::QueryResult answer = combine(std::move(answers[i])).value();
        std::vector<prometheus::Series> series = request.incremental
            ? mergeTail(onScreen[request.query.refId], answer.series, request.requestStartMs,
                        request.query.start.toMSecsSinceEpoch())
            : std::move(answer.series);
        merged.warnings.insert(merged.warnings.end(), answer.warnings.begin(),
                               answer.warnings.end());
        merged.refIds.insert(merged.refIds.end(), series.size(), request.query.refId);
        merged.series.insert(merged.series.end(), std::make_move_iterator(series.begin()),
                             std::make_move_iterator(series.end()));
    }
    return merged;
}

void PanelFeed::install(const std::vector<Request> &requests, Merged merged)
{
    m_merging = false;
    m_state.loading = false;
    ++m_state.version;
    for (const Request &request : requests)
        m_windows[request.query.refId] = request.query;
    m_state.series = std::move(merged.series);
    m_state.refIds = std::move(merged.refIds);
    m_state.warnings = std::move(merged.warnings);
    m_state.fetchedAt = m_clock();
    const bool ranged = std::any_of(requests.begin(), requests.end(),
                                    [](const Request &r) { return !r.query.instant; });
    m_state.heldBack = ranged ? m_runner->heldBack() : std::chrono::milliseconds(0);
    m_state.error.reset();
    leaveDegraded();
    if (m_started && m_scheduler)
        m_scheduler->reportSuccess(m_spec.id);
    settle();
    // The answer and the series this refresh replaced were large: give their memory back.
    size_t points = 0;
    for (const prometheus::Series &series : m_state.series)
        points += series.values.size();
    if (points >= kLargePanelPoints)
        returnFreedMemorySoon();
}

} // namespace eucora::dashboard
