// What the durability of the audit log costs: one fsynced JSON line per action transition. A
// rollback writes five lines, so this is the time an operator's click spends on its trail.
#include "actions/auditlog.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

namespace {

void BM_AuditLogAppend(benchmark::State &state)
{
    QTemporaryDir dir;
    const eucora::actions::AuditLog log(dir.filePath(QStringLiteral("audit.jsonl")));
    eucora::actions::AuditEntry entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.program = QStringLiteral("eucora-bench");
    entry.user = QStringLiteral("operator");
    entry.server = QStringLiteral("http://127.0.0.1:8000");
    entry.action = QStringLiteral("rollback");
    entry.target = QStringLiteral("5b0e6a9e-1f0c-4c7e-9a51-2f4d8c1e7a10");
    entry.reason = QStringLiteral("Crash reports after the upgrade");
    entry.idempotencyKey = QStringLiteral("0c3f6c55-8a0e-4d5f-9d0b-4c1f0a7e2b11");
    entry.httpStatus = 202;
    entry.state = QStringLiteral("accepted");
    entry.outcome = QStringLiteral("accepted: task 6d1f0e2a, deployment status COMPLETED");
    for (auto _ : state) {
        if (!log.append(entry))
            state.SkipWithError("append failed");
    }
    state.SetItemsProcessed(state.iterations());
}

void BM_AuditLogRead_10k(benchmark::State &state)
{
    QTemporaryDir dir;
    const eucora::actions::AuditLog log(dir.filePath(QStringLiteral("audit.jsonl")));
    eucora::actions::AuditEntry entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.action = QStringLiteral("rollback");
    entry.state = QStringLiteral("reconciled");
    entry.outcome = QStringLiteral("rolled back; deployment status ROLLED_BACK");
    {
        // Written without fsync: only the reading is measured.
        QFile file(log.path());
        file.open(QIODevice::WriteOnly);
        const QByteArray line = QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact) + '\n';
        for (int i = 0; i < 10000; ++i)
            file.write(line);
    }
    for (auto _ : state)
        benchmark::DoNotOptimize(eucora::actions::AuditLog::read(log.path()).size());
    state.SetItemsProcessed(state.iterations() * 10000);
}

} // namespace

BENCHMARK(BM_AuditLogAppend)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_AuditLogRead_10k)->Unit(benchmark::kMillisecond);
