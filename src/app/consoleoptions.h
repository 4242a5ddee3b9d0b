// The console's command line.
#pragma once

#include <QCoreApplication>
#include <QUrl>

#include <chrono>

namespace eucora::app {

struct ConsoleOptions
{
    QUrl prometheusUrl {QStringLiteral("http://localhost:9090")};
    QUrl controlPlaneUrl {QStringLiteral("http://localhost:8000")};
    int refreshSeconds = 15;
    std::chrono::seconds range {std::chrono::hours(1)}; // the time window the panels show
    bool readOnly = false; // --read-only: every operator action is disabled

    Q_DECLARE_TR_FUNCTIONS(eucora::app::ConsoleOptions)
};

// Parses the application's arguments; prints help, version or a usage error and exits the
// process as QCommandLineParser::process does.
ConsoleOptions parseConsoleOptions(const QCoreApplication &app);

} // namespace eucora::app
