#include "dialogs/breakerresetdialog.h"

#include "actions/breakerresetaction.h"
#include "dialogs/dialoglayout.h"
#include "ui_breakerresetdialog.h"

#include <QPushButton>

namespace eucora::app {

using actions::ActionState;

BreakerResetDialog::BreakerResetDialog(actions::BreakerResetAction *action,
                                       const controlplane::BreakerStatus &breaker, QWidget *parent)
    : ActionDialog(parent)
    , m_ui(std::make_unique<Ui::BreakerResetDialog>())
    , m_action(action)
{
    m_ui->setupUi(this);
    setStatusWidgets({m_ui->stateLabel, m_ui->messageLabel, m_ui->outcomeBox});
    showBreaker(breaker);
    if (breaker.service.isEmpty())
        m_ui->service->setText(action->service());
    connect(m_ui->resetButton, &QPushButton::clicked, this, &BreakerResetDialog::reset);
    connect(action, &actions::OperatorAction::stateChanged, this, &BreakerResetDialog::showState);
    showState(action->state());
}

BreakerResetDialog::~BreakerResetDialog() = default;

QString BreakerResetDialog::resultText() const
{
    return m_ui->resultLabel->isHidden() ? QString() : m_ui->resultLabel->text();
}

void BreakerResetDialog::showBreaker(const controlplane::BreakerStatus &breaker)
{
    m_ui->service->setText(breaker.service);
    m_ui->state->setText(breaker.state);
    m_ui->failures->setText(tr("%1 of %2").arg(breaker.failCounter).arg(breaker.failMax));
    m_ui->resetTimeout->setText(tr("%1 s").arg(breaker.resetTimeoutSeconds));
}

void BreakerResetDialog::reset()
{
    if (!m_action || !m_ui->resetButton->isEnabled())
        return;
    m_ui->resetButton->setEnabled(false); // before the POST: a second click finds nothing
    m_refusal.clear();
    if (const actions::Refusal confirmed = m_action->confirm(); !confirmed) {
        m_refusal = confirmed.error();
        showState(m_action->state());
    }
}

void BreakerResetDialog::showState(ActionState state)
{
    if (!m_action)
        return;
    showStatus(*m_action, state,
               {tr("Reset; reading the breaker back…"),
                tr("No answer: the outcome is unknown; reading the breaker back…"),
                m_action->succeeded() ? tr("Reset.") : tr("The reset did not take effect.")},
               m_refusal);
    // Once read back, the breaker itself says it; the action's sentence would repeat it.
    m_ui->messageLabel->setVisible(!m_action->breakerAfter() || !m_action->auditError().isEmpty());

    if (const auto &after = m_action->breakerAfter()) {
        m_ui->resultLabel->setText(tr("Now: %1, %2 of %3 failures")
                                       .arg(after->state)
                                       .arg(after->failCounter)
                                       .arg(after->failMax));
        m_ui->resultLabel->show();
        showBreaker(*after);
    } else {
        m_ui->resultLabel->hide();
    }
    m_ui->resetButton->setEnabled(state == ActionState::Drafted || state == ActionState::Rejected);
    growToFitContents(this);
}

} // namespace eucora::app
