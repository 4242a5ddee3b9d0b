// The circuit breakers of the control plane, state coloured, with "Reset…" for the selected one.
#pragma once

#include "controlplane/apimodels.h"
#include "views/polledtableview.h"

#include <functional>

class QPushButton;

namespace eucora::models {
class BreakersModel;
}

namespace eucora::app {

class ActionGate;
class BreakerResetDialog;

class BreakersView : public PolledTableView
{
    Q_OBJECT

public:
    BreakersView(OperatorSession *session, RefreshScheduler *scheduler,
                 std::chrono::milliseconds interval, QWidget *parent = nullptr);

    models::BreakersModel *model() const { return m_model; }
    QPushButton *resetButton() const { return m_resetButton; }
    ActionGate *resetGate() const { return m_gate; }
    // Opens the reset dialog for the selected breaker (signing in first when needed).
    void resetSelected();

signals:
    void resetDialogOpened(eucora::app::BreakerResetDialog *dialog);

protected:
    void fetch() override;
    QString signInText() const override;

private:
    void openResetDialog();

    models::BreakersModel *m_model;
    ActionGate *m_gate;
    QPushButton *m_resetButton;
};

// Opens the reset dialog for `breaker` (the action, its confirmation and audit) and returns it;
// `reset` gets the breaker as read back once the reset is reconciled.
BreakerResetDialog *
openBreakerReset(OperatorSession *session, const controlplane::BreakerStatus &breaker,
                 QWidget *parent, std::function<void(const controlplane::BreakerStatus &)> reset);

} // namespace eucora::app
