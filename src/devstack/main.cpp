// eucora-devstack: opens the console on a local live stack (eucora-devplane + prometheus, or
// victoria-metrics with vmalert) and stops the servers when the console closes.
#include "localstack.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <csignal>
#include <cstdio>

using eucora::devstack::LocalStack;

namespace {

std::atomic<int> g_signal {0};

void onSignal(int number)
{
    g_signal = number;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("eucora-devstack"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EUCORA_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Starts eucora-devplane and a metrics engine (Prometheus, or VictoriaMetrics with vmalert, "
        "scraping it with EUCORA's configuration) on free loopback ports with temporary data, "
        "opens eucora-console on them, and stops the servers when the console closes."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption rules(QStringLiteral("rules"),
                                   QStringLiteral("Alert rules to load: corrected (default) or "
                                                  "eucora (EUCORA's file as shipped)."),
                                   QStringLiteral("SET"), QStringLiteral("corrected"));
    const QCommandLineOption engine(
        QStringLiteral("engine"),
        QStringLiteral("The metrics engine: prometheus (default) or victoriametrics (Debian's "
                       "victoria-metrics, with vmalert evaluating the same alert rules)."),
        QStringLiteral("ENGINE"), QStringLiteral("prometheus"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Simulation seed."),
                                  QStringLiteral("N"), QStringLiteral("1"));
    // A demo fills its first screen within a minute: ten simulated seconds per second and
    // scrapes every 5 s (EUCORA scrapes every 15 s; --scrape-interval 15 for its timing).
    const QCommandLineOption speed(
        QStringLiteral("speed"), QStringLiteral("Simulated seconds per real second (default 10)."),
        QStringLiteral("X"), QStringLiteral("10"));
    const QCommandLineOption scrape(
        QStringLiteral("scrape-interval"),
        QStringLiteral("Seconds between scrapes (default 5; EUCORA: 15)."),
        QStringLiteral("SECONDS"), QStringLiteral("5"));
    const QCommandLineOption noConsole(QStringLiteral("no-console"),
                                       QStringLiteral("Only run the servers, until interrupted."));
    const QCommandLineOption testMode(
        QStringLiteral("test-mode"),
        QStringLiteral("Let scripts drive the control plane through its /_devplane/ endpoints "
                       "(force a breaker or a connector, move the clock)."));
    const QCommandLineOption workers(
        QStringLiteral("emulate-workers"),
        QStringLiteral("Worker processes the control plane's gauges come from (one of them "
                       "dies a simulated minute in, its gauges frozen, as in EUCORA)."),
        QStringLiteral("N"));
    parser.addOptions({engine, rules, seed, speed, scrape, noConsole, testMode, workers});
    parser.addPositionalArgument(QStringLiteral("console-options"),
                                 QStringLiteral("Options after -- go to eucora-console, e.g. "
                                                "-- --range 15m --refresh 5."),
                                 QStringLiteral("[-- console-options...]"));
    parser.process(app);

    if (parser.value(rules) != QLatin1String("corrected")
        && parser.value(rules) != QLatin1String("eucora")) {
        std::fprintf(stderr, "eucora-devstack: --rules expects corrected or eucora\n");
        return 2;
    }

    const auto chosenEngine = LocalStack::engineFromName(parser.value(engine));
    if (!chosenEngine) {
        std::fprintf(stderr, "eucora-devstack: --engine expects prometheus or victoriametrics\n");
        return 2;
    }

    LocalStack::Options options;
    options.engine = *chosenEngine;
    options.rules = parser.value(rules) == QLatin1String("eucora") ? LocalStack::Rules::AsShipped
                                                                   : LocalStack::Rules::Corrected;
    // Demo data and demo mode on at start, as EUCORA's container entry point does.
    options.devplaneArguments
        = {QStringLiteral("--seed-demo"), QStringLiteral("--seed"), parser.value(seed),
           QStringLiteral("--speed"), parser.value(speed)};
    if (parser.isSet(testMode))
        options.devplaneArguments << QStringLiteral("--test-mode");
    if (parser.isSet(workers))
        options.devplaneArguments << QStringLiteral("--emulate-workers") << parser.value(workers);
    options.scrapeIntervalSeconds = parser.value(scrape).toInt();
    LocalStack stack(options);
    QString error;
    if (!stack.start(&error)) {
        std::fprintf(stderr, "eucora-devstack: %s\n", qPrintable(error));
        return 1;
    }
    const bool victoria = stack.engine() == LocalStack::Engine::VictoriaMetrics;
    std::printf("control plane    %s  (pid %lld)\n%-16s %s  (pid %lld)\n",
                qPrintable(stack.controlPlaneUrl().toString()), stack.devplanePid(),
                victoria ? "victoriametrics" : "prometheus",
                qPrintable(stack.prometheusUrl().toString()), stack.prometheusPid());
    if (!stack.vmalertUrl().isEmpty())
        std::printf("vmalert          %s  (pid %lld)\n", qPrintable(stack.vmalertUrl().toString()),
                    stack.vmalertPid());
    std::printf("work dir         %s\n", qPrintable(stack.workDir()));
    std::fflush(stdout);

    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    std::signal(SIGHUP, onSignal);
    QTimer signalPoll;
    QObject::connect(&signalPoll, &QTimer::timeout, &app, [&app] {
        if (g_signal != 0)
            app.exit(128 + g_signal);
    });
    signalPoll.start(200);

    QProcess console;
    if (!parser.isSet(noConsole)) {
        console.setProcessChannelMode(QProcess::ForwardedChannels);
        QObject::connect(&console, &QProcess::finished, &app,
                         [&app](int code, QProcess::ExitStatus) { app.exit(code); });
        QObject::connect(
            &console, &QProcess::errorOccurred, &app, [&app, &console](QProcess::ProcessError e) {
                if (e == QProcess::FailedToStart) {
                    std::fprintf(stderr, "eucora-devstack: cannot start eucora-console: %s\n",
                                 qPrintable(console.errorString()));
                    app.exit(1);
                }
            });
        // Signed in as the devplane's built-in operator (the password goes through stdin, never
        // the command line), on a window short enough to be filled from the first minutes.
        QStringList arguments {
            QStringLiteral("--prometheus"),    stack.prometheusUrl().toString(),
            QStringLiteral("--control-plane"), stack.controlPlaneUrl().toString(),
            QStringLiteral("--demo-stack"),    QStringLiteral("--password-stdin")};
        const QStringList extra = parser.positionalArguments();
        if (!extra.contains(QStringLiteral("--range"))
            && !std::any_of(extra.begin(), extra.end(), [](const QString &a) {
                   return a.startsWith(QLatin1String("--range=")) || a == QLatin1String("--from");
               }))
            arguments << QStringLiteral("--range") << QStringLiteral("5m");
        if (!std::any_of(extra.begin(), extra.end(),
                         [](const QString &a) { return a.startsWith(QLatin1String("--refresh")); }))
            arguments << QStringLiteral("--refresh") << parser.value(scrape);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("EUCORA_USERNAME"), QStringLiteral("operator"));
        console.setProcessEnvironment(env);
        console.start(QCoreApplication::applicationDirPath() + QStringLiteral("/eucora-console"),
                      arguments + extra);
        console.write("operator\n");
        console.closeWriteChannel();
    } else {
        std::printf("servers are running; press Ctrl-C to stop them\n");
        std::fflush(stdout);
    }

    const int code = app.exec();
    if (console.state() != QProcess::NotRunning) {
        console.terminate();
        if (!console.waitForFinished(5000))
            console.kill();
    }
    stack.stop();
    std::printf("stopped eucora-devplane and %s\n",
                victoria ? "victoria-metrics and vmalert" : "prometheus");
    return code;
}
