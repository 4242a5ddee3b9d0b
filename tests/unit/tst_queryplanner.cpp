// Step and range planning: about a point per pixel, capped, aligned to the step.
#include "dashboard/queryplanner.h"

#include <QTest>

using namespace eucora;
using namespace eucora::dashboard;
using namespace eucora::prometheus;
using namespace std::chrono_literals;

class TestQueryPlanner : public QObject
{
    Q_OBJECT

private slots:
    void stepFollowsPixelWidth_data();
    void stepFollowsPixelWidth();
    void boundsAreAlignedToTheStep();
    void neverMoreThanElevenThousandPoints();
    void durationsReadAndWriteLikePrometheus_data();
    void durationsReadAndWriteLikePrometheus();
    void longRangesSplitIntoChunksOnTheSameGrid();
};

void TestQueryPlanner::stepFollowsPixelWidth_data()
{
    QTest::addColumn<int>("rangeSeconds");
    QTest::addColumn<int>("width");
    QTest::addColumn<qint64>("stepMs");
    QTest::newRow("1h at 800 px") << 3600 << 800 << qint64(5000);
    QTest::newRow("1h at 3600 px") << 3600 << 3600 << qint64(1000);
    QTest::newRow("5m at 4000 px: at least 1 s") << 300 << 4000 << qint64(1000);
    QTest::newRow("24h at 1000 px") << 86400 << 1000 << qint64(87000);
    QTest::newRow("zero width") << 3600 << 0 << qint64(3600000);
}

void TestQueryPlanner::stepFollowsPixelWidth()
{
    QFETCH(int, rangeSeconds);
    QFETCH(int, width);
    QFETCH(qint64, stepMs);
    const auto now = QDateTime::fromMSecsSinceEpoch(1'700'000'123'456, Qt::UTC);
    const auto q
        = planRangeQuery(QStringLiteral("up"), now, std::chrono::seconds(rangeSeconds), width);
    QCOMPARE(qint64(q.step.count()), stepMs);
    QCOMPARE(q.promql, QStringLiteral("up"));
}

void TestQueryPlanner::boundsAreAlignedToTheStep()
{
    const auto a = planRangeQuery(
        QStringLiteral("up"), QDateTime::fromMSecsSinceEpoch(1'700'000'001'000, Qt::UTC), 1h, 800);
    const auto b = planRangeQuery(
        QStringLiteral("up"), QDateTime::fromMSecsSinceEpoch(1'700'000'003'999, Qt::UTC), 1h, 800);
    QCOMPARE(a.end.toMSecsSinceEpoch() % a.step.count(), qint64(0));
    QCOMPARE(a.start.toMSecsSinceEpoch() % a.step.count(), qint64(0));
    // Two refreshes within one step ask for the same grid.
    QCOMPARE(a, b);
    QVERIFY(a.end <= QDateTime::fromMSecsSinceEpoch(1'700'000'001'000, Qt::UTC));
}

void TestQueryPlanner::neverMoreThanElevenThousandPoints()
{
    const auto q
        = planRangeQuery(QStringLiteral("up"), QDateTime::currentDateTimeUtc(), 24h * 30, 100000);
    const qint64 points
        = (q.end.toMSecsSinceEpoch() - q.start.toMSecsSinceEpoch()) / q.step.count() + 1;
    QVERIFY2(points <= kMaxPointsPerSeries, qPrintable(QString::number(points)));
}

void TestQueryPlanner::durationsReadAndWriteLikePrometheus_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("formatted");
    QTest::newRow("seconds") << "90s" << qint64(90) << "90s";
    QTest::newRow("minutes") << "15m" << qint64(900) << "15m";
    QTest::newRow("minutes as hours") << "60m" << qint64(3600) << "1h";
    QTest::newRow("hours") << "6h" << qint64(21600) << "6h";
    QTest::newRow("days") << "7d" << qint64(604800) << "7d";
    QTest::newRow("spaces") << " 5m " << qint64(300) << "5m";
    QTest::newRow("no unit") << "15" << qint64(0) << "0s";
    QTest::newRow("bad unit") << "15y" << qint64(0) << "0s";
    QTest::newRow("negative") << "-5m" << qint64(0) << "0s";
    QTest::newRow("empty") << "" << qint64(0) << "0s";
}

void TestQueryPlanner::durationsReadAndWriteLikePrometheus()
{
    QFETCH(QString, text);
    QFETCH(qint64, seconds);
    QFETCH(QString, formatted);
    QCOMPARE(qint64(parseDuration(text).count()), seconds);
    QCOMPARE(formatDuration(parseDuration(text)), formatted);
}

void TestQueryPlanner::longRangesSplitIntoChunksOnTheSameGrid()
{
    prometheus::RangeQuery q;
    q.promql = QStringLiteral("up");
    q.start = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);
    q.step = 15s;
    q.end = q.start.addSecs(15 * 2499); // 2,500 points
    const auto chunks = splitIntoChunks(q, 1000);
    QCOMPARE(chunks.size(), size_t(3));
    QCOMPARE(chunks[0].start, q.start);
    QCOMPARE(chunks[2].end, q.end);
    qint64 points = 0;
    for (size_t i = 0; i < chunks.size(); ++i) {
        QCOMPARE(chunks[i].step, q.step);
        points += (chunks[i].end.toSecsSinceEpoch() - chunks[i].start.toSecsSinceEpoch()) / 15 + 1;
        if (i > 0) // consecutive, no point asked twice
            QCOMPARE(chunks[i].start, chunks[i - 1].end.addSecs(15));
    }
    QCOMPARE(points, qint64(2500));
    QCOMPARE(splitIntoChunks(q, 5000).size(), size_t(1));

    const LabelSet a {{QStringLiteral("status"), QStringLiteral("a")}};
    const LabelSet b {{QStringLiteral("status"), QStringLiteral("b")}};
    const auto joined = joinChunks(
        {{Series {a, {1, 2}, {1, 2}}}, {Series {b, {3}, {9}}, Series {a, {3, 4}, {3, 4}}}});
    QCOMPARE(joined.size(), size_t(2));
    QCOMPARE(joined[0].timestampsMs, (std::vector<std::int64_t> {1, 2, 3, 4}));
    QCOMPARE(joined[1].values, std::vector<double> {9});
}

QTEST_GUILESS_MAIN(TestQueryPlanner)
#include "tst_queryplanner.moc"
