// $__interval, $__rate_interval and the step as Grafana computes them: the nice-interval table,
// durations, and whole panel plans checked against values worked out by hand from Grafana's
// algorithm (see panelqueries.h).
#include "dashboard/dashboardloader.h"
#include "dashboard/panelqueries.h"

#include <QTest>

using namespace eucora;
using namespace eucora::dashboard;

namespace {

const QDateTime kNow = QDateTime::fromMSecsSinceEpoch(1711881045123, QTimeZone::utc());

QueryContext context(qint64 rangeMs, int width)
{
    return {{kNow.addMSecs(-rangeMs), kNow}, width, kDefaultScrapeIntervalMs};
}

Panel panelWith(const QString &expr, const QString &panelInterval = {},
                const QString &targetInterval = {})
{
    Panel panel;
    panel.id = 1;
    panel.type = QStringLiteral("timeseries");
    panel.kind = PanelKind::TimeSeries;
    panel.interval = panelInterval;
    Target target;
    target.refId = QStringLiteral("A");
    target.expr = expr;
    target.interval = targetInterval;
    panel.targets.push_back(target);
    return panel;
}

constexpr qint64 kHour = 3'600'000;
constexpr qint64 kDay = 24 * kHour;

} // namespace

class TestInterval : public QObject
{
    Q_OBJECT

private slots:
    void roundIntervalFollowsGrafanasTable_data();
    void roundIntervalFollowsGrafanasTable();
    void durationsParseAndFormat_data();
    void durationsParseAndFormat();
    void rateIntervalIsFourScrapesAtLeast();
    void planStepsMatchGrafana_data();
    void planStepsMatchGrafana();
    void rangeIsAlignedToTheStep();
    void hiddenEmptyAndForeignTargetsAreSkipped();
    void instantAndRangeTargets();
    void variablesAndUnknownsInThePlan();
    void eucoraPanelsPlanAsWritten();
};

void TestInterval::roundIntervalFollowsGrafanasTable_data()
{
    QTest::addColumn<qint64>("raw");
    QTest::addColumn<qint64>("nice");
    QTest::newRow("0") << qint64(0) << qint64(1);
    QTest::newRow("9") << qint64(9) << qint64(1);
    QTest::newRow("10") << qint64(10) << qint64(10);
    QTest::newRow("14") << qint64(14) << qint64(10);
    QTest::newRow("15") << qint64(15) << qint64(20);
    QTest::newRow("34") << qint64(34) << qint64(20);
    QTest::newRow("35") << qint64(35) << qint64(50);
    QTest::newRow("74") << qint64(74) << qint64(50);
    QTest::newRow("75") << qint64(75) << qint64(100);
    QTest::newRow("149") << qint64(149) << qint64(100);
    QTest::newRow("150") << qint64(150) << qint64(200);
    QTest::newRow("349") << qint64(349) << qint64(200);
    QTest::newRow("350") << qint64(350) << qint64(500);
    QTest::newRow("749") << qint64(749) << qint64(500);
    QTest::newRow("750") << qint64(750) << qint64(1000);
    QTest::newRow("1499") << qint64(1499) << qint64(1000);
    QTest::newRow("1500") << qint64(1500) << qint64(2000);
    QTest::newRow("3499") << qint64(3499) << qint64(2000);
    QTest::newRow("3500") << qint64(3500) << qint64(5000);
    QTest::newRow("7499") << qint64(7499) << qint64(5000);
    QTest::newRow("7500") << qint64(7500) << qint64(10000);
    QTest::newRow("12499") << qint64(12499) << qint64(10000);
    QTest::newRow("12500") << qint64(12500) << qint64(15000);
    QTest::newRow("17499") << qint64(17499) << qint64(15000);
    QTest::newRow("17500") << qint64(17500) << qint64(20000);
    QTest::newRow("24999") << qint64(24999) << qint64(20000);
    QTest::newRow("25000") << qint64(25000) << qint64(30000);
    QTest::newRow("44999") << qint64(44999) << qint64(30000);
    QTest::newRow("45000") << qint64(45000) << qint64(60000);
    QTest::newRow("89999") << qint64(89999) << qint64(60000);
    QTest::newRow("90000") << qint64(90000) << qint64(120000);
    QTest::newRow("209999") << qint64(209999) << qint64(120000);
    QTest::newRow("210000") << qint64(210000) << qint64(300000);
    QTest::newRow("449999") << qint64(449999) << qint64(300000);
    QTest::newRow("450000") << qint64(450000) << qint64(600000);
    QTest::newRow("749999") << qint64(749999) << qint64(600000);
    QTest::newRow("750000") << qint64(750000) << qint64(900000);
    QTest::newRow("1049999") << qint64(1049999) << qint64(900000);
    QTest::newRow("1050000") << qint64(1050000) << qint64(1200000);
    QTest::newRow("1499999") << qint64(1499999) << qint64(1200000);
    QTest::newRow("1500000") << qint64(1500000) << qint64(1800000);
    QTest::newRow("2699999") << qint64(2699999) << qint64(1800000);
    QTest::newRow("2700000") << qint64(2700000) << qint64(3600000);
    QTest::newRow("5399999") << qint64(5399999) << qint64(3600000);
    QTest::newRow("5400000") << qint64(5400000) << qint64(7200000);
    QTest::newRow("8999999") << qint64(8999999) << qint64(7200000);
    QTest::newRow("9000000") << qint64(9000000) << qint64(10800000);
    QTest::newRow("16199999") << qint64(16199999) << qint64(10800000);
    QTest::newRow("16200000") << qint64(16200000) << qint64(21600000);
    QTest::newRow("32399999") << qint64(32399999) << qint64(21600000);
    QTest::newRow("32400000") << qint64(32400000) << qint64(43200000);
    QTest::newRow("86399999") << qint64(86399999) << qint64(43200000);
    QTest::newRow("86400000") << qint64(86400000) << qint64(86400000);
    QTest::newRow("604799999") << qint64(604799999) << qint64(86400000);
    QTest::newRow("604800000") << qint64(604800000) << qint64(604800000);
    QTest::newRow("1814399999") << qint64(1814399999) << qint64(604800000);
    QTest::newRow("1814400000") << qint64(1814400000) << qint64(2592000000);
    QTest::newRow("3628799999") << qint64(3628799999) << qint64(2592000000);
    QTest::newRow("3628800000") << qint64(3628800000) << qint64(31536000000);
}

void TestInterval::roundIntervalFollowsGrafanasTable()
{
    QFETCH(qint64, raw);
    QFETCH(qint64, nice);
    QCOMPARE(roundInterval(raw), nice);
}

void TestInterval::durationsParseAndFormat_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("formatted");
    QTest::newRow("ms") << "10ms" << qint64(10) << "10ms";
    QTest::newRow("s") << "30s" << qint64(30'000) << "30s";
    QTest::newRow("90s stays seconds") << "90s" << qint64(90'000) << "90s";
    QTest::newRow("m") << "5m" << qint64(300'000) << "5m";
    QTest::newRow("60m is 1h") << "60m" << qint64(kHour) << "1h";
    QTest::newRow("d") << "1d" << qint64(kDay) << "1d";
    QTest::newRow("w") << "2w" << qint64(14 * kDay) << "2w";
    QTest::newRow("M is 30 days") << "1M" << qint64(30 * kDay) << "30d";
    QTest::newRow("y is 365 days") << "1y" << qint64(365 * kDay) << "1y";
    QTest::newRow("bare number is seconds") << "15" << qint64(15'000) << "15s";
    QTest::newRow("fraction") << "1.5s" << qint64(1'500) << "1500ms";
}

void TestInterval::durationsParseAndFormat()
{
    QFETCH(QString, text);
    QFETCH(qint64, ms);
    QFETCH(QString, formatted);
    QCOMPARE(parseIntervalMs(text), std::optional<qint64>(ms));
    QCOMPARE(formatIntervalMs(ms), formatted);
    for (const char *bad : {"", "5x", "$__interval", "-5s", "s"})
        QCOMPARE(parseIntervalMs(QLatin1String(bad)), std::optional<qint64>());
}

void TestInterval::rateIntervalIsFourScrapesAtLeast()
{
    QCOMPARE(rateIntervalMs(15'000, 15'000), qint64(60'000));
    QCOMPARE(rateIntervalMs(60'000, 15'000), qint64(75'000));
    QCOMPARE(rateIntervalMs(600'000, 30'000), qint64(630'000));
    QCOMPARE(rateIntervalMs(1'000, 0), qint64(60'000)); // no scrape interval known: 15 s
    QCOMPARE(calculateIntervalMs(kHour, 800, 15'000), qint64(15'000));
    QCOMPARE(calculateIntervalMs(kHour, 0, 1), qint64(2'000)); // 1500 points: 2400 ms -> 2 s
}

void TestInterval::planStepsMatchGrafana_data()
{
    QTest::addColumn<qint64>("rangeMs");
    QTest::addColumn<int>("width");
    QTest::addColumn<QString>("panelInterval");
    QTest::addColumn<QString>("targetInterval");
    QTest::addColumn<int>("factor");
    QTest::addColumn<int>("maxDataPoints");
    QTest::addColumn<qint64>("panelMs");
    QTest::addColumn<qint64>("stepMs");
    QTest::addColumn<QString>("expr");

    const QString macros = QStringLiteral("$__interval $__rate_interval");
    // 1h / 800 px = 4.5 s -> 5 s, raised to the 15 s scrape interval.
    QTest::newRow("1h at 800 px") << kHour << 800 << ""
                                  << "" << 1 << 0 << qint64(15'000) << qint64(15'000) << "15s 1m";
    // 24h / 1000 = 86.4 s -> 1 m; rate = 1 m + 15 s.
    QTest::newRow("24h at 1000 px") << 24 * kHour << 1000 << ""
                                    << "" << 1 << 0 << qint64(60'000) << qint64(60'000) << "1m 75s";
    // 7d / 1200 = 504 s -> 10 m.
    QTest::newRow("7d at 1200 px")
        << 7 * kDay << 1200 << ""
        << "" << 1 << 0 << qint64(600'000) << qint64(600'000) << "10m 615s";
    // 5m / 2000 = 150 ms -> 200 ms, raised to 15 s.
    QTest::newRow("5m at 2000 px") << qint64(300'000) << 2000 << ""
                                   << "" << 1 << 0 << qint64(15'000) << qint64(15'000) << "15s 1m";
    QTest::newRow("panel min interval 1m")
        << kHour << 800 << "1m"
        << "" << 1 << 0 << qint64(60'000) << qint64(60'000) << "1m 75s";
    // The panel's min interval replaces the scrape interval as the floor, as in Grafana.
    QTest::newRow("panel min interval below scrape")
        << kHour << 3600 << "5s"
        << "" << 1 << 0 << qint64(5'000) << qint64(5'000) << "5s 1m";
    // A target's min step raises the step and is its rate interval's scrape interval.
    QTest::newRow("target min step 2m")
        << kHour << 800 << ""
        << "2m" << 1 << 0 << qint64(15'000) << qint64(120'000) << "2m 8m";
    QTest::newRow("interval factor 2")
        << kHour << 800 << ""
        << "" << 2 << 0 << qint64(15'000) << qint64(30'000) << "30s 1m";
    // maxDataPoints wins over the width: 1h / 100 = 36 s -> 30 s.
    QTest::newRow("maxDataPoints 100")
        << kHour << 800 << ""
        << "" << 1 << 100 << qint64(30'000) << qint64(30'000) << "30s 1m";
    // 90d / 100000 px would be 1 m; 11,000 points at most makes it 706.9 s -> 10 m.
    QTest::newRow("11000 points at most")
        << 90 * kDay << 100000 << ""
        << "" << 1 << 0 << qint64(60'000) << qint64(600'000) << "10m 75s";
    // Min step $__rate_interval: the step itself becomes the rate interval.
    QTest::newRow("min step $__rate_interval")
        << kHour << 800 << ""
        << "$__rate_interval" << 1 << 0 << qint64(15'000) << qint64(60'000) << "1m 1m";
    QTest::newRow("panel interval as a variable")
        << kHour << 800 << "$floor"
        << "" << 1 << 0 << qint64(30'000) << qint64(30'000) << "30s 1m";
    QTest::newRow("zero width: 1500 points")
        << kHour << 0 << ""
        << "" << 1 << 0 << qint64(15'000) << qint64(15'000) << "15s 1m";
}

void TestInterval::planStepsMatchGrafana()
{
    QFETCH(qint64, rangeMs);
    QFETCH(int, width);
    QFETCH(QString, panelInterval);
    QFETCH(QString, targetInterval);
    QFETCH(int, factor);
    QFETCH(int, maxDataPoints);
    QFETCH(qint64, panelMs);
    QFETCH(qint64, stepMs);
    QFETCH(QString, expr);
    Panel panel
        = panelWith(QStringLiteral("$__interval $__rate_interval"), panelInterval, targetInterval);
    panel.targets.front().intervalFactor = factor;
    if (maxDataPoints > 0)
        panel.maxDataPoints = maxDataPoints;
    Dashboard dashboard;
    Variable floor;
    floor.name = QStringLiteral("floor");
    floor.type = VariableType::Constant;
    floor.currentValue = {QStringLiteral("30s")};
    dashboard.variables.push_back(floor);
    const PanelQueryPlan plan = planPanelQueries(panel, dashboard, context(rangeMs, width));
    QCOMPARE(plan.intervalMs, panelMs);
    QCOMPARE(plan.queries.size(), std::size_t(1));
    QCOMPARE(plan.queries.front().stepMs, stepMs);
    QCOMPARE(plan.queries.front().expr, expr);
    QVERIFY(!plan.queries.front().instant);
}

void TestInterval::rangeIsAlignedToTheStep()
{
    const PanelQueryPlan plan
        = planPanelQueries(panelWith(QStringLiteral("up")), Dashboard(), context(kHour, 800));
    const PlannedQuery &query = plan.queries.front();
    QCOMPARE(query.start.toMSecsSinceEpoch() % query.stepMs, qint64(0));
    QCOMPARE(query.end.toMSecsSinceEpoch() % query.stepMs, qint64(0));
    QVERIFY(query.end <= kNow
            && kNow.toMSecsSinceEpoch() - query.end.toMSecsSinceEpoch() < query.stepMs);
    QCOMPARE(query.start.msecsTo(query.end), kHour);
    const prometheus::RangeQuery range = query.rangeQuery();
    QCOMPARE(range.step, std::chrono::milliseconds(15'000));
    QCOMPARE(range.start, query.start);
    QCOMPARE(query.instantQuery().time, query.end);
}

void TestInterval::hiddenEmptyAndForeignTargetsAreSkipped()
{
    Panel panel = panelWith(QStringLiteral("up"));
    panel.datasource = {DatasourceRef::Form::Name, QStringLiteral("-- Mixed --"), {}, {}};
    Target hidden = panel.targets.front();
    hidden.refId = QStringLiteral("B");
    hidden.hide = true;
    Target empty;
    empty.refId = QStringLiteral("C");
    Target loki = panel.targets.front();
    loki.refId = QStringLiteral("D");
    loki.datasource
        = {DatasourceRef::Form::Reference, {}, QStringLiteral("loki"), QStringLiteral("l")};
    panel.targets.insert(panel.targets.end(), {hidden, empty, loki});
    const PanelQueryPlan plan = planPanelQueries(panel, Dashboard(), context(kHour, 800));
    QCOMPARE(plan.queries.size(), std::size_t(1));
    QCOMPARE(plan.queries.front().refId, QStringLiteral("A"));
    QCOMPARE(plan.skipped,
             QStringList({QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D")}));

    Panel text = panel;
    text.kind = PanelKind::Text;
    QVERIFY(planPanelQueries(text, Dashboard(), context(kHour, 800)).queries.empty());
}

void TestInterval::instantAndRangeTargets()
{
    Panel panel = panelWith(QStringLiteral("up"));
    panel.targets.front().instant = true;
    auto plan = planPanelQueries(panel, Dashboard(), context(kHour, 800));
    QCOMPARE(plan.queries.size(), std::size_t(1));
    QVERIFY(plan.queries.front().instant);
    panel.targets.front().range = true;
    plan = planPanelQueries(panel, Dashboard(), context(kHour, 800));
    QCOMPARE(plan.queries.size(), std::size_t(2));
    QVERIFY(plan.queries.at(0).instant && !plan.queries.at(1).instant);
}

void TestInterval::variablesAndUnknownsInThePlan()
{
    Panel panel = panelWith(
        QStringLiteral("sum(rate(x{ring=~\"$ring\", id=\"$missing\"}[$__rate_interval]))"));
    panel.targets.front().legendFormat = QStringLiteral("{{ring}} in $ring ($other)");
    Dashboard dashboard;
    Variable ring;
    ring.name = QStringLiteral("ring");
    ring.type = VariableType::Query;
    ring.multi = true;
    ring.currentValue = ring.currentText = {QStringLiteral("Canary"), QStringLiteral("Pilot")};
    dashboard.variables.push_back(ring);
    const PlannedQuery query
        = planPanelQueries(panel, dashboard, context(kHour, 800)).queries.front();
    QCOMPARE(query.expr,
             QStringLiteral("sum(rate(x{ring=~\"(Canary|Pilot)\", id=\"$missing\"}[1m]))"));
    QCOMPARE(query.legendFormat, QStringLiteral("{{ring}} in Canary + Pilot ($other)"));
    QCOMPARE(query.unresolved, QStringList({QStringLiteral("missing"), QStringLiteral("other")}));
}

void TestInterval::eucoraPanelsPlanAsWritten()
{
    const auto loaded
        = loadDashboardFile(QStringLiteral(EUCORA_TEST_DATA "/dashboards/eucora-operations.json"));
    QVERIFY(loaded.ok());
    const Dashboard &dashboard = loaded.value().dashboard;
    const PanelQueryPlan plan
        = planPanelQueries(dashboard.panels.at(5), dashboard, context(kHour, 640));
    QCOMPARE(plan.queries.size(), std::size_t(3));
    QCOMPARE(
        plan.queries.at(1).expr,
        QStringLiteral(
            "histogram_quantile(0.95, rate(http_request_duration_seconds_bucket[5m])) * 1000"));
    QCOMPARE(plan.queries.at(1).legendFormat, QStringLiteral("p95 - {{ endpoint }}"));
    QCOMPARE(plan.queries.at(1).stepMs, qint64(15'000));
    QVERIFY(plan.skipped.isEmpty());
}

QTEST_GUILESS_MAIN(TestInterval)
#include "tst_interval.moc"
