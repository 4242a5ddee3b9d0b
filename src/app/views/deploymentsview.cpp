#include "views/deploymentsview.h"

#include "actions/rollbackaction.h"
#include "controlplane/controlplaneclient.h"
#include "dialogs/rollbackdialog.h"
#include "models/deploymentsmodel.h"
#include "session/actiongate.h"
#include "session/operatorsession.h"
#include "views/tonedsortmodel.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTableView>

namespace eucora::app {

using actions::ActionState;

DeploymentsView::DeploymentsView(OperatorSession *session, RefreshScheduler *scheduler,
                                 std::chrono::milliseconds interval, QWidget *parent)
    : PolledTableView(session, scheduler, QStringLiteral("controlplane/deployments"), interval,
                      new models::DeploymentsModel, parent)
    , m_model(static_cast<models::DeploymentsModel *>(sourceModel()))
    , m_gate(new ActionGate(session, actions::ActionKind::Rollback, this))
    , m_rollbackEntry(new QAction(tr("&Roll back…"), this))
{
    m_gate->setPrecondition([this] {
        return selectedKey().isEmpty() ? tr("select a deployment to roll back") : QString();
    });
    m_rollbackButton = addGatedButton(tr("Roll back…"), m_gate);
    m_rollbackButton->setObjectName(QStringLiteral("rollbackButton"));
    m_gate->attach(m_rollbackEntry);
    connect(m_rollbackButton, &QPushButton::clicked, this, &DeploymentsView::rollBackSelected);
    connect(m_rollbackEntry, &QAction::triggered, this, &DeploymentsView::rollBackSelected);
    connect(this, &PolledTableView::selectionChanged, m_gate, &ActionGate::refresh);
    table()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(table(), &QWidget::customContextMenuRequested, this, &DeploymentsView::showContextMenu);
    QHeaderView *header = table()->horizontalHeader();
    header->resizeSection(models::DeploymentsModel::Id, 280);
    header->resizeSection(models::DeploymentsModel::App, 180);
    header->resizeSection(models::DeploymentsModel::Version, 120);
    header->resizeSection(models::DeploymentsModel::Ring, 100);
    header->resizeSection(models::DeploymentsModel::Status, 120);
    header->resizeSection(models::DeploymentsModel::Risk, 50);
    createFilters();
}

void DeploymentsView::createFilters()
{
    QStringList statuses;
    for (int s = 0; s <= int(controlplane::DeploymentStatus::RolledBack); ++s)
        statuses << controlplane::toString(controlplane::DeploymentStatus(s));
    using M = models::DeploymentsModel;
    addFilterRow(
        {{M::Status, QStringLiteral("statusFilter"), tr("Any status"), statuses},
         {M::Ring, QStringLiteral("ringFilter"), tr("Any ring"), controlplane::allRingNames()},
         {M::App, QStringLiteral("appFilter"), tr("Any application"), {}}});
}

void DeploymentsView::setFilters(const QString &status, const QString &ring, const QString &app,
                                 const QString &text)
{
    PolledTableView::setFilters({status, ring, app}, text);
}

QString DeploymentsView::filterSummaryText() const
{
    return countsText();
}

QString DeploymentsView::countsText() const
{
    std::map<QString, int> counts;
    for (const controlplane::DeploymentSummary &d : m_model->rows())
        ++counts[d.status];
    QStringList parts;
    for (int s = 0; s <= int(controlplane::DeploymentStatus::RolledBack); ++s) {
        const QString name = controlplane::toString(controlplane::DeploymentStatus(s));
        if (const auto it = counts.find(name); it != counts.end()) {
            parts << QStringLiteral("%1 %2").arg(it->second).arg(name);
            counts.erase(it);
        }
    }
    for (const auto &[name, count] : counts) // words this console does not know
        parts << QStringLiteral("%1 %2").arg(count).arg(name);
    const QString shown = PolledTableView::filterSummaryText();
    return (shown.isEmpty() ? QString() : shown + QStringLiteral(" · "))
        + parts.join(QStringLiteral(" · "));
}

QString DeploymentsView::signInText() const
{
    return tr("Sign in to the control plane to see its deployments.");
}

void DeploymentsView::fetch()
{
    m_session->client()->deployments(
        {}, this,
        [this](
            const controlplane::ApiResult<std::vector<controlplane::DeploymentSummary>> &result) {
            if (!result.ok()) {
                fetchFailed(result.error());
                return;
            }
            const int count = int(result.value().size());
            keepSelection([this, &result] { m_model->setDeployments(result.value()); });
            updateFilterChoices();
            m_gate->refresh();
            // EUCORA lists at most the newest 100, and demo mode decides which rows those are.
            QString summary = count >= 100
                ? tr("Deployments: the newest %1 (older ones are not listed)").arg(count)
                : tr("Deployments: %1").arg(count);
            m_session->client()->demoReadiness(
                this,
                [this, summary](const controlplane::ApiResult<controlplane::DemoReadiness> &demo) {
                    if (!demo.ok())
                        return fetchSucceeded(tr("%1 · demo mode unknown").arg(summary));
                    fetchSucceeded(demo.value().demoModeEnabled
                                       ? tr("%1 · demo mode on: demo rows only").arg(summary)
                                       : tr("%1 · demo mode off: real rows only").arg(summary));
                });
        });
}

void DeploymentsView::showContextMenu(const QPoint &position)
{
    const QModelIndex index = table()->indexAt(position);
    if (!index.isValid())
        return;
    table()->selectRow(index.row());
    QMenu menu(this);
    menu.addAction(m_rollbackEntry);
    menu.exec(table()->viewport()->mapToGlobal(position));
}

void DeploymentsView::rollBackSelected()
{
    m_gate->run(this, [this] {
        if (const controlplane::DeploymentSummary *target = m_model->find(selectedKey()))
            rollBack(*target);
    });
}

void DeploymentsView::rollBack(const controlplane::DeploymentSummary &target)
{
    // The view owns the action: it goes on (and is audited) after the dialog is closed.
    auto *action = new actions::RollbackAction(m_session->actionContext(), target, this);
    auto *dialog = new RollbackDialog(action, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = target.correlationId;
    connect(action, &actions::OperatorAction::stateChanged, this, [this, id](ActionState state) {
        if (state == ActionState::Rejected || state == ActionState::Reconciled) {
            m_session->recheck(); // a rollback that met an HTML 404 disables the action
            refreshNow();
            emit rollbackSettled(id);
        }
    });
    // Once the operator closed the dialog, the action goes as soon as nothing is in flight.
    connect(dialog, &QDialog::finished, action, &actions::OperatorAction::releaseWhenSettled);
    emit rollbackDialogOpened(dialog);
    dialog->open();
}

} // namespace eucora::app
