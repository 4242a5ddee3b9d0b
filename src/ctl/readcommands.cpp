// login and the read-only commands: deployments, deployment, rings, breakers.
#include "commands.h"
#include "ctloptions.h"
#include "ctloutput.h"
#include "ctlsession.h"
#include "ctltext.h"
#include "modeljson.h"
#include "terminalprompt.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUrlQuery>
#include <QUuid>

namespace eucora::ctl {

using namespace controlplane;

namespace {

QString riskText(const std::optional<int> &risk)
{
    return risk ? QString::number(*risk) : QStringLiteral("-");
}

QString percent(double rate)
{
    return QString::number(rate * 100.0, 'f', 1) + QLatin1Char('%');
}

// A deployment id is a UUID: anything else is refused before it reaches a URL.
bool validId(const CommandContext &c, QString *id)
{
    *id = c.options.arguments.value(0).trimmed();
    return !QUuid(*id).isNull();
}

} // namespace

ExitCode runLogin(const CommandContext &c)
{
    CtlSession &session = c.session;
    if (session.username().isEmpty())
        return c.output.fail(ExitCode::Usage,
                             CtlText::tr("login needs a username: --username or EUCORA_USERNAME"));
    if (!session.hasCredentials()) {
        if (!stdinIsTerminal())
            return c.output.fail(ExitCode::Usage,
                                 CtlText::tr("login needs a password: --password-stdin or "
                                             "EUCORA_PASSWORD (never a command-line argument)"));
        const std::optional<QString> password = readSecret(
            CtlText::tr("Password for %1 at %2: ").arg(session.username(), session.serverName()));
        if (!password)
            return c.output.fail(ExitCode::Usage, CtlText::tr("no password given"));
        session.setPassword(*password);
    }
    const auto user = session.logIn();
    if (!user.ok())
        return c.output.fail(user.error());
    if (c.output.json()) {
        c.output.document({{QStringLiteral("server"), session.serverName()},
                           {QStringLiteral("user"), toJson(user.value())},
                           {QStringLiteral("session_file"), session.sessionFile().path()}});
    } else {
        c.output.line(CtlText::tr("logged in to %1 as %2%3")
                          .arg(session.serverName(), user.value().username,
                               user.value().staff ? CtlText::tr(" (staff)") : QString()));
    }
    return ExitCode::Ok;
}

ExitCode runDeployments(const CommandContext &c)
{
    QUrlQuery filter;
    filter.addQueryItem(QStringLiteral("include_demo"), QStringLiteral("all"));
    if (!c.options.status.isEmpty())
        filter.addQueryItem(QStringLiteral("status"), c.options.status);
    if (!c.options.ring.isEmpty())
        filter.addQueryItem(QStringLiteral("ring"), c.options.ring);
    if (c.options.limit > 0)
        filter.addQueryItem(QStringLiteral("limit"), QString::number(c.options.limit));
    const auto answer = c.session.read<std::vector<DeploymentSummary>>(
        [&](CtlSession::Callback<std::vector<DeploymentSummary>> done) {
            c.session.client().deployments(filter, &c.session, std::move(done));
        });
    if (!answer.ok())
        return c.output.fail(answer.error());
    const std::vector<DeploymentSummary> &list = answer.value();

    const int cap = c.options.limit > 0 ? c.options.limit : 100;
    if (int(list.size()) >= cap)
        c.output.note(
            CtlText::tr("showing the newest %1 deployments; older ones may be missing").arg(cap));
    if (c.output.json()) {
        QJsonArray rows;
        for (const DeploymentSummary &d : list)
            rows.append(toJson(d));
        c.output.document({{QStringLiteral("deployments"), rows}});
        return ExitCode::Ok;
    }
    std::vector<QStringList> rows;
    for (const DeploymentSummary &d : list)
        rows.push_back({d.correlationId, d.appName, d.version, CtlOutput::orDash(d.targetRing),
                        CtlOutput::orDash(d.status), riskText(d.riskScore),
                        CtlOutput::time(d.createdAt)});
    c.output.table({CtlText::tr("ID"), CtlText::tr("APP"), CtlText::tr("VERSION"),
                    CtlText::tr("RING"), CtlText::tr("STATUS"), CtlText::tr("RISK"),
                    CtlText::tr("CREATED")},
                   rows);
    return ExitCode::Ok;
}

ExitCode runDeployment(const CommandContext &c)
{
    QString id;
    if (!validId(c, &id))
        return c.output.fail(ExitCode::Usage, CtlText::tr("\"%1\" is not a deployment id").arg(id));
    const auto answer
        = c.session.read<DeploymentDetail>([&](CtlSession::Callback<DeploymentDetail> done) {
              c.session.client().deployment(id, &c.session, std::move(done));
          });
    if (!answer.ok())
        return c.output.fail(answer.error());
    const DeploymentDetail &d = answer.value();
    if (c.output.json()) {
        c.output.document(toJson(d));
        return ExitCode::Ok;
    }
    c.output.fields(
        {{CtlText::tr("id"), d.summary.correlationId},
         {CtlText::tr("app"), d.summary.appName},
         {CtlText::tr("version"), d.summary.version},
         {CtlText::tr("ring"), CtlOutput::orDash(d.summary.targetRing)},
         {CtlText::tr("status"), CtlOutput::orDash(d.summary.status)},
         {CtlText::tr("risk"), riskText(d.summary.riskScore)},
         {CtlText::tr("cab approval"),
          d.requiresCabApproval ? CtlText::tr("required") : CtlText::tr("not required")},
         {CtlText::tr("submitter"), CtlOutput::orDash(d.submitter)},
         {CtlText::tr("created"), CtlOutput::time(d.summary.createdAt)}});
    return ExitCode::Ok;
}

ExitCode runRings(const CommandContext &c)
{
    QString id;
    if (!validId(c, &id))
        return c.output.fail(ExitCode::Usage, CtlText::tr("\"%1\" is not a deployment id").arg(id));
    const auto answer = c.session.read<std::vector<RingProgress>>(
        [&](CtlSession::Callback<std::vector<RingProgress>> done) {
            c.session.client().rings(id, &c.session, std::move(done));
        });
    if (!answer.ok())
        return c.output.fail(answer.error());
    if (c.output.json()) {
        QJsonArray rings;
        for (const RingProgress &r : answer.value())
            rings.append(toJson(r));
        c.output.document(
            {{QStringLiteral("correlation_id"), id.toLower()}, {QStringLiteral("rings"), rings}});
        return ExitCode::Ok;
    }
    std::vector<QStringList> rows;
    for (const RingProgress &r : answer.value()) {
        const std::optional<Ring> ring = ringFromString(r.ring);
        const double gate = ring ? promotionGate(*ring) : 0;
        rows.push_back({CtlOutput::orDash(r.ring), CtlOutput::orDash(r.connectorType),
                        QString::number(r.successCount), QString::number(r.failureCount),
                        percent(r.successRate), gate > 0 ? percent(gate) : QStringLiteral("-"),
                        r.promotionGatePassed ? CtlText::tr("passed") : CtlText::tr("not passed"),
                        CtlOutput::time(r.promotedAt)});
    }
    c.output.table({CtlText::tr("RING"), CtlText::tr("CONNECTOR"), CtlText::tr("SUCCESS"),
                    CtlText::tr("FAILURE"), CtlText::tr("RATE"), CtlText::tr("GATE"),
                    CtlText::tr("GATE STATE"), CtlText::tr("PROMOTED")},
                   rows);
    return ExitCode::Ok;
}

ExitCode runBreakers(const CommandContext &c)
{
    const auto answer = c.session.read<std::vector<BreakerStatus>>(
        [&](CtlSession::Callback<std::vector<BreakerStatus>> done) {
            c.session.client().breakers(&c.session, std::move(done));
        });
    if (!answer.ok())
        return c.output.fail(answer.error());
    if (c.output.json()) {
        QJsonArray breakers;
        for (const BreakerStatus &b : answer.value())
            breakers.append(toJson(b));
        c.output.document({{QStringLiteral("breakers"), breakers}});
        return ExitCode::Ok;
    }
    std::vector<QStringList> rows;
    for (const BreakerStatus &b : answer.value())
        rows.push_back({b.service, CtlOutput::orDash(b.state),
                        QStringLiteral("%1/%2").arg(b.failCounter).arg(b.failMax),
                        QStringLiteral("%1 s").arg(b.resetTimeoutSeconds)});
    c.output.table({CtlText::tr("SERVICE"), CtlText::tr("STATE"), CtlText::tr("FAILURES"),
                    CtlText::tr("RESET TIMEOUT")},
                   rows);
    return ExitCode::Ok;
}

} // namespace eucora::ctl
