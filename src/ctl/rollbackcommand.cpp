// rollback ID --reason R [--yes]: the deployment is read and shown, the operator types its
// application name (unless --yes), and the core's RollbackAction sends exactly one POST. An
// accepted rollback is followed until its task ends. Without an answer the action reads the
// deployment back; the command prints that finding and exits 5 — it never sends again.
#include "actions/rollbackaction.h"
#include "actionwatch.h"
#include "commands.h"
#include "ctloptions.h"
#include "ctloutput.h"
#include "ctlsession.h"
#include "ctltext.h"
#include "modeljson.h"
#include "terminalprompt.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QUuid>

namespace eucora::ctl {

using actions::ActionState;
using actions::RollbackFinding;
using controlplane::DeploymentDetail;

namespace {

QString receivedName(RollbackFinding::Received received)
{
    switch (received) {
    case RollbackFinding::Received::Yes:
        return QStringLiteral("yes");
    case RollbackFinding::Received::No:
        return QStringLiteral("no");
    case RollbackFinding::Received::CannotTell:
        return QStringLiteral("cannot_tell");
    }
    return {};
}

void showTarget(const CtlOptions &options, const DeploymentDetail &d, const CtlOutput &output)
{
    output.note(CtlText::tr("rollback of deployment %1").arg(d.summary.correlationId));
    const std::pair<QString, QString> lines[]
        = {{CtlText::tr("application"), d.summary.appName},
           {CtlText::tr("version"), d.summary.version},
           {CtlText::tr("ring"), CtlOutput::orDash(d.summary.targetRing)},
           {CtlText::tr("status"), CtlOutput::orDash(d.summary.status)},
           {CtlText::tr("reason"), options.reason}};
    for (const auto &[key, value] : lines)
        output.detail(QStringLiteral("  %1 %2").arg(key + QLatin1Char(':'), -13).arg(value));
}

// The operator types the application name; anything else (or the end of input) aborts.
bool confirmedByName(const DeploymentDetail &d, const CtlOutput &output)
{
    const std::optional<QString> typed = readAnswer(
        CtlText::tr("Type the application name (%1) to roll it back: ").arg(d.summary.appName));
    if (typed && typed->trimmed() == d.summary.appName)
        return true;
    output.fail(ExitCode::Aborted,
                typed
                    ? CtlText::tr("aborted: \"%1\" is not the application name; nothing was sent")
                          .arg(typed->trimmed())
                    : CtlText::tr("aborted: no confirmation on standard input; nothing was sent"));
    return false;
}

QJsonObject resultJson(const actions::RollbackAction &action, const DeploymentDetail &d,
                       ExitCode code)
{
    QJsonObject out {{QStringLiteral("deployment"), toJson(d)},
                     {QStringLiteral("reason"), action.reason()},
                     {QStringLiteral("idempotency_key"), action.idempotencyKey()},
                     {QStringLiteral("state"), actions::stateName(action.state())},
                     {QStringLiteral("message"), action.message()},
                     {QStringLiteral("succeeded"), action.succeeded()},
                     {QStringLiteral("posts_sent"), action.postsSent()},
                     {QStringLiteral("exit_code"), int(code)}};
    if (action.httpStatus() > 0)
        out.insert(QStringLiteral("http_status"), action.httpStatus());
    if (action.accepted())
        out.insert(QStringLiteral("task_id"), action.accepted()->taskId);
    if (!action.finalStatus().isEmpty())
        out.insert(QStringLiteral("final_status"), action.finalStatus());
    if (const auto &finding = action.finding()) {
        QJsonObject f {{QStringLiteral("received"), receivedName(finding->received)}};
        if (!finding->deploymentStatus.isEmpty())
            f.insert(QStringLiteral("deployment_status"), finding->deploymentStatus);
        if (!finding->taskId.isEmpty())
            f.insert(QStringLiteral("task_id"), finding->taskId);
        if (finding->initiatedAt.isValid())
            f.insert(QStringLiteral("initiated_at"), isoTime(finding->initiatedAt));
        out.insert(QStringLiteral("finding"), f);
    }
    return out;
}

} // namespace

ExitCode runRollback(const CommandContext &c)
{
    const QString id = c.options.arguments.value(0).trimmed();
    if (QUuid(id).isNull())
        return c.output.fail(ExitCode::Usage, CtlText::tr("\"%1\" is not a deployment id").arg(id));
    const auto user = c.session.currentUser();
    if (!user.ok())
        return c.output.fail(user.error());
    const auto deployment
        = c.session.read<DeploymentDetail>([&](CtlSession::Callback<DeploymentDetail> done) {
              c.session.client().deployment(id, &c.session, std::move(done));
          });
    if (!deployment.ok())
        return c.output.fail(deployment.error());
    const DeploymentDetail &d = deployment.value();

    showTarget(c.options, d, c.output);
    if (!c.options.yes && !confirmedByName(d, c.output))
        return ExitCode::Aborted;

    const actions::AuditLog audit(actions::AuditLog::defaultPath());
    actions::RollbackAction action(actionContext(c.session, user.value().username, audit),
                                   d.summary);
    ActionWatch watch(action, c.session, c.output);
    // Reconciliation tells this rollback's events from older ones by the newest event before it:
    // that read ends (answered or failed) within the client's deadline.
    if (!action.baselineRead()) {
        QEventLoop loop;
        QObject::connect(&action, &actions::RollbackAction::baselineReadDone, &loop,
                         &QEventLoop::quit);
        loop.exec();
    }
    if (const actions::Refusal confirmed = action.confirm(c.options.reason); !confirmed)
        return watch.refused(confirmed.error(), ExitCode::Rejected);
    watch.waitUntil([&action] {
        switch (action.state()) {
        case ActionState::Rejected:
            return true;
        case ActionState::Reconciled:
            // Followed to the task's end, or read back after a POST without an answer.
            return action.finished() || action.finding().has_value();
        case ActionState::Unknown:
            // the read-back failed as well, or the task was given up on at its deadline
            return action.finding().has_value() || action.finished();
        default:
            return false;
        }
    });
    const ExitCode code = watch.conclude(action.succeeded());
    if (action.state() == ActionState::Rejected)
        return code;

    if (c.output.json()) {
        c.output.document(resultJson(action, d, code));
    } else {
        std::vector<std::pair<QString, QString>> fields {
            {CtlText::tr("deployment"), d.summary.correlationId},
            {CtlText::tr("application"),
             QStringLiteral("%1 %2").arg(d.summary.appName, d.summary.version)},
            {CtlText::tr("outcome"), action.message()},
            {CtlText::tr("idempotency key"), action.idempotencyKey()}};
        if (action.accepted())
            fields.emplace_back(CtlText::tr("task"), action.accepted()->taskId);
        if (!action.finalStatus().isEmpty())
            fields.emplace_back(CtlText::tr("status now"), action.finalStatus());
        c.output.fields(fields);
    }
    if (code == ExitCode::OutcomeUnknown)
        c.output.note(
            CtlText::tr("outcome unknown: %1. Nothing was sent again; check with: eucora-ctl "
                        "deployment %2")
                .arg(action.message(), d.summary.correlationId));
    else if (code == ExitCode::Rejected)
        c.output.note(action.message());
    return code;
}

} // namespace eucora::ctl
