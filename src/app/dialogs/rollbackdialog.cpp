#include "dialogs/rollbackdialog.h"

#include "actions/rollbackaction.h"
#include "dialogs/dialoglayout.h"
#include "dialogs/rollbackevidence.h"
#include "ui_rollbackdialog.h"

#include <QGroupBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace eucora::app {

using actions::ActionState;
using actions::RollbackFinding;

namespace {

constexpr int kMaxReason = 1000; // contract 11.1: reason is 1-1000 characters

} // namespace

RollbackDialog::RollbackDialog(actions::RollbackAction *action, QWidget *parent)
    : ActionDialog(parent)
    , m_ui(std::make_unique<Ui::RollbackDialog>())
    , m_action(action)
    , m_target(action->target())
{
    m_ui->setupUi(this);
    setStatusWidgets({m_ui->stateLabel, m_ui->messageLabel, m_ui->outcomeBox, m_ui->progressBar});
    const controlplane::DeploymentSummary &target = action->target();
    m_ui->appName->setText(target.appName);
    m_ui->version->setText(target.version);
    m_ui->ring->setText(target.targetRing);
    m_ui->status->setText(target.status);
    m_ui->correlationId->setText(target.correlationId);
    m_ui->confirmCaption->setText(
        tr("Type the application name <b>%1</b> to confirm:").arg(target.appName.toHtmlEscaped()));
    m_ui->confirmCaption->setTextFormat(Qt::RichText);
    m_ui->tryAgainButton->hide();
    m_ui->checkAgainButton->hide();

    connect(m_ui->reason, &QPlainTextEdit::textChanged, this, &RollbackDialog::limitReason);
    connect(m_ui->confirmName, &QLineEdit::textChanged, this, &RollbackDialog::updateButtons);
    connect(m_ui->rollbackButton, &QPushButton::clicked, this, &RollbackDialog::confirm);
    connect(m_ui->tryAgainButton, &QPushButton::clicked, this, &RollbackDialog::tryAgain);
    connect(m_ui->checkAgainButton, &QPushButton::clicked, this, &RollbackDialog::checkAgain);
    connect(action, &actions::OperatorAction::stateChanged, this, &RollbackDialog::showState);
    connect(action, &actions::OperatorAction::progress, this, &RollbackDialog::showProgress);
    // The action lives on when the dialog closes; a deleted action leaves a dead dialog.
    connect(action, &QObject::destroyed, this, &RollbackDialog::updateButtons);

    limitReason();
    showState(action->state());
}

RollbackDialog::~RollbackDialog() = default;

void RollbackDialog::addEvidence(RollbackEvidence *evidence)
{
    m_evidence = evidence;
    connect(evidence, &RollbackEvidence::loadedChanged, this, [this] {
        if (layout())
            layout()->activate();
        resize(width(), std::max(height(), sizeHint().height()));
    });
    auto *box = new QGroupBox(tr("Evidence"), this);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(evidence);
    m_ui->layout->insertWidget(m_ui->layout->indexOf(m_ui->reasonCaption), box);
}

QString RollbackDialog::findingText() const
{
    return m_ui->findingLabel->isHidden() ? QString() : m_ui->findingLabel->text();
}

void RollbackDialog::limitReason()
{
    const QString text = m_ui->reason->toPlainText();
    if (text.size() > kMaxReason) {
        m_ui->reason->setPlainText(text.left(kMaxReason));
        m_ui->reason->moveCursor(QTextCursor::End);
        return; // setPlainText comes back here
    }
    m_ui->reasonCount->setText(tr("%1 of %2 characters").arg(text.size()).arg(kMaxReason));
    updateButtons();
}

bool RollbackDialog::following() const
{
    return m_action && m_action->accepted() && !m_action->finished();
}

void RollbackDialog::updateButtons()
{
    const bool alive = m_action;
    const ActionState state = alive ? m_action->state() : ActionState::Drafted;
    // A confirmation is possible before the first one and after the server said no.
    const bool confirmable = alive && !m_sawUnknown && !m_action->accepted()
        && (state == ActionState::Drafted || state == ActionState::Rejected);
    const bool typed = !m_ui->reason->toPlainText().trimmed().isEmpty()
        && m_ui->confirmName->text() == m_ui->appName->text();
    m_ui->rollbackButton->setEnabled(confirmable && typed);
    m_ui->reason->setReadOnly(!confirmable);
    m_ui->confirmName->setReadOnly(!confirmable);

    const bool retry = alive && m_action->canTryAgain();
    m_ui->tryAgainButton->setVisible(m_sawUnknown);
    m_ui->checkAgainButton->setVisible(m_sawUnknown);
    m_ui->tryAgainButton->setEnabled(retry);
    m_ui->checkAgainButton->setEnabled(retry);
    m_ui->tryAgainButton->setToolTip(
        retry ? tr("Sends the same request again with the same Idempotency-Key: a server that "
                   "already has it answers with its first acceptance and does nothing twice")
              : tr("Not now: a request is on its way, the outcome is being read back, or the "
                   "rollback has ended"));
}

void RollbackDialog::confirm()
{
    if (!m_action || !m_ui->rollbackButton->isEnabled())
        return;
    // Disabled before anything is sent, so a second click has nothing to press.
    m_ui->rollbackButton->setEnabled(false);
    m_refusal.clear();
    if (const actions::Refusal confirmed = m_action->confirm(m_ui->reason->toPlainText());
        !confirmed) {
        m_refusal = confirmed.error();
        showState(m_action->state());
    }
}

void RollbackDialog::tryAgain()
{
    if (!m_action)
        return;
    m_ui->tryAgainButton->setEnabled(false);
    m_ui->checkAgainButton->setEnabled(false);
    m_refusal.clear();
    if (const actions::Refusal sent = m_action->tryAgain(); !sent) {
        m_refusal = sent.error();
        showState(m_action->state());
    }
}

void RollbackDialog::checkAgain()
{
    if (!m_action)
        return;
    m_ui->tryAgainButton->setEnabled(false);
    m_ui->checkAgainButton->setEnabled(false);
    m_ui->findingLabel->setText(tr("Reading the deployment and its events back…"));
    m_ui->findingLabel->show();
    m_action->reconcile();
}

void RollbackDialog::showState(ActionState state)
{
    if (!m_action)
        return;
    if (state == ActionState::Unknown)
        m_sawUnknown = true;
    if (state != ActionState::Drafted)
        m_refusal.clear();

    QString reconciled;
    if (m_action->finished())
        reconciled
            = m_action->succeeded() ? tr("Rolled back.") : tr("The rollback did not complete.");
    else if (m_action->accepted())
        reconciled = tr("The server has the rollback; following its task.");
    else
        reconciled = tr("Checked: the control plane did not receive the request.");
    showStatus(*m_action, state,
               {tr("Accepted: the rollback task is running."),
                tr("No answer: the outcome is unknown."), reconciled},
               m_refusal);

    const QString finding = describeFinding();
    m_ui->findingLabel->setText(finding);
    m_ui->findingLabel->setVisible(!finding.isEmpty());

    const bool ended = m_action->finished() && m_action->accepted();
    const bool running = state == ActionState::Accepted || following();
    m_ui->progressBar->setVisible(running || ended);
    if (running && m_ui->progressBar->maximum() != 0 && m_ui->progressBar->value() <= 0)
        m_ui->progressBar->setRange(0, 0); // busy until the task reports progress
    if (ended)
        showEnded(m_action->succeeded());
    updateButtons();
    growToFitContents(this);
}

QString RollbackDialog::describeFinding() const
{
    if (!m_action || !m_action->finding())
        return m_action && m_action->state() == ActionState::Unknown
            ? tr("Reading the deployment and its events back…")
            : QString();
    const RollbackFinding &finding = *m_action->finding();
    switch (finding.received) {
    case RollbackFinding::Received::Yes:
        return tr("Finding: the control plane received this rollback (task %1, started %2); "
                  "deployment status %3. Nothing needs to be sent again; \"Try again\" would "
                  "only get the same acceptance back.")
            .arg(finding.taskId,
                 finding.initiatedAt.toLocalTime().toString(QStringLiteral("HH:mm:ss t")),
                 finding.deploymentStatus);
    case RollbackFinding::Received::No:
        return tr("Finding: the control plane has no record of this rollback; deployment status "
                  "%1. \"Try again\" sends the same request with the same Idempotency-Key.")
            .arg(finding.deploymentStatus);
    case RollbackFinding::Received::CannotTell:
        return tr("Finding: the deployment could not be read back, so the outcome is still "
                  "unknown. Check again before trying again.");
    }
    return {};
}

} // namespace eucora::app
