// Sample values and timestamps as Prometheus writes them in JSON.
#include "prometheus/samplevalue.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <limits>

using namespace eucora::prometheus;

class TestSampleValue : public QObject
{
    Q_OBJECT

private slots:
    void readsPrometheusValues_data();
    void readsPrometheusValues();
    void rejectsAnythingElse_data();
    void rejectsAnythingElse();
    void millisecondsRoundLikeLlround_data();
    void millisecondsRoundLikeLlround();
    void millisecondsMatchLlroundEverywhere();
};

void TestSampleValue::readsPrometheusValues_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<double>("expected");
    const double inf = std::numeric_limits<double>::infinity();
    QTest::newRow("integer") << QByteArray("42") << 42.0;
    QTest::newRow("decimal") << QByteArray("-0.5") << -0.5;
    QTest::newRow("explicit plus") << QByteArray("+1.5") << 1.5;
    QTest::newRow("exponent") << QByteArray("1e+06") << 1e6;
    QTest::newRow("+Inf") << QByteArray("+Inf") << inf;
    QTest::newRow("Inf") << QByteArray("Inf") << inf;
    QTest::newRow("-Inf") << QByteArray("-Inf") << -inf;
}

void TestSampleValue::readsPrometheusValues()
{
    QFETCH(QByteArray, text);
    QFETCH(double, expected);
    double value = 0;
    QVERIFY(parseSampleValue(std::string_view(text.constData(), text.size()), &value));
    QCOMPARE(value, expected);
}

void TestSampleValue::rejectsAnythingElse_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("trailing garbage") << QByteArray("12abc");
    QTest::newRow("sign only") << QByteArray("+");
    QTest::newRow("blank") << QByteArray(" 1");
    QTest::newRow("word") << QByteArray("high");
}

void TestSampleValue::rejectsAnythingElse()
{
    QFETCH(QByteArray, text);
    double value = 0;
    QVERIFY(!parseSampleValue(std::string_view(text.constData(), text.size()), &value));
}

void TestSampleValue::millisecondsRoundLikeLlround_data()
{
    QTest::addColumn<double>("seconds");
    QTest::addColumn<qint64>("ms");
    QTest::newRow("whole") << 1700000000.0 << qint64(1700000000000);
    QTest::newRow("fraction") << 1700000015.5 << qint64(1700000015500);
    QTest::newRow("half up") << 0.0005 << qint64(1);
    QTest::newRow("negative half away from zero") << -0.0005 << qint64(-1);
    QTest::newRow("just below half") << 0.00049 << qint64(0);
    QTest::newRow("beyond the exact range") << 1e14 << qint64(100000000000000000);
}

void TestSampleValue::millisecondsRoundLikeLlround()
{
    QFETCH(double, seconds);
    QFETCH(qint64, ms);
    QCOMPARE(qint64(secondsToMs(seconds)), ms);
    QCOMPARE(qint64(secondsToMs(seconds)), qint64(std::llround(seconds * 1000.0)));
}

void TestSampleValue::millisecondsMatchLlroundEverywhere()
{
    QRandomGenerator random(7);
    for (int i = 0; i < 200'000; ++i) {
        // Timestamps with up to 6 fraction digits, halves included, both signs.
        const double seconds = (random.bounded(4'000'000'000.0) - 1'000'000'000.0)
            + double(random.bounded(2000)) / 2000.0;
        QCOMPARE(secondsToMs(seconds), std::int64_t(std::llround(seconds * 1000.0)));
    }
}

QTEST_GUILESS_MAIN(TestSampleValue)
#include "tst_samplevalue.moc"
