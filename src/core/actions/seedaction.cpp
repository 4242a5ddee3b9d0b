#include "actions/seedaction.h"

#include "controlplane/controlplaneclient.h"

namespace eucora::actions {

using namespace controlplane;

namespace {

QString describe(const DemoCounts &c)
{
    return SeedAction::tr("%1 assets, %2 applications, %3 deployments, %4 events, %5 users")
        .arg(c.assets)
        .arg(c.applications)
        .arg(c.deployments)
        .arg(c.events)
        .arg(c.users);
}

} // namespace

SeedAction::SeedAction(ActionContext context, QObject *parent)
    : OperatorAction(std::move(context), QStringLiteral("seed"), QStringLiteral("demo-data"),
                     parent)
{
    transition(ActionState::Drafted, tr("seeding demo data drafted"));
}

bool SeedAction::settled() const
{
    return !m_switchingDemoMode
        && (state() == ActionState::Drafted || state() == ActionState::Rejected
            || state() == ActionState::Reconciled);
}

Refusal SeedAction::confirm(const SeedRequest &request)
{
    if (inFlight(state()))
        return tr("a seed is already in flight");
    if (state() != ActionState::Drafted && state() != ActionState::Rejected)
        return tr("this seed was already sent; start a new one");
    if (request.assets < 0 || request.applications < 0 || request.deployments < 0
        || request.users < 0 || request.events < 0)
        return tr("counts cannot be negative");
    if (Refusal allowed = sendAllowed(); !allowed)
        return allowed;
    m_request = request;
    const Refusal recorded = recordConfirmation(
        tr("confirmed: %1 assets, %2 applications, %3 deployments, %4 events, %5 users%6")
            .arg(request.assets)
            .arg(request.applications)
            .arg(request.deployments)
            .arg(request.events)
            .arg(request.users)
            .arg(request.clearExisting ? tr(", replacing the existing demo data") : QString()));
    if (!recorded)
        return recorded;
    transition(ActionState::Sent,
               request.runsAsTask() ? tr("sent (runs as a server task)")
                                    : tr("sent (runs synchronously)"));
    m_context.client->seed(request, this, [this](const ApiResult<SeedAnswer> &answer) {
        settle<SeedAnswer>(
            answer, tr("reading the demo data back"),
            [this](const SeedAnswer &seed) {
                if (seed.queued) {
                    m_taskId = seed.taskId;
                    transition(ActionState::Accepted, tr("queued as task %1").arg(m_taskId), 202);
                    return pollTask();
                }
                m_counts = seed.counts;
                m_succeeded = true;
                transition(ActionState::Accepted, tr("seeded: %1").arg(describe(*m_counts)), 200);
                checkDemoMode();
            },
            [this] { readBack(tr("after the request without a usable answer"), false); });
    });
    return {};
}

Refusal SeedAction::cancel()
{
    if (m_taskId.isEmpty() || state() != ActionState::Accepted)
        return tr("only a queued seed that is still running can be cancelled");
    m_cancelled = true;
    setMessage(tr("cancelling task %1").arg(m_taskId));
    m_context.client->revokeTask(m_taskId, this, [this](const ApiResult<bool> &r) {
        record(QStringLiteral("seed-cancel"), m_taskId,
               r.ok() ? ActionState::Accepted : ActionState::Rejected,
               r.ok() ? tr("revoke requested") : r.error().summary(),
               r.ok() ? 200 : r.error().httpStatus);
        if (!r.ok()) {
            m_cancelled = false;
            setMessage(tr("the cancel failed (%1); the seed goes on").arg(r.error().summary()));
        }
    });
    return {};
}

void SeedAction::pollTask()
{
    followTask(
        m_taskId, tr("queued; following the task"),
        [this](const TaskStatus &t) {
            if (t.is(TaskState::Success)) {
                m_succeeded = true;
                m_cancelled = false; // the cancel came too late
                const QJsonObject counts = t.result.value(QStringLiteral("counts")).toObject();
                if (counts.isEmpty())
                    return readBack(tr("seeded"), true);
                m_counts = decodeDemoCounts(counts);
                checkDemoMode();
            } else if (t.is(TaskState::Revoked)) {
                m_cancelled = true;
                readBack(tr("cancelled"), false);
            } else {
                readBack(tr("the seed failed: %1").arg(t.error), false);
            }
        },
        [this](const QString &why) { readBack(why, false); });
}

void SeedAction::readBack(const QString &outcomePrefix, bool succeeded)
{
    m_context.client->demoStats(
        this, [this, outcomePrefix, succeeded](const ApiResult<DemoStats> &r) {
            m_succeeded = succeeded;
            if (!r.ok()) {
                transition(ActionState::Reconciled,
                           tr("%1; the demo data could not be read back (%2)")
                               .arg(outcomePrefix, r.error().summary()));
                return;
            }
            m_counts = r.value().counts;
            m_demoMode = r.value().demoModeEnabled;
            transition(ActionState::Reconciled,
                       tr("%1; demo data now: %2").arg(outcomePrefix, describe(*m_counts)), 200);
            if (succeeded && !r.value().demoModeEnabled)
                emit demoModeOffered();
        });
}

void SeedAction::checkDemoMode()
{
    const QString seeded = tr("seeded: %1").arg(describe(*m_counts));
    m_context.client->demoMode(this, [this, seeded](const ApiResult<bool> &r) {
        if (!r.ok()) {
            transition(ActionState::Reconciled,
                       tr("%1; demo mode unknown (%2)").arg(seeded, r.error().summary()));
            return;
        }
        m_demoMode = r.value();
        transition(ActionState::Reconciled,
                   r.value() ? seeded
                             : tr("%1; demo mode is off, so the new rows are hidden").arg(seeded),
                   200);
        if (!r.value())
            emit demoModeOffered();
    });
}

void SeedAction::enableDemoMode()
{
    record(QStringLiteral("demo-mode"), QStringLiteral("on"), ActionState::Sent,
           tr("switching demo mode on"), 0);
    m_switchingDemoMode = true;
    m_context.client->setDemoMode(true, this, [this](const ApiResult<bool> &r) {
        m_switchingDemoMode = false;
        if (r.ok()) {
            m_demoModeError.clear();
            m_demoMode = r.value();
            record(QStringLiteral("demo-mode"), QStringLiteral("on"), ActionState::Accepted,
                   r.value() ? tr("demo mode is on") : tr("demo mode is still off"), 200);
            emit demoModeChanged(r.value());
        } else {
            record(QStringLiteral("demo-mode"), QStringLiteral("on"),
                   outcomeUnknown(r.error()) ? ActionState::Unknown : ActionState::Rejected,
                   r.error().summary(), r.error().httpStatus);
            m_demoModeError = r.error().summary();
            setMessage(tr("demo mode could not be switched on: %1").arg(m_demoModeError));
            emit demoModeChanged(m_demoMode.value_or(false));
        }
        checkRelease();
    });
}

} // namespace eucora::actions
