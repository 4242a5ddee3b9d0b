#include "actions/seedaction.h"

#include "controlplane/controlplaneclient.h"

#include <QCoreApplication>

namespace eucora::actions {

using namespace controlplane;

namespace {

QString trText(const char *text)
{
    return QCoreApplication::translate("eucora::actions::SeedAction", text);
}

QString describe(const DemoCounts &c)
{
    return trText("%1 assets, %2 applications, %3 deployments, %4 events, %5 users")
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
    transition(ActionState::Drafted, trText("seeding demo data drafted"));
}

bool SeedAction::confirm(const SeedRequest &request, QString *why)
{
    const auto refuse = [why](const QString &text) {
        if (why)
            *why = text;
        return false;
    };
    if (inFlight(state()))
        return refuse(trText("a seed is already in flight"));
    if (state() != ActionState::Drafted && state() != ActionState::Rejected)
        return refuse(trText("this seed was already sent; start a new one"));
    if (request.assets < 0 || request.applications < 0 || request.deployments < 0
        || request.users < 0 || request.events < 0)
        return refuse(trText("counts cannot be negative"));
    if (!sendAllowed(why))
        return false;
    m_request = request;
    transition(
        ActionState::Confirmed,
        trText("confirmed: %1 assets, %2 applications, %3 deployments, %4 events, %5 "
               "users%6")
            .arg(request.assets)
            .arg(request.applications)
            .arg(request.deployments)
            .arg(request.events)
            .arg(request.users)
            .arg(request.clearExisting ? trText(", replacing the existing demo data") : QString()));
    if (!confirmationRecorded(why))
        return false;
    transition(ActionState::Sent,
               request.runsAsTask() ? trText("sent (runs as a server task)")
                                    : trText("sent (runs synchronously)"));
    m_context.client->seed(request, this, [this](const Result<SeedAnswer> &answer) {
        if (answer.ok() && !answer.value().queued) {
            m_counts = answer.value().counts;
            m_succeeded = true;
            transition(ActionState::Accepted, trText("seeded: %1").arg(describe(*m_counts)), 200);
            checkDemoMode();
            return;
        }
        if (answer.ok()) {
            m_taskId = answer.value().taskId;
            transition(ActionState::Accepted, trText("queued as task %1").arg(m_taskId), 202);
            pollTask();
            return;
        }
        const ApiError &error = answer.error();
        if (outcomeUnknown(error)) {
            transition(
                ActionState::Unknown,
                trText("no usable answer (%1): reading the demo data back").arg(error.summary()),
                error.httpStatus);
            readBack(trText("after the request without a usable answer"), false);
            return;
        }
        transition(ActionState::Rejected, error.message, error.httpStatus);
    });
    return true;
}

bool SeedAction::cancel(QString *why)
{
    if (m_taskId.isEmpty() || state() != ActionState::Accepted) {
        if (why)
            *why = trText("only a queued seed that is still running can be cancelled");
        return false;
    }
    m_cancelled = true;
    setMessage(trText("cancelling task %1").arg(m_taskId));
    m_context.client->revokeTask(m_taskId, this, [this](const Result<bool> &r) {
        record(QStringLiteral("seed-cancel"), m_taskId,
               r.ok() ? ActionState::Accepted : ActionState::Rejected,
               r.ok() ? trText("revoke requested") : r.error().summary(),
               r.ok() ? 200 : r.error().httpStatus);
        if (!r.ok()) {
            m_cancelled = false;
            setMessage(trText("the cancel failed (%1); the seed goes on").arg(r.error().summary()));
        }
    });
    return true;
}

void SeedAction::pollTask()
{
    followTask(
        m_taskId, trText("queued; following the task"),
        [this](const TaskStatus &t) {
            if (t.state == QLatin1String("SUCCESS")) {
                m_succeeded = true;
                m_cancelled = false; // the cancel came too late
                const QJsonObject counts = t.result.value(QStringLiteral("counts")).toObject();
                if (counts.isEmpty())
                    return readBack(trText("seeded"), true);
                m_counts = decodeDemoCounts(counts);
                checkDemoMode();
            } else if (t.state == QLatin1String("REVOKED")) {
                m_cancelled = true;
                readBack(trText("cancelled"), false);
            } else {
                readBack(trText("the seed failed: %1").arg(t.error), false);
            }
        },
        [this](const QString &why) { readBack(why, false); });
}

void SeedAction::readBack(const QString &outcomePrefix, bool succeeded)
{
    m_context.client->demoStats(this, [this, outcomePrefix, succeeded](const Result<DemoStats> &r) {
        m_succeeded = succeeded;
        if (!r.ok()) {
            transition(ActionState::Reconciled,
                       trText("%1; the demo data could not be read back (%2)")
                           .arg(outcomePrefix, r.error().summary()));
            return;
        }
        m_counts = r.value().counts;
        m_demoMode = r.value().demoModeEnabled;
        transition(ActionState::Reconciled,
                   trText("%1; demo data now: %2").arg(outcomePrefix, describe(*m_counts)), 200);
        if (succeeded && !r.value().demoModeEnabled)
            emit demoModeOffered();
    });
}

void SeedAction::checkDemoMode()
{
    const QString seeded = trText("seeded: %1").arg(describe(*m_counts));
    m_context.client->demoMode(this, [this, seeded](const Result<bool> &r) {
        if (!r.ok()) {
            transition(ActionState::Reconciled,
                       trText("%1; demo mode unknown (%2)").arg(seeded, r.error().summary()));
            return;
        }
        m_demoMode = r.value();
        transition(ActionState::Reconciled,
                   r.value()
                       ? seeded
                       : trText("%1; demo mode is off, so the new rows are hidden").arg(seeded),
                   200);
        if (!r.value())
            emit demoModeOffered();
    });
}

void SeedAction::enableDemoMode()
{
    record(QStringLiteral("demo-mode"), QStringLiteral("on"), ActionState::Sent,
           trText("switching demo mode on"), 0);
    m_context.client->setDemoMode(true, this, [this](const Result<bool> &r) {
        if (r.ok()) {
            m_demoMode = r.value();
            record(QStringLiteral("demo-mode"), QStringLiteral("on"), ActionState::Accepted,
                   r.value() ? trText("demo mode is on") : trText("demo mode is still off"), 200);
            emit demoModeChanged(r.value());
        } else {
            record(QStringLiteral("demo-mode"), QStringLiteral("on"),
                   outcomeUnknown(r.error()) ? ActionState::Unknown : ActionState::Rejected,
                   r.error().summary(), r.error().httpStatus);
            setMessage(trText("demo mode could not be switched on: %1").arg(r.error().summary()));
            emit demoModeChanged(m_demoMode.value_or(false));
        }
    });
}

} // namespace eucora::actions
