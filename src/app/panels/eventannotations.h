// Deployment events (contract 7) as markers on time-series charts: creation, CAB, start,
// completion, failure, and each rollback as a band from initiated to completed (open while it
// runs). Each marker's tooltip says what happened to which application, version and ring, and by
// whom; its key is the deployment a click opens.
#pragma once

#include "charts/chartscene.h"
#include "controlplane/apimodels.h"

#include <QCoreApplication>

#include <memory>
#include <vector>

namespace eucora::app {

struct EventMarks
{
    std::shared_ptr<const std::vector<ChartAnnotation>> marks;
    QString note; // what the marks may miss: the server's newest-100 cap
};

class EventAnnotations
{
    Q_DECLARE_TR_FUNCTIONS(eucora::app::EventAnnotations)

public:
    // `events` newest first, as the API sends them; `capped`: the server sent its newest 100
    // only. `deployments` name the application and version where the event does not.
    // `routine` false leaves out creation, CAB submission and start (the fleet's charts mark
    // what went wrong or was decided: CAB decisions, completions, failures, rollbacks).
    static EventMarks build(const std::vector<controlplane::EventRecord> &events, bool capped,
                            const std::vector<controlplane::DeploymentSummary> &deployments,
                            const QDateTime &now, bool routine = true);
};

} // namespace eucora::app
