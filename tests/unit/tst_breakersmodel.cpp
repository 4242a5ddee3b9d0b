// BreakersModel: the server's order and words, the state's tone, one row replaced after a reset,
// and a clean bill from QAbstractItemModelTester.
#include "models/breakersmodel.h"
#include "models/modelroles.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace eucora;
using eucora::models::BreakersModel;

class TestBreakersModel : public QObject
{
    Q_OBJECT

private slots:
    void passesTheModelTester();
    void showsStateAndFailures();
    void stateTones_data();
    void stateTones();
    void aResetBreakerIsUpdatedInPlace();
    void rowsFollowTheirBreakerUnderTheModelTester();
    void lookupIgnoresCase();
    void countsTheBreakersNotClosed();

private:
    static controlplane::BreakerStatus breaker(const QString &service, const QString &state,
                                               int failures = 0);
};

controlplane::BreakerStatus TestBreakersModel::breaker(const QString &service, const QString &state,
                                                       int failures)
{
    return {service, state, failures, 5, 60};
}

void TestBreakersModel::passesTheModelTester()
{
    BreakersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setBreakers({breaker(QStringLiteral("intune"), QStringLiteral("closed")),
                       breaker(QStringLiteral("jamf"), QStringLiteral("open"), 5)});
    model.setBreakers({breaker(QStringLiteral("intune"), QStringLiteral("half-open")),
                       breaker(QStringLiteral("jamf"), QStringLiteral("open"), 5)});
    QVERIFY(model.updateBreaker(breaker(QStringLiteral("jamf"), QStringLiteral("closed"))));
    model.setBreakers({breaker(QStringLiteral("database"), QStringLiteral("closed"))});
    model.setBreakers({});
}

void TestBreakersModel::showsStateAndFailures()
{
    BreakersModel model;
    model.setBreakers({breaker(QStringLiteral("jamf"), QStringLiteral("open"), 5)});
    QCOMPARE(model.columnCount(), 4);
    QCOMPARE(model.index(0, BreakersModel::Service).data().toString(), QStringLiteral("jamf"));
    QCOMPARE(model.index(0, BreakersModel::State).data().toString(), QStringLiteral("open"));
    QCOMPARE(model.index(0, BreakersModel::Failures).data().toString(), QStringLiteral("5 of 5"));
    QCOMPARE(model.index(0, BreakersModel::Failures).data(models::SortRole).toInt(), 5);
    QCOMPARE(model.index(0, BreakersModel::ResetTimeout).data().toString(), QStringLiteral("60 s"));
    QCOMPARE(model.index(0, BreakersModel::State).data(models::KeyRole).toString(),
             QStringLiteral("jamf"));
}

void TestBreakersModel::stateTones_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<int>("tone");
    QTest::newRow("closed") << QStringLiteral("closed") << int(models::Tone::Good);
    QTest::newRow("open") << QStringLiteral("open") << int(models::Tone::Bad);
    QTest::newRow("half-open") << QStringLiteral("half-open") << int(models::Tone::Warning);
    QTest::newRow("unknown word") << QStringLiteral("tripped") << int(models::Tone::Warning);
}

void TestBreakersModel::stateTones()
{
    QFETCH(QString, state);
    QFETCH(int, tone);
    BreakersModel model;
    model.setBreakers({breaker(QStringLiteral("sccm"), state)});
    QCOMPARE(model.index(0, BreakersModel::State).data().toString(), state);
    QCOMPARE(model.index(0, BreakersModel::State).data(models::ToneRole).toInt(), tone);
    QCOMPARE(model.index(0, BreakersModel::Service).data(models::ToneRole).toInt(),
             int(models::Tone::Neutral));
}

void TestBreakersModel::aResetBreakerIsUpdatedInPlace()
{
    BreakersModel model;
    model.setBreakers({breaker(QStringLiteral("intune"), QStringLiteral("closed")),
                       breaker(QStringLiteral("jamf"), QStringLiteral("open"), 5)});
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(model.updateBreaker(breaker(QStringLiteral("JAMF"), QStringLiteral("closed"))));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.breakerAt(1)->state, QStringLiteral("closed"));
    QVERIFY(!model.updateBreaker(breaker(QStringLiteral("splunk"), QStringLiteral("closed"))));
    QCOMPARE(model.rowCount(), 2);
}

void TestBreakersModel::rowsFollowTheirBreakerUnderTheModelTester()
{
    BreakersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    const auto intune = breaker(QStringLiteral("intune"), QStringLiteral("closed"));
    const auto jamf = breaker(QStringLiteral("jamf"), QStringLiteral("open"), 5);
    const auto sccm = breaker(QStringLiteral("sccm"), QStringLiteral("closed"));
    model.setBreakers({intune, jamf});
    const QPersistentModelIndex selected = model.index(1, BreakersModel::State);

    model.setBreakers({sccm, intune, jamf});
    QCOMPARE(selected.row(), 2);
    model.setBreakers({jamf, sccm});
    QCOMPARE(selected.row(), 0);
    QVERIFY(model.updateBreaker(breaker(QStringLiteral("jamf"), QStringLiteral("half-open"), 5)));
    QCOMPARE(selected.data().toString(), QStringLiteral("half-open"));
    QCOMPARE(reset.count(), 0);

    model.setBreakers({});
    QVERIFY(!selected.isValid());
    QCOMPARE(reset.count(), 0);
}

void TestBreakersModel::lookupIgnoresCase()
{
    BreakersModel model;
    model.setBreakers({breaker(QStringLiteral("intune"), QStringLiteral("closed")),
                       breaker(QStringLiteral("Jamf"), QStringLiteral("open"), 5)});
    QCOMPARE(model.rowOf(QStringLiteral("JAMF")), 1);
    QCOMPARE(model.rowOf(QStringLiteral("jamf")), 1);
    QCOMPARE(model.rowOf(QStringLiteral("splunk")), -1);
    QCOMPARE(model.find(QStringLiteral("INTUNE"))->state, QStringLiteral("closed"));
    QCOMPARE(model.breakerAt(model.rowOf(QStringLiteral("jAmF")))->failCounter, 5);

    // A refresh spelling the name differently keeps the row and tells the new spelling.
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setBreakers({breaker(QStringLiteral("intune"), QStringLiteral("closed")),
                       breaker(QStringLiteral("jamf"), QStringLiteral("open"), 5)});
    QCOMPARE(removed.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.breakers().at(1).service, QStringLiteral("jamf"));
}

void TestBreakersModel::countsTheBreakersNotClosed()
{
    BreakersModel model;
    QCOMPARE(model.notClosedCount(), 0);
    model.setBreakers({breaker(QStringLiteral("intune"), QStringLiteral("closed")),
                       breaker(QStringLiteral("jamf"), QStringLiteral("open"), 5),
                       breaker(QStringLiteral("sccm"), QStringLiteral("half-open")),
                       breaker(QStringLiteral("splunk"), QStringLiteral("tripped"))});
    QCOMPARE(model.notClosedCount(), 3);
    QVERIFY(model.updateBreaker(breaker(QStringLiteral("jamf"), QStringLiteral("closed"))));
    QCOMPARE(model.notClosedCount(), 2);
}

QTEST_MAIN(TestBreakersModel)
#include "tst_breakersmodel.moc"
