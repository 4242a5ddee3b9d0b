// Min/max decimation for charts: each pixel column keeps its exact extremes, its first and last
// point, NaN gaps stay gaps, and the output is sorted and never more than four points a column.
#include "dashboard/decimation.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <limits>
#include <set>

using namespace eucora;
using eucora::prometheus::Series;

using Values = std::vector<double>;
Q_DECLARE_METATYPE(Values)

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Points at t = 0, 1, 2, ... ms.
Series series(const Values &values)
{
    Series out;
    out.labels = {{QStringLiteral("job"), QStringLiteral("eucora")}};
    for (std::size_t i = 0; i < values.size(); ++i) {
        out.timestampsMs.push_back(std::int64_t(i));
        out.values.push_back(values[i]);
    }
    return out;
}

Series randomSeries(quint32 seed, int points, std::int64_t maxGapMs, double nanShare)
{
    QRandomGenerator random(seed);
    Series out;
    std::int64_t t = 1'700'000'000'000;
    double v = 0;
    for (int i = 0; i < points; ++i) {
        t += 1 + std::int64_t(random.bounded(double(maxGapMs)));
        v += random.bounded(2.0) - 1.0;
        if (random.bounded(1000) == 0)
            v += 500; // a spike
        out.timestampsMs.push_back(t);
        out.values.push_back(random.bounded(1.0) < nanShare ? kNaN : v);
    }
    return out;
}

int columnOf(std::int64_t t, std::int64_t t0, std::int64_t t1, int columns)
{
    return int((t - t0) * columns / (t1 - t0));
}

struct ColumnSummary
{
    int count = 0;
    double min = std::numeric_limits<double>::infinity();
    double max = -std::numeric_limits<double>::infinity();
    bool hasNaN = false;
    std::int64_t firstT = 0;
    std::int64_t lastT = 0;
};

// Brute-force facts per column, for checking the one-pass result.
std::vector<ColumnSummary> summarise(const Series &s, std::int64_t t0, std::int64_t t1, int columns)
{
    std::vector<ColumnSummary> out(static_cast<std::size_t>(columns));
    for (std::size_t i = 0; i < s.size(); ++i) {
        const std::int64_t t = s.timestampsMs[i];
        if (t < t0 || t > t1)
            continue;
        ColumnSummary &c = out[std::size_t(std::min(columnOf(t, t0, t1, columns), columns - 1))];
        if (c.count++ == 0)
            c.firstT = t;
        c.lastT = t;
        const double v = s.values[i];
        if (std::isnan(v)) {
            c.hasNaN = true;
            continue;
        }
        c.min = std::min(c.min, v);
        c.max = std::max(c.max, v);
    }
    return out;
}
} // namespace

class TestDecimation : public QObject
{
    Q_OBJECT

private slots:
    void smallOrInvalidInputComesBackUnchanged_data();
    void smallOrInvalidInputComesBackUnchanged();
    void keepsTheExactExtremesOfEveryColumn_data();
    void keepsTheExactExtremesOfEveryColumn();
    void keepsFirstMinMaxLastInTimeOrder();
    void nanStaysAGapAndNeverAnExtreme_data();
    void nanStaysAGapAndNeverAnExtreme();
    void dropsPointsOutsideTheWindow();
    void keepsTheLabels();
};

void TestDecimation::smallOrInvalidInputComesBackUnchanged_data()
{
    QTest::addColumn<int>("points");
    QTest::addColumn<qint64>("t1");
    QTest::addColumn<int>("columns");

    QTest::newRow("empty") << 0 << qint64(100) << 10;
    QTest::newRow("fewer than 4 per column") << 39 << qint64(100) << 10;
    QTest::newRow("exactly 4 per column") << 40 << qint64(100) << 10;
    QTest::newRow("no columns") << 1000 << qint64(1000) << 0;
    QTest::newRow("negative columns") << 1000 << qint64(1000) << -3;
    QTest::newRow("empty window") << 1000 << qint64(0) << 10;
}

void TestDecimation::smallOrInvalidInputComesBackUnchanged()
{
    QFETCH(int, points);
    QFETCH(qint64, t1);
    QFETCH(int, columns);
    Values values;
    for (int i = 0; i < points; ++i)
        values.push_back(std::sin(i));
    const Series input = series(values);
    QCOMPARE(dashboard::decimate(input, 0, t1, columns), input);
}

void TestDecimation::keepsTheExactExtremesOfEveryColumn_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("points");
    QTest::addColumn<int>("columns");
    QTest::addColumn<double>("nanShare");

    QTest::newRow("dense, even columns") << 1u << 100'000 << 200 << 0.0;
    QTest::newRow("dense, odd column count") << 2u << 50'000 << 333 << 0.0;
    QTest::newRow("sparse: some columns empty") << 3u << 3'000 << 700 << 0.0;
    QTest::newRow("with NaN") << 4u << 100'000 << 250 << 0.05;
    QTest::newRow("mostly NaN") << 5u << 20'000 << 100 << 0.9;
}

void TestDecimation::keepsTheExactExtremesOfEveryColumn()
{
    QFETCH(quint32, seed);
    QFETCH(int, points);
    QFETCH(int, columns);
    QFETCH(double, nanShare);
    const Series input = randomSeries(seed, points, 40, nanShare);
    const std::int64_t t0 = input.timestampsMs.front();
    const std::int64_t t1 = input.timestampsMs.back();

    const Series out = dashboard::decimate(input, t0, t1, columns);
    QVERIFY(out.size() < input.size());
    QCOMPARE(out.values.size(), out.timestampsMs.size());
    QVERIFY(std::is_sorted(out.timestampsMs.begin(), out.timestampsMs.end()));

    // Every output point is an input point (same time, same value bits).
    std::set<std::int64_t> inputTimes(input.timestampsMs.begin(), input.timestampsMs.end());
    for (std::size_t i = 0; i < out.size(); ++i)
        QVERIFY(inputTimes.count(out.timestampsMs[i]) == 1);

    const auto expected = summarise(input, t0, t1, columns);
    std::vector<ColumnSummary> actual = summarise(out, t0, t1, columns);
    for (int c = 0; c < columns; ++c) {
        const ColumnSummary &e = expected[std::size_t(c)];
        const ColumnSummary &a = actual[std::size_t(c)];
        QVERIFY2(a.count <= 4, qPrintable(QStringLiteral("column %1 has %2").arg(c).arg(a.count)));
        QCOMPARE(a.count == 0, e.count == 0);
        if (e.count == 0)
            continue;
        QCOMPARE(a.min, e.min);
        QCOMPARE(a.max, e.max);
        QCOMPARE(a.hasNaN, e.hasNaN);
        if (!e.hasNaN) {
            QCOMPARE(a.firstT, e.firstT);
            QCOMPARE(a.lastT, e.lastT);
        }
    }
}

void TestDecimation::keepsFirstMinMaxLastInTimeOrder()
{
    // 10 columns of 10 points; column 0: first 5, max 9 at t=3, min -4 at t=6, last 2.
    Values values(100, 1.0);
    const Values column0 {5, 1, 2, 9, 1, 1, -4, 1, 1, 2};
    std::copy(column0.begin(), column0.end(), values.begin());
    const Series out = dashboard::decimate(series(values), 0, 100, 10);
    QCOMPARE(std::vector<std::int64_t>(out.timestampsMs.begin(), out.timestampsMs.begin() + 4),
             (std::vector<std::int64_t> {0, 3, 6, 9}));
    QCOMPARE(Values(out.values.begin(), out.values.begin() + 4), (Values {5, 9, -4, 2}));
    // Flat columns collapse to first and last.
    QCOMPARE(out.size(), std::size_t(4 + 9 * 2));
}

void TestDecimation::nanStaysAGapAndNeverAnExtreme_data()
{
    QTest::addColumn<Values>("column");
    QTest::addColumn<Values>("expected");

    QTest::newRow("NaN first") << Values {kNaN, 3, 1, 7, 2, 5, 4, 6, 2, 3}
                               << Values {kNaN, 1, 7, 3};
    QTest::newRow("NaN last") << Values {3, 1, 7, 2, 5, 4, 6, 2, 3, kNaN} << Values {3, 1, 7, kNaN};
    QTest::newRow("NaN inside: first point gives way")
        << Values {3, 1, 7, 2, kNaN, 4, 6, 2, 0.5, 3} << Values {7, kNaN, 0.5, 3};
    QTest::newRow("NaN inside next to extremes")
        << Values {1, 1, 1, 9, kNaN, 0, 1, 1, 1, 1} << Values {9, kNaN, 0, 1};
    QTest::newRow("only NaN") << Values(10, kNaN) << Values {kNaN, kNaN};
    QTest::newRow("NaN smaller than nothing")
        << Values {2, kNaN, kNaN, kNaN, kNaN, kNaN, kNaN, kNaN, kNaN, 2} << Values {2, kNaN, 2};
}

void TestDecimation::nanStaysAGapAndNeverAnExtreme()
{
    QFETCH(Values, column);
    QFETCH(Values, expected);
    Values values = column;
    values.resize(100, 1.0); // nine more flat columns
    const Series out = dashboard::decimate(series(values), 0, 100, 10);
    Values first;
    for (std::size_t i = 0; i < out.size() && out.timestampsMs[i] < 10; ++i)
        first.push_back(out.values[i]);
    QVERIFY(first.size() <= 4);
    // Compare with NaN equal to NaN.
    QCOMPARE(first.size(), std::min<std::size_t>(expected.size(), 4));
    for (std::size_t i = 0; i < first.size(); ++i) {
        if (std::isnan(expected[i]))
            QVERIFY2(std::isnan(first[i]), qPrintable(QString::number(i)));
        else
            QCOMPARE(first[i], expected[i]);
    }
}

void TestDecimation::dropsPointsOutsideTheWindow()
{
    Values values(1000);
    for (std::size_t i = 0; i < values.size(); ++i)
        values[i] = double(i);
    values[10] = -1e9; // outside, must not become the window's minimum
    const Series out = dashboard::decimate(series(values), 100, 199, 10);
    QVERIFY(!out.timestampsMs.empty());
    QCOMPARE(out.timestampsMs.front(), std::int64_t(100));
    QCOMPARE(out.timestampsMs.back(), std::int64_t(199));
    QCOMPARE(*std::min_element(out.values.begin(), out.values.end()), 100.0);
    QVERIFY(out.size() <= 40);
}

void TestDecimation::keepsTheLabels()
{
    const Series input = series(Values(1000, 1.0));
    const Series out = dashboard::decimate(input, 0, 1000, 10);
    QCOMPARE(out.labels, input.labels);
    QCOMPARE(out.size(), std::size_t(20));
}

QTEST_GUILESS_MAIN(TestDecimation)
#include "tst_decimation.moc"
