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
    const QCommandLineOption prometheus(QStringLiteral("prometheus"),
                                        ConsoleOptions::tr("Prometheus base URL (default %1).")
                                            .arg(options.prometheusUrl.toString()),
                                        QStringLiteral("URL"));
    const QCommandLineOption controlPlane(
        QStringLiteral("control-plane"),
        ConsoleOptions::tr("EUCORA control-plane base URL (default %1).")
            .arg(options.controlPlaneUrl.toString()),
        QStringLiteral("URL"));
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
    parser.addOptions({prometheus, controlPlane, refresh, range, readOnly});
    parser.process(app);

    if (parser.isSet(prometheus))
        options.prometheusUrl = serverUrl(parser.value(prometheus), "prometheus");
    if (parser.isSet(controlPlane))
        options.controlPlaneUrl = serverUrl(parser.value(controlPlane), "control-plane");
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
    return options;
}

} // namespace eucora::app
