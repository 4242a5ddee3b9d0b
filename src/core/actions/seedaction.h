// Seeding demo data (contract 4.2, 4.6, 11.10): the counts the operator chose, one POST, then
// either the synchronous 200 with final counts or the 202 task followed by polling its status
// (PROGRESS -> progress()), cancellable by revoking the task. Afterwards, if demo mode is off,
// demoModeOffered() asks the operator to switch it on (otherwise the new rows stay hidden).
#pragma once

#include "actions/operatoraction.h"
#include "controlplane/apimodels.h"

#include <optional>

namespace eucora::actions {

class SeedAction : public OperatorAction
{
    Q_OBJECT

public:
    explicit SeedAction(ActionContext context, QObject *parent = nullptr);

    // One POST with `request`. Refused while a seed is in flight or after it finished.
    Refusal confirm(const controlplane::SeedRequest &request);
    // Revoke the queued task (202 path only); the outcome becomes "cancelled".
    Refusal cancel();
    // The operator accepted the offer: POST demo-mode {"enabled": true} (audited).
    void enableDemoMode();

    const controlplane::SeedRequest &request() const { return m_request; }
    bool queued() const { return !m_taskId.isEmpty(); }
    const QString &taskId() const { return m_taskId; }
    // Final demo-data counts (the 200's counts, the task result's, or demo-data-stats read back).
    const std::optional<controlplane::DemoCounts> &counts() const { return m_counts; }
    std::optional<bool> demoModeEnabled() const { return m_demoMode; }
    bool cancelled() const { return m_cancelled; }
    // Why the last enableDemoMode() failed; empty when it did not.
    const QString &demoModeError() const { return m_demoModeError; }
    bool succeeded() const { return m_succeeded; }
    bool settled() const override;

signals:
    void demoModeOffered();
    void demoModeChanged(bool enabled);

private:
    void pollTask();
    void readBack(const QString &outcomePrefix, bool succeeded);
    void checkDemoMode();

    controlplane::SeedRequest m_request;
    QString m_taskId;
    std::optional<controlplane::DemoCounts> m_counts;
    std::optional<bool> m_demoMode;
    bool m_cancelled = false;
    QString m_demoModeError;
    bool m_succeeded = false;
    bool m_switchingDemoMode = false;
};

} // namespace eucora::actions
