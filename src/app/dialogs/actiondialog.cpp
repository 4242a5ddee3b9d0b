#include "dialogs/actiondialog.h"

#include "actions/operatoraction.h"

#include <QLabel>
#include <QProgressBar>

namespace eucora::app {

using actions::ActionState;

ActionDialog::ActionDialog(QWidget *parent)
    : QDialog(parent)
{ }

void ActionDialog::setStatusWidgets(const StatusWidgets &widgets)
{
    m_status = widgets;
}

QString ActionDialog::stateText() const
{
    return m_status.state->text();
}

QString ActionDialog::messageText() const
{
    return m_status.message->text();
}

void ActionDialog::showStatus(const actions::OperatorAction &action, ActionState state,
                              const OwnTitles &own, const QString &refusal)
{
    QString title;
    switch (state) {
    case ActionState::Drafted:
        title = tr("Not sent yet.");
        break;
    case ActionState::Confirmed:
    case ActionState::Sent:
        title = tr("Sending…");
        break;
    case ActionState::Accepted:
        title = own.accepted;
        break;
    case ActionState::Rejected:
        title = tr("Refused by the control plane.");
        break;
    case ActionState::Unknown:
        title = own.unknown;
        break;
    case ActionState::Reconciled:
        title = own.reconciled;
        break;
    }
    m_status.state->setText(refusal.isEmpty() ? title : tr("Not sent: %1").arg(refusal));

    QString message = action.message();
    if (!action.auditError().isEmpty())
        message += QLatin1Char('\n')
            + tr("The audit log could not be written: %1").arg(action.auditError());
    m_status.message->setText(message);
    m_status.outcome->setVisible(state != ActionState::Drafted || !refusal.isEmpty());
}

void ActionDialog::showProgress(const QString &phase, int done, int total)
{
    m_status.progress->setVisible(true);
    if (total <= 0) {
        m_status.progress->setRange(0, 0);
        return;
    }
    m_status.progress->setRange(0, total);
    m_status.progress->setValue(done);
    m_status.progress->setFormat(tr("%1: %2 of %3").arg(phase).arg(done).arg(total));
}

void ActionDialog::showEnded(bool succeeded)
{
    m_status.progress->setRange(0, 1);
    m_status.progress->setValue(succeeded ? 1 : 0);
    m_status.progress->setFormat(succeeded ? tr("done") : tr("stopped"));
}

} // namespace eucora::app
