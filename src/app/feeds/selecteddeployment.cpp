#include "feeds/selecteddeployment.h"

#include "controlplane/controlplaneclient.h"
#include "session/apipoller.h"
#include "session/operatorsession.h"

namespace eucora::app {

using namespace controlplane;

SelectedDeployment::SelectedDeployment(OperatorSession *session, RefreshScheduler *scheduler,
                                       std::chrono::milliseconds interval, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_poller(new ApiPoller(session, scheduler, QStringLiteral("controlplane/deployment"),
                             interval, this))
{
    m_poller->setFetch([this] { fetch(); });
    m_poller->setSignInText(
        [] { return tr("Sign in to the control plane to see the deployment."); });
    m_poller->setActive(false);
}

void SelectedDeployment::select(const QString &correlationId)
{
    if (correlationId != m_id) {
        m_id = correlationId;
        ++m_generation; // answers for the previous selection are dropped
        m_hasDetail = false;
        m_detail = {};
        m_rings.clear();
        m_pipeline = {};
        m_ringsProblem.clear();
        m_events = {};
        m_windowEvents.clear();
        m_eventsKey.clear();
        emit selected(m_id);
        emit changed();
    }
    if (m_id.isEmpty()) {
        m_poller->setActive(false);
        return;
    }
    if (m_poller->isActive())
        m_poller->refreshNow();
    else
        m_poller->setActive(true); // fetches at once
}

void SelectedDeployment::setWindow(const QDateTime &from, const QDateTime &to)
{
    if (from == m_from && to == m_to)
        return;
    m_from = from;
    m_to = to;
    m_windowEvents = inWindow();
    if (!m_id.isEmpty())
        emit changed();
}

std::vector<EventRecord> SelectedDeployment::inWindow() const
{
    std::vector<EventRecord> shown;
    for (const EventRecord &event : m_events.events) {
        if ((!m_from.isValid() || event.createdAt >= m_from)
            && (!m_to.isValid() || event.createdAt <= m_to))
            shown.push_back(event);
    }
    return shown;
}

void SelectedDeployment::fetch()
{
    const quint64 generation = m_generation;
    m_session->client()->deployment(m_id, this,
                                    [this, generation](const ApiResult<DeploymentDetail> &result) {
                                        if (!current(generation))
                                            return finish(generation);
                                        if (!result.ok())
                                            return m_poller->failed(result.error());
                                        m_detail = result.value();
                                        m_hasDetail = true;
                                        fetchRings(generation);
                                    });
}

void SelectedDeployment::fetchRings(quint64 generation)
{
    m_session->client()->rings(
        m_id, this, [this, generation](const ApiResult<std::vector<RingProgress>> &result) {
            if (!current(generation))
                return finish(generation);
            // EUCORA itself has no rings endpoint (contract 11.2): the fields and events still
            // show, the pipeline says why it is empty.
            if (result.ok()) {
                m_rings = result.value();
                m_ringsProblem.clear();
            } else {
                m_rings.clear();
                m_ringsProblem = result.error().summary();
            }
            m_pipeline = ringPipeline(m_detail.summary, m_rings, QDateTime::currentDateTimeUtc());
            fetchEvents(generation);
        });
}

void SelectedDeployment::fetchEvents(quint64 generation)
{
    // The events change when the deployment does: read again when its status or rings moved.
    // All of its events are read (the newest 100) and the window is applied here, so a moving
    // window does not cost a request.
    QString key = m_detail.summary.status;
    for (const RingProgress &ring : m_rings)
        key += QLatin1Char('|') + ring.ring + ring.updatedAt.toString(Qt::ISODateWithMs);
    if (key == m_eventsKey)
        return finish(generation);
    m_session->client()->events(m_id, {}, {}, 0, this,
                                [this, generation, key](const ApiResult<EventPage> &result) {
                                    if (!current(generation))
                                        return finish(generation);
                                    if (!result.ok())
                                        return m_poller->failed(result.error());
                                    m_events = result.value();
                                    m_windowEvents = inWindow();
                                    m_eventsKey = key;
                                    finish(generation);
                                });
}

void SelectedDeployment::finish(quint64 generation)
{
    if (!current(generation)) {
        // A newer selection asked for a fetch while this one ran: it follows at once.
        m_poller->succeeded(tr("Loading"));
        return;
    }
    const DeploymentSummary &d = m_detail.summary;
    m_poller->succeeded(m_pipeline.final
                            ? tr("%1 %2: %3, final").arg(d.appName, d.version, d.status)
                            : tr("%1 %2: %3").arg(d.appName, d.version, d.status));
    emit changed();
    // A final deployment does not move: nothing to ask again until another is selected, also
    // when the rings could not be read (a control plane without the rings endpoint would
    // otherwise be asked again every refresh for nothing).
    if (m_pipeline.final)
        m_poller->setActive(false);
}

} // namespace eucora::app
