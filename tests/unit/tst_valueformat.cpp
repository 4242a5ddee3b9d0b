// Numbers in Grafana's units with Grafana's automatic decimals, worked out by hand from
// packages/grafana-data/src/valueFormats.
#include "dashboard/valueformat.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace eucora::dashboard;

class TestValueFormat : public QObject
{
    Q_OBJECT

private slots:
    void unitsFormatLikeGrafana_data();
    void unitsFormatLikeGrafana();
    void autoDecimalsGiveTwoSignificantDigits_data();
    void autoDecimalsGiveTwoSignificantDigits();
    void numbersPrintLikeJavaScript_data();
    void numbersPrintLikeJavaScript();
    void knownUnits();
    void prefixAndSuffixAreSeparate();
};

void TestValueFormat::unitsFormatLikeGrafana_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<int>("decimals"); // -1: automatic
    QTest::addColumn<QString>("expected");
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();

    QTest::newRow("short 0") << 0.0 << "short" << -1 << "0";
    QTest::newRow("short 12.34") << 12.34 << "short" << -1 << "12.3";
    QTest::newRow("short 999") << 999.0 << "short" << -1 << "999";
    QTest::newRow("short 1000") << 1000.0 << "short" << -1 << "1 K";
    QTest::newRow("short 1500") << 1500.0 << "short" << -1 << "1.50 K";
    QTest::newRow("short 1234567") << 1234567.0 << "short" << -1 << "1.23 Mil";
    QTest::newRow("short 2.5e9") << 2.5e9 << "short" << -1 << "2.50 Bil";
    QTest::newRow("short 4e12") << 4e12 << "short" << -1 << "4 Tri";
    QTest::newRow("short -1500") << -1500.0 << "short" << -1 << "-1.5 K";
    QTest::newRow("short 0.5") << 0.5 << "short" << -1 << "0.500";
    QTest::newRow("short 1500, 1 decimal") << 1500.0 << "short" << 1 << "1.5 K";
    QTest::newRow("short 1500, 0 decimals") << 1500.0 << "short" << 0 << "2 K";
    QTest::newRow("none") << 1234.5678 << "none" << -1 << "1235";
    QTest::newRow("none, 2 decimals") << 3.14159 << "none" << 2 << "3.14";
    QTest::newRow("no unit") << 42.0 << "" << -1 << "42";
    QTest::newRow("no unit 2.5") << 2.5 << "" << -1 << "2.50";
    QTest::newRow("no unit 0.1+0.2") << 0.1 + 0.2 << "" << -1 << "0.300";
    QTest::newRow("no unit 1e21") << 1e21 << "" << -1 << "1e+21";
    QTest::newRow("no unit 1e-7") << 1e-7 << "" << -1 << "1e-7";
    QTest::newRow("percent") << 95.5 << "percent" << -1 << "95.5%";
    QTest::newRow("percent 100") << 100.0 << "percent" << -1 << "100%";
    QTest::newRow("percentunit") << 0.9734 << "percentunit" << -1 << "97.3%";
    QTest::newRow("percentunit 0.05") << 0.05 << "percentunit" << -1 << "5%";
    QTest::newRow("percentunit, 1 decimal") << 0.02 << "percentunit" << 1 << "2.0%";
    QTest::newRow("s 0") << 0.0 << "s" << -1 << "0 s";
    QTest::newRow("s 500 ns") << 5e-7 << "s" << -1 << "500 ns";
    QTest::newRow("s 500 µs") << 0.0005 << "s" << -1 << "500 µs";
    QTest::newRow("s 0.25") << 0.25 << "s" << -1 << "250 ms";
    QTest::newRow("s 1.5") << 1.5 << "s" << -1 << "1.50 s";
    QTest::newRow("s 45") << 45.0 << "s" << -1 << "45 s";
    QTest::newRow("s 90") << 90.0 << "s" << -1 << "1.50 min";
    QTest::newRow("s 90, 0 decimals") << 90.0 << "s" << 0 << "2 min";
    QTest::newRow("s -90") << -90.0 << "s" << -1 << "-1.5 min";
    QTest::newRow("s 7200") << 7200.0 << "s" << -1 << "2 hour";
    QTest::newRow("s 86400") << 86400.0 << "s" << -1 << "1 day";
    QTest::newRow("s two weeks") << 1209600.0 << "s" << -1 << "2 week";
    QTest::newRow("s two years") << 63072000.0 << "s" << -1 << "2.00 year";
    QTest::newRow("ms 0") << 0.0 << "ms" << -1 << "0 ms";
    QTest::newRow("ms 250") << 250.0 << "ms" << -1 << "250 ms";
    QTest::newRow("ms 1500") << 1500.0 << "ms" << -1 << "1.50 s";
    QTest::newRow("ms 90000") << 90000.0 << "ms" << -1 << "1.50 min";
    QTest::newRow("ms 7200000") << 7200000.0 << "ms" << -1 << "2 hour";
    QTest::newRow("m 30") << 30.0 << "m" << -1 << "30 min";
    QTest::newRow("m 90") << 90.0 << "m" << -1 << "1.50 hour";
    QTest::newRow("h 12") << 12.0 << "h" << -1 << "12 hour";
    QTest::newRow("h 36") << 36.0 << "h" << -1 << "1.50 day";
    QTest::newRow("d 3") << 3.0 << "d" << -1 << "3 day";
    QTest::newRow("d 14") << 14.0 << "d" << -1 << "2 week";
    QTest::newRow("ns 1500") << 1500.0 << "ns" << -1 << "1.50 µs";
    QTest::newRow("µs 2500") << 2500.0 << "µs" << -1 << "2.50 ms";
    QTest::newRow("dtdurations") << 3661.0 << "dtdurations" << -1 << "1 hour";
    QTest::newRow("dtdurations, 2 more parts")
        << 3661.0 << "dtdurations" << 2 << "1 hour, 1 minute, 1 second";
    QTest::newRow("dtdurationms") << 1500.0 << "dtdurationms" << 1 << "1 second, 500 milliseconds";
    QTest::newRow("dtdurations 0") << 0.0 << "dtdurations" << -1 << "0 seconds";
    QTest::newRow("dtdurations past") << -3661.0 << "dtdurations" << -1 << "1 hour ago";
    QTest::newRow("reqps") << 10.0 << "reqps" << -1 << "10 req/s";
    QTest::newRow("reqps 1500") << 1500.0 << "reqps" << -1 << "1.50K req/s";
    QTest::newRow("ops") << 2.0 << "ops" << -1 << "2 ops/s";
    QTest::newRow("opm") << 120.0 << "opm" << -1 << "120 ops/m";
    QTest::newRow("bytes 512") << 512.0 << "bytes" << -1 << "512 B";
    QTest::newRow("bytes 0") << 0.0 << "bytes" << -1 << "0 B";
    QTest::newRow("bytes 1536") << 1536.0 << "bytes" << -1 << "1.50 KiB";
    QTest::newRow("bytes 1 MiB") << 1048576.0 << "bytes" << -1 << "1 MiB";
    QTest::newRow("bytes 3 GiB") << 3221225472.0 << "bytes" << -1 << "3 GiB";
    QTest::newRow("kbytes 1536") << 1536.0 << "kbytes" << -1 << "1.50 MiB";
    QTest::newRow("decbytes 1500") << 1500.0 << "decbytes" << -1 << "1.50 kB";
    QTest::newRow("decbytes 1e6") << 1e6 << "decbytes" << -1 << "1 MB";
    QTest::newRow("decbytes 0") << 0.0 << "decbytes" << -1 << "0 B";
    QTest::newRow("decbytes 0.5 scales down") << 0.5 << "decbytes" << -1 << "500 mB";
    QTest::newRow("currencyUSD") << 1500.0 << "currencyUSD" << -1 << "$1.50K";
    QTest::newRow("currencyUSD negative") << -20.0 << "currencyUSD" << -1 << "-$20";
    QTest::newRow("celsius") << 21.5 << "celsius" << -1 << "21.5 °C";
    QTest::newRow("unknown unit is a suffix") << 5.0 << "widgets" << -1 << "5 widgets";
    QTest::newRow("ops/min is a custom unit") << 12.0 << "ops/min" << -1 << "12 ops/min";
    QTest::newRow("suffix:") << 5.0 << "suffix:/h" << -1 << "5 /h";
    QTest::newRow("prefix:") << 5.0 << "prefix:€" << -1 << "€5";
    QTest::newRow("count:") << 2000.0 << "count:jobs" << -1 << "2K jobs";
    QTest::newRow("NaN") << nan << "short" << -1 << "NaN";
    QTest::newRow("+Inf") << inf << "ms" << -1 << "+Inf";
    QTest::newRow("-Inf") << -inf << "bytes" << 2 << "-Inf";
}

void TestValueFormat::unitsFormatLikeGrafana()
{
    QFETCH(double, value);
    QFETCH(QString, unit);
    QFETCH(int, decimals);
    QFETCH(QString, expected);
    const auto places = decimals < 0 ? std::nullopt : std::optional<int>(decimals);
    QCOMPARE(formatValue(value, unit, places).toString(), expected);
}

void TestValueFormat::autoDecimalsGiveTwoSignificantDigits_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<int>("decimals");
    QTest::newRow("whole") << 1234.0 << 0;
    QTest::newRow("1.5") << 1.5 << 2;
    QTest::newRow("2.1 needs the extra decimal") << 2.1 << 2;
    QTest::newRow("1.2") << 1.2 << 2;
    QTest::newRow("12.34") << 12.34 << 1;
    QTest::newRow("123.456") << 123.456 << 0;
    QTest::newRow("0.5") << 0.5 << 3;
    QTest::newRow("0.0123") << 0.0123 << 4;
    QTest::newRow("negative keeps one decimal less") << -1.5 << 1;
    QTest::newRow("zero") << 0.0 << 0;
}

void TestValueFormat::autoDecimalsGiveTwoSignificantDigits()
{
    QFETCH(double, value);
    QFETCH(int, decimals);
    QCOMPARE(autoDecimals(value), decimals);
}

void TestValueFormat::numbersPrintLikeJavaScript_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("0.1") << 0.1 << "0.1";
    QTest::newRow("250") << 250.0 << "250";
    QTest::newRow("-0.5") << -0.5 << "-0.5";
    QTest::newRow("1e21") << 1e21 << "1e+21";
    QTest::newRow("1.5e21") << 1.5e21 << "1.5e+21";
    QTest::newRow("1e20") << 1e20 << "100000000000000000000";
    QTest::newRow("1e-7") << 1e-7 << "1e-7";
    QTest::newRow("1e-6") << 1e-6 << "0.000001";
    QTest::newRow("0") << 0.0 << "0";
    QTest::newRow("NaN") << std::numeric_limits<double>::quiet_NaN() << "NaN";
}

void TestValueFormat::numbersPrintLikeJavaScript()
{
    QFETCH(double, value);
    QFETCH(QString, text);
    QCOMPARE(jsNumberText(value), text);
}

void TestValueFormat::knownUnits()
{
    for (const char *unit : {"", "short", "none", "percent", "percentunit", "s", "ms", "m", "h",
                             "reqps", "ops", "opm", "bytes", "decbytes", "currencyUSD", "suffix:x"})
        QVERIFY2(isKnownUnit(QString::fromUtf8(unit)), unit);
    for (const char *unit : {"ops/min", "widgets", "lengthft"})
        QVERIFY2(!isKnownUnit(QString::fromUtf8(unit)), unit);
}

void TestValueFormat::prefixAndSuffixAreSeparate()
{
    QCOMPARE(formatValue(1500, QStringLiteral("currencyUSD")),
             (FormattedValue {QStringLiteral("$"), QStringLiteral("1.50"), QStringLiteral("K")}));
    QCOMPARE(formatValue(0.25, QStringLiteral("s")),
             (FormattedValue {QString(), QStringLiteral("250"), QStringLiteral(" ms")}));
    QCOMPARE(toFixed(1.005, 2), QStringLiteral("1.00")); // 100.49999999999999 rounds down
    QCOMPARE(toFixed(-2.5, 0), QStringLiteral("-2")); // JavaScript rounds halves up
}

QTEST_GUILESS_MAIN(TestValueFormat)
#include "tst_valueformat.moc"
