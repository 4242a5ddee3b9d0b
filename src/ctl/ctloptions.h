// eucora-ctl's command line: one command with its arguments, the global options, and the
// command's own options. The password is never an argument (it would show in `ps` and in shell
// history): it comes from --password-stdin or EUCORA_PASSWORD.
#pragma once

#include "controlplane/apimodels.h"
#include "settings/connectionchoice.h"

#include <QString>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <optional>

namespace eucora::ctl {

struct CtlOptions
{
    QString command; // login, deployments, deployment, rings, rollback, seed, ...
    QStringList arguments; // the command's positional arguments

    // The servers in use: --control-plane / --prometheus, else the profile's, else
    // $EUCORA_CONTROL_PLANE / $EUCORA_PROMETHEUS, else localhost (resolveConnection()).
    QUrl controlPlaneUrl {QStringLiteral("http://localhost:8000")};
    QUrl prometheusUrl {QStringLiteral("http://localhost:9090")};
    QString profile; // --profile NAME (or $EUCORA_PROFILE)
    settings::ConnectionOverrides overrides; // --control-plane, --prometheus, --cacert, ...
    settings::ConnectionProfile connection; // what the run uses, once resolved
    QString username; // empty: the saved session's user
    bool passwordFromStdin = false;
    std::optional<std::chrono::milliseconds> timeout; // unset: the clients' defaults
    bool json = false;

    // deployments
    QString status;
    QString ring;
    int limit = 0; // 0 = the server's default (100)
    // rollback
    QString reason;
    bool yes = false;
    // seed
    controlplane::SeedRequest seed;
    bool wait = false;
};

enum class ParseOutcome { Run, Help, Version, UsageError };

// Reads `arguments` (argv, program name first) and the EUCORA_* environment. On Help and
// Version `text` is what to print on stdout; on UsageError it is the one-line reason.
ParseOutcome parseCtlOptions(const QStringList &arguments, CtlOptions *options, QString *text);

// Applies the saved profile (if one is named) and the command line's overrides: sets
// `connection`, `controlPlaneUrl` and `prometheusUrl`. On failure `text` says why.
bool resolveConnection(const settings::ProfileStore &store, CtlOptions *options, QString *text);

} // namespace eucora::ctl
