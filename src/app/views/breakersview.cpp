#include "views/breakersview.h"

#include "actions/breakerresetaction.h"
#include "controlplane/controlplaneclient.h"
#include "dialogs/breakerresetdialog.h"
#include "models/breakersmodel.h"
#include "session/actiongate.h"
#include "session/operatorsession.h"

#include <QHeaderView>
#include <QPushButton>
#include <QTableView>

namespace eucora::app {

using actions::ActionState;

BreakersView::BreakersView(OperatorSession *session, RefreshScheduler *scheduler,
                           std::chrono::milliseconds interval, QWidget *parent)
    : PolledTableView(session, scheduler, QStringLiteral("controlplane/breakers"), interval,
                      new models::BreakersModel, parent)
    , m_model(static_cast<models::BreakersModel *>(sourceModel()))
    , m_gate(new ActionGate(session, actions::ActionKind::BreakerReset, this))
{
    m_gate->setPrecondition(
        [this] { return selectedKey().isEmpty() ? tr("select a breaker to reset") : QString(); });
    m_resetButton = addGatedButton(tr("Reset…"), m_gate);
    m_resetButton->setObjectName(QStringLiteral("resetButton"));
    connect(m_resetButton, &QPushButton::clicked, this, &BreakersView::resetSelected);
    connect(this, &PolledTableView::selectionChanged, m_gate, &ActionGate::refresh);
    QHeaderView *header = table()->horizontalHeader();
    header->resizeSection(models::BreakersModel::Service, 200);
    header->resizeSection(models::BreakersModel::State, 110);
    header->resizeSection(models::BreakersModel::Failures, 110);
}

QString BreakersView::signInText() const
{
    return tr("Sign in to the control plane to see its circuit breakers.");
}

void BreakersView::fetch()
{
    m_session->client()->breakers(
        this,
        [this](const controlplane::ApiResult<std::vector<controlplane::BreakerStatus>> &result) {
            if (!result.ok()) {
                fetchFailed(result.error());
                return;
            }
            keepSelection([this, &result] { m_model->setBreakers(result.value()); });
            m_gate->refresh();
            fetchSucceeded(tr("Breakers: %1 · not closed: %2")
                               .arg(m_model->rowCount())
                               .arg(m_model->notClosedCount()));
        });
}

void BreakersView::resetSelected()
{
    m_gate->run(this, [this] { openResetDialog(); });
}

void BreakersView::openResetDialog()
{
    const controlplane::BreakerStatus *breaker = m_model->find(selectedKey());
    if (!breaker)
        return;
    BreakerResetDialog *dialog = openBreakerReset(
        m_session, *breaker, this,
        [this](const controlplane::BreakerStatus &after) { m_model->updateBreaker(after); });
    emit resetDialogOpened(dialog);
}

BreakerResetDialog *openBreakerReset(OperatorSession *session,
                                     const controlplane::BreakerStatus &breaker, QWidget *parent,
                                     std::function<void(const controlplane::BreakerStatus &)> reset)
{
    auto *action
        = new actions::BreakerResetAction(session->actionContext(), breaker.service, parent);
    auto *dialog = new BreakerResetDialog(action, breaker, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Followed here, not through the dialog: the operator may close it before the answer.
    QObject::connect(action, &actions::OperatorAction::stateChanged, parent,
                     [action, reset = std::move(reset)](ActionState s) {
                         if (s == ActionState::Reconciled && action->breakerAfter() && reset)
                             reset(*action->breakerAfter());
                     });
    // Once the operator closed the dialog, the action goes as soon as nothing is in flight.
    QObject::connect(dialog, &QDialog::finished, action,
                     &actions::OperatorAction::releaseWhenSettled);
    dialog->open();
    return dialog;
}

} // namespace eucora::app
