// Confirming and following the rollback of one deployment (contract 11.1). The dialog only
// shows a RollbackAction and forwards the operator's decisions to it: the action decides what
// is sent. Closing the dialog while a request is in flight cancels and resends nothing.
#pragma once

#include "controlplane/apimodels.h"
#include "dialogs/actiondialog.h"

#include <QPointer>

#include <memory>

namespace Ui {
class RollbackDialog;
}

namespace eucora::actions {
class RollbackAction;
}

namespace eucora::app {

class RollbackEvidence;

class RollbackDialog : public ActionDialog
{
    Q_OBJECT

public:
    // `action` is not owned: it outlives the dialog when the operator closes it mid-flight.
    explicit RollbackDialog(actions::RollbackAction *action, QWidget *parent = nullptr);
    ~RollbackDialog() override;

    QString findingText() const;
    // Shows `evidence` between the deployment and the reason, growing as it loads; the dialog
    // owns it.
    void addEvidence(RollbackEvidence *evidence);
    RollbackEvidence *evidence() const { return m_evidence; }
    const controlplane::DeploymentSummary &target() const { return m_target; }

private:
    void limitReason();
    void updateButtons();
    void confirm();
    void tryAgain();
    void checkAgain();
    void showState(actions::ActionState state);
    QString describeFinding() const;
    bool following() const;

    std::unique_ptr<Ui::RollbackDialog> m_ui;
    QPointer<actions::RollbackAction> m_action;
    controlplane::DeploymentSummary m_target;
    RollbackEvidence *m_evidence = nullptr;
    bool m_sawUnknown = false;
    QString m_refusal; // why the action refused the last click, shown until the next state
};

} // namespace eucora::app
