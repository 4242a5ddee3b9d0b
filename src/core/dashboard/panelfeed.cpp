#include "dashboard/panelfeed.h"

#include "dashboard/queryplanner.h"

namespace eucora::dashboard {

bool PanelState::isStale(const QDateTime &now, std::chrono::seconds interval) const
{
    if (!fetchedAt.isValid())
        return error.has_value();
    return fetchedAt.msecsTo(now) > 2 * std::chrono::milliseconds(interval).count();
}

PanelFeed::PanelFeed(prometheus::PrometheusClient *client, PanelSpec spec, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_spec(std::move(spec))
{
    m_timer.setInterval(m_spec.refreshInterval);
    connect(&m_timer, &QTimer::timeout, this, &PanelFeed::refreshNow);
}

void PanelFeed::start()
{
    m_timer.start();
    refreshNow();
}

void PanelFeed::stop()
{
    m_timer.stop();
    if (m_inFlight) {
        ++m_generation;
        m_client->cancel(*m_inFlight);
        m_inFlight.reset();
        m_state.loading = false;
    }
}

void PanelFeed::setRange(std::chrono::seconds range)
{
    if (range == m_spec.range)
        return;
    m_spec.range = range;
    if (m_inFlight) {
        ++m_generation;
        m_client->cancel(*m_inFlight);
        m_inFlight.reset();
    }
    refreshNow();
}

void PanelFeed::refreshNow()
{
    // A slow server must not pile up requests: the one in flight answers this tick too.
    if (m_inFlight)
        return;
    const auto query = planRangeQuery(m_spec.promql, m_clock(), m_spec.range, m_pixelWidth);
    m_state.loading = true;
    ++m_state.version;
    const quint64 generation = ++m_generation;
    m_inFlight = m_client->queryRange(query, this, [this, generation](const auto &result) {
        if (generation == m_generation) // answers to superseded requests are dropped
            apply(result);
    });
    emit updated();
}

void PanelFeed::apply(const Result<prometheus::QueryResult> &result)
{
    m_inFlight.reset();
    m_state.loading = false;
    ++m_state.version;
    if (result.ok()) {
        m_state.series = result.value().series;
        m_state.warnings = result.value().warnings;
        m_state.fetchedAt = m_clock();
        m_state.error.reset();
    } else if (result.error().kind != ApiError::Kind::Cancelled) {
        m_state.error = result.error();
        m_state.errorAt = m_clock();
    }
    emit updated();
}

} // namespace eucora::dashboard
