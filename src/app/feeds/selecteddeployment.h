// The deployment an operator is looking at: its fields (contract 2.4), its rings with each gate's
// decision (11.2) and its events in the window (7), read again every refresh while the deployment
// moves and no more once it is final. One selection for the whole console: the deployments table,
// a click in the "needs attention" list or on a chart's event marker, and
// `--var deployment=<correlation id>` all set it.
#pragma once

#include "controlplane/apimodels.h"
#include "controlplane/ringpipeline.h"

#include <QDateTime>
#include <QObject>

#include <chrono>

namespace eucora {
class RefreshScheduler;
}

namespace eucora::app {

class ApiPoller;
class OperatorSession;

class SelectedDeployment : public QObject
{
    Q_OBJECT

public:
    SelectedDeployment(OperatorSession *session, RefreshScheduler *scheduler,
                       std::chrono::milliseconds interval, QObject *parent = nullptr);

    ApiPoller *poller() const { return m_poller; }

    // Empty: nothing selected. The same id again only refreshes.
    void select(const QString &correlationId);
    QString correlationId() const { return m_id; }
    // The events shown are those inside this window.
    void setWindow(const QDateTime &from, const QDateTime &to);

    // Whether the deployment's fields have been read (for the current id).
    bool hasDetail() const { return m_hasDetail; }
    const controlplane::DeploymentDetail &detail() const { return m_detail; }
    const controlplane::RingPipeline &pipeline() const { return m_pipeline; }
    // Why the rings could not be read (a control plane without the rings endpoint), else empty.
    const QString &ringsProblem() const { return m_ringsProblem; }
    // Its events inside the window, newest first; eventsCapped(): the server sent its newest 100
    // only.
    const std::vector<controlplane::EventRecord> &events() const { return m_windowEvents; }
    bool eventsCapped() const { return m_events.capped; }
    // All of its events the server sent, whatever the window.
    const std::vector<controlplane::EventRecord> &allEvents() const { return m_events.events; }

signals:
    void selected(const QString &correlationId);
    void changed(); // new data, or cleared for a new selection

private:
    void fetch();
    void fetchRings(quint64 generation);
    void fetchEvents(quint64 generation);
    bool current(quint64 generation) const { return generation == m_generation; }
    void finish(quint64 generation);
    std::vector<controlplane::EventRecord> inWindow() const;

    OperatorSession *m_session;
    ApiPoller *m_poller;
    QString m_id;
    quint64 m_generation = 0;
    QDateTime m_from;
    QDateTime m_to;
    bool m_hasDetail = false;
    controlplane::DeploymentDetail m_detail;
    std::vector<controlplane::RingProgress> m_rings;
    controlplane::RingPipeline m_pipeline;
    QString m_ringsProblem;
    controlplane::EventPage m_events;
    std::vector<controlplane::EventRecord> m_windowEvents;
    QString m_eventsKey; // what the events were last read for: re-read only when it changed
};

} // namespace eucora::app
