// Grafana dashboard JSON into the model: EUCORA's own dashboard (contract 9.3), legacy panels,
// rows, variables, placeholders with their report lines, the round trip through toJson, and
// documents that are not dashboards at all.
#include "dashboard/dashboardloader.h"
#include "dashboard/dashboardwriter.h"
#include "dashboard/fieldoverrides.h"

#include <QJsonDocument>
#include <QTest>

using namespace eucora;
using namespace eucora::dashboard;
using Kind = LoadIssue::Kind;

namespace {

LoadedDashboard loadFixture(const QString &name)
{
    const auto loaded = loadDashboardFile(QStringLiteral(EUCORA_TEST_DATA "/dashboards/") + name);
    if (!loaded.ok())
        qFatal("%s", qPrintable(loaded.error()));
    return loaded.value();
}

const Panel *panelById(const Dashboard &dashboard, int id)
{
    const Panel *found = nullptr;
    forEachPanel(dashboard, [&](const Panel &panel) {
        if (panel.id == id)
            found = &panel;
    });
    if (!found)
        qFatal("no panel %d", id);
    return found;
}

QStringList targetsOf(const Panel &panel)
{
    QStringList texts;
    for (const auto &target : panel.targets)
        texts << target.refId + QStringLiteral(": ") + target.expr + QStringLiteral(" -> ")
                + target.legendFormat;
    return texts;
}

QStringList stepsOf(const Thresholds &thresholds)
{
    QStringList texts;
    for (const auto &step : thresholds.steps)
        texts << (step.value ? QString::number(*step.value) : QStringLiteral("base"))
                + QLatin1Char(' ') + step.color;
    return texts;
}

struct Expected
{
    Kind kind;
    std::optional<int> panel;
    QString name;
};

} // namespace

class TestDashboardLoader : public QObject
{
    Q_OBJECT

private slots:
    void eucoraDashboardLoadsWithoutReport();
    void eucoraPanelsSitOnTheTwoColumnGrid_data();
    void eucoraPanelsSitOnTheTwoColumnGrid();
    void eucoraTargetsAndLegendsAreExact();
    void eucoraFieldConfigMatchesTheContract();
    void eucoraLegendTooltipAndStatOptions();
    void placeholderFixtureNamesEveryUnsupportedThing();
    void placeholdersKeepTheirPanelAndSayWhy();
    void eucoraPanelTypesKeepTheirRawJson();
    void legacyGraphBecomesTimeSeries();
    void legacySinglestatBecomesStatOrGauge();
    void oldAndNewMappingsAreRead();
    void rowsOwnTheirPanelsOpenOrCollapsed();
    void everyVariableTypeIsRead();
    void overridesApplyByNameRegexAndRefId();
    void datasourcePlaceholdersResolveThroughInputs();
    void gridPosDefaultsLikeGrafana();
    void legacyRowLayoutIsConverted();
    void roundTripKeepsTheModel_data();
    void roundTripKeepsTheModel();
    void malformedInputNeverCrashes_data();
    void malformedInputNeverCrashes();
    void missingFileIsAnError();
};

void TestDashboardLoader::eucoraDashboardLoadsWithoutReport()
{
    const auto loaded = loadFixture(QStringLiteral("eucora-operations.json"));
    const Dashboard &d = loaded.dashboard;
    QVERIFY2(loaded.report.isEmpty(), qPrintable(loaded.report.messages().join(QLatin1Char('\n'))));
    QCOMPARE(d.title, QStringLiteral("EUCORA Control Plane - Operations Dashboard"));
    QCOMPARE(d.uid, QStringLiteral("eucora-operations"));
    QCOMPARE(
        d.description,
        QStringLiteral("EUCORA Control Plane - Deployment, Resilience, and Operations Dashboard"));
    QCOMPARE(d.tags,
             QStringList({QStringLiteral("eucora"), QStringLiteral("control-plane"),
                          QStringLiteral("deployment"), QStringLiteral("operations")}));
    QCOMPARE(d.refresh, QStringLiteral("10s"));
    QCOMPARE(d.time, (RawTimeRange {QStringLiteral("now-1h"), QStringLiteral("now")}));
    QCOMPARE(d.schemaVersion, 27);
    QCOMPARE(d.graphTooltip, GraphTooltip::Default);
    QVERIFY(d.variables.empty());
    QCOMPARE(d.panels.size(), std::size_t(8));
    for (const auto &panel : d.panels) {
        QCOMPARE(panel.datasource.form, DatasourceRef::Form::Name);
        QCOMPARE(panel.datasource.name, QStringLiteral("Prometheus"));
        QCOMPARE(datasourceKind(panel.datasource, d), DatasourceKind::Prometheus);
    }
}

void TestDashboardLoader::eucoraPanelsSitOnTheTwoColumnGrid_data()
{
    QTest::addColumn<int>("id");
    QTest::addColumn<QString>("title");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("x");
    QTest::addColumn<int>("y");
    const int series = int(PanelKind::TimeSeries);
    QTest::newRow("1") << 1 << "Deployment Rate (per minute)" << series << 0 << 0;
    QTest::newRow("2") << 2 << "Connector Health Status" << int(PanelKind::Stat) << 12 << 0;
    QTest::newRow("3") << 3 << "Deployment & Promotion Success Rates" << series << 0 << 8;
    QTest::newRow("4") << 4 << "Circuit Breaker State Changes" << series << 12 << 8;
    QTest::newRow("5") << 5 << "Deployment Duration Percentiles (p95, p99)" << series << 0 << 16;
    QTest::newRow("6") << 6 << "API Response Latency Percentiles" << series << 12 << 16;
    QTest::newRow("7") << 7 << "Celery Task Execution Time (p95)" << series << 0 << 24;
    QTest::newRow("8") << 8 << "System Error Rates" << series << 12 << 24;
}

void TestDashboardLoader::eucoraPanelsSitOnTheTwoColumnGrid()
{
    QFETCH(int, id);
    QFETCH(QString, title);
    QFETCH(int, kind);
    QFETCH(int, x);
    QFETCH(int, y);
    const auto loaded = loadFixture(QStringLiteral("eucora-operations.json"));
    const Panel &panel = *panelById(loaded.dashboard, id);
    QCOMPARE(panel.title, title);
    QCOMPARE(int(panel.kind), kind);
    QCOMPARE(panel.gridPos, (GridPos {x, y, 12, 8}));
}

void TestDashboardLoader::eucoraTargetsAndLegendsAreExact()
{
    const auto loaded = loadFixture(QStringLiteral("eucora-operations.json"));
    const Dashboard &d = loaded.dashboard;
    QCOMPARE(targetsOf(*panelById(d, 1)),
             QStringList {QStringLiteral("A: rate(deployment_total[5m]) -> ")});
    QCOMPARE(targetsOf(*panelById(d, 2)),
             QStringList {QStringLiteral("A: connector_health -> {{ connector_type }}")});
    QCOMPARE(targetsOf(*panelById(d, 3)),
             QStringList({QStringLiteral("A: sum(rate(deployment_total{status=\"success\"}[1h])) / "
                                         "sum(rate(deployment_total[1h])) -> Overall Success Rate"),
                          QStringLiteral("B: promotion_gate_success_rate -> Ring {{ ring }}")}));
    QCOMPARE(targetsOf(*panelById(d, 4)),
             QStringList {QStringLiteral(
                 "A: circuit_breaker_state -> {{ service }} - {{ connector_type }}")});
    QCOMPARE(
        panelById(d, 5)->targets.at(1).expr,
        QStringLiteral("histogram_quantile(0.99, rate(deployment_duration_seconds_bucket[5m]))"));
    QCOMPARE(panelById(d, 5)->targets.at(1).legendFormat,
             QStringLiteral("p99 - {{ ring }} - {{ app_name }}"));
    QCOMPARE(panelById(d, 6)->targets.size(), std::size_t(3));
    QCOMPARE(panelById(d, 6)->targets.at(2).legendFormat, QStringLiteral("p99 - {{ endpoint }}"));
    QCOMPARE(panelById(d, 7)->targets.at(1).expr,
             QStringLiteral("histogram_quantile(0.95, rate(celery_task_duration_seconds_bucket{"
                            "status=\"failed\"}[5m]))"));
    QCOMPARE(targetsOf(*panelById(d, 8)).at(1),
             QStringLiteral("B: sum(rate(circuit_breaker_failures_total[5m])) / "
                            "sum(rate(deployment_total[5m])) -> Circuit Breaker Triggers"));
}

void TestDashboardLoader::eucoraFieldConfigMatchesTheContract()
{
    const auto loaded = loadFixture(QStringLiteral("eucora-operations.json"));
    const Dashboard &d = loaded.dashboard;
    const QStringList units {QString(),
                             QStringLiteral("short"),
                             QStringLiteral("percentunit"),
                             QStringLiteral("short"),
                             QStringLiteral("s"),
                             QStringLiteral("ms"),
                             QStringLiteral("s"),
                             QStringLiteral("percentunit")};
    const QStringList labels {QString(),
                              QString(),
                              QStringLiteral("Success Rate (%)"),
                              QStringLiteral("Circuit Breaker State"),
                              QStringLiteral("Duration (seconds)"),
                              QStringLiteral("HTTP Response Time (ms)"),
                              QStringLiteral("Celery Task Time (seconds)"),
                              QStringLiteral("Failure Rate (%)")};
    for (int id = 1; id <= 8; ++id) {
        const FieldDefaults &f = panelById(d, id)->fieldConfig.defaults;
        QCOMPARE(f.unit, units.at(id - 1));
        QCOMPARE(f.custom.axisLabel, labels.at(id - 1));
        QCOMPARE(f.thresholds.mode, ThresholdsMode::Absolute);
    }
    QCOMPARE(stepsOf(panelById(d, 1)->fieldConfig.defaults.thresholds),
             QStringList({QStringLiteral("base green"), QStringLiteral("80 red")}));
    QCOMPARE(stepsOf(panelById(d, 3)->fieldConfig.defaults.thresholds),
             QStringList({QStringLiteral("base red"), QStringLiteral("95 orange"),
                          QStringLiteral("99 green")}));
    QCOMPARE(stepsOf(panelById(d, 6)->fieldConfig.defaults.thresholds),
             QStringList({QStringLiteral("base green"), QStringLiteral("500 yellow"),
                          QStringLiteral("1000 red")}));
    QCOMPARE(stepsOf(panelById(d, 8)->fieldConfig.defaults.thresholds),
             QStringList({QStringLiteral("base green"), QStringLiteral("0.02 yellow"),
                          QStringLiteral("0.05 red")}));

    const GraphStyle &one = panelById(d, 1)->fieldConfig.defaults.custom;
    QCOMPARE(one.lineWidth, 1.0);
    QCOMPARE(one.fillOpacity, 0.0);
    QCOMPARE(one.showPoints, ShowPoints::Auto);
    QCOMPARE(one.thresholdsStyle, ThresholdsStyleMode::Off);
    const GraphStyle &three = panelById(d, 3)->fieldConfig.defaults.custom;
    QCOMPARE(three.lineWidth, 2.0);
    QCOMPARE(three.fillOpacity, 10.0);
    QCOMPARE(three.showPoints, ShowPoints::Never);
    QCOMPARE(three.spanNulls.mode, SpanNulls::Mode::Always);
    QCOMPARE(panelById(d, 4)->fieldConfig.defaults.custom.lineInterpolation,
             LineInterpolation::StepAfter);

    const auto &health = panelById(d, 2)->fieldConfig.defaults.mappings;
    QCOMPARE(health.size(), std::size_t(1));
    QCOMPARE(health.front().values.at(QStringLiteral("0")),
             (MappingResult {QStringLiteral("HEALTHY"), QStringLiteral("green"), 0}));
    QCOMPARE(health.front().values.at(QStringLiteral("1")),
             (MappingResult {QStringLiteral("FAILED"), QStringLiteral("red"), 1}));
    const auto &breaker = panelById(d, 4)->fieldConfig.defaults.mappings.front();
    QCOMPARE(breaker.values.at(QStringLiteral("2")).text, QStringLiteral("HALF_OPEN"));
    QCOMPARE(breaker.values.size(), std::size_t(3));
}

void TestDashboardLoader::eucoraLegendTooltipAndStatOptions()
{
    const auto loaded = loadFixture(QStringLiteral("eucora-operations.json"));
    const Dashboard &d = loaded.dashboard;
    const PanelOptions &one = panelById(d, 1)->options;
    QCOMPARE(one.legend.displayMode, LegendDisplayMode::List);
    QCOMPARE(one.legend.placement, LegendPlacement::Bottom);
    QCOMPARE(one.tooltip, TooltipMode::Single);
    const PanelOptions &three = panelById(d, 3)->options;
    QCOMPARE(three.legend.displayMode, LegendDisplayMode::Table);
    QCOMPARE(three.legend.placement, LegendPlacement::Right);
    QCOMPARE(three.legend.calcs,
             QStringList({QStringLiteral("min"), QStringLiteral("max"), QStringLiteral("mean"),
                          QStringLiteral("lastNotNull")}));
    QCOMPARE(three.tooltip, TooltipMode::Multi);
    QCOMPARE(panelById(d, 5)->options.legend.calcs,
             QStringList({QStringLiteral("min"), QStringLiteral("max"), QStringLiteral("mean")}));
    QCOMPARE(panelById(d, 5)->options.tooltip, TooltipMode::Multi);
    QCOMPARE(panelById(d, 4)->options.legend.displayMode, LegendDisplayMode::List);

    const PanelOptions &stat = panelById(d, 2)->options;
    QCOMPARE(stat.colorMode, BigValueColorMode::Background);
    QCOMPARE(stat.graphMode, BigValueGraphMode::None);
    QCOMPARE(stat.reduce.calcs, QStringList {QStringLiteral("lastNotNull")});
    QCOMPARE(stat.reduce.values, false);
    // Keys the console does not model stay in the raw options.
    QCOMPARE(panelById(d, 2)->rawOptions.value(QLatin1String("justifyMode")).toString(),
             QStringLiteral("auto"));
}

void TestDashboardLoader::placeholderFixtureNamesEveryUnsupportedThing()
{
    const auto loaded = loadFixture(QStringLiteral("placeholders.json"));
    const std::vector<Expected> expected {
        {Kind::UnsupportedOption, std::nullopt, QStringLiteral("annotations")},
        {Kind::UnknownPanelType, 1, QStringLiteral("grafana-piechart-panel")},
        {Kind::UnknownPanelType, 2, QStringLiteral("piechart")},
        {Kind::UnsupportedDatasource, 3, QStringLiteral("loki")},
        {Kind::UnsupportedDatasource, 4, QStringLiteral("elasticsearch")},
        {Kind::UnsupportedDatasource, 5, QStringLiteral("-- Grafana --")},
        {Kind::UnsupportedDatasource, 6, QStringLiteral("loki")},
        {Kind::UnknownUnit, 7, QStringLiteral("ops/min")},
        {Kind::Override, 7, QStringLiteral("byType=number")},
        {Kind::Override, 7, QStringLiteral("byName=success: custom.hideFrom")},
        {Kind::Transformation, 7, QStringLiteral("organize")},
        {Kind::Transformation, 7, QStringLiteral("merge")},
        {Kind::UnsupportedOption, 7, QStringLiteral("timeFrom")},
        {Kind::UnsupportedOption, 8, QStringLiteral("repeat")},
    };
    const auto &issues = loaded.report.issues;
    QCOMPARE(issues.size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        QCOMPARE(issues[i].kind, expected[i].kind);
        QCOMPARE(issues[i].panelId, expected[i].panel);
        QCOMPARE(issues[i].name, expected[i].name);
    }
    QCOMPARE(issues[1].panelTitle, QStringLiteral("Deployments by ring"));
    QCOMPARE(
        issues[1].message(),
        QStringLiteral("Panel 1 \"Deployments by ring\": panel type \"grafana-piechart-panel\" "
                       "is not supported; shown as a placeholder"));
    QCOMPARE(issues[13].detail, QStringLiteral("ring"));
    QCOMPARE(loaded.report.names(Kind::Transformation),
             QStringList({QStringLiteral("organize"), QStringLiteral("merge")}));
}

void TestDashboardLoader::placeholdersKeepTheirPanelAndSayWhy()
{
    const auto loaded = loadFixture(QStringLiteral("placeholders.json"));
    const Dashboard &d = loaded.dashboard;
    QCOMPARE(d.title, QStringLiteral("Unsupported things"));
    QCOMPARE(d.panels.size(), std::size_t(10));
    for (int id : {1, 2}) {
        QCOMPARE(panelById(d, id)->kind, PanelKind::Placeholder);
        QCOMPARE(panelById(d, id)->placeholder, PlaceholderReason::UnknownType);
    }
    QCOMPARE(panelById(d, 1)->type, QStringLiteral("grafana-piechart-panel"));
    QCOMPARE(panelById(d, 1)->targets.size(), std::size_t(1));
    for (int id : {3, 4, 5}) {
        QCOMPARE(panelById(d, id)->kind, PanelKind::Placeholder);
        QCOMPARE(panelById(d, id)->placeholder, PlaceholderReason::UnsupportedDatasource);
    }
    QCOMPARE(panelById(d, 6)->kind, PanelKind::TimeSeries); // one of its targets can run
    QCOMPARE(panelById(d, 7)->transformations.size(), 2);
    QCOMPARE(panelById(d, 8)->repeat, QStringLiteral("ring"));
    QCOMPARE(panelById(d, 10)->kind, PanelKind::Text);
    QCOMPARE(panelById(d, 10)->options.content,
             QStringLiteral("# Operations\nThe **runbook** is in the wiki."));
    QCOMPARE(d.timezone, QStringLiteral("utc"));
    QVERIFY(d.refresh.isEmpty());
}

void TestDashboardLoader::eucoraPanelTypesKeepTheirRawJson()
{
    const auto loaded = loadFixture(QStringLiteral("placeholders.json"));
    const Panel &table = *panelById(loaded.dashboard, 9);
    QCOMPARE(table.kind, PanelKind::Eucora);
    QCOMPARE(table.type, QStringLiteral("eucora-deployments-table"));
    QCOMPARE(table.rawOptions.value(QLatin1String("pageSize")).toInt(), 50);
    QCOMPARE(table.rawFieldConfig.value(QLatin1String("defaults"))
                 .toObject()
                 .value(QLatin1String("custom"))
                 .toObject()
                 .value(QLatin1String("statusColors"))
                 .toObject()
                 .value(QLatin1String("FAILED"))
                 .toString(),
             QStringLiteral("red"));
    QVERIFY(loaded.report.forPanel(9).empty());
}

void TestDashboardLoader::legacyGraphBecomesTimeSeries()
{
    const auto loaded = loadFixture(QStringLiteral("legacy-and-variables.json"));
    const Panel &graph = *panelById(loaded.dashboard, 1);
    QCOMPARE(graph.type, QStringLiteral("timeseries"));
    QCOMPARE(graph.kind, PanelKind::TimeSeries);
    const FieldDefaults &f = graph.fieldConfig.defaults;
    QCOMPARE(f.unit, QStringLiteral("reqps"));
    QCOMPARE(f.custom.axisLabel, QStringLiteral("Deployments / s"));
    QCOMPARE(f.min, std::optional<double>(0));
    QCOMPARE(f.max, std::optional<double>());
    QCOMPARE(f.decimals, std::optional<int>(1));
    QCOMPARE(f.custom.drawStyle, DrawStyle::Line);
    QCOMPARE(f.custom.fillOpacity, 30.0);
    QCOMPARE(f.custom.lineWidth, 2.0);
    QCOMPARE(f.custom.showPoints, ShowPoints::Never);
    QCOMPARE(f.custom.lineInterpolation, LineInterpolation::StepAfter);
    QCOMPARE(f.custom.stacking, StackingMode::Percent);
    QCOMPARE(f.custom.spanNulls.mode, SpanNulls::Mode::Always);
    QCOMPARE(stepsOf(f.thresholds),
             QStringList({QStringLiteral("base transparent"), QStringLiteral("5 orange"),
                          QStringLiteral("10 red")}));
    QCOMPARE(f.custom.thresholdsStyle, ThresholdsStyleMode::LineAndArea);
    QCOMPARE(graph.options.legend.displayMode, LegendDisplayMode::Table);
    QCOMPARE(graph.options.legend.placement, LegendPlacement::Right);
    // Alphabetical, as Grafana reads the saved legend object: avg, current, max.
    QCOMPARE(graph.options.legend.calcs,
             QStringList(
                 {QStringLiteral("mean"), QStringLiteral("lastNotNull"), QStringLiteral("max")}));
    QCOMPARE(graph.options.tooltip, TooltipMode::Multi);
    QCOMPARE(graph.fieldConfig.overrides.size(), std::size_t(1)); // aliasColors
    QCOMPARE(graph.fieldConfig.overrides.front().matcherOptions.toString(),
             QStringLiteral("failed"));
    QCOMPARE(graph.interval, QStringLiteral("30s"));
    QCOMPARE(graph.maxDataPoints, std::optional<int>(500));
    QCOMPARE(graph.targets.at(0).intervalFactor, 2);
    QVERIFY(graph.targets.at(1).hide);
    const auto issues = loaded.report.forPanel(1);
    QCOMPARE(issues.size(), std::size_t(2));
    QCOMPARE(issues.at(0).kind, Kind::LegacyConversion);
    QCOMPARE(issues.at(0).name, QStringLiteral("graph"));
    QCOMPARE(issues.at(1).name, QStringLiteral("seriesOverrides"));
    QCOMPARE(issues.at(1).detail, QStringLiteral("pending"));
}

void TestDashboardLoader::legacySinglestatBecomesStatOrGauge()
{
    const auto loaded = loadFixture(QStringLiteral("legacy-and-variables.json"));
    const Panel &stat = *panelById(loaded.dashboard, 2);
    QCOMPARE(stat.type, QStringLiteral("stat"));
    QCOMPARE(stat.kind, PanelKind::Stat);
    QCOMPARE(stat.options.reduce.calcs, QStringList {QStringLiteral("lastNotNull")});
    QCOMPARE(stat.options.colorMode, BigValueColorMode::Background);
    QCOMPARE(stat.options.graphMode, BigValueGraphMode::Area);
    QCOMPARE(stat.options.orientation, VizOrientation::Horizontal);
    const FieldDefaults &f = stat.fieldConfig.defaults;
    QCOMPARE(f.unit, QStringLiteral("short"));
    QCOMPARE(f.decimals, std::optional<int>(0));
    QCOMPARE(f.noValue, QStringLiteral("none"));
    QCOMPARE(
        stepsOf(f.thresholds),
        QStringList({QStringLiteral("base #299c46"), QStringLiteral("1 rgba(237, 129, 40, 0.89)"),
                     QStringLiteral("5 #d44a3a")}));
    QCOMPARE(f.mappings.size(), std::size_t(2)); // mappingType 1: the value maps only
    QCOMPARE(f.mappings.at(0).values.at(QStringLiteral("0")).text, QStringLiteral("none failed"));
    // Grafana's migration colours a mapped value as its thresholds would.
    QCOMPARE(f.mappings.at(0).values.at(QStringLiteral("0")).color, QStringLiteral("#299c46"));
    QCOMPARE(f.mappings.at(1).type, MappingType::Special);
    QCOMPARE(f.mappings.at(1).match, SpecialMatch::Null);

    const Panel &gauge = *panelById(loaded.dashboard, 3);
    QCOMPARE(gauge.kind, PanelKind::Gauge);
    QCOMPARE(gauge.type, QStringLiteral("gauge"));
    QCOMPARE(gauge.options.reduce.calcs, QStringList {QStringLiteral("mean")});
    QCOMPARE(gauge.fieldConfig.defaults.min, std::optional<double>(0));
    QCOMPARE(gauge.fieldConfig.defaults.max, std::optional<double>(1));
    QCOMPARE(gauge.fieldConfig.defaults.mappings.at(0).type, MappingType::Range);
    QCOMPARE(gauge.fieldConfig.defaults.mappings.at(0).to, std::optional<double>(0.5));
    QCOMPARE(gauge.options.colorMode, BigValueColorMode::Value); // stat-only: left alone
}

void TestDashboardLoader::oldAndNewMappingsAreRead()
{
    const auto loaded = loadFixture(QStringLiteral("legacy-and-variables.json"));
    const FieldDefaults &old = panelById(loaded.dashboard, 4)->fieldConfig.defaults;
    QCOMPARE(old.mappings.size(), std::size_t(2));
    QCOMPARE(old.mappings.at(0).values.at(QStringLiteral("0")).text, QStringLiteral("all closed"));
    QCOMPARE(old.mappings.at(1).type, MappingType::Range);
    QCOMPARE(old.mappings.at(1).from, std::optional<double>(1));
    QCOMPARE(old.mappings.at(1).result.text, QStringLiteral("a few"));
    QCOMPARE(old.thresholds.mode, ThresholdsMode::Percentage);
    QCOMPARE(old.noValue, QStringLiteral("no breakers"));
    QCOMPARE(loaded.report.forPanel(4).at(0).kind, Kind::LegacyConversion);
    QCOMPARE(panelById(loaded.dashboard, 4)->options.textMode, BigValueTextMode::ValueAndName);

    const FieldDefaults &current = panelById(loaded.dashboard, 6)->fieldConfig.defaults;
    QCOMPARE(current.mappings.size(), std::size_t(3));
    QCOMPARE(current.mappings.at(0).result,
             (MappingResult {QStringLiteral("failing"), QStringLiteral("dark-red"), 0}));
    QCOMPARE(current.mappings.at(1).match, SpecialMatch::NullAndNaN);
    QCOMPARE(current.mappings.at(2).type, MappingType::Regex);
    QCOMPARE(current.mappings.at(2).pattern, QStringLiteral("/^(\\d+)$/"));
}

void TestDashboardLoader::rowsOwnTheirPanelsOpenOrCollapsed()
{
    const auto loaded = loadFixture(QStringLiteral("legacy-and-variables.json"));
    const Dashboard &d = loaded.dashboard;
    QCOMPARE(d.panels.size(), std::size_t(6)); // 4 panels, then two rows
    const Panel &details = d.panels.at(4);
    QCOMPARE(details.kind, PanelKind::Row);
    QVERIFY(details.collapsed);
    QCOMPARE(details.children.size(), std::size_t(2));
    QCOMPARE(details.children.at(1).kind, PanelKind::BarGauge);
    const Panel &connectors = d.panels.at(5);
    QVERIFY(!connectors.collapsed);
    QCOMPARE(connectors.children.size(), std::size_t(3));
    QCOMPARE(connectors.children.at(0).kind, PanelKind::StateTimeline);
    QCOMPARE(connectors.children.at(1).kind, PanelKind::Table); // table-old
    std::vector<int> visible;
    for (const Panel *panel : visiblePanels(d))
        visible.push_back(panel->id);
    QCOMPARE(visible, (std::vector<int> {1, 2, 3, 4, 5, 8, 9, 10, 11}));
}

void TestDashboardLoader::everyVariableTypeIsRead()
{
    const auto loaded = loadFixture(QStringLiteral("legacy-and-variables.json"));
    const auto &vars = loaded.dashboard.variables;
    QCOMPARE(vars.size(), std::size_t(8));
    const Variable &ring = vars.at(0);
    QCOMPARE(ring.type, VariableType::Query);
    QCOMPARE(ring.query,
             QStringLiteral("label_values(deployment_total{job=\"eucora-control-plane\"}, ring)"));
    QCOMPARE(ring.regex, QStringLiteral("/^(?!Lab).*/"));
    QVERIFY(ring.multi && ring.includeAll && ring.allValue.isEmpty());
    QCOMPARE(ring.currentValue, QStringList({QStringLiteral("Canary"), QStringLiteral("Pilot")}));
    QCOMPARE(ring.sort, VariableSort::AlphabeticalAsc);
    QCOMPARE(ring.refresh, VariableRefresh::OnTimeRangeChange);
    const Variable &app = vars.at(1);
    QCOMPARE(app.query, QStringLiteral("label_values(app_name)"));
    QVERIFY(app.isAllSelected());
    QCOMPARE(app.allValue, QStringLiteral(".*"));
    QCOMPARE(app.sort, VariableSort::AlphabeticalCaseInsensitiveAsc);
    const Variable &status = vars.at(2);
    QCOMPARE(status.type, VariableType::Custom);
    QCOMPARE(status.options.size(), std::size_t(3)); // without "All"
    QCOMPARE(status.options.at(0),
             (VariableOption {QStringLiteral("Succeeded"), QStringLiteral("success")}));
    QCOMPARE(vars.at(3).type, VariableType::Constant);
    QCOMPARE(vars.at(3).hide, VariableHide::Variable);
    const Variable &window = vars.at(4);
    QCOMPARE(window.type, VariableType::Interval);
    QVERIFY(window.autoInterval);
    QCOMPARE(window.options.size(), std::size_t(6));
    QCOMPARE(window.options.front().value, QStringLiteral("$__auto_interval_window"));
    QCOMPARE(vars.at(5).type, VariableType::TextBox);
    QCOMPARE(vars.at(6).type, VariableType::Datasource);
    QCOMPARE(vars.at(7).type, VariableType::AdHoc);
    const QStringList variableIssues = loaded.report.names(Kind::Variable);
    QCOMPARE(variableIssues, QStringList {QStringLiteral("filters")});
}

void TestDashboardLoader::overridesApplyByNameRegexAndRefId()
{
    const auto loaded = loadFixture(QStringLiteral("legacy-and-variables.json"));
    const FieldConfig &config = panelById(loaded.dashboard, 11)->fieldConfig;
    QVERIFY(config.overrides.at(0).applied && config.overrides.at(1).applied);
    const FieldDefaults canary
        = fieldConfigFor(config, QStringLiteral("Canary"), QStringLiteral("A"));
    QCOMPARE(canary.displayName, QStringLiteral("Canary ring"));
    QCOMPARE(canary.custom.lineWidth, 3.0);
    QCOMPARE(canary.unit, QStringLiteral("ops"));
    QCOMPARE(canary.decimals, std::optional<int>(2));
    const FieldDefaults pilot
        = fieldConfigFor(config, QStringLiteral("Pilot"), QStringLiteral("B"));
    QCOMPARE(pilot.unit, QStringLiteral("short"));
    QCOMPARE(pilot.custom.lineWidth, 1.0);
    QCOMPARE(pilot.custom.drawStyle, DrawStyle::Bars);
    QCOMPARE(pilot.custom.spanNulls, (SpanNulls {SpanNulls::Mode::BelowThreshold, 3600000}));
    QCOMPARE(pilot.custom.stackingGroup, QStringLiteral("rings"));
    QCOMPARE(pilot.custom.thresholdsStyle, ThresholdsStyleMode::DashedAndArea);
    QCOMPARE(pilot.color.mode, std::optional<FieldColorMode>(FieldColorMode::Fixed));

    const auto placeholders = loadFixture(QStringLiteral("placeholders.json"));
    const FieldConfig &seven = panelById(placeholders.dashboard, 7)->fieldConfig;
    QCOMPARE(fieldConfigFor(seven, QStringLiteral("failed"), QStringLiteral("A")).color.fixedColor,
             QStringLiteral("red"));
    QVERIFY(!seven.overrides.at(1).applied); // byType
    QCOMPARE(fieldConfigFor(seven, QStringLiteral("x"), QStringLiteral("A")).unit,
             QStringLiteral("ops/min"));
}

void TestDashboardLoader::datasourcePlaceholdersResolveThroughInputs()
{
    const auto loaded = loadFixture(QStringLiteral("legacy-and-variables.json"));
    const Dashboard &d = loaded.dashboard;
    QCOMPARE(d.inputs.size(), std::size_t(1));
    QCOMPARE(datasourceKind(panelById(d, 1)->datasource, d), DatasourceKind::Prometheus);
    Dashboard loki = d;
    loki.inputs.front().pluginId = QStringLiteral("loki");
    QCOMPARE(datasourceKind(panelById(d, 1)->datasource, loki), DatasourceKind::Other);
    QCOMPARE(datasourceLabel(panelById(d, 1)->datasource, loki), QStringLiteral("loki"));
    const DatasourceRef variable {DatasourceRef::Form::Name, QStringLiteral("$datasource"), {}, {}};
    QCOMPARE(datasourceKind(variable, d), DatasourceKind::Prometheus);
    QCOMPARE(d.timezone, QStringLiteral("Europe/Berlin"));
    QCOMPARE(d.graphTooltip, GraphTooltip::SharedCrosshair);
    QCOMPARE(d.links.size(), 1);
    // Schema 22 is inside the supported range: no report line for it.
    QVERIFY(loaded.report.names(Kind::SchemaVersion).isEmpty());
}

void TestDashboardLoader::gridPosDefaultsLikeGrafana()
{
    const auto loaded = loadDashboard(QByteArrayLiteral(
        R"({"panels": [{"id": 1, "type": "stat", "targets": [{"expr": "up"}, {"expr": "1"}]}]})"));
    QVERIFY(loaded.ok());
    const Panel &panel = loaded.value().dashboard.panels.front();
    QCOMPARE(panel.gridPos, (GridPos {0, 0, 6, 3}));
    QCOMPARE(panel.targets.at(0).refId, QStringLiteral("A"));
    QCOMPARE(panel.targets.at(1).refId, QStringLiteral("B"));
    QCOMPARE(panel.fieldConfig.defaults.thresholds, Thresholds {}); // green, red from 80
    QCOMPARE(loaded.value().report.names(Kind::SchemaVersion), QStringList {QStringLiteral("0")});
}

void TestDashboardLoader::legacyRowLayoutIsConverted()
{
    const auto loaded = loadDashboard(QByteArrayLiteral(R"({"schemaVersion": 14, "rows": [
        {"title": "A", "showTitle": true, "height": "250px", "panels": [
            {"id": 1, "type": "graph", "span": 6, "targets": [{"expr": "up"}]},
            {"id": 2, "type": "singlestat", "span": 6},
            {"id": 3, "type": "text", "span": 12, "height": 90}]},
        {"title": "B", "collapse": true, "panels": [{"id": 4, "type": "stat", "span": 4}]}]})"));
    QVERIFY(loaded.ok());
    const Dashboard &d = loaded.value().dashboard;
    QCOMPARE(d.panels.size(), std::size_t(2));
    const Panel &a = d.panels.at(0);
    QCOMPARE(a.kind, PanelKind::Row);
    QCOMPARE(a.children.size(), std::size_t(3));
    QCOMPARE(a.children.at(0).gridPos, (GridPos {0, 1, 12, 9}));
    QCOMPARE(a.children.at(1).gridPos, (GridPos {12, 1, 12, 9}));
    QCOMPARE(a.children.at(2).gridPos, (GridPos {0, 10, 24, 3}));
    QCOMPARE(d.panels.at(1).children.at(0).gridPos.y, 14);
    const LoadReport &report = loaded.value().report;
    QCOMPARE(report.names(Kind::SchemaVersion), QStringList {QStringLiteral("14")});
    QVERIFY(report.names(Kind::LegacyConversion).contains(QStringLiteral("rows")));
}

void TestDashboardLoader::roundTripKeepsTheModel_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::newRow("EUCORA 9.3") << "eucora-operations.json";
    QTest::newRow("placeholders") << "placeholders.json";
    QTest::newRow("legacy and variables") << "legacy-and-variables.json";
}

void TestDashboardLoader::roundTripKeepsTheModel()
{
    QFETCH(QString, fixture);
    const auto first = loadFixture(fixture);
    const QJsonObject written = toJson(first.dashboard);
    const auto second = loadDashboard(written);
    QVERIFY2(second.ok(), qPrintable(second.ok() ? QString() : second.error()));
    // On a difference, the JSON of both shows where.
    QCOMPARE(QJsonDocument(toJson(second.value().dashboard)).toJson(),
             QJsonDocument(written).toJson());
    QVERIFY(second.value().dashboard == first.dashboard);
    // Written in the current form: nothing left to convert.
    QVERIFY(second.value().report.names(Kind::LegacyConversion).isEmpty());
    const auto third = loadDashboard(toJson(second.value().dashboard));
    QVERIFY(third.ok() && third.value().dashboard == first.dashboard);
}

void TestDashboardLoader::malformedInputNeverCrashes_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("isError");
    QTest::addColumn<QString>("says"); // part of the error, or of a report line

    QTest::newRow("not JSON") << QByteArray(R"({"title": )") << true << "not JSON";
    QTest::newRow("empty document") << QByteArray("  \n") << true << "empty";
    QTest::newRow("HTML page") << QByteArray(
        "<!DOCTYPE html><html><body>502 Bad Gateway</body></html>")
                               << true << "HTML";
    QTest::newRow("array") << QByteArray(R"([{"panels": []}])") << true << "JSON list";
    QTest::newRow("empty object") << QByteArray("{}") << true << "empty";
    QTest::newRow("no panels no rows")
        << QByteArray(R"({"title": "x"})") << true << "no \"panels\"";
    QTest::newRow("panels an object")
        << QByteArray(R"({"panels": {"a": 1}})") << true << "\"panels\" is not a list";
    QTest::newRow("panels a string") << QByteArray(R"({"panels": "x"})") << true << "not a list";
    QTest::newRow("rows a number")
        << QByteArray(R"({"rows": 5})") << true << "\"rows\" is not a list";
    QTest::newRow("dashboard not an object")
        << QByteArray(R"({"dashboard": 5})") << true << "no \"panels\"";
    QTest::newRow("gridPos missing")
        << QByteArray(R"({"schemaVersion": 30, "panels": [{"id": 1, "type": "text"}]})") << false
        << "";
    QTest::newRow("huge numbers") << QByteArray(
        R"({"schemaVersion": 1e300, "panels": [{"id": 1e308, "type": "stat",
            "maxDataPoints": 1e20, "gridPos": {"x": 1e300, "y": -5, "w": 99999, "h": 1e30},
            "fieldConfig": {"defaults": {"decimals": 1e9, "min": -1e308}}}]})")
                                  << false << "gridPos.x";
    QTest::newRow("NaN-like strings")
        << QByteArray(R"({"schemaVersion": 30, "panels": [{"type": "timeseries",
            "gridPos": {"x": "NaN", "w": "Infinity", "h": "8"},
            "fieldConfig": {"defaults": {"min": "NaN", "max": "-Infinity", "decimals": "lots",
              "custom": {"lineWidth": "nan", "spanNulls": "sometimes"}}}}]})")
        << false << "\"fieldConfig.defaults.min\" has an invalid value";
    QTest::newRow("wrong types everywhere")
        << QByteArray(R"({"title": 5, "tags": "x", "time": [], "refresh": 10,
            "timezone": "Mars/Olympus", "graphTooltip": "yes", "schemaVersion": "30",
            "templating": {"list": [5, {"name": 3}, {"name": "v", "current": 7, "options": 3}]},
            "annotations": [], "__inputs": "no",
            "panels": [5, "x", null, {"id": "a", "type": 7, "title": [], "targets": {"a": 1},
              "fieldConfig": [], "options": "x", "datasource": 5, "transformations": {},
              "gridPos": []}]})")
        << false << "\"timezone\" has an invalid value";
    QTest::newRow("targets of wrong types")
        << QByteArray(R"({"schemaVersion": 30, "panels": [{"type": "timeseries",
            "targets": [5, {"expr": 3, "hide": "yes", "refId": null, "intervalFactor": -1,
              "format": "xml", "datasource": []}]}]})")
        << false << "targets.format";
    QTest::newRow("garbage mappings and thresholds")
        << QByteArray(R"({"schemaVersion": 30, "panels": [{"type": "stat", "fieldConfig": {
            "defaults": {"thresholds": {"mode": "relative", "steps": "x"},
              "mappings": [5, {"type": "value", "options": 3}, {"type": "unknown"}, {"type": 3},
                {"type": "special", "options": {"match": "maybe"}}, {"type": 1}],
              "color": {"mode": "rainbow"}},
            "overrides": [5, {"matcher": 3}, {"matcher": {"id": "byName", "options": 5}}]}}]})")
        << false << "thresholds.mode";
    QTest::newRow("rows inside rows")
        << QByteArray(R"({"schemaVersion": 30, "panels": [{"type": "row", "collapsed": true,
            "panels": [{"type": "row", "panels": [{"type": "stat"}]}, 7]}]})")
        << false << "\"panels\" has an invalid value";
}

void TestDashboardLoader::malformedInputNeverCrashes()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, isError);
    QFETCH(QString, says);
    const auto loaded = loadDashboard(json);
    QCOMPARE(!loaded.ok(), isError);
    if (isError) {
        QVERIFY2(loaded.error().contains(says), qPrintable(loaded.error()));
        return;
    }
    const QString report = loaded.value().report.messages().join(QLatin1Char('\n'));
    QVERIFY2(report.contains(says), qPrintable(report));
    forEachPanel(loaded.value().dashboard, [](const Panel &panel) {
        QVERIFY(panel.gridPos.x >= 0 && panel.gridPos.w >= 1);
        QVERIFY(panel.gridPos.x + panel.gridPos.w <= kGridColumns);
        QVERIFY(panel.gridPos.h >= 1);
    });
    // Whatever was read writes and reads back the same.
    const auto again = loadDashboard(toJson(loaded.value().dashboard));
    QVERIFY(again.ok() && again.value().dashboard == loaded.value().dashboard);
}

void TestDashboardLoader::missingFileIsAnError()
{
    const auto loaded = loadDashboardFile(QStringLiteral("/nonexistent/dashboard.json"));
    QVERIFY(!loaded.ok());
    QVERIFY(loaded.error().contains(QStringLiteral("/nonexistent/dashboard.json")));
}

QTEST_GUILESS_MAIN(TestDashboardLoader)
#include "tst_dashboardloader.moc"
