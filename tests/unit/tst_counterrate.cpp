// Counter rates between two scrapes (degraded mode): per-second increase, resets, and which
// samples count up at all.
#include "prometheus/counterrate.h"
#include "prometheus/expositionparser.h"

#include <QTest>

using namespace eucora::prometheus;

namespace {
QString s(const char *text)
{
    return QString::fromUtf8(text);
}

const MetricSample *find(const std::vector<MetricSample> &samples, const QString &name,
                         const QString &labelName = {}, const QString &labelValueText = {})
{
    for (const auto &sample : samples) {
        if (sample.name == name
            && (labelName.isEmpty() || labelValue(sample.labels, labelName) == labelValueText))
            return &sample;
    }
    return nullptr;
}
} // namespace

class TestCounterRate : public QObject
{
    Q_OBJECT

private slots:
    void rateBetweenTwoValues_data();
    void rateBetweenTwoValues();
    void noRateWithoutElapsedTime_data();
    void noRateWithoutElapsedTime();
    void recognisesCounterSamples_data();
    void recognisesCounterSamples();
    void ratesForEveryCounterInBothScrapes();
    void sampleTimestampsWinOverScrapeTimes();
};

void TestCounterRate::rateBetweenTwoValues_data()
{
    QTest::addColumn<double>("v1");
    QTest::addColumn<qint64>("t1");
    QTest::addColumn<double>("v2");
    QTest::addColumn<qint64>("t2");
    QTest::addColumn<double>("rate");

    QTest::newRow("increase over 15 s") << 10.0 << qint64(0) << 40.0 << qint64(15'000) << 2.0;
    QTest::newRow("no change") << 7.0 << qint64(1000) << 7.0 << qint64(31'000) << 0.0;
    QTest::newRow("sub-second interval") << 0.0 << qint64(0) << 1.0 << qint64(250) << 4.0;
    // 100 -> 30: the process restarted; it counted 30 since, so 30 / 15 s.
    QTest::newRow("decrease is a counter reset")
        << 100.0 << qint64(0) << 30.0 << qint64(15'000) << 2.0;
    QTest::newRow("reset to zero") << 100.0 << qint64(0) << 0.0 << qint64(10'000) << 0.0;
    QTest::newRow("fractional counter") << 1.5 << qint64(0) << 2.25 << qint64(3'000) << 0.25;
    QTest::newRow("big epoch times")
        << 5.0 << qint64(1'700'000'000'000) << 65.0 << qint64(1'700'000'060'000) << 1.0;
}

void TestCounterRate::rateBetweenTwoValues()
{
    QFETCH(double, v1);
    QFETCH(qint64, t1);
    QFETCH(double, v2);
    QFETCH(qint64, t2);
    QFETCH(double, rate);
    const auto actual = counterRate(v1, t1, v2, t2);
    QVERIFY(actual.has_value());
    QCOMPARE(*actual, rate);
}

void TestCounterRate::noRateWithoutElapsedTime_data()
{
    QTest::addColumn<qint64>("t1");
    QTest::addColumn<qint64>("t2");
    QTest::newRow("same time") << qint64(5000) << qint64(5000);
    QTest::newRow("time went backwards") << qint64(5000) << qint64(4000);
}

void TestCounterRate::noRateWithoutElapsedTime()
{
    QFETCH(qint64, t1);
    QFETCH(qint64, t2);
    QVERIFY(!counterRate(1, t1, 2, t2).has_value());
}

void TestCounterRate::recognisesCounterSamples_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("counts");

    QTest::newRow("0.0.4 counter") << s("deployment_total") << true;
    QTest::newRow("0.0.4 _created gauge family") << s("deployment_created") << false;
    QTest::newRow("histogram bucket") << s("lat_bucket") << true;
    QTest::newRow("histogram sum") << s("lat_sum") << true;
    QTest::newRow("histogram count") << s("lat_count") << true;
    QTest::newRow("summary quantile") << s("sum_q") << false;
    QTest::newRow("summary count") << s("sum_q_count") << true;
    QTest::newRow("gauge") << s("circuit_breaker_state") << false;
    QTest::newRow("undeclared _total") << s("loose_total") << true;
    QTest::newRow("undeclared other") << s("loose") << false;
    QTest::newRow("declared untyped _total") << s("odd_total") << false;
}

void TestCounterRate::recognisesCounterSamples()
{
    QFETCH(QString, name);
    QFETCH(bool, counts);
    const Exposition scrape = parseExposition(R"(# TYPE deployment_total counter
# TYPE deployment_created gauge
# TYPE lat histogram
# TYPE sum_q summary
# TYPE circuit_breaker_state gauge
# TYPE odd_total untyped
)");
    MetricSample sample;
    sample.name = name;
    QCOMPARE(isCounterSample(scrape, sample), counts);
}

void TestCounterRate::ratesForEveryCounterInBothScrapes()
{
    const Exposition before = parseExposition(R"(# TYPE deployment_total counter
deployment_total{status="pending"} 2.0
deployment_total{status="approved"} 10.0
# TYPE lat histogram
lat_bucket{le="1.0"} 4
lat_bucket{le="+Inf"} 5
lat_sum 3.5
lat_count 5
# TYPE circuit_breaker_state gauge
circuit_breaker_state{pid="1"} 0
)");
    const Exposition after = parseExposition(R"(# TYPE deployment_total counter
deployment_total{status="approved"} 4.0
deployment_total{status="pending"} 8.0
deployment_total{status="failed"} 1.0
# TYPE lat histogram
lat_count 20
lat_sum 11.0
lat_bucket{le="+Inf"} 20
lat_bucket{le="1.0"} 10
# TYPE circuit_breaker_state gauge
circuit_breaker_state{pid="1"} 1
)");
    const auto rates = counterRates(before, 1'000'000, after, 1'030'000);
    // Two deployment series (not "failed": no earlier value) and four histogram series.
    QCOMPARE(rates.size(), std::size_t(6));
    QCOMPARE(rates[0].name, s("deployment_total")); // in the order of the later scrape
    QCOMPARE(labelValue(rates[0].labels, s("status")), s("approved"));
    QCOMPARE(rates[0].value, 4.0 / 30.0); // 10 -> 4: reset
    QCOMPARE(rates[0].timestampMs, std::optional<std::int64_t>(1'030'000));
    QCOMPARE(find(rates, s("deployment_total"), s("status"), s("pending"))->value, 0.2);
    QVERIFY(!find(rates, s("deployment_total"), s("status"), s("failed")));
    QCOMPARE(find(rates, s("lat_count"))->value, 0.5);
    QCOMPARE(find(rates, s("lat_sum"))->value, 0.25);
    QCOMPARE(find(rates, s("lat_bucket"), s("le"), s("1.0"))->value, 0.2);
    QVERIFY(!find(rates, s("circuit_breaker_state")));
}

void TestCounterRate::sampleTimestampsWinOverScrapeTimes()
{
    const Exposition before = parseExposition("requests_total 10 1000\n");
    const Exposition after = parseExposition("requests_total 30 11000\n");
    const auto rates = counterRates(before, 500'000, after, 900'000);
    QCOMPARE(rates.size(), std::size_t(1));
    QCOMPARE(rates[0].value, 2.0);
    QCOMPARE(rates[0].timestampMs, std::optional<std::int64_t>(11000));
}

QTEST_GUILESS_MAIN(TestCounterRate)
#include "tst_counterrate.moc"
