#include "dialogs/seeddialog.h"

#include "actions/seedaction.h"
#include "dialogs/dialoglayout.h"
#include "ui_seeddialog.h"

#include <QCoreApplication>
#include <QPushButton>

namespace eucora::app {

using actions::ActionState;

QString describeDemoCounts(const controlplane::DemoCounts &counts)
{
    const std::pair<int, const char *> kinds[] = {
        {counts.assets, QT_TRANSLATE_NOOP("eucora::app::SeedDialog", "%1 assets")},
        {counts.applications, QT_TRANSLATE_NOOP("eucora::app::SeedDialog", "%1 applications")},
        {counts.deployments, QT_TRANSLATE_NOOP("eucora::app::SeedDialog", "%1 deployments")},
        {counts.ringDeployments,
         QT_TRANSLATE_NOOP("eucora::app::SeedDialog", "%1 ring deployments")},
        {counts.cabApprovals, QT_TRANSLATE_NOOP("eucora::app::SeedDialog", "%1 CAB approvals")},
        {counts.evidencePacks, QT_TRANSLATE_NOOP("eucora::app::SeedDialog", "%1 evidence packs")},
        {counts.events, QT_TRANSLATE_NOOP("eucora::app::SeedDialog", "%1 events")},
        {counts.users, QT_TRANSLATE_NOOP("eucora::app::SeedDialog", "%1 users")},
    };
    QStringList parts;
    for (const auto &[count, text] : kinds) {
        if (count >= 0)
            parts << SeedDialog::tr(text).arg(count);
    }
    return parts.join(QStringLiteral(", "));
}

SeedDialog::SeedDialog(actions::SeedAction *action, QWidget *parent)
    : ActionDialog(parent)
    , m_ui(std::make_unique<Ui::SeedDialog>())
    , m_action(action)
{
    m_ui->setupUi(this);
    setStatusWidgets({m_ui->stateLabel, m_ui->messageLabel, m_ui->outcomeBox, m_ui->progressBar});
    const controlplane::SeedRequest defaults;
    m_ui->assets->setValue(defaults.assets);
    m_ui->applications->setValue(defaults.applications);
    m_ui->deployments->setValue(defaults.deployments);
    m_ui->users->setValue(defaults.users);
    m_ui->events->setValue(defaults.events);
    m_ui->clearExisting->setChecked(defaults.clearExisting);
    m_ui->inBackground->setChecked(defaults.forceAsync);
    m_ui->demoModeBox->hide();
    m_ui->cancelTaskButton->hide();

    for (QSpinBox *box :
         {m_ui->assets, m_ui->applications, m_ui->deployments, m_ui->users, m_ui->events})
        connect(box, &QSpinBox::valueChanged, this, &SeedDialog::updateHints);
    connect(m_ui->clearExisting, &QCheckBox::toggled, this, &SeedDialog::updateHints);
    connect(m_ui->inBackground, &QCheckBox::toggled, this, &SeedDialog::updateHints);
    connect(m_ui->seedButton, &QPushButton::clicked, this, &SeedDialog::seed);
    connect(m_ui->cancelTaskButton, &QPushButton::clicked, this, &SeedDialog::cancelTask);
    connect(m_ui->demoModeOnButton, &QPushButton::clicked, this, &SeedDialog::enableDemoMode);
    connect(action, &actions::OperatorAction::stateChanged, this, &SeedDialog::showState);
    connect(action, &actions::OperatorAction::progress, this, &SeedDialog::showProgress);
    connect(action, &actions::SeedAction::demoModeOffered, this, &SeedDialog::offerDemoMode);
    connect(action, &actions::SeedAction::demoModeChanged, this, &SeedDialog::showDemoMode);
    // A failed cancel, or task progress text, arrives without a state change.
    connect(action, &actions::OperatorAction::messageChanged, this, [this](const QString &text) {
        m_ui->messageLabel->setText(text);
        m_ui->messageLabel->setVisible(true);
    });
    connect(action, &QObject::destroyed, this, &SeedDialog::updateButtons);

    updateHints();
    showState(action->state());
}

SeedDialog::~SeedDialog() = default;

controlplane::SeedRequest SeedDialog::request() const
{
    controlplane::SeedRequest request;
    request.assets = m_ui->assets->value();
    request.applications = m_ui->applications->value();
    request.deployments = m_ui->deployments->value();
    request.users = m_ui->users->value();
    request.events = m_ui->events->value();
    request.clearExisting = m_ui->clearExisting->isChecked();
    request.forceAsync = m_ui->inBackground->isChecked();
    return request;
}

QString SeedDialog::countsText() const
{
    return m_ui->countsLabel->isHidden() ? QString() : m_ui->countsLabel->text();
}

void SeedDialog::updateHints()
{
    const controlplane::SeedRequest r = request();
    m_ui->warningLabel->setText(
        r.clearExisting ? tr("Seeding replaces the existing demo data: every demo row is deleted "
                             "first. Real data is not touched.")
                        : tr("Existing demo data is kept; each kind is topped up to these "
                             "totals."));
    m_ui->modeHint->setText(r.runsAsTask()
                                ? tr("Runs as a task on the server: progress is shown and the "
                                     "task can be cancelled.")
                                : tr("Runs inside the request (%1 items): the answer can take up "
                                     "to a few minutes.")
                                      .arg(r.total()));
}

void SeedDialog::updateButtons()
{
    const bool alive = m_action;
    const ActionState state = alive ? m_action->state() : ActionState::Drafted;
    const bool editable
        = alive && (state == ActionState::Drafted || state == ActionState::Rejected);
    m_ui->seedButton->setEnabled(editable);
    for (QWidget *input : std::initializer_list<QWidget *> {
             m_ui->assets, m_ui->applications, m_ui->deployments, m_ui->users, m_ui->events,
             m_ui->clearExisting, m_ui->inBackground})
        input->setEnabled(editable);
    const bool cancellable = alive && m_action->queued() && state == ActionState::Accepted;
    m_ui->cancelTaskButton->setVisible(alive && m_action->queued());
    m_ui->cancelTaskButton->setEnabled(cancellable && !m_cancelRequested);
}

void SeedDialog::seed()
{
    if (!m_action || !m_ui->seedButton->isEnabled())
        return;
    m_ui->seedButton->setEnabled(false); // before anything is sent: a second click finds nothing
    m_refusal.clear();
    if (const actions::Refusal confirmed = m_action->confirm(request()); !confirmed) {
        m_refusal = confirmed.error();
        showState(m_action->state());
    }
}

void SeedDialog::cancelTask()
{
    if (!m_action)
        return;
    const actions::Refusal cancelled = m_action->cancel();
    m_cancelRequested = cancelled.ok();
    m_ui->messageLabel->setText(m_cancelRequested ? tr("Cancelling the task…") : cancelled.error());
    updateButtons();
}

void SeedDialog::showState(ActionState state)
{
    if (!m_action)
        return;
    const QString accepted = m_action->queued()
        ? tr("Queued: seeding runs as task %1.").arg(m_action->taskId())
        : tr("Seeded; checking demo mode…");
    const QString reconciled = m_action->succeeded() ? tr("Seeded.")
        : m_action->cancelled()                      ? tr("Cancelled.")
                                                     : tr("The seed did not complete.");
    showStatus(*m_action, state,
               {accepted, tr("No answer: the outcome is unknown; reading the demo data back…"),
                reconciled},
               m_refusal);
    // After a good seed the counts below say everything the action's sentence would repeat.
    const bool done = state == ActionState::Reconciled && m_action->succeeded()
        && m_action->counts() && m_action->auditError().isEmpty();
    m_ui->messageLabel->setVisible(!done);

    const bool running = actions::inFlight(state) || state == ActionState::Unknown;
    m_ui->progressBar->setVisible(running
                                  || (state == ActionState::Reconciled && m_action->queued()));
    if (running && m_ui->progressBar->value() <= 0)
        m_ui->progressBar->setRange(0, 0); // busy until the task reports progress
    if (state == ActionState::Reconciled)
        showEnded(m_action->succeeded());
    if (m_action->counts()) {
        m_ui->countsLabel->setText(
            tr("Demo data now: %1").arg(describeDemoCounts(*m_action->counts())));
        m_ui->countsLabel->show();
    } else {
        m_ui->countsLabel->hide();
    }
    updateButtons();
    growToFitContents(this);
}

void SeedDialog::offerDemoMode()
{
    m_ui->demoModeQuestion->setText(
        tr("Demo mode is off, so the new rows are hidden. Turn demo mode on?"));
    m_ui->demoModeOnButton->show();
    m_ui->demoModeOnButton->setEnabled(true);
    m_ui->demoModeOffButton->show();
    m_ui->demoModeBox->show();
    growToFitContents(this);
}

void SeedDialog::enableDemoMode()
{
    if (!m_action)
        return;
    m_ui->demoModeOnButton->setEnabled(false);
    m_ui->demoModeQuestion->setText(tr("Switching demo mode on…"));
    m_action->enableDemoMode();
}

void SeedDialog::showDemoMode(bool enabled)
{
    const QString failure = m_action ? m_action->demoModeError() : QString();
    m_ui->demoModeQuestion->setText(
        enabled                 ? tr("Demo mode is on: the new rows are visible.")
            : failure.isEmpty() ? tr("Demo mode is still off: the server did not switch it on.")
                                : tr("Demo mode could not be switched on: %1").arg(failure));
    m_ui->demoModeOnButton->setVisible(!enabled);
    m_ui->demoModeOnButton->setEnabled(!enabled);
    m_ui->demoModeOffButton->setVisible(!enabled);
    m_ui->demoModeBox->show();
}

} // namespace eucora::app
