#include "actions/seedaction.h"

#include "controlplane/controlplaneclient.h"

#include <QCoreApplication>

namespace eucora::actions {

using namespace controlplane;

namespace {

QString describe(const DemoCounts &c)
{
    return QCoreApplication::translate(
               "eucora::actions::SeedAction",
               "%1 assets, %2 applications, %3 deployments, %4 events, %5 users")
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
    transition(
        ActionState::Drafted,
        QCoreApplication::translate("eucora::actions::SeedAction", "seeding demo data drafted"));
}

bool SeedAction::confirm(const SeedRequest &request, QString *why)
{
    const auto refuse = [why](const QString &text) {
        if (why)
            *why = text;
        return false;
    };
    if (inFlight(state()))
        return refuse(QCoreApplication::translate("eucora::actions::SeedAction",
                                                  "a seed is already in flight"));
    if (state() != ActionState::Drafted && state() != ActionState::Rejected)
        return refuse(QCoreApplication::translate("eucora::actions::SeedAction",
                                                  "this seed was already sent; start a new one"));
    if (request.assets < 0 || request.applications < 0 || request.deployments < 0
        || request.users < 0 || request.events < 0)
        return refuse(QCoreApplication::translate("eucora::actions::SeedAction",
                                                  "counts cannot be negative"));
    if (!sendAllowed(why))
        return false;
    m_request = request;
    transition(ActionState::Confirmed,
               QCoreApplication::translate(
                   "eucora::actions::SeedAction",
                   "confirmed: %1 assets, %2 applications, %3 deployments, %4 events, %5 "
                   "users%6")
                   .arg(request.assets)
                   .arg(request.applications)
                   .arg(request.deployments)
                   .arg(request.events)
                   .arg(request.users)
                   .arg(request.clearExisting ? QCoreApplication::translate(
                            "eucora::actions::SeedAction", ", replacing the existing demo data")
                                              : QString()));
    if (!confirmationRecorded(why))
        return false;
    transition(ActionState::Sent,
               request.runsAsTask() ? QCoreApplication::translate("eucora::actions::SeedAction",
                                                                  "sent (runs as a server task)")
                                    : QCoreApplication::translate("eucora::actions::SeedAction",
                                                                  "sent (runs synchronously)"));
    m_context.client->seed(request, this, [this](const Result<SeedAnswer> &answer) {
        if (answer.ok() && !answer.value().queued) {
            m_counts = answer.value().counts;
            m_succeeded = true;
            transition(ActionState::Accepted,
                       QCoreApplication::translate("eucora::actions::SeedAction", "seeded: %1")
                           .arg(describe(*m_counts)),
                       200);
            checkDemoMode();
            return;
        }
        if (answer.ok()) {
            m_taskId = answer.value().taskId;
            transition(
                ActionState::Accepted,
                QCoreApplication::translate("eucora::actions::SeedAction", "queued as task %1")
                    .arg(m_taskId),
                202);
            pollTask();
            return;
        }
        const ApiError &error = answer.error();
        if (outcomeUnknown(error)) {
            transition(
                ActionState::Unknown,
                QCoreApplication::translate("eucora::actions::SeedAction",
                                            "no usable answer (%1): reading the demo data back")
                    .arg(error.summary()),
                error.httpStatus);
            readBack(QCoreApplication::translate("eucora::actions::SeedAction",
                                                 "after the request without a usable answer"),
                     false);
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
            *why = QCoreApplication::translate(
                "eucora::actions::SeedAction",
                "only a queued seed that is still running can be cancelled");
        return false;
    }
    m_cancelled = true;
    setMessage(QCoreApplication::translate("eucora::actions::SeedAction", "cancelling task %1")
                   .arg(m_taskId));
    m_context.client->revokeTask(m_taskId, this, [this](const Result<bool> &r) {
        record(QStringLiteral("seed-cancel"), m_taskId,
               r.ok() ? ActionState::Accepted : ActionState::Rejected,
               r.ok()
                   ? QCoreApplication::translate("eucora::actions::SeedAction", "revoke requested")
                   : r.error().summary(),
               r.ok() ? 200 : r.error().httpStatus);
        if (!r.ok()) {
            m_cancelled = false;
            setMessage(QCoreApplication::translate("eucora::actions::SeedAction",
                                                   "the cancel failed (%1); the seed goes on")
                           .arg(r.error().summary()));
        }
    });
    return true;
}

void SeedAction::pollTask()
{
    followTask(
        m_taskId,
        QCoreApplication::translate("eucora::actions::SeedAction", "queued; following the task"),
        [this](const TaskStatus &t) {
            if (t.state == QLatin1String("SUCCESS")) {
                m_succeeded = true;
                m_cancelled = false; // the cancel came too late
                const QJsonObject counts = t.result.value(QStringLiteral("counts")).toObject();
                if (counts.isEmpty())
                    return readBack(
                        QCoreApplication::translate("eucora::actions::SeedAction", "seeded"), true);
                m_counts = decodeDemoCounts(counts);
                checkDemoMode();
            } else if (t.state == QLatin1String("REVOKED")) {
                m_cancelled = true;
                readBack(QCoreApplication::translate("eucora::actions::SeedAction", "cancelled"),
                         false);
            } else {
                readBack(QCoreApplication::translate("eucora::actions::SeedAction",
                                                     "the seed failed: %1")
                             .arg(t.error),
                         false);
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
                       QCoreApplication::translate("eucora::actions::SeedAction",
                                                   "%1; the demo data could not be read back (%2)")
                           .arg(outcomePrefix, r.error().summary()));
            return;
        }
        m_counts = r.value().counts;
        m_demoMode = r.value().demoModeEnabled;
        transition(
            ActionState::Reconciled,
            QCoreApplication::translate("eucora::actions::SeedAction", "%1; demo data now: %2")
                .arg(outcomePrefix, describe(*m_counts)),
            200);
        if (succeeded && !r.value().demoModeEnabled)
            emit demoModeOffered();
    });
}

void SeedAction::checkDemoMode()
{
    const QString seeded = QCoreApplication::translate("eucora::actions::SeedAction", "seeded: %1")
                               .arg(describe(*m_counts));
    m_context.client->demoMode(this, [this, seeded](const Result<bool> &r) {
        if (!r.ok()) {
            transition(ActionState::Reconciled,
                       QCoreApplication::translate("eucora::actions::SeedAction",
                                                   "%1; demo mode unknown (%2)")
                           .arg(seeded, r.error().summary()));
            return;
        }
        m_demoMode = r.value();
        transition(ActionState::Reconciled,
                   r.value() ? seeded
                             : QCoreApplication::translate(
                                   "eucora::actions::SeedAction",
                                   "%1; demo mode is off, so the new rows are hidden")
                                   .arg(seeded),
                   200);
        if (!r.value())
            emit demoModeOffered();
    });
}

void SeedAction::enableDemoMode()
{
    record(QStringLiteral("demo-mode"), QStringLiteral("on"), ActionState::Sent,
           QCoreApplication::translate("eucora::actions::SeedAction", "switching demo mode on"), 0);
    m_context.client->setDemoMode(true, this, [this](const Result<bool> &r) {
        if (r.ok()) {
            m_demoModeError.clear();
            m_demoMode = r.value();
            record(QStringLiteral("demo-mode"), QStringLiteral("on"), ActionState::Accepted,
                   r.value() ? QCoreApplication::translate("eucora::actions::SeedAction",
                                                           "demo mode is on")
                             : QCoreApplication::translate("eucora::actions::SeedAction",
                                                           "demo mode is still off"),
                   200);
            emit demoModeChanged(r.value());
        } else {
            record(QStringLiteral("demo-mode"), QStringLiteral("on"),
                   outcomeUnknown(r.error()) ? ActionState::Unknown : ActionState::Rejected,
                   r.error().summary(), r.error().httpStatus);
            m_demoModeError = r.error().summary();
            setMessage(QCoreApplication::translate("eucora::actions::SeedAction",
                                                   "demo mode could not be switched on: %1")
                           .arg(m_demoModeError));
            emit demoModeChanged(m_demoMode.value_or(false));
        }
    });
}

} // namespace eucora::actions
