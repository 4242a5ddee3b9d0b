// The live stack as the tests use it: scrape every second and a fast simulation so rates show
// up within seconds. Servers stop by PID when the LocalStack goes out of scope, pass or fail.
#pragma once

#include "localstack.h"

#include <QFile>
#include <QTcpServer>
#include <QTest>

#include <memory>

namespace eucora::testing {

inline std::unique_ptr<devstack::LocalStack> startTestStack(QString *error, int seed = 7)
{
    devstack::LocalStack::Options options;
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
