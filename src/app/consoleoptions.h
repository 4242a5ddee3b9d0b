// The console's command line.
#pragma once

#include <QUrl>

class QCoreApplication;

namespace eucora::app {

struct ConsoleOptions
{
    QUrl prometheusUrl{QStringLiteral("http://localhost:9090")};
    QUrl controlPlaneUrl{QStringLiteral("http://localhost:8000")};
    int refreshSeconds = 15;
};

// Parses the application's arguments; prints help, version or a usage error and exits the
// process as QCommandLineParser::process does.
ConsoleOptions parseConsoleOptions(const QCoreApplication &app);

} // namespace eucora::app
