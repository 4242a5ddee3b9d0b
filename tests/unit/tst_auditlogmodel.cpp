// AuditLogModel: newest entry first, a grown log inserts rows at the top instead of resetting,
// every column shown, and a clean bill from QAbstractItemModelTester. The entries are read
// from a real file written by AuditLog.
#include "actions/auditlog.h"
#include "models/auditlogmodel.h"
#include "models/modelroles.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace eucora;
using eucora::models::AuditLogModel;

class TestAuditLogModel : public QObject
{
    Q_OBJECT

private slots:
    void passesTheModelTester();
    void newestEntryComesFirst();
    void aGrownLogInsertsRowsAtTheTop();
    void showsEveryColumn();
    void rowsFollowTheirEntryUnderTheModelTester();
    void headersNameEveryColumn();

private:
    static actions::AuditEntry entry(int second, const QString &state, int httpStatus = 0);
};

actions::AuditEntry TestAuditLogModel::entry(int second, const QString &state, int httpStatus)
{
    actions::AuditEntry e;
    e.time = QDateTime(QDate(2025, 3, 4), QTime(10, 0, second), Qt::UTC);
    e.program = QStringLiteral("eucora-console");
    e.user = QStringLiteral("operator");
    e.server = QStringLiteral("http://127.0.0.1:8000");
    e.action = QStringLiteral("rollback");
    e.target = QStringLiteral("6f1c");
    e.reason = QStringLiteral("Crash loop");
    e.idempotencyKey = QStringLiteral("k-1");
    e.httpStatus = httpStatus;
    e.state = state;
    e.outcome = QStringLiteral("outcome %1").arg(second);
    return e;
}

void TestAuditLogModel::passesTheModelTester()
{
    AuditLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEntries({entry(1, QStringLiteral("drafted"))});
    model.setEntries({entry(1, QStringLiteral("drafted")), entry(2, QStringLiteral("sent"))});
    model.setEntries({entry(5, QStringLiteral("accepted"))});
    model.setEntries({});
}

void TestAuditLogModel::newestEntryComesFirst()
{
    QTemporaryDir dir;
    const actions::AuditLog log(dir.filePath(QStringLiteral("audit.jsonl")));
    QVERIFY(log.append(entry(1, QStringLiteral("confirmed"))));
    QVERIFY(log.append(entry(2, QStringLiteral("sent"))));
    QVERIFY(log.append(entry(3, QStringLiteral("accepted"), 202)));
    AuditLogModel model;
    model.setEntries(actions::AuditLog::read(log.path()));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, AuditLogModel::State).data().toString(), QStringLiteral("accepted"));
    QCOMPARE(model.index(2, AuditLogModel::State).data().toString(), QStringLiteral("confirmed"));
    QCOMPARE(model.entryAt(0)->outcome, QStringLiteral("outcome 3"));
    QVERIFY(!model.entryAt(3));
}

void TestAuditLogModel::aGrownLogInsertsRowsAtTheTop()
{
    AuditLogModel model;
    model.setEntries({entry(1, QStringLiteral("confirmed")), entry(2, QStringLiteral("sent"))});
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.setEntries({entry(1, QStringLiteral("confirmed")), entry(2, QStringLiteral("sent")),
                      entry(3, QStringLiteral("accepted"), 202),
                      entry(4, QStringLiteral("reconciled"), 200)});
    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 0);
    QCOMPARE(inserted.first().at(2).toInt(), 1);
    QCOMPARE(model.index(0, AuditLogModel::State).data().toString(), QStringLiteral("reconciled"));

    model.setEntries({entry(4, QStringLiteral("reconciled"), 200)}); // a rotated file
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 1);
}

void TestAuditLogModel::showsEveryColumn()
{
    AuditLogModel model;
    model.setEntries({entry(7, QStringLiteral("rejected"), 409)});
    QCOMPARE(model.columnCount(), 10);
    const auto cell = [&model](int column) {
        return model.index(0, column).data().toString();
    };
    QVERIFY(cell(AuditLogModel::Time)
                .startsWith(entry(7, {}).time.toLocalTime().toString(
                    QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
    QCOMPARE(cell(AuditLogModel::Program), QStringLiteral("eucora-console"));
    QCOMPARE(cell(AuditLogModel::User), QStringLiteral("operator"));
    QCOMPARE(cell(AuditLogModel::Action), QStringLiteral("rollback"));
    QCOMPARE(cell(AuditLogModel::Target), QStringLiteral("6f1c"));
    QCOMPARE(cell(AuditLogModel::State), QStringLiteral("rejected"));
    QCOMPARE(cell(AuditLogModel::HttpStatus), QStringLiteral("409"));
    QCOMPARE(cell(AuditLogModel::Outcome), QStringLiteral("outcome 7"));
    QCOMPARE(cell(AuditLogModel::Reason), QStringLiteral("Crash loop"));
    QCOMPARE(cell(AuditLogModel::Key), QStringLiteral("k-1"));
    QCOMPARE(model.index(0, AuditLogModel::State).data(models::ToneRole).toInt(),
             int(models::Tone::Bad));
    QCOMPARE(model.index(0, AuditLogModel::Target).data(Qt::ToolTipRole).toString(),
             QStringLiteral("6f1c on http://127.0.0.1:8000"));

    model.setEntries({entry(8, QStringLiteral("unknown"))});
    QCOMPARE(model.index(0, AuditLogModel::HttpStatus).data().toString(), QString());
    QCOMPARE(model.index(0, AuditLogModel::State).data(models::ToneRole).toInt(),
             int(models::Tone::Warning));
}

void TestAuditLogModel::rowsFollowTheirEntryUnderTheModelTester()
{
    AuditLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    std::vector<actions::AuditEntry> log {entry(1, QStringLiteral("confirmed")),
                                          entry(2, QStringLiteral("sent"))};
    model.setEntries(log);
    const QPersistentModelIndex sent = model.index(0, AuditLogModel::State);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    log.push_back(entry(3, QStringLiteral("accepted"), 202));
    model.setEntries(log);
    QCOMPARE(sent.row(), 1);
    log.push_back(entry(4, QStringLiteral("reconciled"), 200));
    log.push_back(entry(5, QStringLiteral("drafted")));
    model.setEntries(log);
    QCOMPARE(sent.row(), 3);
    QCOMPARE(sent.data().toString(), QStringLiteral("sent"));
    model.setEntries(log); // reread, nothing appended
    QCOMPARE(model.entryAt(0)->state, QStringLiteral("drafted"));
    QCOMPARE(model.entryAt(4)->state, QStringLiteral("confirmed"));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 0);

    model.setEntries({entry(9, QStringLiteral("drafted"))}); // a rotated file
    QVERIFY(!sent.isValid());
    model.setEntries({});
    QCOMPARE(model.rowCount(), 0);
}

void TestAuditLogModel::headersNameEveryColumn()
{
    AuditLogModel model;
    QCOMPARE(model.headerData(AuditLogModel::Time, Qt::Horizontal).toString(),
             QStringLiteral("Time"));
    QCOMPARE(model.headerData(AuditLogModel::HttpStatus, Qt::Horizontal).toString(),
             QStringLiteral("HTTP"));
    QCOMPARE(model.headerData(AuditLogModel::Key, Qt::Horizontal).toString(),
             QStringLiteral("Idempotency key"));
    QVERIFY(model.headerData(AuditLogModel::HttpStatus, Qt::Horizontal, Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String("HTTP status")));
    QVERIFY(!model.headerData(AuditLogModel::Reason, Qt::Horizontal, Qt::ToolTipRole).isValid());
}

QTEST_MAIN(TestAuditLogModel)
#include "tst_auditlogmodel.moc"
