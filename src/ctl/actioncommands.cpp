// seed and breaker-reset: the core's SeedAction and BreakerResetAction run to an end the
// command line can report, with the audit log written for every state.
#include "actions/breakerresetaction.h"
#include "actions/seedaction.h"
#include "actionwatch.h"
#include "commands.h"
#include "ctloptions.h"
#include "ctloutput.h"
#include "ctlsession.h"
#include "ctltext.h"
#include "modeljson.h"

#include <QCoreApplication>

namespace eucora::ctl {

using actions::ActionState;

namespace {

QString countsText(const controlplane::DemoCounts &counts)
{
    const QJsonObject json = toJson(counts);
    QStringList parts;
    for (auto it = json.begin(); it != json.end(); ++it)
        parts << QStringLiteral("%1 %2").arg(it.key()).arg(it.value().toInt());
    return parts.join(QStringLiteral(", "));
}

// One JSON document per action: where it ended and what the operator should know.
QJsonObject actionJson(const actions::OperatorAction &action, ExitCode code)
{
    QJsonObject out {{QStringLiteral("state"), actions::stateName(action.state())},
                     {QStringLiteral("message"), action.message()},
                     {QStringLiteral("exit_code"), int(code)}};
    if (action.httpStatus() > 0)
        out.insert(QStringLiteral("http_status"), action.httpStatus());
    return out;
}

} // namespace

ExitCode runSeed(const CommandContext &c)
{
    const auto user = c.session.currentUser();
    if (!user.ok())
        return c.output.fail(user.error());

    const actions::AuditLog audit(actions::AuditLog::defaultPath());
    actions::SeedAction action(actionContext(c.session, user.value().username, audit));
    ActionWatch watch(action, c.session, c.output);

    c.output.note(
        CtlText::tr("seeding replaces the existing demo data on %1").arg(c.session.serverName()));
    if (const actions::Refusal confirmed = action.confirm(c.options.seed); !confirmed)
        return watch.refused(confirmed.error(), ExitCode::Usage);
    const bool wait = c.options.wait;
    watch.waitUntil([&action, wait] {
        switch (action.state()) {
        case ActionState::Rejected:
        case ActionState::Reconciled:
            return true;
        case ActionState::Accepted:
            return action.queued() && !wait; // the task runs on; --wait follows it
        default:
            return false;
        }
    });
    const ExitCode code
        = watch.conclude(action.state() != ActionState::Reconciled || action.succeeded());
    if (action.state() == ActionState::Rejected)
        return code;
    const bool queuedOnly = action.state() == ActionState::Accepted;

    if (c.output.json()) {
        QJsonObject json = actionJson(action, code);
        json.insert(QStringLiteral("succeeded"),
                    queuedOnly ? QJsonValue() : QJsonValue(action.succeeded()));
        json.insert(QStringLiteral("queued"), action.queued());
        if (action.queued())
            json.insert(QStringLiteral("task_id"), action.taskId());
        if (action.counts())
            json.insert(QStringLiteral("counts"), toJson(*action.counts()));
        if (action.demoModeEnabled())
            json.insert(QStringLiteral("demo_mode_enabled"), *action.demoModeEnabled());
        c.output.document(json);
    } else if (queuedOnly) {
        c.output.line(CtlText::tr("queued as task %1 (follow it with: eucora-ctl seed ... --wait)")
                          .arg(action.taskId()));
    } else {
        std::vector<std::pair<QString, QString>> fields {
            {CtlText::tr("outcome"), action.message()}};
        if (action.queued())
            fields.emplace_back(CtlText::tr("task"), action.taskId());
        if (action.counts())
            fields.emplace_back(CtlText::tr("demo data"), countsText(*action.counts()));
        c.output.fields(fields);
    }
    if (action.demoModeEnabled() == false)
        c.output.note(
            CtlText::tr("demo mode is off on %1: the seeded rows stay hidden from default views "
                        "until it is switched on")
                .arg(c.session.serverName()));
    if (code == ExitCode::OutcomeUnknown)
        c.output.note(CtlText::tr("outcome unknown: %1").arg(action.message()));
    else if (code == ExitCode::Rejected)
        c.output.note(action.message());
    return code;
}

ExitCode runBreakerReset(const CommandContext &c)
{
    const QString service = c.options.arguments.value(0).trimmed();
    if (service.isEmpty())
        return c.output.fail(ExitCode::Usage, CtlText::tr("breaker-reset needs a breaker name"));
    const auto user = c.session.currentUser();
    if (!user.ok())
        return c.output.fail(user.error());

    const actions::AuditLog audit(actions::AuditLog::defaultPath());
    actions::BreakerResetAction action(actionContext(c.session, user.value().username, audit),
                                       service);
    ActionWatch watch(action, c.session, c.output);
    if (const actions::Refusal confirmed = action.confirm(); !confirmed)
        return watch.refused(confirmed.error(), ExitCode::Usage);
    watch.waitUntil([&action] {
        return action.state() == ActionState::Rejected || action.state() == ActionState::Reconciled;
    });
    const ExitCode code = watch.conclude(true);
    if (action.state() == ActionState::Rejected)
        return code;
    if (c.output.json()) {
        QJsonObject json = actionJson(action, code);
        json.insert(QStringLiteral("service"), service);
        json.insert(QStringLiteral("succeeded"), action.succeeded());
        if (action.breakerAfter())
            json.insert(QStringLiteral("breaker"), toJson(*action.breakerAfter()));
        c.output.document(json);
    } else {
        std::vector<std::pair<QString, QString>> fields {
            {CtlText::tr("breaker"), service}, {CtlText::tr("outcome"), action.message()}};
        if (const auto &after = action.breakerAfter())
            fields.emplace_back(CtlText::tr("state now"),
                                CtlText::tr("%1 (%2/%3 failures)")
                                    .arg(after->state)
                                    .arg(after->failCounter)
                                    .arg(after->failMax));
        c.output.fields(fields);
    }
    if (code == ExitCode::OutcomeUnknown)
        c.output.note(CtlText::tr("outcome unknown: %1").arg(action.message()));
    return code;
}

} // namespace eucora::ctl
