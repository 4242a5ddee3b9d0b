// AuditLog: lines round-trip, the file is private to the user, a torn last line (a crash in the
// middle of a write) costs only that line, and concurrent writers never interleave lines.
#include "actions/auditlog.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace eucora::actions;

class TestAuditLog : public QObject
{
    Q_OBJECT

private slots:
    void roundTripsEveryField();
    void createsItsFolderAndAPrivateFile();
    void skipsATornLastLineAndForeignLines();
    void concurrentWritersKeepWholeLines();
    void reportsWhyALineCouldNotBeWritten();
    void defaultPathHonoursTheEnvironment();
};

namespace {

AuditEntry sample(int n)
{
    AuditEntry e;
    e.time = QDateTime::fromMSecsSinceEpoch(1'790'000'000'000 + n, Qt::UTC);
    e.program = QStringLiteral("eucora-console");
    e.user = QStringLiteral("operator");
    e.server = QStringLiteral("http://127.0.0.1:8000");
    e.action = QStringLiteral("rollback");
    e.target = QStringLiteral("5b0e6a9e-1f0c-4c7e-9a51-2f4d8c1e7a10");
    e.reason = QStringLiteral("Crash \"reports\" — line\nbreak %1").arg(n);
    e.idempotencyKey = QStringLiteral("0c3f6c55-8a0e-4d5f-9d0b-4c1f0a7e2b11");
    e.httpStatus = 202;
    e.state = QStringLiteral("accepted");
    e.outcome = QStringLiteral("accepted: task 42");
    return e;
}

} // namespace

void TestAuditLog::roundTripsEveryField()
{
    QTemporaryDir dir;
    AuditLog log(dir.filePath(QStringLiteral("audit.jsonl")));
    QVERIFY(log.append(sample(1)));
    QVERIFY(log.append(sample(2)));
    int skipped = -1;
    const auto entries = AuditLog::read(log.path(), &skipped);
    QCOMPARE(skipped, 0);
    QCOMPARE(entries.size(), size_t(2));
    QVERIFY(entries[0] == sample(1));
    QVERIFY(entries[1] == sample(2));
    QFile file(log.path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().count('\n'), 2); // one line per entry, newlines in text escaped
}

void TestAuditLog::createsItsFolderAndAPrivateFile()
{
    QTemporaryDir dir;
    AuditLog log(dir.filePath(QStringLiteral("deep/er/audit.jsonl")));
    QVERIFY(log.append(sample(1)));
    QCOMPARE(QFileInfo(log.path()).permissions(),
             QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);
}

void TestAuditLog::skipsATornLastLineAndForeignLines()
{
    QTemporaryDir dir;
    AuditLog log(dir.filePath(QStringLiteral("audit.jsonl")));
    QVERIFY(log.append(sample(1)));
    {
        QFile file(log.path());
        QVERIFY(file.open(QIODevice::Append));
        file.write("{\"not\": \"an entry\"}\nplain text\n");
        file.write("{\"time\": \"2026-11-25T10:00:00.000Z\", \"action\": \"rollb");
    }
    QVERIFY(log.append(sample(2))); // after the torn bytes
    int skipped = 0;
    const auto entries = AuditLog::read(log.path(), &skipped);
    // Only the torn fragment is lost: the next entry starts on a line of its own.
    QCOMPARE(entries.size(), size_t(2));
    QVERIFY(entries[0] == sample(1));
    QVERIFY(entries[1] == sample(2));
    QCOMPARE(skipped, 3);
}

void TestAuditLog::concurrentWritersKeepWholeLines()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("audit.jsonl"));
    std::atomic<int> failures {0};
    auto writer = [path, &failures](int base) {
        AuditLog log(path);
        for (int i = 0; i < 200; ++i)
            failures += log.append(sample(base + i)) ? 0 : 1;
    };
    std::thread a(writer, 0);
    std::thread b(writer, 1000);
    a.join();
    b.join();
    QCOMPARE(failures.load(), 0);
    int skipped = -1;
    QCOMPARE(AuditLog::read(path, &skipped).size(), size_t(400));
    QCOMPARE(skipped, 0);
}

void TestAuditLog::reportsWhyALineCouldNotBeWritten()
{
    QTemporaryDir dir;
    QFile blocker(dir.filePath(QStringLiteral("file")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    AuditLog log(dir.filePath(QStringLiteral("file/audit.jsonl"))); // a file where a folder must be
    const eucora::Result<void, QString> appended = log.append(sample(1));
    QVERIFY(!appended);
    const QString error = appended.error();
    QVERIFY2(error.startsWith(QLatin1String("audit log ")), qPrintable(error));
}

void TestAuditLog::defaultPathHonoursTheEnvironment()
{
    qputenv("EUCORA_AUDIT_LOG", "/tmp/elsewhere.jsonl");
    QCOMPARE(AuditLog::defaultPath(), QStringLiteral("/tmp/elsewhere.jsonl"));
    qunsetenv("EUCORA_AUDIT_LOG");
    QVERIFY(AuditLog::defaultPath().endsWith(QLatin1String("/eucora/audit.jsonl")));
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
