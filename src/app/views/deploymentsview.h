// The deployments table of the control plane with "Roll back…" for the selected row.
#pragma once

#include "controlplane/apimodels.h"
#include "views/polledtableview.h"

class QAction;

class QPushButton;

namespace eucora::models {
class DeploymentsModel;
}

namespace eucora::app {

class ActionGate;
class RollbackDialog;

class DeploymentsView : public PolledTableView
{
    Q_OBJECT

public:
    DeploymentsView(OperatorSession *session, RefreshScheduler *scheduler,
                    std::chrono::milliseconds interval, QWidget *parent = nullptr);

    models::DeploymentsModel *model() const { return m_model; }
    QPushButton *rollbackButton() const { return m_rollbackButton; }
    ActionGate *rollbackGate() const { return m_gate; }
    // The filters above the table: status, target ring, application (empty: any), and text.
    void setFilters(const QString &status, const QString &ring, const QString &app,
                    const QString &text);
    // "By status: 12 DEPLOYING · 4 AWAITING_CAB · …" of every listed row.
    QString countsText() const;
    // Opens the rollback dialog for the selected row (signing in first when needed).
    void rollBackSelected();
    // Opens the rollback dialog for `target`; the caller's ActionGate has let it through (the
    // detail pane's button).
    void rollBack(const controlplane::DeploymentSummary &target);

signals:
    void rollbackDialogOpened(eucora::app::RollbackDialog *dialog);
    // A rollback of `correlationId` was refused or has been reconciled.
    void rollbackSettled(const QString &correlationId);

protected:
    void fetch() override;
    QString signInText() const override;

private:
    void createFilters();
    QString filterSummaryText() const override;

    void showContextMenu(const QPoint &position);

    models::DeploymentsModel *m_model;
    ActionGate *m_gate;
    QPushButton *m_rollbackButton;
    QAction *m_rollbackEntry;
};

} // namespace eucora::app
