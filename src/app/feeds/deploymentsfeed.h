// The fleet as the control plane lists it, for the Overview and Rings panels: the deployments
// list (contract 2.3, the newest 100) and the newest events (contract 7, the newest 100), read
// together every refresh while one of those panels is on screen.
#pragma once

#include "controlplane/apimodels.h"

#include <QObject>

#include <chrono>

namespace eucora {
class RefreshScheduler;
}

namespace eucora::app {

class ApiPoller;
class OperatorSession;

class DeploymentsFeed : public QObject
{
    Q_OBJECT

public:
    DeploymentsFeed(OperatorSession *session, RefreshScheduler *scheduler,
                    std::chrono::milliseconds interval, QObject *parent = nullptr);

    ApiPoller *poller() const { return m_poller; }
    bool hasData() const { return m_hasData; }
    const std::vector<controlplane::DeploymentSummary> &deployments() const
    {
        return m_deployments;
    }
    // The list holds the server's newest 100 only: counts are of those.
    bool deploymentsCapped() const { return m_deployments.size() >= 100; }
    const controlplane::EventPage &events() const { return m_events; }

signals:
    void changed();

private:
    void fetch();

    OperatorSession *m_session;
    ApiPoller *m_poller;
    bool m_hasData = false;
    std::vector<controlplane::DeploymentSummary> m_deployments;
    controlplane::EventPage m_events;
};

} // namespace eucora::app
