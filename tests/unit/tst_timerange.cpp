// Grafana time expressions against a fixed "now" (2024-03-31 10:30:45.123 UTC, the day Europe/
// Berlin springs forward), command-line times, presets, zooming and shifting.
#include "dashboard/timerange.h"

#include <QTest>

using namespace eucora;
using namespace eucora::dashboard;

namespace {

const QDateTime kNow = QDateTime::fromMSecsSinceEpoch(1711881045123, QTimeZone::utc());

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QLatin1String(iso), Qt::ISODateWithMs).toUTC();
}

QTimeZone zoneNamed(const QString &name)
{
    return name == QLatin1String("UTC") ? QTimeZone::utc() : QTimeZone(name.toUtf8());
}

} // namespace

class TestTimeRange : public QObject
{
    Q_OBJECT

private slots:
    void grafanaExpressionsResolve_data();
    void grafanaExpressionsResolve();
    void weekStartMovesNowSlashW();
    void localZoneRoundsToLocalMidnight();
    void commandLineTimes_data();
    void commandLineTimes();
    void badExpressionsAreErrors_data();
    void badExpressionsAreErrors();
    void rangesResolveAndRefuseBackwards();
    void dashboardZonesAndWeekStarts();
    void presetsAndDescriptions();
    void zoomOutKeepsCentreOrNow();
    void shiftMovesHalfAWindow();
};

void TestTimeRange::grafanaExpressionsResolve_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<bool>("to");
    QTest::addColumn<QString>("expected");
    const QString berlin = QStringLiteral("Europe/Berlin");
    const QString utc = QStringLiteral("UTC");
    QTest::newRow("now") << "now" << utc << false << "2024-03-31T10:30:45.123Z";
    QTest::newRow("now-6h") << "now-6h" << berlin << false << "2024-03-31T04:30:45.123Z";
    QTest::newRow("now-15m") << "now-15m" << utc << false << "2024-03-31T10:15:45.123Z";
    QTest::newRow("now+30m") << "now+30m" << utc << false << "2024-03-31T11:00:45.123Z";
    QTest::newRow("now - 15m, spaces")
        << " now - 15m " << utc << false << "2024-03-31T10:15:45.123Z";
    QTest::newRow("now-7d utc") << "now-7d" << utc << false << "2024-03-24T10:30:45.123Z";
    // A calendar day in Berlin across the switch to summer time is 23 hours.
    QTest::newRow("now-1d berlin") << "now-1d" << berlin << false << "2024-03-30T11:30:45.123Z";
    QTest::newRow("now-24h berlin") << "now-24h" << berlin << false << "2024-03-30T10:30:45.123Z";
    QTest::newRow("now-7d berlin") << "now-7d" << berlin << false << "2024-03-24T11:30:45.123Z";
    QTest::newRow("now-1M clamps to 29 Feb")
        << "now-1M" << utc << false << "2024-02-29T10:30:45.123Z";
    QTest::newRow("now-1y") << "now-1y" << utc << false << "2023-03-31T10:30:45.123Z";
    QTest::newRow("now/d utc") << "now/d" << utc << false << "2024-03-31T00:00:00.000Z";
    QTest::newRow("now/d berlin from") << "now/d" << berlin << false << "2024-03-30T23:00:00.000Z";
    QTest::newRow("now/d berlin to") << "now/d" << berlin << true << "2024-03-31T21:59:59.999Z";
    QTest::newRow("now-1d/d from") << "now-1d/d" << berlin << false << "2024-03-29T23:00:00.000Z";
    QTest::newRow("now-1d/d to") << "now-1d/d" << berlin << true << "2024-03-30T22:59:59.999Z";
    QTest::newRow("now/w from") << "now/w" << berlin << false << "2024-03-24T23:00:00.000Z";
    QTest::newRow("now/w to") << "now/w" << berlin << true << "2024-03-31T21:59:59.999Z";
    QTest::newRow("now-1w/w") << "now-1w/w" << berlin << false << "2024-03-17T23:00:00.000Z";
    QTest::newRow("now/M from") << "now/M" << berlin << false << "2024-02-29T23:00:00.000Z";
    QTest::newRow("now/M to") << "now/M" << berlin << true << "2024-03-31T21:59:59.999Z";
    QTest::newRow("now/h berlin") << "now/h" << berlin << false << "2024-03-31T10:00:00.000Z";
    QTest::newRow("now/h to") << "now/h" << utc << true << "2024-03-31T10:59:59.999Z";
    QTest::newRow("now/Q") << "now/Q" << utc << false << "2024-01-01T00:00:00.000Z";
    QTest::newRow("now/y to") << "now/y" << utc << true << "2024-12-31T23:59:59.999Z";
    QTest::newRow("ISO with Z") << "2024-03-31T08:00:00Z" << berlin << false
                                << "2024-03-31T08:00:00.000Z";
    QTest::newRow("RFC 3339 offset")
        << "2024-03-31T08:00:00.250+02:00" << utc << false << "2024-03-31T06:00:00.250Z";
    QTest::newRow("wall time in berlin")
        << "2024-03-31 08:00:00" << berlin << false << "2024-03-31T06:00:00.000Z";
    QTest::newRow("wall time in utc")
        << "2024-03-31 08:00:00" << utc << false << "2024-03-31T08:00:00.000Z";
    QTest::newRow("date only") << "2024-03-30" << berlin << false << "2024-03-29T23:00:00.000Z";
    QTest::newRow("epoch ms") << "1711872000000" << berlin << false << "2024-03-31T08:00:00.000Z";
    QTest::newRow("absolute with math")
        << "2024-03-31 12:00:00||/d" << berlin << false << "2024-03-30T23:00:00.000Z";
}

void TestTimeRange::grafanaExpressionsResolve()
{
    QFETCH(QString, expression);
    QFETCH(QString, zone);
    QFETCH(bool, to);
    QFETCH(QString, expected);
    const auto parsed = parseTimeExpression(expression);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error()));
    const TimeContext context {kNow, zoneNamed(zone), Qt::Monday};
    const QDateTime resolved
        = resolveTime(parsed.value(), to ? TimeEdge::To : TimeEdge::From, context);
    QCOMPARE(formatAbsoluteTime(resolved), expected);
}

void TestTimeRange::weekStartMovesNowSlashW()
{
    const auto week = parseTimeExpression(QStringLiteral("now/w")).value();
    const TimeContext sunday {kNow, QTimeZone("Europe/Berlin"), Qt::Sunday};
    QCOMPARE(resolveTime(week, TimeEdge::From, sunday), utc("2024-03-30T23:00:00Z"));
}

void TestTimeRange::localZoneRoundsToLocalMidnight()
{
    const QTimeZone local = QTimeZone::systemTimeZone();
    const auto today = parseTimeExpression(QStringLiteral("now/d")).value();
    const QDateTime expected(kNow.toTimeZone(local).date(), QTime(0, 0), local);
    QCOMPARE(resolveTime(today, TimeEdge::From, {kNow, local}), expected.toUTC());
}

void TestTimeRange::commandLineTimes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unix seconds") << "1711872000"
                                  << "2024-03-31T08:00:00.000Z";
    QTest::newRow("fractional seconds") << "1711872000.5"
                                        << "2024-03-31T08:00:00.500Z";
    QTest::newRow("rfc 3339") << "2024-03-31T08:00:00+01:00"
                              << "2024-03-31T07:00:00.000Z";
    QTest::newRow("rfc 3339 lower case") << "2024-03-31t08:00:00z"
                                         << "2024-03-31T08:00:00.000Z";
    QTest::newRow("relative") << "now-6h"
                              << "2024-03-31T04:30:45.123Z";
}

void TestTimeRange::commandLineTimes()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const auto parsed = parseCommandLineTime(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error()));
    QCOMPARE(formatAbsoluteTime(resolveTime(parsed.value(), TimeEdge::From, {kNow})), expected);
}

void TestTimeRange::badExpressionsAreErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("commandLine");
    QTest::addColumn<QString>("says");
    QTest::newRow("word") << "yesterday" << false << "not a time";
    QTest::newRow("empty") << "" << false << "empty";
    QTest::newRow("dangling minus") << "now-" << false << "unit";
    QTest::newRow("unknown unit") << "now-1x" << false << "not a time unit";
    QTest::newRow("rounding by two") << "now/2d" << false << "single unit";
    QTest::newRow("fiscal") << "now/fy" << false << "fiscal";
    QTest::newRow("month 13") << "2024-13-01" << false << "not a time";
    QTest::newRow("ms as seconds is year 56000") << "1711872000000" << true << "not a time";
    QTest::newRow("fraction of a millisecond") << "1711872000000.5" << false << "not a time";
    QTest::newRow("huge amount") << "now-99999999999h" << false << "too large";
}

void TestTimeRange::badExpressionsAreErrors()
{
    QFETCH(QString, text);
    QFETCH(bool, commandLine);
    QFETCH(QString, says);
    const auto parsed = commandLine ? parseCommandLineTime(text) : parseTimeExpression(text);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().contains(says), qPrintable(parsed.error()));
}

void TestTimeRange::rangesResolveAndRefuseBackwards()
{
    const TimeContext context {kNow, QTimeZone::utc()};
    const auto range = resolveTimeRange({QStringLiteral("now-1h"), QStringLiteral("now")}, context);
    QVERIFY(range.ok());
    QCOMPARE(range.value().spanMs(), qint64(3'600'000));
    const auto today
        = resolveTimeRange({QStringLiteral("now/d"), QStringLiteral("now/d")}, context);
    QCOMPARE(today.value().spanMs(), qint64(86'400'000 - 1));
    const auto backwards
        = resolveTimeRange({QStringLiteral("now"), QStringLiteral("now-1h")}, context);
    QVERIFY(!backwards.ok());
    QVERIFY(backwards.error().contains(QStringLiteral("after")));
    QVERIFY(!resolveTimeRange({QStringLiteral("now-1h"), QStringLiteral("then")}, context).ok());
}

void TestTimeRange::dashboardZonesAndWeekStarts()
{
    QCOMPARE(dashboardTimeZone(QStringLiteral("utc")).value(), QTimeZone::utc());
    QCOMPARE(dashboardTimeZone(QString()).value(), QTimeZone::systemTimeZone());
    QCOMPARE(dashboardTimeZone(QStringLiteral("browser")).value(), QTimeZone::systemTimeZone());
    QCOMPARE(dashboardTimeZone(QStringLiteral("Europe/Berlin")).value().id(),
             QByteArray("Europe/Berlin"));
    QVERIFY(!dashboardTimeZone(QStringLiteral("Mars/Olympus")).ok());
    QCOMPARE(dashboardWeekStart(QString()).value(), Qt::Monday);
    QCOMPARE(dashboardWeekStart(QStringLiteral("sunday")).value(), Qt::Sunday);
    QVERIFY(!dashboardWeekStart(QStringLiteral("friday")).ok());
}

void TestTimeRange::presetsAndDescriptions()
{
    const auto presets = relativePresets();
    QCOMPARE(presets.size(), std::size_t(10));
    QCOMPARE(presets.front().label, QStringLiteral("Last 5 minutes"));
    QCOMPARE(presets.front().range,
             (RawTimeRange {QStringLiteral("now-5m"), QStringLiteral("now")}));
    QCOMPARE(presets.back().label, QStringLiteral("Last 7 days"));
    QStringList froms;
    for (const auto &preset : presets)
        froms << preset.range.from;
    QCOMPARE(froms.join(QLatin1Char(' ')),
             QStringLiteral(
                 "now-5m now-15m now-30m now-1h now-3h now-6h now-12h now-24h now-2d now-7d"));
    QCOMPARE(describeTimeRange({QStringLiteral("now-6h"), QStringLiteral("now")}),
             QStringLiteral("Last 6 hours"));
    QCOMPARE(describeTimeRange({QStringLiteral("now-2h"), QStringLiteral("now")}),
             QStringLiteral("Last 2 hours"));
    QCOMPARE(describeTimeRange({QStringLiteral("now-1M"), QStringLiteral("now")}),
             QStringLiteral("Last 1 month"));
    QCOMPARE(describeTimeRange({QStringLiteral("now/d"), QStringLiteral("now/d")}),
             QStringLiteral("now/d to now/d"));
}

void TestTimeRange::zoomOutKeepsCentreOrNow()
{
    const TimeContext context {kNow, QTimeZone::utc()};
    QCOMPARE(zoomOut({QStringLiteral("now-1h"), QStringLiteral("now")}, context).value(),
             (RawTimeRange {QStringLiteral("now-2h"), QStringLiteral("now")}));
    QCOMPARE(zoomOut({QStringLiteral("now-15m"), QStringLiteral("now")}, context).value(),
             (RawTimeRange {QStringLiteral("now-30m"), QStringLiteral("now")}));
    QCOMPARE(
        zoomOut({QStringLiteral("2024-03-31T10:00:00Z"), QStringLiteral("2024-03-31T11:00:00Z")},
                context)
            .value(),
        (RawTimeRange {QStringLiteral("2024-03-31T09:30:00.000Z"),
                       QStringLiteral("2024-03-31T11:30:00.000Z")}));
    QCOMPARE(
        zoomOut({QStringLiteral("2024-03-31T10:00:00Z"), QStringLiteral("2024-03-31T10:00:00Z")},
                context)
            .value(),
        (RawTimeRange {QStringLiteral("2024-03-31T09:59:45.000Z"),
                       QStringLiteral("2024-03-31T10:00:15.000Z")}));
    QVERIFY(!zoomOut({QStringLiteral("soon"), QStringLiteral("now")}, context).ok());
}

void TestTimeRange::shiftMovesHalfAWindow()
{
    const TimeRange hour {utc("2024-03-31T10:00:00Z"), utc("2024-03-31T11:00:00Z")};
    QCOMPARE(shiftBackward(hour),
             (TimeRange {utc("2024-03-31T09:30:00Z"), utc("2024-03-31T10:30:00Z")}));
    QCOMPARE(shiftForward(hour, utc("2024-04-01T00:00:00Z")),
             (TimeRange {utc("2024-03-31T10:30:00Z"), utc("2024-03-31T11:30:00Z")}));
    // Forward past now: the window stops at now and keeps its start.
    QCOMPARE(shiftForward(hour, utc("2024-03-31T11:10:00Z")),
             (TimeRange {utc("2024-03-31T10:00:00Z"), utc("2024-03-31T11:10:00Z")}));
    QCOMPARE(toRaw(hour),
             (RawTimeRange {QStringLiteral("2024-03-31T10:00:00.000Z"),
                            QStringLiteral("2024-03-31T11:00:00.000Z")}));
}

QTEST_GUILESS_MAIN(TestTimeRange)
#include "tst_timerange.moc"
