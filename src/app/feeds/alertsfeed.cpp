#include "feeds/alertsfeed.h"

#include "prometheus/prometheusclient.h"
#include "refresh/refreshscheduler.h"

#include <algorithm>
#include <memory>

namespace eucora::app {

using dashboard::PanelStatus;

namespace {
const QString kRefreshId = QStringLiteral("prometheus/alerts");
}

AlertsFeed::AlertsFeed(prometheus::PrometheusClient *prometheus, RefreshScheduler *scheduler,
                       std::chrono::milliseconds interval, QObject *parent)
    : QObject(parent)
    , m_prometheus(prometheus)
    , m_scheduler(scheduler)
    , m_interval(interval)
{
    connect(m_scheduler, &RefreshScheduler::due, this, &AlertsFeed::onDue);
}

AlertsFeed::~AlertsFeed()
{
    if (m_started && m_scheduler)
        m_scheduler->remove(kRefreshId);
}

void AlertsFeed::start()
{
    if (m_started)
        return;
    m_started = true;
    m_scheduler->add(kRefreshId, m_interval);
    fetch();
}

void AlertsFeed::refreshNow()
{
    if (m_started && !m_fetching)
        fetch();
}

void AlertsFeed::setHistoryWindow(const QDateTime &from, const QDateTime &to)
{
    if (from == m_historyFrom && to == m_historyTo)
        return;
    const bool moved = !m_historyFrom.isValid() || qAbs(from.secsTo(m_historyFrom)) > 60
        || qAbs(to.secsTo(m_historyTo)) > 60;
    m_historyFrom = from;
    m_historyTo = to;
    if (moved)
        refreshNow();
}

void AlertsFeed::onDue(const QString &id)
{
    if (id == kRefreshId && !m_fetching)
        fetch();
}

int AlertsFeed::firingCount() const
{
    return int(std::count_if(m_alerts.begin(), m_alerts.end(), [](const prometheus::Alert &a) {
        return a.state == prometheus::AlertState::Firing;
    }));
}

int AlertsFeed::pendingCount() const
{
    return int(std::count_if(m_alerts.begin(), m_alerts.end(), [](const prometheus::Alert &a) {
        return a.state == prometheus::AlertState::Pending;
    }));
}

int AlertsFeed::brokenRuleCount() const
{
    int count = 0;
    for (const prometheus::RuleGroup &group : m_groups) {
        for (const prometheus::Rule &rule : group.rules)
            count += rule.health == prometheus::RuleHealth::Err ? 1 : 0;
    }
    return count;
}

void AlertsFeed::fetch()
{
    if (!m_prometheus)
        return;
    m_fetching = true;
    auto answers = std::make_shared<Answers>();
    const prometheus::EngineIdentity &engine = m_prometheus->engine();
    if (engine.rules == prometheus::RulesApi::Missing) {
        // VictoriaMetrics' stand-in answers (no groups, no alerts) would read as "all quiet".
        m_noRulesApi = tr("This server has no rules API: %1 serves alerts and rules only "
                          "through vmalert (-vmalert.proxyURL).")
                           .arg(engine.name);
        m_alerts.clear();
        m_groups.clear();
        m_alertsError.clear();
        m_rulesError.clear();
        answers->pending = 1; // the ALERTS history only
    }
    const auto done = [this, answers] {
        if (--answers->pending > 0)
            return;
        m_fetching = false;
        m_answered = true;
        if (!answers->failed)
            m_updatedAt = QDateTime::currentDateTimeUtc();
        if (m_scheduler) {
            if (answers->failed)
                m_scheduler->reportFailure(kRefreshId);
            else
                m_scheduler->reportSuccess(kRefreshId);
        }
        emit changed();
    };
    if (answers->pending == 3)
        fetchAlertsAndRules(answers, done);
    if (!m_historyFrom.isValid()) {
        done();
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime to = std::min(m_historyTo.isValid() ? m_historyTo : now, now);
    const QDateTime from = std::min(m_historyFrom, to.addSecs(-60));
    const qint64 stepMs = std::max<qint64>(15000, from.msecsTo(to) / 500 / 1000 * 1000);
    m_prometheus->queryRange(
        {QStringLiteral("ALERTS"), from, to, std::chrono::milliseconds(stepMs), {}}, this,
        [this, answers, done, stepMs, to](Result<prometheus::QueryResult> &&r) {
            // The marks are extra: a failure leaves the last ones and does not fail the feed.
            if (r.ok())
                m_history
                    = prometheus::alertIntervals(r.value().series, stepMs, to.toMSecsSinceEpoch());
            done();
        });
}

void AlertsFeed::fetchAlertsAndRules(const std::shared_ptr<Answers> &answers,
                                     const std::function<void()> &done)
{
    m_noRulesApi.clear();
    m_prometheus->alerts(
        this,
        [this, answers,
         done](const Result<prometheus::ApiResponse<std::vector<prometheus::Alert>>> &r) {
            if (r.ok()) {
                m_alerts = prometheus::sortedAlerts(r.value().data);
                m_hasAlerts = true;
                m_alertsError.clear();
            } else if (const QString missing = missingRulesApi(r.error()); !missing.isEmpty()) {
                m_noRulesApi = missing;
            } else {
                m_alertsError = describeFailure(r.error());
                answers->failed = true;
            }
            done();
        });
    m_prometheus->rules(
        this,
        [this, answers,
         done](const Result<prometheus::ApiResponse<std::vector<prometheus::RuleGroup>>> &r) {
            if (r.ok()) {
                m_groups = r.value().data;
                m_hasRules = true;
                m_rulesError.clear();
            } else if (const QString missing = missingRulesApi(r.error()); !missing.isEmpty()) {
                m_noRulesApi = missing;
            } else {
                m_rulesError = describeFailure(r.error());
                answers->failed = true;
            }
            done();
        });
}

// An engine without the endpoint at all (404; VictoriaMetrics' "unsupported path" is a 400 with
// a plain-text body) has no rules API: said once, not an error on every refresh.
QString AlertsFeed::missingRulesApi(const ApiError &error) const
{
    const bool unsupported = error.httpStatus == 404
        || (error.httpStatus == 400 && error.message.contains(QLatin1String("unsupported path")));
    if (error.kind != ApiError::Kind::Server || !unsupported)
        return {};
    return tr("This server has no rules API (HTTP %1 from /api/v1/rules and /api/v1/alerts).")
        .arg(error.httpStatus);
}

QString AlertsFeed::describeFailure(const ApiError &error) const
{
    // VictoriaMetrics proxies the rules API to vmalert and answers 502 when vmalert is down.
    if (m_prometheus && m_prometheus->engine().isVictoriaMetrics() && error.httpStatus == 502)
        return tr("vmalert behind %1 (-vmalert.proxyURL) is not answering (HTTP 502)")
            .arg(m_prometheus->engine().name);
    return error.summary();
}

PanelStatus AlertsFeed::panelStatus(const QDateTime &now) const
{
    using Freshness = PanelStatus::Freshness;
    PanelStatus status;
    const QString updated = dashboard::describeUpdated(m_updatedAt, now);
    const QString error = !m_alertsError.isEmpty() ? m_alertsError : m_rulesError;
    if (!m_answered) {
        status.headline = PanelStatus::tr("Loading");
    } else if (!m_noRulesApi.isEmpty()) {
        status.freshness = Freshness::Degraded;
        status.headline = tr("No rules API");
        status.detail = m_noRulesApi;
    } else if (!error.isEmpty()) {
        const bool kept = m_hasAlerts || m_hasRules;
        status.freshness = kept ? Freshness::Stale : Freshness::Error;
        status.headline = kept ? PanelStatus::tr("Stale") : PanelStatus::tr("Error");
        status.detail = updated.isEmpty() ? error : tr("%1 · %2").arg(error, updated);
    } else {
        status = dashboard::liveOrStale(m_updatedAt, now, m_interval);
    }
    return status;
}

} // namespace eucora::app
