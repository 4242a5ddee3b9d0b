// The console's command line.
#pragma once

#include "settings/connectionchoice.h"

#include <QCoreApplication>
#include <QSize>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <utility>
#include <vector>

namespace eucora::app {

struct ConsoleOptions
{
    // The servers the window talks to: the connection's (set by the launcher from --profile,
    // the last profile used, or --prometheus / --control-plane).
    QUrl prometheusUrl {QStringLiteral("http://localhost:9090")};
    QUrl controlPlaneUrl {QStringLiteral("http://localhost:8000")};
    QString profile; // --profile NAME
    settings::ConnectionOverrides overrides; // --prometheus, --control-plane, --cacert, ...
    settings::ConnectionProfile connection; // what the window uses (TLS, proxy, auth)
    bool connectionFromProfile = false; // `connection` is a saved profile (maybe overridden)
    bool connectionOverridden = false; // the command line changed the saved profile
    int refreshSeconds = 15;
    std::chrono::seconds range {std::chrono::hours(1)}; // the time window the panels show
    bool readOnly = false; // --read-only: every operator action is disabled
    bool rangeGiven = false; // --range was on the command line
    bool refreshGiven = false; // --refresh was

    QStringList dashboardFiles; // --dashboard FILE: extra views
    QString view; // --view NAME: overview, deployments, ..., or a dashboard's uid
    QString from; // --from / --to: raw times (RFC 3339, Unix seconds, now-6h)
    QString to;
    std::vector<std::pair<QString, QString>> variables; // --var NAME=VALUE
    QString screenshot; // --screenshot FILE
    QSize size {1600, 1000}; // --size WxH
    QString exportFile; // --export FILE.json
    bool check = false; // --check
    QString theme; // --theme light|dark; empty: the system's
    bool passwordStdin = false; // --password-stdin: sign in as $EUCORA_USERNAME at start
    bool demoStack = false; // --demo-stack: the servers are eucora-devstack's
    bool bench = false; // --bench: measure (headless/benchrun.h)

    bool headless() const
    {
        return !screenshot.isEmpty() || !exportFile.isEmpty() || check || bench;
    }

    Q_DECLARE_TR_FUNCTIONS(eucora::app::ConsoleOptions)
};

// Parses the application's arguments; prints help, version or a usage error and exits the
// process as QCommandLineParser::process does.
ConsoleOptions parseConsoleOptions(const QCoreApplication &app);

} // namespace eucora::app
