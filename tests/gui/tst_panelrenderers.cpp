// The stat, gauge, bar gauge, table, state timeline and text renderers, built from a fixture
// dashboard as the console loads it and fed fabricated Prometheus answers: what an operator
// reads on them, the colours that carry meaning, and that no value breaks them. Each is saved as
// a PNG in the light and the dark theme.
#include "dashboard/dashboardloader.h"
#include "dashboard/grafanacolors.h"
#include "panels/bargaugerenderer.h"
#include "panels/gaugerenderer.h"
#include "panels/rendererregistry.h"
#include "panels/statetimelinerenderer.h"
#include "panels/statrenderer.h"
#include "panels/tablerenderer.h"
#include "panels/textrenderer.h"

#include <QApplication>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStyleFactory>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

#include <cmath>
#include <limits>
#include <memory>

using namespace eucora;
using namespace eucora::app;

namespace {

constexpr qint64 kFrom = 1'700'000'000'000;
constexpr qint64 kStep = 15'000;
constexpr qint64 kWindow = 3'600'000;
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

prometheus::Series series(prometheus::LabelSet labelSet, std::vector<double> values,
                          qint64 start = kFrom)
{
    prometheus::Series s;
    s.labels = std::move(labelSet);
    for (size_t i = 0; i < values.size(); ++i)
        s.timestampsMs.push_back(start + qint64(i) * kStep);
    s.values = std::move(values);
    return s;
}

prometheus::LabelSet labels(std::initializer_list<std::pair<const char *, const char *>> pairs)
{
    prometheus::LabelSet out;
    for (const auto &[name, value] : pairs)
        out.emplace_back(QString::fromLatin1(name), QString::fromLatin1(value));
    return out;
}

dashboard::PanelState stateOf(std::vector<prometheus::Series> all)
{
    dashboard::PanelState state;
    state.refIds.assign(all.size(), QStringLiteral("A"));
    state.series = std::move(all);
    state.fetchedAt = QDateTime::fromMSecsSinceEpoch(kFrom + kWindow, QTimeZone::utc());
    return state;
}

QPalette darkPalette()
{
    QPalette p;
    const QColor text(0xcc, 0xcc, 0xdc);
    p.setColor(QPalette::Window, QColor(0x18, 0x1b, 0x1f));
    p.setColor(QPalette::Base, QColor(0x11, 0x12, 0x17));
    p.setColor(QPalette::AlternateBase, QColor(0x1d, 0x20, 0x25));
    p.setColor(QPalette::Button, QColor(0x22, 0x25, 0x2b));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x71, 0xd9));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(role, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x8e, 0x8e, 0x9e));
    return p;
}

// Antialiasing and gradients shift the shade: the hue says which colour it is.
bool sameHue(const QColor &seen, const QColor &expected, int minSaturation = 60)
{
    const int diff = std::abs(seen.hsvHue() - expected.hsvHue());
    return seen.hsvSaturation() > minSaturation && std::min(diff, 360 - diff) < 12;
}

QString artifact(const QString &name)
{
    return QStringLiteral(EUCORA_TEST_ARTIFACTS "/renderer-%1.png").arg(name);
}

} // namespace

class TestPanelRenderers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyTypeHasItsRenderer();
    void statShowsThePercentWithItsDecimals();
    void statBackgroundTakesTheMappedColour();
    void statSaysNoDataOrTheFieldsNoValue();
    void statNamesSeveralSeries();
    void gaugeShowsValueAndThresholdLabels();
    void barGaugeFillsToTheValue();
    void tableHasARowPerSeriesAndSortsNumbers();
    void tableTakesNewLabelColumns();
    void stateTimelineMergesStatesAndLeavesGaps();
    void stateTimelineTooltipNamesTheState();
    void textShowsMarkdownAndLoadsNothing();
    void nonFiniteValuesNeverBreakARenderer();
    void screenshotsInLightAndDark();

private:
    const dashboard::Panel &panel(int id) const;
    PanelContext context(bool dark = false, qint64 window = kWindow) const;
    template<typename Renderer> std::unique_ptr<Renderer> make(int id, QSize size) const;
    void save(PanelRenderer &renderer, const QString &name, bool dark,
              const dashboard::PanelState &state);

    dashboard::Dashboard m_dashboard;
};

void TestPanelRenderers::initTestCase()
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QFile file(QStringLiteral(EUCORA_TEST_DATA "/dashboards/renderers.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    auto loaded = dashboard::loadDashboard(file.readAll());
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error()));
    m_dashboard = loaded.value().dashboard;
    QCOMPARE(m_dashboard.panels.size(), size_t(9));
}

const dashboard::Panel &TestPanelRenderers::panel(int id) const
{
    for (const dashboard::Panel &p : m_dashboard.panels) {
        if (p.id == id)
            return p;
    }
    qFatal("no panel %d in the fixture", id);
}

PanelContext TestPanelRenderers::context(bool dark, qint64 window) const
{
    PanelContext c;
    c.dashboard = &m_dashboard;
    c.range = {QDateTime::fromMSecsSinceEpoch(kFrom, QTimeZone::utc()),
               QDateTime::fromMSecsSinceEpoch(kFrom + window, QTimeZone::utc())};
    c.zone = QTimeZone::utc();
    c.darkTheme = dark;
    return c;
}

template<typename Renderer>
std::unique_ptr<Renderer> TestPanelRenderers::make(int id, QSize size) const
{
    std::unique_ptr<PanelRenderer> made(RendererRegistry().create(panel(id), m_dashboard, nullptr));
    auto *renderer = qobject_cast<Renderer *>(made.get());
    if (!renderer)
        return nullptr;
    made.release();
    renderer->resize(size);
    renderer->show();
    return std::unique_ptr<Renderer>(renderer);
}

void TestPanelRenderers::everyTypeHasItsRenderer()
{
    QVERIFY(make<StatRenderer>(1, {200, 100}));
    QVERIFY(make<GaugeRenderer>(3, {200, 100}));
    QVERIFY(make<BarGaugeRenderer>(4, {200, 100}));
    QVERIFY(make<TableRenderer>(5, {200, 100}));
    QVERIFY(make<StateTimelineRenderer>(6, {200, 100}));
    QVERIFY(make<TextRenderer>(7, {200, 100}));
}

void TestPanelRenderers::statShowsThePercentWithItsDecimals()
{
    auto stat = make<StatRenderer>(1, {260, 120});
    stat->showData(stateOf({series({}, {0.991, 0.98, kNaN, 0.975, kNaN})}), context());
    QCOMPARE(stat->shownTexts(), QStringList {QStringLiteral("97.5%")});
    QCOMPARE(stat->shownNames(), QStringList {QString()});
    // 0.975 is past the orange step (0.95), short of green (0.99).
    const QJsonObject shown = stat->exportContent()[QStringLiteral("values")][0].toObject();
    QCOMPARE(QColor(shown[QStringLiteral("color")].toString()),
             QColor(dashboard::colorHex(QStringLiteral("orange"), false)));
    QCOMPARE(stat->exportContent()[QStringLiteral("value")].toString(), QStringLiteral("97.5%"));
}

void TestPanelRenderers::statBackgroundTakesTheMappedColour()
{
    for (const bool dark : {false, true}) {
        auto stat = make<StatRenderer>(2, {240, 110});
        stat->showData(stateOf({series({}, {0, 2})}), context(dark));
        QCOMPARE(stat->shownTexts(), QStringList {QStringLiteral("OPEN")});
        const QImage image = stat->grab().toImage();
        const QColor red(dashboard::colorHex(QStringLiteral("red"), dark));
        QVERIFY2(sameHue(image.pixelColor(6, 6), red), qPrintable(image.pixelColor(6, 6).name()));
        QVERIFY(sameHue(image.pixelColor(image.width() - 6, image.height() - 6), red));
    }
}

void TestPanelRenderers::statSaysNoDataOrTheFieldsNoValue()
{
    auto stat = make<StatRenderer>(1, {200, 100});
    stat->showData(dashboard::PanelState {}, context());
    QCOMPARE(stat->shownTexts(), QStringList {}); // not asked yet: nothing to say
    stat->showData(stateOf({}), context());
    QCOMPARE(stat->shownTexts(), QStringList {QStringLiteral("No data")});
    stat->showData(stateOf({series({}, {})}), context());
    QCOMPARE(stat->shownTexts(), QStringList {QStringLiteral("No data")});
    stat->showData(stateOf({series({}, {kNaN, kNaN})}), context());
    QCOMPARE(stat->shownTexts(), QStringList {QStringLiteral("NaN")});
    auto breaker = make<StatRenderer>(2, {200, 100});
    breaker->showData(stateOf({}), context());
    QCOMPARE(breaker->shownTexts(), QStringList {QStringLiteral("no breaker reported")});
}

void TestPanelRenderers::statNamesSeveralSeries()
{
    dashboard::Panel named = panel(1);
    named.targets.front().legendFormat = QStringLiteral("{{ring}}");
    StatRenderer stat(named, nullptr);
    stat.resize(520, 120);
    stat.showData(stateOf({series(labels({{"ring", "ring-0"}}), {0.999}),
                           series(labels({{"ring", "ring-1"}}), {0.9})}),
                  context());
    QCOMPARE(stat.shownNames(), (QStringList {QStringLiteral("ring-0"), QStringLiteral("ring-1")}));
    QCOMPARE(stat.shownTexts(), (QStringList {QStringLiteral("99.9%"), QStringLiteral("90.0%")}));
    const std::vector<QRectF> tiles = stat.tileRects();
    QCOMPARE(tiles.size(), size_t(2));
    QVERIFY2(tiles[0].top() == tiles[1].top(), "a wide panel puts the tiles side by side");
}

void TestPanelRenderers::gaugeShowsValueAndThresholdLabels()
{
    auto gauge = make<GaugeRenderer>(3, {300, 220});
    gauge->showData(stateOf({series({}, {42, 87.34})}), context());
    QCOMPARE(gauge->shownTexts(), QStringList {QStringLiteral("87.3%")});
    QCOMPARE(gauge->thresholdLabels(0),
             (QStringList {QStringLiteral("0.0%"), QStringLiteral("70.0%"), QStringLiteral("90.0%"),
                           QStringLiteral("100.0%")}));
    QCOMPARE(gauge->fraction(0), 0.8734);
    // A gap at the end: the last value that is not one.
    gauge->showData(stateOf({series({}, {42, kNaN})}), context());
    QCOMPARE(gauge->shownTexts(), QStringList {QStringLiteral("42.0%")});
    // Prometheus answered NaN (0/0): that is what the gauge says, with an empty arc.
    gauge->showData(stateOf({series({}, {kNaN})}), context());
    QCOMPARE(gauge->shownTexts(), QStringList {QStringLiteral("NaN")});
    QCOMPARE(gauge->fraction(0), 0.0);
    QVERIFY(!gauge->grab().isNull());
    gauge->showData(stateOf({series({}, {})}), context());
    QCOMPARE(gauge->shownTexts(), QStringList {QStringLiteral("No data")});
}

void TestPanelRenderers::barGaugeFillsToTheValue()
{
    auto bars = make<BarGaugeRenderer>(4, {500, 180});
    const auto ring = [](const char *name) {
        return labels({{"ring", name}});
    };
    bars->showData(stateOf({series(ring("ring-0"), {1.0}), series(ring("ring-1"), {0.5}),
                            series(ring("ring-2"), {kNaN}), series(ring("ring-3"), {})}),
                   context());
    // percentunit without min/max spans 0..1.
    QCOMPARE(bars->shownTexts(),
             (QStringList {QStringLiteral("100%"), QStringLiteral("50%"), QStringLiteral("NaN"),
                           QStringLiteral("No data")}));
    QCOMPARE(bars->shownNames(),
             (QStringList {QStringLiteral("ring-0"), QStringLiteral("ring-1"),
                           QStringLiteral("ring-2"), QStringLiteral("ring-3")}));
    const std::vector<QRectF> filled = bars->filledRects();
    QCOMPARE(filled.size(), size_t(4));
    QVERIFY(filled[0].width() > 200);
    QVERIFY(std::abs(filled[1].width() - filled[0].width() / 2) < 1);
    QCOMPARE(filled[2].width(), 0.0);
    QCOMPARE(filled[3].width(), 0.0);
    const QImage image = bars->grab().toImage();
    const QPoint inFull = filled[0].center().toPoint();
    // Grafana's basic bar is its colour washed out over the panel.
    QVERIFY(sameHue(image.pixelColor(inFull),
                    QColor(dashboard::colorHex(QStringLiteral("green"), false)), 25));
}

void TestPanelRenderers::tableHasARowPerSeriesAndSortsNumbers()
{
    auto table = make<TableRenderer>(5, {600, 200});
    const auto up = [](const char *instance, const char *job) {
        return labels({{"__name__", "up"}, {"instance", instance}, {"job", job}});
    };
    table->showData(stateOf({series(up("a:9100", "node"), {10}, kFrom + 3 * kStep),
                             series(up("b:9100", "node"), {9}, kFrom + 1 * kStep),
                             series(up("c:8080", "devplane"), {100}, kFrom + 2 * kStep),
                             series(labels({{"instance", "d:9090"}}), {0}, kFrom)}),
                    context());
    QTableView *view = table->view();
    QCOMPARE(view->model()->rowCount(), 4);
    QStringList titles;
    for (int c = 0; c < view->model()->columnCount(); ++c)
        titles << view->model()->headerData(c, Qt::Horizontal).toString();
    QCOMPARE(
        titles,
        (QStringList {QStringLiteral("Time"), QStringLiteral("__name__"),
                      QStringLiteral("instance"), QStringLiteral("job"), QStringLiteral("Value")}));
    QCOMPARE(table->columnTexts(4),
             (QStringList {QStringLiteral("10"), QStringLiteral("9"), QStringLiteral("100"),
                           QStringLiteral("DOWN")}));
    QCOMPARE(table->columnTexts(0).first(), QStringLiteral("2023-11-14 22:14:05"));

    const auto clickHeader = [view](int column) {
        QHeaderView *header = view->horizontalHeader();
        const QPoint at(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                        header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
    };
    clickHeader(4);
    QCOMPARE(table->columnTexts(4),
             (QStringList {QStringLiteral("DOWN"), QStringLiteral("9"), QStringLiteral("10"),
                           QStringLiteral("100")}));
    clickHeader(4);
    QCOMPARE(table->columnTexts(4).first(), QStringLiteral("100"));
    clickHeader(0);
    QCOMPARE(table->columnTexts(2),
             (QStringList {QStringLiteral("d:9090"), QStringLiteral("b:9100"),
                           QStringLiteral("c:8080"), QStringLiteral("a:9100")}));
    const QJsonArray rows = table->exportContent()[QStringLiteral("rows")].toArray();
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows[0].toObject()[QStringLiteral("Value")].toDouble(), 0.0);
    QCOMPARE(rows[3].toObject()[QStringLiteral("job")].toString(), QStringLiteral("node"));
}

void TestPanelRenderers::tableTakesNewLabelColumns()
{
    auto table = make<TableRenderer>(5, {600, 200});
    table->showData(stateOf({series(labels({{"job", "node"}}), {1})}), context());
    QCOMPARE(table->view()->model()->columnCount(), 3);
    table->showData(stateOf({series(labels({{"job", "node"}, {"zone", "eu-1"}}), {1})}), context());
    QCOMPARE(table->view()->model()->columnCount(), 4);
    QCOMPARE(table->columnTexts(2), QStringList {QStringLiteral("eu-1")});
    QCOMPARE(table->columnTexts(3), QStringList {QStringLiteral("UP")});
    table->showData(stateOf({}), context());
    QCOMPARE(table->view()->model()->rowCount(), 0);
    QVERIFY(!table->view()->isVisible()); // "No data" stands in its place
}

void TestPanelRenderers::stateTimelineMergesStatesAndLeavesGaps()
{
    auto timeline = make<StateTimelineRenderer>(6, {800, 160});
    const prometheus::LabelSet intune = labels({{"exported_service", "intune"}});
    // Four CLOSED samples, three OPEN, a NaN, two CLOSED, then ten samples Prometheus left out
    // and one more CLOSED.
    prometheus::Series s = series(intune, {0, 0, 0, 0, 2, 2, 2, kNaN, 0, 0});
    s.timestampsMs.push_back(kFrom + 20 * kStep);
    s.values.push_back(0);
    timeline->showData(stateOf({s}), context());
    QCOMPARE(timeline->laneCount(), 1);
    QCOMPARE(timeline->laneName(0), QStringLiteral("intune"));
    const std::vector<StateBand> bands = timeline->bands(0);
    QCOMPARE(bands.size(), size_t(4));
    QCOMPARE(bands[0].text, QStringLiteral("CLOSED"));
    QCOMPARE(bands[0].toMs, kFrom + 4 * kStep);
    QCOMPARE(bands[1].text, QStringLiteral("OPEN"));
    QCOMPARE(bands[1].toMs, kFrom + 7 * kStep);
    QCOMPARE(bands[2].fromMs, kFrom + 8 * kStep);
    QCOMPARE(bands[2].toMs, kFrom + 10 * kStep);
    QCOMPARE(bands[3].fromMs, kFrom + 20 * kStep);
    QCOMPARE(bands[3].toMs, kFrom + 21 * kStep);

    const QImage image = timeline->grab().toImage();
    const QPoint open = timeline->pointAt(0, kFrom + 5 * kStep + kStep / 2);
    QVERIFY(
        sameHue(image.pixelColor(open), QColor(dashboard::colorHex(QStringLiteral("red"), false))));
    const QPoint closed = timeline->pointAt(0, kFrom + 2 * kStep);
    QVERIFY(sameHue(image.pixelColor(closed),
                    QColor(dashboard::colorHex(QStringLiteral("green"), false))));
    const QPoint gap = timeline->pointAt(0, kFrom + 7 * kStep + kStep / 2);
    QCOMPARE(image.pixelColor(gap), timeline->palette().color(QPalette::Base));
    const QJsonArray states = timeline->exportContent()[QStringLiteral("states")].toArray();
    QCOMPARE(states.size(), 4);
    QCOMPARE(states[1].toObject()[QStringLiteral("text")].toString(), QStringLiteral("OPEN"));
}

void TestPanelRenderers::stateTimelineTooltipNamesTheState()
{
    auto timeline = make<StateTimelineRenderer>(6, {800, 160});
    const prometheus::LabelSet jamf = labels({{"exported_service", "jamf"}});
    timeline->showData(stateOf({series(jamf, {0, 0, 2, 2, 2, kNaN, 1})}),
                       context(false, 8 * kStep));
    const QString tip = timeline->toolTipAt(timeline->pointAt(0, kFrom + 3 * kStep));
    QVERIFY2(tip.contains(QStringLiteral("jamf: OPEN")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("2023-11-14 22:13:50")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("2023-11-14 22:14:35 UTC")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("45 seconds")), qPrintable(tip));
    QVERIFY(timeline->toolTipAt(timeline->pointAt(0, kFrom + 5 * kStep + 1000)).isEmpty());
}

void TestPanelRenderers::textShowsMarkdownAndLoadsNothing()
{
    auto markdown = make<TextRenderer>(7, {400, 200});
    markdown->showData({}, context());
    QVERIFY2(markdown->shownText().contains(QStringLiteral("Breaker runbook for ring-1")),
             qPrintable(markdown->shownText()));
    QVERIFY(markdown->shownText().contains(QStringLiteral("Reset it from the Breakers view")));
    QVERIFY(markdown->browser()
                ->loadResource(QTextDocument::ImageResource,
                               QUrl(QStringLiteral("https://images.example.invalid/breaker.png")))
                .isNull());

    auto html = make<TextRenderer>(8, {400, 200});
    html->showData({}, context());
    QVERIFY(html->shownText().contains(QStringLiteral("Page platform-oncall before")));
    QVERIFY(html->browser()
                ->loadResource(QTextDocument::ImageResource,
                               QUrl(QStringLiteral("file:///etc/hostname")))
                .isNull());
    QVERIFY(!html->browser()->openLinks());
    QVERIFY(!html->browser()->openExternalLinks());

    auto code = make<TextRenderer>(9, {400, 200});
    code->showData({}, context());
    QVERIFY(code->shownText().startsWith(QStringLiteral("eucora-ctl breaker reset intune \\")));
    QVERIFY(QFontInfo(code->browser()->font()).fixedPitch());
}

void TestPanelRenderers::nonFiniteValuesNeverBreakARenderer()
{
    const std::vector<double> wild {kNaN, kInf, -kInf, 1e308, -1e308, 0, kNaN, 5e-324, kInf};
    for (const int id : {1, 2, 3, 4, 5, 6}) {
        std::unique_ptr<PanelRenderer> renderer(
            RendererRegistry().create(panel(id), m_dashboard, nullptr));
        renderer->resize(400, 200);
        for (const bool dark : {false, true}) {
            renderer->showData(stateOf({series({}, wild), series({}, {kInf}),
                                        series({}, {-1e308, 1e308}), series({}, {})}),
                               context(dark));
            QVERIFY(!renderer->grab().isNull());
            QVERIFY(!QJsonDocument(renderer->exportContent()).toJson().isEmpty());
        }
    }
    auto stat = make<StatRenderer>(1, {300, 120});
    stat->showData(stateOf({series({}, {1, kInf})}), context());
    QCOMPARE(stat->shownTexts(), QStringList {QStringLiteral("+Inf")});
    auto bars = make<BarGaugeRenderer>(4, {300, 120});
    bars->showData(stateOf({series({}, {kInf}), series({}, {-kInf}), series({}, {1e308})}),
                   context());
    QCOMPARE(bars->fraction(0), 1.0);
    QCOMPARE(bars->fraction(1), 0.0);
    QCOMPARE(bars->fraction(2), 1.0);
}

void TestPanelRenderers::save(PanelRenderer &renderer, const QString &name, bool dark,
                              const dashboard::PanelState &state)
{
    renderer.setPalette(dark ? darkPalette() : QApplication::style()->standardPalette());
    renderer.showData(state, context(dark));
    const QString path
        = artifact(name + (dark ? QStringLiteral("-dark") : QStringLiteral("-light")));
    QVERIFY(renderer.grab().save(path));
}

void TestPanelRenderers::screenshotsInLightAndDark()
{
    std::vector<double> rate;
    std::vector<double> breaker;
    for (int i = 0; i < 240; ++i) {
        rate.push_back(0.97 + 0.02 * std::sin(i / 20.0) + (i % 7) * 0.001);
        breaker.push_back(i < 60 ? 0 : i < 90 ? 2 : i < 100 ? 1 : i < 110 ? kNaN : 0);
    }
    for (const bool dark : {false, true}) {
        auto stat = make<StatRenderer>(1, {260, 120});
        save(*stat, QStringLiteral("stat"), dark, stateOf({series({}, rate)}));
        dashboard::Panel named = panel(1);
        named.targets.front().legendFormat = QStringLiteral("{{ring}}");
        StatRenderer several(named, nullptr);
        several.resize(620, 150);
        save(several, QStringLiteral("stat-several"), dark,
             stateOf({series(labels({{"ring", "ring-0"}}), rate),
                      series(labels({{"ring", "ring-1"}}), std::vector<double>(240, 0.9)),
                      series(labels({{"ring", "ring-2"}}), {})}));
        auto breakerStat = make<StatRenderer>(2, {260, 120});
        save(*breakerStat, QStringLiteral("stat-background"), dark, stateOf({series({}, {2})}));
        auto gauge = make<GaugeRenderer>(3, {520, 240});
        save(*gauge, QStringLiteral("gauge"), dark,
             stateOf({series(labels({{"pod", "worker-0"}}), {42.5}),
                      series(labels({{"pod", "worker-1"}}), {93.1})}));
        auto bars = make<BarGaugeRenderer>(4, {560, 200});
        save(*bars, QStringLiteral("bargauge"), dark,
             stateOf({series(labels({{"ring", "ring-0"}}), {1}),
                      series(labels({{"ring", "ring-1"}}), {0.62}),
                      series(labels({{"ring", "ring-2"}}), {0.05})}));
        dashboard::Panel upright = panel(4);
        upright.options.orientation = dashboard::VizOrientation::Auto; // wide: bars stand
        BarGaugeRenderer standing(upright, nullptr);
        standing.resize(560, 200);
        save(standing, QStringLiteral("bargauge-auto"), dark,
             stateOf({series(labels({{"ring", "ring-0"}}), {1}),
                      series(labels({{"ring", "ring-1"}}), {0.62}),
                      series(labels({{"ring", "ring-2"}}), {kNaN})}));
        auto table = make<TableRenderer>(5, {600, 200});
        save(*table, QStringLiteral("table"), dark,
             stateOf(
                 {series(
                      labels(
                          {{"__name__", "up"}, {"instance", "devplane:8080"}, {"job", "devplane"}}),
                      {1}, kFrom + kWindow),
                  series(labels({{"__name__", "up"}, {"instance", "node:9100"}, {"job", "node"}}),
                         {0}, kFrom + kWindow)}));
        auto timeline = make<StateTimelineRenderer>(6, {800, 200});
        std::vector<double> jamf(240, 0);
        std::fill(jamf.begin() + 150, jamf.begin() + 200, 1);
        save(*timeline, QStringLiteral("state-timeline"), dark,
             stateOf({series(labels({{"exported_service", "intune"}}), breaker),
                      series(labels({{"exported_service", "jamf"}}), jamf)}));
        for (const int id : {7, 8, 9}) {
            auto text = make<TextRenderer>(id, {420, 220});
            save(*text, QStringLiteral("text-%1").arg(id), dark, {});
        }
    }
}

QTEST_MAIN(TestPanelRenderers)
#include "tst_panelrenderers.moc"
