#include "consoleoptions.h"

#include "dashboard/queryplanner.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

namespace eucora::app {

namespace {

[[noreturn]] void usageError(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    std::exit(2);
}

QUrl serverUrl(const QString &text, const char *option)
{
    const QUrl url = QUrl::fromUserInput(text);
    if (!url.isValid()
        || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        usageError(ConsoleOptions::tr("--%1 expects an http or https URL, got \"%2\"")
                       .arg(QLatin1String(option), text));
    return url;
}

} // namespace

ConsoleOptions parseConsoleOptions(const QCoreApplication &app)
{
    ConsoleOptions options;
    QCommandLineParser parser;
    parser.setApplicationDescription(ConsoleOptions::tr(
        "Operations console for the EUCORA control plane: deployments, ring promotions and "
        "circuit breakers from Prometheus and the control-plane API."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profile(
        QStringLiteral("profile"),
        ConsoleOptions::tr("Open the saved connection profile NAME (Settings > Connections); "
                           "default: the profile used last."),
        QStringLiteral("NAME"));
    const QCommandLineOption prometheus(
        QStringLiteral("prometheus"),
        ConsoleOptions::tr("Prometheus base URL; overrides the profile's."), QStringLiteral("URL"));
    const QCommandLineOption controlPlane(
        QStringLiteral("control-plane"),
        ConsoleOptions::tr("EUCORA control-plane base URL; overrides the profile's."),
        QStringLiteral("URL"));
    const QCommandLineOption cacert(
        QStringLiteral("cacert"),
        ConsoleOptions::tr("Trust the CAs in this PEM file besides the system's (as curl)."),
        QStringLiteral("FILE"));
    const QCommandLineOption cert(
        QStringLiteral("cert"),
        ConsoleOptions::tr("Client certificate (PEM) for servers that ask for one; needs --key."),
        QStringLiteral("FILE"));
    const QCommandLineOption key(QStringLiteral("key"),
                                 ConsoleOptions::tr("The client certificate's PEM private key."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption refresh(
        QStringLiteral("refresh"),
        ConsoleOptions::tr("Seconds between panel refreshes (default %1).")
            .arg(options.refreshSeconds),
        QStringLiteral("SECONDS"));
    const QCommandLineOption range(
        QStringLiteral("range"),
        ConsoleOptions::tr("Time window shown, ending now: 5m, 15m, 1h, 6h, 24h, ... "
                           "(default 1h)."),
        QStringLiteral("DURATION"));
    const QCommandLineOption readOnly(
        QStringLiteral("read-only"),
        ConsoleOptions::tr(
            "Disable every operator action (seed, rollback, breaker reset), e.g. to review an "
            "incident on a shared screen."));
    const QCommandLineOption dashboardFile(
        QStringLiteral("dashboard"),
        ConsoleOptions::tr("Open a Grafana dashboard JSON file as an extra view (repeatable)."),
        QStringLiteral("FILE"));
    const QCommandLineOption view(
        QStringLiteral("view"),
        ConsoleOptions::tr("The view to show: overview, deployments, rings, breakers, alerts, "
                           "events, audit, or a loaded dashboard's uid."),
        QStringLiteral("NAME"));
    const QCommandLineOption from(
        QStringLiteral("from"),
        ConsoleOptions::tr("Start of the window: RFC 3339, Unix seconds or now-6h."),
        QStringLiteral("TIME"));
    const QCommandLineOption to(QStringLiteral("to"),
                                ConsoleOptions::tr("End of the window (default now)."),
                                QStringLiteral("TIME"));
    const QCommandLineOption variable(QStringLiteral("var"),
                                      ConsoleOptions::tr("Set a dashboard variable (repeatable)."),
                                      QStringLiteral("NAME=VALUE"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        ConsoleOptions::tr("Write the view as a PNG once every panel has answered, then exit."),
        QStringLiteral("FILE"));
    const QCommandLineOption size(QStringLiteral("size"),
                                  ConsoleOptions::tr("Window size for --screenshot (default "
                                                     "1600x1000)."),
                                  QStringLiteral("WxH"));
    const QCommandLineOption exportFile(
        QStringLiteral("export"),
        ConsoleOptions::tr("Write what each panel of the view shows as JSON, then exit."),
        QStringLiteral("FILE"));
    const QCommandLineOption check(
        QStringLiteral("check"),
        ConsoleOptions::tr("Check the view's dashboard against the live Prometheus: print what "
                           "is wrong per panel; exit 0 when nothing is, 1 otherwise."));
    const QCommandLineOption theme(QStringLiteral("theme"),
                                   ConsoleOptions::tr("light or dark (default: the system's)."),
                                   QStringLiteral("THEME"));
    const QCommandLineOption passwordStdin(
        QStringLiteral("password-stdin"),
        ConsoleOptions::tr("Sign in at start as $EUCORA_USERNAME with the password read from "
                           "standard input (headless runs also take $EUCORA_PASSWORD)."));
    const QCommandLineOption demoStack(
        QStringLiteral("demo-stack"),
        ConsoleOptions::tr("The servers are a local demo stack (eucora-devstack starts the "
                           "console so): no offer to save them as a connection profile."));
    const QCommandLineOption bench(
        QStringLiteral("bench"),
        ConsoleOptions::tr("Measure start time, GUI stalls while --view loads, memory and idle "
                           "CPU; print them as JSON (tests/bench/console-bench.sh runs it)."));
    parser.addOptions({profile, prometheus,    controlPlane, cacert,        cert,       key,
                       refresh, range,         readOnly,     dashboardFile, view,       from,
                       to,      variable,      screenshot,   size,          exportFile, check,
                       theme,   passwordStdin, demoStack,    bench});
    parser.process(app);

    options.profile = parser.value(profile);
    if (parser.isSet(prometheus))
        options.overrides.prometheusUrl = serverUrl(parser.value(prometheus), "prometheus");
    if (parser.isSet(controlPlane))
        options.overrides.controlPlaneUrl = serverUrl(parser.value(controlPlane), "control-plane");
    options.overrides.caFile = parser.value(cacert);
    options.overrides.certFile = parser.value(cert);
    options.overrides.keyFile = parser.value(key);
    if (parser.isSet(refresh)) {
        bool ok = false;
        options.refreshSeconds = parser.value(refresh).toInt(&ok);
        if (!ok || options.refreshSeconds < 1 || options.refreshSeconds > 86400)
            usageError(
                ConsoleOptions::tr("--refresh expects a number of seconds between 1 and 86400"));
    }
    if (parser.isSet(range)) {
        options.range = dashboard::parseDuration(parser.value(range));
        if (options.range.count() < 60 || options.range > std::chrono::hours(24 * 400))
            usageError(ConsoleOptions::tr(
                "--range expects a duration between 1m and 400d, such as 15m or 6h"));
    }
    options.readOnly = parser.isSet(readOnly);
    options.rangeGiven = parser.isSet(range);
    options.refreshGiven = parser.isSet(refresh);
    options.dashboardFiles = parser.values(dashboardFile);
    options.view = parser.value(view);
    options.from = parser.value(from);
    options.to = parser.value(to);
    for (const QString &assignment : parser.values(variable)) {
        const qsizetype equals = assignment.indexOf(QLatin1Char('='));
        if (equals <= 0)
            usageError(ConsoleOptions::tr("--var expects NAME=VALUE, got \"%1\"").arg(assignment));
        options.variables.emplace_back(assignment.left(equals), assignment.mid(equals + 1));
    }
    options.screenshot = parser.value(screenshot);
    options.exportFile = parser.value(exportFile);
    options.check = parser.isSet(check);
    if (parser.isSet(size)) {
        const QStringList parts = parser.value(size).split(QLatin1Char('x'));
        const int w = parts.value(0).toInt();
        const int h = parts.value(1).toInt();
        if (parts.size() != 2 || w < 320 || h < 240 || w > 8000 || h > 8000)
            usageError(ConsoleOptions::tr("--size expects WIDTHxHEIGHT, such as 1600x1000"));
        options.size = QSize(w, h);
    }
    options.theme = parser.value(theme);
    options.passwordStdin = parser.isSet(passwordStdin);
    options.demoStack = parser.isSet(demoStack);
    options.bench = parser.isSet(bench);
    if (!options.theme.isEmpty() && options.theme != QLatin1String("light")
        && options.theme != QLatin1String("dark"))
        usageError(ConsoleOptions::tr("--theme expects light or dark"));
    return options;
}

} // namespace eucora::app
