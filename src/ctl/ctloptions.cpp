#include "ctloptions.h"

#include "ctltext.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHash>

#include <cmath>
#include <tuple>

namespace eucora::ctl {

namespace {

struct CommandSpec
{
    int minArguments;
    int maxArguments;
    const char *usage;
};

const QHash<QString, CommandSpec> &commands()
{
    static const QHash<QString, CommandSpec> specs {
        {QStringLiteral("login"), {0, 0, "login"}},
        {QStringLiteral("deployments"), {0, 0, "deployments [--status S] [--ring R] [--limit N]"}},
        {QStringLiteral("deployment"), {1, 1, "deployment ID"}},
        {QStringLiteral("rings"), {1, 1, "rings ID"}},
        {QStringLiteral("rollback"), {1, 1, "rollback ID --reason R [--yes]"}},
        {QStringLiteral("seed"), {0, 0, "seed [--deployments N] ... [--async] [--wait]"}},
        {QStringLiteral("breakers"), {0, 0, "breakers"}},
        {QStringLiteral("breaker-reset"), {1, 1, "breaker-reset NAME"}},
        {QStringLiteral("query"), {1, 1, "query PROMQL"}},
    };
    return specs;
}

QString description()
{
    return CtlText::tr(
        "Command-line companion of EUCORA Console: reads deployments, rings and circuit breakers "
        "from the EUCORA control plane, rolls deployments back, seeds demo data, resets breakers "
        "and runs PromQL queries. Actions are written to the same audit log as the console's.\n"
        "\n"
        "Commands:\n"
        "  login                       log in and save the session (cookies only)\n"
        "  deployments                 list deployments (--status, --ring, --limit)\n"
        "  deployment ID               one deployment\n"
        "  rings ID                    ring progress of a deployment\n"
        "  rollback ID --reason R      roll a deployment back; asks for the application name\n"
        "                              to be typed unless --yes\n"
        "  seed                        seed demo data (replaces the existing demo data)\n"
        "  breakers                    circuit breakers\n"
        "  breaker-reset NAME          reset a circuit breaker to closed (staff only)\n"
        "  query PROMQL                instant query against Prometheus\n"
        "\n"
        "Exit codes:\n"
        "  0  success\n"
        "  1  could not reach the server, or no usable answer to a read (refused, timed out)\n"
        "  2  usage error\n"
        "  3  authentication: not logged in, bad credentials or session expired\n"
        "  4  rejected by the server (4xx/5xx with its message, throttling included)\n"
        "  5  outcome unknown: an action got no answer; what reconciliation found is printed,\n"
        "     nothing is sent again\n"
        "  6  aborted at the confirmation: nothing was sent\n"
        "\n"
        "Connections:\n"
        "  --profile NAME uses a connection profile saved in EUCORA Console (Settings >\n"
        "  Connections): its URLs, TLS files, pinned certificates and proxy, and its session\n"
        "  and Prometheus credentials from the OS keychain. --control-plane, --prometheus,\n"
        "  --cacert, --cert and --key override the profile.\n"
        "\n"
        "Environment:\n"
        "  EUCORA_PROFILE      default of --profile\n"
        "  EUCORA_CONTROL_PLANE, EUCORA_PROMETHEUS, EUCORA_USERNAME   defaults of the options\n"
        "  EUCORA_PASSWORD     password for login (or --password-stdin; never an argument)\n"
        "  EUCORA_AUDIT_LOG    audit log file (default ~/.local/share/eucora/audit.jsonl)\n"
        "  XDG_DATA_HOME       where eucora/ctl-sessions.json keeps the session cookies when\n"
        "                      there is no keychain or no profile");
}

bool parseUrl(const QString &text, QUrl *url)
{
    const QUrl parsed = QUrl::fromUserInput(text);
    if (!parsed.isValid() || parsed.host().isEmpty()
        || (parsed.scheme() != QLatin1String("http") && parsed.scheme() != QLatin1String("https")))
        return false;
    *url = parsed;
    return true;
}

bool parseCount(const QString &text, int *value)
{
    bool ok = false;
    const int n = text.toInt(&ok);
    if (!ok || n < 0)
        return false;
    *value = n;
    return true;
}

} // namespace

ParseOutcome parseCtlOptions(const QStringList &arguments, CtlOptions *options, QString *text)
{
    for (const QString &argument : arguments.mid(1)) {
        if (argument == QLatin1String("--password")
            || argument.startsWith(QLatin1String("--password="))) {
            *text = CtlText::tr(
                "a password is never taken from the command line (it would show in ps "
                "and shell history): use --password-stdin or EUCORA_PASSWORD");
            return ParseOutcome::UsageError;
        }
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(description());
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"),
                                 CtlText::tr("The command to run (see above)."));
    parser.addPositionalArgument(QStringLiteral("arguments"),
                                 CtlText::tr("The command's arguments."),
                                 QStringLiteral("[arguments...]"));

    const QCommandLineOption controlPlane(
        QStringLiteral("control-plane"),
        CtlText::tr(
            "Control-plane base URL (default $EUCORA_CONTROL_PLANE or http://localhost:8000)."),
        QStringLiteral("URL"));
    const QCommandLineOption prometheus(
        QStringLiteral("prometheus"),
        CtlText::tr("Prometheus base URL (default $EUCORA_PROMETHEUS or http://localhost:9090)."),
        QStringLiteral("URL"));
    const QCommandLineOption username(QStringLiteral("username"),
                                      CtlText::tr("User to log in as (default $EUCORA_USERNAME)."),
                                      QStringLiteral("USER"));
    const QCommandLineOption passwordStdin(
        QStringLiteral("password-stdin"),
        CtlText::tr(
            "Read the password from the first line of standard input (else $EUCORA_PASSWORD)."));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     CtlText::tr("Seconds to wait for each answer (default 30)."),
                                     QStringLiteral("SECONDS"));
    const QCommandLineOption profile(
        QStringLiteral("profile"),
        CtlText::tr("Use the saved connection profile NAME (default $EUCORA_PROFILE)."),
        QStringLiteral("NAME"));
    const QCommandLineOption cacert(
        QStringLiteral("cacert"),
        CtlText::tr("Trust the CAs in this PEM file besides the system's (as curl)."),
        QStringLiteral("FILE"));
    const QCommandLineOption cert(
        QStringLiteral("cert"),
        CtlText::tr("Client certificate (PEM) for servers that ask for one; needs --key."),
        QStringLiteral("FILE"));
    const QCommandLineOption key(QStringLiteral("key"),
                                 CtlText::tr("The client certificate's PEM private key."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  CtlText::tr("Machine-readable JSON on standard output."));
    const QCommandLineOption status(QStringLiteral("status"),
                                    CtlText::tr("deployments: only this status (e.g. COMPLETED)."),
                                    QStringLiteral("STATUS"));
    const QCommandLineOption ring(QStringLiteral("ring"),
                                  CtlText::tr("deployments: only this target ring (e.g. PILOT)."),
                                  QStringLiteral("RING"));
    const QCommandLineOption limit(QStringLiteral("limit"),
                                   CtlText::tr("deployments: at most N rows (server default 100)."),
                                   QStringLiteral("N"));
    const QCommandLineOption reason(QStringLiteral("reason"),
                                    CtlText::tr("rollback: why (required, 1-1000 characters)."),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption yes(QStringLiteral("yes"),
                                 CtlText::tr("rollback: do not ask for the application name."));
    const QCommandLineOption deployments(QStringLiteral("deployments"),
                                         CtlText::tr("seed: deployments in total (default 50)."),
                                         QStringLiteral("N"));
    const QCommandLineOption assets(QStringLiteral("assets"),
                                    CtlText::tr("seed: assets in total (default 100)."),
                                    QStringLiteral("N"));
    const QCommandLineOption applications(QStringLiteral("applications"),
                                          CtlText::tr("seed: applications in total (default 20)."),
                                          QStringLiteral("N"));
    const QCommandLineOption events(QStringLiteral("events"),
                                    CtlText::tr("seed: events in total (default 200)."),
                                    QStringLiteral("N"));
    const QCommandLineOption users(QStringLiteral("users"),
                                   CtlText::tr("seed: demo users (default 10)."),
                                   QStringLiteral("N"));
    const QCommandLineOption async(
        QStringLiteral("async"), CtlText::tr("seed: run as a server task even for small counts."));
    const QCommandLineOption wait(QStringLiteral("wait"),
                                  CtlText::tr("seed: follow a queued seed task until it ends."));
    parser.addOptions({controlPlane, prometheus,    profile, cacert,      cert,   key,
                       username,     passwordStdin, timeout, json,        status, ring,
                       limit,        reason,        yes,     deployments, assets, applications,
                       events,       users,         async,   wait});

    if (!parser.parse(arguments)) {
        *text = parser.errorText();
        return ParseOutcome::UsageError;
    }
    if (parser.isSet(help) || parser.isSet(QStringLiteral("help-all"))) {
        *text = parser.helpText();
        return ParseOutcome::Help;
    }
    if (parser.isSet(version)) {
        *text = QStringLiteral("eucora-ctl %1\n").arg(QCoreApplication::applicationVersion());
        return ParseOutcome::Version;
    }

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        *text = CtlText::tr("no command given (eucora-ctl --help lists them)");
        return ParseOutcome::UsageError;
    }
    options->command = positional.first();
    options->arguments = positional.mid(1);
    const auto spec = commands().constFind(options->command);
    if (spec == commands().constEnd()) {
        *text = CtlText::tr("unknown command \"%1\" (eucora-ctl --help lists them)")
                    .arg(options->command);
        return ParseOutcome::UsageError;
    }
    if (options->arguments.size() < spec->minArguments
        || options->arguments.size() > spec->maxArguments) {
        *text = CtlText::tr("usage: eucora-ctl %1").arg(QLatin1String(spec->usage));
        return ParseOutcome::UsageError;
    }

    // Options that belong to one command are refused elsewhere rather than silently ignored.
    const QList<QPair<const QCommandLineOption *, QString>> owned {
        {&status, QStringLiteral("deployments")}, {&ring, QStringLiteral("deployments")},
        {&limit, QStringLiteral("deployments")},  {&reason, QStringLiteral("rollback")},
        {&yes, QStringLiteral("rollback")},       {&deployments, QStringLiteral("seed")},
        {&assets, QStringLiteral("seed")},        {&applications, QStringLiteral("seed")},
        {&events, QStringLiteral("seed")},        {&users, QStringLiteral("seed")},
        {&async, QStringLiteral("seed")},         {&wait, QStringLiteral("seed")}};
    for (const auto &[option, command] : owned) {
        if (parser.isSet(*option) && options->command != command) {
            *text = CtlText::tr("--%1 is an option of \"%2\", not of \"%3\"")
                        .arg(option->names().constFirst(), command, options->command);
            return ParseOutcome::UsageError;
        }
    }

    // The environment gives defaults; the flags override a profile.
    const QList<std::tuple<const QCommandLineOption *, const char *, QUrl *, std::optional<QUrl> *,
                           const char *>>
        urls {{&controlPlane, "EUCORA_CONTROL_PLANE", &options->controlPlaneUrl,
               &options->overrides.controlPlaneUrl, "control-plane"},
              {&prometheus, "EUCORA_PROMETHEUS", &options->prometheusUrl,
               &options->overrides.prometheusUrl, "Prometheus"}};
    for (const auto &[option, variable, fallback, override, name] : urls) {
        const QString envText = qEnvironmentVariable(variable);
        QUrl parsed;
        if (!envText.isEmpty() && !parseUrl(envText, fallback)) {
            *text = CtlText::tr("$%1 must be an http or https URL, got \"%2\"")
                        .arg(QLatin1String(variable), envText);
            return ParseOutcome::UsageError;
        }
        if (!parser.isSet(*option))
            continue;
        if (!parseUrl(parser.value(*option), &parsed)) {
            *text = CtlText::tr("the %1 URL must be an http or https URL, got \"%2\"")
                        .arg(QLatin1String(name), parser.value(*option));
            return ParseOutcome::UsageError;
        }
        *override = parsed;
    }
    options->profile
        = parser.isSet(profile) ? parser.value(profile) : qEnvironmentVariable("EUCORA_PROFILE");
    options->overrides.caFile = parser.value(cacert);
    options->overrides.certFile = parser.value(cert);
    options->overrides.keyFile = parser.value(key);
    options->username
        = parser.isSet(username) ? parser.value(username) : qEnvironmentVariable("EUCORA_USERNAME");
    options->passwordFromStdin = parser.isSet(passwordStdin);
    options->json = parser.isSet(json);
    if (parser.isSet(timeout)) {
        bool ok = false;
        const double seconds = parser.value(timeout).toDouble(&ok);
        if (!ok || !std::isfinite(seconds) || seconds < 0.1 || seconds > 3600) {
            *text = CtlText::tr("--timeout expects seconds between 0.1 and 3600");
            return ParseOutcome::UsageError;
        }
        options->timeout = std::chrono::milliseconds(qint64(seconds * 1000));
    }

    options->status = parser.value(status);
    options->ring = parser.value(ring);
    if (parser.isSet(limit)
        && (!parseCount(parser.value(limit), &options->limit) || options->limit < 1
            || options->limit > 1000)) {
        *text = CtlText::tr("--limit expects a number between 1 and 1000");
        return ParseOutcome::UsageError;
    }

    if (options->command == QLatin1String("rollback")) {
        options->reason = parser.value(reason).trimmed();
        if (options->reason.isEmpty() || options->reason.size() > 1000) {
            *text = CtlText::tr("rollback needs --reason with 1 to 1000 characters");
            return ParseOutcome::UsageError;
        }
    }
    options->yes = parser.isSet(yes);

    const QList<QPair<const QCommandLineOption *, int *>> counts {
        {&deployments, &options->seed.deployments},
        {&assets, &options->seed.assets},
        {&applications, &options->seed.applications},
        {&events, &options->seed.events},
        {&users, &options->seed.users}};
    for (const auto &[option, target] : counts) {
        if (parser.isSet(*option) && !parseCount(parser.value(*option), target)) {
            *text = CtlText::tr("--%1 expects a count of 0 or more")
                        .arg(option->names().constFirst());
            return ParseOutcome::UsageError;
        }
    }
    options->seed.forceAsync = parser.isSet(async);
    options->wait = parser.isSet(wait);
    return ParseOutcome::Run;
}

bool resolveConnection(const settings::ProfileStore &store, CtlOptions *options, QString *text)
{
    settings::ConnectionProfile defaults;
    defaults.controlPlaneUrl = options->controlPlaneUrl;
    defaults.prometheusUrl = options->prometheusUrl;
    if (options->timeout)
        defaults.timeout = std::chrono::duration_cast<std::chrono::seconds>(*options->timeout);
    Result<settings::ConnectionChoice, QString> choice
        = settings::chooseConnection(store, options->profile, options->overrides, defaults);
    if (!choice.ok()) {
        *text = choice.error();
        return false;
    }
    options->connection = choice.value().profile;
    options->controlPlaneUrl = options->connection.controlPlaneUrl;
    options->prometheusUrl = options->connection.prometheusUrl;
    // A profile's timeout applies unless --timeout was given.
    if (!options->timeout && choice.value().fromProfile)
        options->timeout = options->connection.timeout;
    return true;
}

} // namespace eucora::ctl
