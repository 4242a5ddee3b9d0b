// The exposition writer must print numbers exactly as Python's prometheus-client does.
#include "metrics/expositionformat.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace eucora::metrics;

class TestExpositionFormat : public QObject
{
    Q_OBJECT

private slots:
    void formatsLikePrometheusClient_data();
    void formatsLikePrometheusClient();
    void escapesLabelValues();
};

void TestExpositionFormat::formatsLikePrometheusClient_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QByteArray>("expected");
    // Expected strings from prometheus_client.utils.floatToGoString (Python 3.11).
    QTest::newRow("integral") << 2.0 << QByteArray("2.0");
    QTest::newRow("zero") << 0.0 << QByteArray("0.0");
    QTest::newRow("bucket 1") << 1.0 << QByteArray("1.0");
    QTest::newRow("bucket 1800") << 1800.0 << QByteArray("1800.0");
    QTest::newRow("bucket 0.001") << 0.001 << QByteArray("0.001");
    QTest::newRow("bucket 2.5") << 2.5 << QByteArray("2.5");
    QTest::newRow("six digits") << 100000.0 << QByteArray("100000.0");
    QTest::newRow("seven digits") << 1000000.0 << QByteArray("1e+06");
    QTest::newRow("epoch") << 1795557323.6533766 << QByteArray("1.7955573236533766e+09");
    QTest::newRow("eight digits") << 12345678.0 << QByteArray("1.2345678e+07");
    QTest::newRow("small") << 0.00001 << QByteArray("1e-05");
    QTest::newRow("small fraction") << 0.0001234 << QByteArray("0.0001234");
    QTest::newRow("negative") << -1.5 << QByteArray("-1.5");
    QTest::newRow("negative large") << -12345678.0 << QByteArray("-12345678.0");
    QTest::newRow("huge") << 1e16 << QByteArray("1e+16");
    QTest::newRow("third") << 1.0 / 3.0 << QByteArray("0.3333333333333333");
    QTest::newRow("+Inf") << std::numeric_limits<double>::infinity() << QByteArray("+Inf");
    QTest::newRow("-Inf") << -std::numeric_limits<double>::infinity() << QByteArray("-Inf");
    QTest::newRow("NaN") << std::numeric_limits<double>::quiet_NaN() << QByteArray("NaN");
}

void TestExpositionFormat::formatsLikePrometheusClient()
{
    QFETCH(double, value);
    QFETCH(QByteArray, expected);
    QCOMPARE(formatValue(value), expected);
}

void TestExpositionFormat::escapesLabelValues()
{
    QCOMPARE(escapeLabelValue(QStringLiteral("a\"b\\c\nd")), QByteArray("a\\\"b\\\\c\\nd"));
    QCOMPARE(escapeLabelValue(QStringLiteral("Zoom Client")), QByteArray("Zoom Client"));
    QCOMPARE(escapeHelp(QStringLiteral("line\\one\ntwo")), QByteArray("line\\\\one\\ntwo"));
}

QTEST_GUILESS_MAIN(TestExpositionFormat)
#include "tst_expositionformat.moc"
