// The live stack as the tests use it: scrape every second and a fast simulation so rates show
// up within seconds. Servers stop by PID when the LocalStack goes out of scope, pass or fail.
//
// The engine comes from $EUCORA_TEST_ENGINE (prometheus, the default, or victoriametrics): ctest
// runs the Prometheus client, panel feed, headless console and eucora-ctl query tests against
// both. VictoriaMetrics runs with vmalert on the same rules and -search.latencyOffset=2s: its
// default 30 s would hold the first half-minute of every test's data back (tst_engines checks the
// default and what the console does about it).
#pragma once

#include "localstack.h"

#include <QFile>
#include <QTcpServer>
#include <QTest>

#include <memory>

namespace eucora::testing {

inline devstack::LocalStack::Engine testEngine()
{
    const QString name = qEnvironmentVariable("EUCORA_TEST_ENGINE", QStringLiteral("prometheus"));
    const auto engine = devstack::LocalStack::engineFromName(name);
    if (!engine)
        qFatal("EUCORA_TEST_ENGINE=%s: expected prometheus or victoriametrics", qPrintable(name));
    return *engine;
}

inline bool onVictoriaMetrics()
{
    return testEngine() == devstack::LocalStack::Engine::VictoriaMetrics;
}

// The engine of this run with the tests' settings.
inline void useTestEngine(devstack::LocalStack::Options *options)
{
    options->engine = testEngine();
    if (options->engine == devstack::LocalStack::Engine::VictoriaMetrics)
        options->engineArguments << QStringLiteral("-search.latencyOffset=2s");
}

inline std::unique_ptr<devstack::LocalStack> startTestStack(QString *error, int seed = 7)
{
    devstack::LocalStack::Options options;
    useTestEngine(&options);
    options.scrapeIntervalSeconds = 1;
    options.devplaneArguments = {QStringLiteral("--seed"), QString::number(seed),
                                 QStringLiteral("--speed"), QStringLiteral("60")};
    auto stack = std::make_unique<devstack::LocalStack>(options);
    if (!stack->start(error))
        return nullptr;
    return stack;
}

// Whether a process with this PID still exists (and is not a zombie we are about to reap).
inline bool processExists(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return false;
    return !status.readAll().contains("State:\tZ");
}

} // namespace eucora::testing
