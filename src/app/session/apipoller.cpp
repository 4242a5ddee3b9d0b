#include "session/apipoller.h"

#include "controlplane/controlplaneclient.h"
#include "dashboard/panelstatus.h"
#include "refresh/refreshscheduler.h"
#include "session/operatorsession.h"

#include <QEvent>
#include <QWidget>

namespace eucora::app {

using controlplane::ControlPlaneError;

ApiPoller::ApiPoller(OperatorSession *session, RefreshScheduler *scheduler, QString refreshId,
                     std::chrono::milliseconds interval, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_scheduler(scheduler)
    , m_refreshId(std::move(refreshId))
    , m_interval(interval)
{
    connect(m_scheduler, &RefreshScheduler::due, this, &ApiPoller::onDue);
    connect(m_session, &OperatorSession::changed, this, &ApiPoller::onSessionChanged);
}

ApiPoller::~ApiPoller()
{
    if (m_started && m_scheduler)
        m_scheduler->remove(m_refreshId);
}

void ApiPoller::watch(QWidget *widget)
{
    m_widgets.emplace_back(widget);
    widget->installEventFilter(this);
}

bool ApiPoller::anyWidgetVisible() const
{
    for (const QPointer<QWidget> &widget : m_widgets) {
        if (widget && widget->isVisible())
            return true;
    }
    return false;
}

bool ApiPoller::eventFilter(QObject *watched, QEvent *event)
{
    // Shown again after a skipped refresh: fetched at once, not at the next interval.
    if (event->type() == QEvent::Show && m_started && m_active && m_stale && m_session->user())
        refreshNow();
    return QObject::eventFilter(watched, event);
}

void ApiPoller::start()
{
    if (m_started)
        return;
    m_started = true;
    m_scheduler->add(m_refreshId, m_interval);
    onSessionChanged();
}

void ApiPoller::setActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    if (active && m_started)
        refreshNow();
}

bool ApiPoller::hasAnswered() const
{
    const auto phase = m_session->phase();
    return m_answered || !m_active || phase == OperatorSession::Phase::SignedOut
        || phase == OperatorSession::Phase::Expired;
}

QString ApiPoller::failure() const
{
    if (!m_session->user())
        return tr("not signed in");
    return m_statusIsError ? m_status : QString();
}

void ApiPoller::onSessionChanged()
{
    emit statusChanged(); // "Signed out" and the like follow the session even with nothing to read
    if (!m_session->user()) {
        switch (m_session->phase()) {
        case OperatorSession::Phase::Checking:
            setStatus(tr("Checking the session…"), false);
            break;
        case OperatorSession::Phase::Expired:
            setStatus(tr("The session has expired: sign in again to see current data."), true);
            break;
        default:
            setStatus(m_signInText ? m_signInText() : tr("Sign in to the control plane."), false);
            break;
        }
        m_stale = true;
        return;
    }
    refreshNow(); // signed in (again): the answer may differ for this user
}

void ApiPoller::refreshNow()
{
    if (m_fetching) {
        m_refetch = true;
        return;
    }
    startFetch();
}

void ApiPoller::onDue(const QString &id)
{
    if (id != m_refreshId || m_fetching)
        return; // a fetch is running: its end reports to the scheduler
    if (!m_session->user() || !m_active || !anyWidgetVisible()) {
        m_stale = true; // nothing spent on what nobody sees; shown again -> fetched
        m_scheduler->reportSuccess(m_refreshId);
        return;
    }
    startFetch();
}

void ApiPoller::startFetch()
{
    if (!m_active)
        return;
    if (!m_session->user()) {
        setStatus(m_signInText ? m_signInText() : tr("Sign in to the control plane."), false);
        m_stale = true;
        return;
    }
    m_fetching = true;
    m_stale = false;
    if (m_status.isEmpty() || m_statusIsError || !m_answered)
        setStatus(tr("Loading…"), false);
    if (m_fetch)
        m_fetch();
}

void ApiPoller::succeeded(const QString &summary)
{
    m_answered = true;
    m_fetching = false;
    m_updatedAt = QDateTime::currentDateTimeUtc();
    if (m_scheduler)
        m_scheduler->reportSuccess(m_refreshId);
    setStatus(tr("%1 · updated %2").arg(summary, dashboard::formatLocalTime(m_updatedAt)), false);
    emit refreshed();
    if (std::exchange(m_refetch, false))
        startFetch();
}

void ApiPoller::failed(const ControlPlaneError &error)
{
    m_answered = true;
    m_fetching = false;
    if (m_scheduler)
        m_scheduler->reportFailure(m_refreshId);
    if (error.is(ControlPlaneError::Meaning::NotAuthenticated))
        m_session->markExpired(); // the status follows the session
    else
        setStatus(tr("Not refreshed: %1").arg(error.summary()), true);
    m_lastError = error.summary();
    emit refreshed();
    if (std::exchange(m_refetch, false) && m_session->user())
        startFetch();
}

dashboard::PanelStatus ApiPoller::panelStatus(const QDateTime &now) const
{
    using dashboard::PanelStatus;
    using Freshness = PanelStatus::Freshness;
    PanelStatus status;
    const QString updated = dashboard::describeUpdated(m_updatedAt, now);
    if (!m_session->user()) {
        status.headline = tr("Signed out");
        status.detail = m_status;
        return status;
    }
    if (m_statusIsError) {
        status.freshness = Freshness::Error;
        QString why = m_lastError.isEmpty() ? m_status : m_lastError;
        const QDateTime until = m_session->client()->throttledUntil();
        if (until.isValid() && until > now) {
            status.headline = tr("Throttled");
            why = tr("the control plane asked to wait: next try in %1 s")
                      .arg(std::max<qint64>(1, now.secsTo(until)));
        } else {
            status.headline = PanelStatus::tr("Error");
        }
        status.detail
            = updated.isEmpty() ? why : PanelStatus::tr("%1 — showing data %2").arg(why, updated);
        return status;
    }
    if (!m_active) {
        status.freshness = m_updatedAt.isValid() ? Freshness::Live : Freshness::Loading;
        status.headline = m_updatedAt.isValid() ? tr("Final") : tr("Idle");
        status.detail = m_updatedAt.isValid()
            ? tr("no longer moves: not read again; %1").arg(updated)
            : tr("nothing selected");
        return status;
    }
    if (!m_updatedAt.isValid()) {
        status.headline = PanelStatus::tr("Loading");
        status.detail = PanelStatus::tr("waiting for the first answer");
        return status;
    }
    // Two refreshes missed (and a little slack) is stale, as for the Prometheus panels.
    return dashboard::liveOrStale(m_updatedAt, now, m_interval);
}

void ApiPoller::setStatus(const QString &text, bool error)
{
    if (text == m_status && error == m_statusIsError)
        return;
    m_statusIsError = error;
    m_status = text;
    emit statusChanged();
}

} // namespace eucora::app
