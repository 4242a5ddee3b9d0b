// The commands of eucora-ctl. Each one runs to its end and returns the process exit code;
// results go to stdout, errors and progress to stderr (see CtlOutput).
#pragma once

#include "ctlfailure.h"

namespace eucora::ctl {

class CtlOutput;
class CtlSession;
struct CtlOptions;

struct CommandContext
{
    const CtlOptions &options;
    CtlSession &session;
    const CtlOutput &output;
};

// readcommands.cpp
ExitCode runLogin(const CommandContext &context);
ExitCode runDeployments(const CommandContext &context);
ExitCode runDeployment(const CommandContext &context);
ExitCode runRings(const CommandContext &context);
ExitCode runBreakers(const CommandContext &context);
// querycommand.cpp: Prometheus only, no control-plane session
ExitCode runQuery(const CtlOptions &options, const CtlOutput &output);
// actioncommands.cpp
ExitCode runSeed(const CommandContext &context);
ExitCode runBreakerReset(const CommandContext &context);
// rollbackcommand.cpp
ExitCode runRollback(const CommandContext &context);

} // namespace eucora::ctl
