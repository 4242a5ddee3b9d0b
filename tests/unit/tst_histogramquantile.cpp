// histogram_quantile() for degraded mode must give Prometheus 2.42's numbers: every expected
// value below is worked out by hand from promql/quantile.go's bucketQuantile.
#include "prometheus/expositionparser.h"
#include "prometheus/histogramquantile.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace eucora::prometheus;

using Buckets = std::vector<HistogramBucket>;
Q_DECLARE_METATYPE(Buckets)

namespace {
constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// le 1: 1, le 2: 3, le 4: 4, +Inf: 4 (cumulative).
const Buckets kSimple {{1, 1}, {2, 3}, {4, 4}, {kInf, 4}};
} // namespace

class TestHistogramQuantile : public QObject
{
    Q_OBJECT

private slots:
    void matchesPrometheusBucketQuantile_data();
    void matchesPrometheusBucketQuantile();
    void quantilesPerLabelSetFromAScrape();
    void bucketsWithoutANumericLeAreIgnored();
};

void TestHistogramQuantile::matchesPrometheusBucketQuantile_data()
{
    QTest::addColumn<double>("q");
    QTest::addColumn<Buckets>("buckets");
    QTest::addColumn<double>("expected");

    // rank = q * 4 = 2 -> bucket le=2 (count 3); 1 + (2 - 1) * ((2 - 1) / (3 - 1)).
    QTest::newRow("median interpolates inside its bucket") << 0.5 << kSimple << 1.5;
    // rank 1 -> lowest bucket, lower bound 0: 0 + 1 * (1 / 1).
    QTest::newRow("lowest bucket starts at zero") << 0.25 << kSimple << 1.0;
    // rank 0 -> first bucket with count >= 0 is the lowest: 0 + 1 * (0 / 1).
    QTest::newRow("q = 0") << 0.0 << kSimple << 0.0;
    // rank 4 -> bucket le=4 (count 4): 2 + 2 * ((4 - 3) / (4 - 3)).
    QTest::newRow("q = 1 ends at the highest finite bound") << 1.0 << kSimple << 4.0;
    // rank 0.9 * 4 = 3.6 -> bucket le=4: 2 + 2 * (0.6 / 1) = 3.2.
    QTest::newRow("p90") << 0.9 << kSimple << 3.2;
    QTest::newRow("buckets in any order")
        << 0.5 << Buckets {{kInf, 4}, {4, 4}, {1, 1}, {2, 3}} << 1.5;
    // rank 5 is beyond every finite bucket (counts 1, 2) -> upper bound of the second highest.
    QTest::newRow("rank in the +Inf bucket gives the second-highest bound")
        << 0.5 << Buckets {{1, 1}, {2, 2}, {kInf, 10}} << 2.0;
    // rank 1 -> lowest bucket whose bound is <= 0: that bound, no interpolation.
    QTest::newRow("lowest bound not above zero is returned as is")
        << 0.25 << Buckets {{-1, 2}, {0, 4}, {kInf, 4}} << -1.0;
    // rank 2 -> bucket le=-1 (count 3): -2 + 1 * ((2 - 1) / (3 - 1)).
    QTest::newRow("negative bounds interpolate")
        << 0.5 << Buckets {{-2, 1}, {-1, 3}, {kInf, 4}} << -1.5;
    // Counts forced monotonic: 2, 1, 4, 4 -> 2, 2, 4, 4; rank 2 -> lowest: 0 + 1 * (2 / 2).
    QTest::newRow("non-monotonic counts use the envelope")
        << 0.5 << Buckets {{1, 2}, {2, 1}, {4, 4}, {kInf, 4}} << 1.0;
    // Equal bounds merged: (1, 2), (2, 3), (+Inf, 3); rank 1.5 -> lowest: 0 + 1 * (1.5 / 2).
    QTest::newRow("equal bounds are merged")
        << 0.5 << Buckets {{1, 1}, {1, 1}, {2, 3}, {kInf, 3}} << 0.75;
    // rank 2 -> lowest bucket (count 2 >= 2), not the zero-width one after it.
    QTest::newRow("rank on a bucket boundary") << 0.5 << Buckets {{1, 2}, {2, 2}, {kInf, 4}} << 1.0;
    // rank 0 lands in an empty lowest bucket: 0 + 1 * (0 / 0) is NaN in Prometheus too.
    QTest::newRow("q = 0 with an empty lowest bucket is NaN")
        << 0.0 << Buckets {{1, 0}, {2, 0}, {kInf, 5}} << kNaN;
    // Contract 8.4's risk_score_distribution: le 10: 0, le 75: 2, +Inf: 2.
    // p50: rank 1 -> bucket le=75: 10 + 65 * (1 / 2).
    QTest::newRow("EUCORA risk score p50") << 0.5 << Buckets {{10, 0}, {75, 2}, {kInf, 2}} << 42.5;
    // p75 (the alert rule's quantile): rank 1.5 -> 10 + 65 * (1.5 / 2) = 58.75.
    QTest::newRow("EUCORA risk score p75")
        << 0.75 << Buckets {{10, 0}, {75, 2}, {kInf, 2}} << 58.75;

    QTest::newRow("q < 0 is -Inf") << -0.1 << kSimple << -kInf;
    QTest::newRow("q > 1 is +Inf") << 1.1 << kSimple << kInf;
    QTest::newRow("q NaN is NaN") << kNaN << kSimple << kNaN;
    QTest::newRow("q < 0 wins over bad buckets") << -1.0 << Buckets {} << -kInf;
    QTest::newRow("no +Inf bucket is NaN") << 0.5 << Buckets {{1, 1}, {2, 3}} << kNaN;
    QTest::newRow("only the +Inf bucket is NaN") << 0.5 << Buckets {{kInf, 3}} << kNaN;
    QTest::newRow("two +Inf buckets merge into one: NaN")
        << 0.5 << Buckets {{kInf, 1}, {kInf, 2}} << kNaN;
    QTest::newRow("no buckets is NaN") << 0.5 << Buckets {} << kNaN;
    QTest::newRow("zero observations is NaN") << 0.5 << Buckets {{1, 0}, {kInf, 0}} << kNaN;
    QTest::newRow("NaN bound is NaN") << 0.5 << Buckets {{kNaN, 1}, {1, 1}, {kInf, 2}} << kNaN;
}

void TestHistogramQuantile::matchesPrometheusBucketQuantile()
{
    QFETCH(double, q);
    QFETCH(Buckets, buckets);
    QFETCH(double, expected);
    const double actual = histogramQuantile(q, buckets);
    if (std::isnan(expected))
        QVERIFY2(std::isnan(actual), qPrintable(QString::number(actual)));
    else
        QCOMPARE(actual, expected);
}

void TestHistogramQuantile::quantilesPerLabelSetFromAScrape()
{
    const Exposition scrape = parseExposition(R"(# TYPE risk_score_distribution histogram
risk_score_distribution_sum{requires_cab="True"} 126.0
risk_score_distribution_bucket{le="10.0",requires_cab="True"} 0.0
risk_score_distribution_bucket{le="75.0",requires_cab="True"} 2.0
risk_score_distribution_bucket{le="+Inf",requires_cab="True"} 2.0
risk_score_distribution_count{requires_cab="True"} 2.0
risk_score_distribution_bucket{le="10.0",requires_cab="False"} 4.0
risk_score_distribution_bucket{le="75.0",requires_cab="False"} 4.0
risk_score_distribution_bucket{le="+Inf",requires_cab="False"} 4.0
)");
    QVERIFY(scrape.problems.empty());
    const auto results
        = histogramQuantiles(0.5, scrape.samples, QStringLiteral("risk_score_distribution_bucket"));
    QCOMPARE(results.size(), std::size_t(2));
    // Sorted by labels: "False" before "True". No metric name, as in PromQL.
    QCOMPARE(results[0].labels,
             (LabelSet {{QStringLiteral("requires_cab"), QStringLiteral("False")}}));
    QVERIFY(results[0].name.isEmpty());
    QCOMPARE(results[0].value, 5.0); // rank 2 in le=10 (count 4): 0 + 10 * (2 / 4)
    QCOMPARE(results[1].labels,
             (LabelSet {{QStringLiteral("requires_cab"), QStringLiteral("True")}}));
    QCOMPARE(results[1].value, 42.5);
}

void TestHistogramQuantile::bucketsWithoutANumericLeAreIgnored()
{
    const Exposition scrape = parseExposition(R"(h_bucket{le="1"} 1
h_bucket{le="fast"} 100
h_bucket 100
h_bucket{le="+Inf"} 2
)");
    const auto results = histogramQuantiles(0.5, scrape.samples, QStringLiteral("h_bucket"));
    // As in PromQL, buckets without a numeric le are silently left out.
    QCOMPARE(results.size(), std::size_t(1));
    QCOMPARE(results[0].value, 1.0); // rank 1 -> le=1: 0 + 1 * (1 / 1)
}

QTEST_GUILESS_MAIN(TestHistogramQuantile)
#include "tst_histogramquantile.moc"
