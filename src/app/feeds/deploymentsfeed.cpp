#include "feeds/deploymentsfeed.h"

#include "controlplane/controlplaneclient.h"
#include "session/apipoller.h"
#include "session/operatorsession.h"

namespace eucora::app {

using namespace controlplane;

DeploymentsFeed::DeploymentsFeed(OperatorSession *session, RefreshScheduler *scheduler,
                                 std::chrono::milliseconds interval, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_poller(
          new ApiPoller(session, scheduler, QStringLiteral("controlplane/fleet"), interval, this))
{
    m_poller->setFetch([this] { fetch(); });
    m_poller->setSignInText(
        [] { return tr("Sign in to the control plane to see its deployments."); });
}

void DeploymentsFeed::fetch()
{
    m_session->client()->deployments(
        {}, this, [this](const ApiResult<std::vector<DeploymentSummary>> &list) {
            if (!list.ok())
                return m_poller->failed(list.error());
            m_session->client()->events(
                {}, {}, {}, 0, this,
                [this, deployments = list.value()](const ApiResult<EventPage> &events) mutable {
                    if (!events.ok())
                        return m_poller->failed(events.error());
                    m_deployments = std::move(deployments);
                    m_events = events.value();
                    m_hasData = true;
                    m_poller->succeeded(
                        tr("from the API: %n deployment(s)", nullptr, int(m_deployments.size())));
                    emit changed();
                });
        });
}

} // namespace eucora::app
