// Grafana's reducers over series with NaN gaps, worked out by hand from fieldReducer.ts.
#include "dashboard/reducers.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace eucora::dashboard;

namespace {
const double kGap = std::numeric_limits<double>::quiet_NaN();
const std::vector<double> kWithGaps {kGap, 1, 3, kGap, 2, kGap};
} // namespace

Q_DECLARE_METATYPE(std::vector<double>)

class TestReducers : public QObject
{
    Q_OBJECT

private slots:
    void reducersSkipGapsLikeNulls_data();
    void reducersSkipGapsLikeNulls();
    void emptyAndAllGaps();
    void deltaCountsCounterResets();
    void idsAndLegacyAliases();
};

void TestReducers::reducersSkipGapsLikeNulls_data()
{
    QTest::addColumn<std::vector<double>>("values");
    QTest::addColumn<int>("reducer");
    QTest::addColumn<double>("expected"); // NaN: null
    auto row = [](const char *name, Reducer reducer, double expected) {
        QTest::newRow(name) << kWithGaps << int(reducer) << expected;
    };
    row("lastNotNull", Reducer::LastNotNull, 2);
    row("last is the gap", Reducer::Last, kGap);
    row("firstNotNull", Reducer::FirstNotNull, 1);
    row("first is the gap", Reducer::First, kGap);
    row("min", Reducer::Min, 1);
    row("max", Reducer::Max, 3);
    row("mean of three", Reducer::Mean, 2);
    row("sum", Reducer::Sum, 6);
    row("count without gaps", Reducer::Count, 3);
    row("range", Reducer::Range, 2);
    row("diff last minus first", Reducer::Diff, 1);
    row("delta: up 2, the drop is a reset not at the end", Reducer::Delta, 2);
    row("changeCount: gaps are values", Reducer::ChangeCount, 5);
    row("distinctCount: the gap is one value", Reducer::DistinctCount, 4);
    QTest::newRow("changeCount of a flat series")
        << std::vector<double> {4, 4, 4} << int(Reducer::ChangeCount) << 0.0;
    QTest::newRow("mean of negatives")
        << std::vector<double> {-1, -2, kGap, -3} << int(Reducer::Mean) << -2.0;
    QTest::newRow("last present") << std::vector<double> {1, 2, 7} << int(Reducer::Last) << 7.0;
}

void TestReducers::reducersSkipGapsLikeNulls()
{
    QFETCH(std::vector<double>, values);
    QFETCH(int, reducer);
    QFETCH(double, expected);
    const auto result = reduce(values, static_cast<Reducer>(reducer));
    if (std::isnan(expected)) {
        QVERIFY(!result);
        return;
    }
    QVERIFY(result);
    QCOMPARE(*result, expected);
}

void TestReducers::emptyAndAllGaps()
{
    const std::vector<double> empty;
    QCOMPARE(reduce(empty, Reducer::Sum), std::optional<double>(0));
    QCOMPARE(reduce(empty, Reducer::Count), std::optional<double>(0));
    for (Reducer r : {Reducer::LastNotNull, Reducer::Last, Reducer::Min, Reducer::Mean,
                      Reducer::Delta, Reducer::ChangeCount, Reducer::DistinctCount})
        QVERIFY(!reduce(empty, r));
    const std::vector<double> gaps {kGap, kGap};
    QCOMPARE(reduce(gaps, Reducer::Sum), std::optional<double>(0));
    QCOMPARE(reduce(gaps, Reducer::Count), std::optional<double>(0));
    QCOMPARE(reduce(gaps, Reducer::Delta), std::optional<double>(0));
    QCOMPARE(reduce(gaps, Reducer::ChangeCount), std::optional<double>(0));
    QCOMPARE(reduce(gaps, Reducer::DistinctCount), std::optional<double>(1));
    QVERIFY(!reduce(gaps, Reducer::Max));
    QVERIFY(!reduce(gaps, Reducer::Range));
    QVERIFY(!reduce(gaps, Reducer::LastNotNull));
}

void TestReducers::deltaCountsCounterResets()
{
    // 10 -> 20 (+10), reset to 5, 5 -> 15 counts the 15 after a reset.
    QCOMPARE(reduce({10, 20, 5, 15}, Reducer::Delta), std::optional<double>(25));
    QCOMPARE(reduce({10, 20, 5, 15}, Reducer::Diff), std::optional<double>(5));
    // A reset on the last point adds that point.
    QCOMPARE(reduce({10, 20, 5}, Reducer::Delta), std::optional<double>(15));
    QCOMPARE(reduce({1, kGap, 4, 6}, Reducer::Delta), std::optional<double>(5));
}

void TestReducers::idsAndLegacyAliases()
{
    QCOMPARE(reducerFromId(QStringLiteral("lastNotNull")),
             std::optional<Reducer>(Reducer::LastNotNull));
    QCOMPARE(reducerFromId(QStringLiteral("current")),
             std::optional<Reducer>(Reducer::LastNotNull));
    QCOMPARE(reducerFromId(QStringLiteral("avg")), std::optional<Reducer>(Reducer::Mean));
    QCOMPARE(reducerFromId(QStringLiteral("total")), std::optional<Reducer>(Reducer::Sum));
    QCOMPARE(reducerFromId(QStringLiteral("stdDev")), std::optional<Reducer>());
    QCOMPARE(reducerId(Reducer::DistinctCount), QStringLiteral("distinctCount"));
    QCOMPARE(reducerIdFromLegacy(QStringLiteral("current")), QStringLiteral("lastNotNull"));
    QCOMPARE(reducerIdFromLegacy(QStringLiteral("max")), QStringLiteral("max"));
    QCOMPARE(reducerIdFromLegacy(QStringLiteral("name")), QString());
}

QTEST_GUILESS_MAIN(TestReducers)
#include "tst_reducers.moc"
