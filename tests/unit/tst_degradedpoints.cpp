// Degraded mode's arithmetic: per-group counter rates between two scrapes of the control
// plane's exposition, scaled like the panel's PromQL.
#include "dashboard/degradedsource.h"
#include "prometheus/expositionparser.h"

#include <QTest>

#include <cmath>

using namespace eucora;
using namespace eucora::dashboard;

namespace {
Scrape scrape(const QByteArray &text, std::int64_t atMs)
{
    return Scrape {prometheus::parseExposition(text), atMs};
}
const QByteArray kHeader = "# HELP deployment_total Total deployments by status and ring\n"
                           "# TYPE deployment_total counter\n";
} // namespace

class TestDegradedPoints : public QObject
{
    Q_OBJECT

private slots:
    void ratesAreSummedPerGroupAndScaled();
    void aCounterResetCountsFromZero();
    void nothingComputableGivesNoPoints();
    void ratesSpanTheQueryWindowNotTheLastTwoScrapes();
    void aShortHistorySaysWhatItSpans();
    void aQuantileSumsTheBucketsByLe();
};

void TestDegradedPoints::ratesAreSummedPerGroupAndScaled()
{
    const Scrape before = scrape(kHeader
                                     + "deployment_total{app_name=\"Slack\",requires_cab=\"False\","
                                       "ring=\"LAB\",status=\"success\"} 10.0\n"
                                       "deployment_total{app_name=\"Zoom\",requires_cab=\"False\","
                                       "ring=\"LAB\",status=\"success\"} 5.0\n"
                                       "deployment_total{app_name=\"Zoom\",requires_cab=\"True\","
                                       "ring=\"PILOT\",status=\"failed\"} 1.0\n",
                                 1'000'000);
    const Scrape after = scrape(kHeader
                                    + "deployment_total{app_name=\"Slack\",requires_cab=\"False\","
                                      "ring=\"LAB\",status=\"success\"} 13.0\n"
                                      "deployment_total{app_name=\"Zoom\",requires_cab=\"False\","
                                      "ring=\"LAB\",status=\"success\"} 8.0\n"
                                      "deployment_total{app_name=\"Zoom\",requires_cab=\"True\","
                                      "ring=\"PILOT\",status=\"failed\"} 1.0\n",
                                1'030'000);
    const auto points = degradedPoints(
        before, after, {QStringLiteral("deployment_total"), QStringLiteral("status"), 60});
    QCOMPARE(points.size(), size_t(2));
    QCOMPARE(prometheus::labelValue(points[0].labels, QStringLiteral("status")),
             QStringLiteral("failed"));
    QCOMPARE(points[0].values, std::vector<double> {0.0});
    QCOMPARE(prometheus::labelValue(points[1].labels, QStringLiteral("status")),
             QStringLiteral("success"));
    // (3 + 3) increments over 30 s = 0.2/s = 12 per minute
    QCOMPARE(points[1].values, std::vector<double> {12.0});
    QCOMPARE(points[1].timestampsMs, std::vector<std::int64_t> {1'030'000});
}

void TestDegradedPoints::aCounterResetCountsFromZero()
{
    const Scrape before = scrape(kHeader + "deployment_total{status=\"success\"} 100.0\n", 0);
    const Scrape after = scrape(kHeader + "deployment_total{status=\"success\"} 6.0\n", 60'000);
    const auto points = degradedPoints(
        before, after, {QStringLiteral("deployment_total"), QStringLiteral("status"), 60});
    QCOMPARE(points.size(), size_t(1));
    QCOMPARE(points[0].values, std::vector<double> {6.0});
}

void TestDegradedPoints::nothingComputableGivesNoPoints()
{
    const Scrape before = scrape(kHeader + "deployment_total{status=\"success\"} 1.0\n", 5000);
    const Scrape same = scrape(kHeader + "deployment_total{status=\"success\"} 2.0\n", 5000);
    QVERIFY(degradedPoints(before, same,
                           {QStringLiteral("deployment_total"), QStringLiteral("status"), 60})
                .empty());
    const Scrape other = scrape("# TYPE x_total counter\nx_total 3\n", 9000);
    QVERIFY(degradedPoints(before, other,
                           {QStringLiteral("deployment_total"), QStringLiteral("status"), 60})
                .empty());
}

// Deployments come in bursts: 9 in the last 15 s of a 5-minute window that saw 9 in all. Between
// the last two scrapes that is 36 a minute; over the window PromQL's rate(...[5m]) says 1.8.
void TestDegradedPoints::ratesSpanTheQueryWindowNotTheLastTwoScrapes()
{
    std::deque<Scrape> history;
    for (int i = 0; i <= 20; ++i) { // every 15 s for 5 minutes
        const int count = i == 20 ? 9 : 0;
        history.push_back(scrape(kHeader + "deployment_total{status=\"success\"} "
                                     + QByteArray::number(count) + ".0\n",
                                 std::int64_t(i) * 15'000));
    }
    const DegradedRecipe recipe {QStringLiteral("deployment_total"), QStringLiteral("status"), 60,
                                 std::chrono::minutes(5)};
    std::chrono::milliseconds covered {0};
    const auto windowed = degradedPoints(history, recipe, &covered);
    QCOMPARE(windowed.size(), size_t(1));
    QVERIFY2(std::abs(windowed[0].values.at(0) - 1.8) < 1e-9,
             qPrintable(QString::number(windowed[0].values.at(0))));
    QCOMPARE(covered, std::chrono::milliseconds(300'000));
    const auto pair = degradedPoints(history[19], history[20], recipe);
    QVERIFY(std::abs(pair[0].values.at(0) - 36.0) < 1e-9);

    // Scrapes older than the window do not count: the same burst a window later is gone.
    for (int i = 21; i <= 41; ++i)
        history.push_back(scrape(kHeader + "deployment_total{status=\"success\"} 9.0\n",
                                 std::int64_t(i) * 15'000));
    QCOMPARE(degradedPoints(history, recipe)[0].values, std::vector<double> {0.0});
}

void TestDegradedPoints::aShortHistorySaysWhatItSpans()
{
    const DegradedRecipe recipe {QStringLiteral("deployment_total"), QStringLiteral("status"), 60,
                                 std::chrono::minutes(5)};
    std::deque<Scrape> history {scrape(kHeader + "deployment_total{status=\"success\"} 1.0\n", 0)};
    std::chrono::milliseconds covered {1};
    QVERIFY(degradedPoints(history, recipe, &covered).empty());
    QCOMPARE(covered, std::chrono::milliseconds(0));
    history.push_back(scrape(kHeader + "deployment_total{status=\"success\"} 4.0\n", 45'000));
    QVERIFY(std::abs(degradedPoints(history, recipe, &covered)[0].values.at(0) - 4.0) < 1e-9);
    QCOMPARE(covered, std::chrono::milliseconds(45'000));
}

void TestDegradedPoints::aQuantileSumsTheBucketsByLe()
{
    // Two series (two rings) of one histogram; between the scrapes 10 observations landed, 4 at
    // or below 60 s, 8 at or below 300 s, all 10 at or below 600 s.
    const QByteArray header = "# TYPE deployment_duration_seconds histogram\n";
    const auto buckets = [&header](int a60, int a300, int a600, int b60, int b300, int b600) {
        return header
            + QStringLiteral("deployment_duration_seconds_bucket{ring=\"CANARY\",le=\"60.0\"} %1\n"
                             "deployment_duration_seconds_bucket{ring=\"CANARY\",le=\"300.0\"} %2\n"
                             "deployment_duration_seconds_bucket{ring=\"CANARY\",le=\"600.0\"} %3\n"
                             "deployment_duration_seconds_bucket{ring=\"CANARY\",le=\"+Inf\"} %3\n"
                             "deployment_duration_seconds_bucket{ring=\"PILOT\",le=\"60.0\"} %4\n"
                             "deployment_duration_seconds_bucket{ring=\"PILOT\",le=\"300.0\"} %5\n"
                             "deployment_duration_seconds_bucket{ring=\"PILOT\",le=\"600.0\"} %6\n"
                             "deployment_duration_seconds_bucket{ring=\"PILOT\",le=\"+Inf\"} %6\n")
                  .arg(a60)
                  .arg(a300)
                  .arg(a600)
                  .arg(b60)
                  .arg(b300)
                  .arg(b600)
                  .toUtf8();
    };
    const Scrape before = scrape(buckets(1, 1, 1, 0, 0, 0), 0);
    const Scrape after = scrape(buckets(3, 5, 6, 2, 4, 5), 60'000);
    DegradedRecipe recipe;
    recipe.sample = QStringLiteral("deployment_duration_seconds_bucket");
    recipe.quantile = 0.5;
    const auto points = degradedPoints(before, after, recipe);
    QCOMPARE(points.size(), size_t(1));
    QVERIFY(points[0].labels.empty());
    // Rank 5 of 10 falls in (60, 300] holding observations 5..8: 60 + 240 * (5 - 4) / 4 = 120.
    QCOMPARE(points[0].values[0], 120.0);
    recipe.quantile = 0.95; // rank 9.5 in (300, 600] holding 9..10: 300 + 300 * 1.5 / 2 = 525
    QCOMPARE(degradedPoints(before, after, recipe)[0].values[0], 525.0);
}

QTEST_GUILESS_MAIN(TestDegradedPoints)
#include "tst_degradedpoints.moc"
