// The chart every time-series panel draws through: what it draws (gaps stay gaps, hidden series
// stay hidden, stacks add up, thresholds and annotations appear) and what the mouse does (drag to
// zoom, click an annotation, hover gives the time), rendered offscreen.
#include "charts/chartlegend.h"
#include "charts/chartpainter.h"
#include "charts/rastertimeseriesview.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTest>
#include <QWidget>

#include <cmath>
#include <limits>

using namespace eucora::app;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr qint64 kFrom = 1'700'000'000'000;
constexpr qint64 kStep = 15'000;

ChartSeries series(const QString &name, QColor color, std::vector<double> values)
{
    auto points = std::make_shared<eucora::prometheus::Series>();
    points->values = std::move(values);
    for (size_t i = 0; i < points->values.size(); ++i)
        points->timestampsMs.push_back(kFrom + qint64(i) * kStep);
    return ChartSeries {name, color, std::move(points)};
}

ChartColors plainColors()
{
    return ChartColors {Qt::white, Qt::black, QColor(0, 0, 0, 30), Qt::gray};
}

// How many pixels of `image` inside `columns` of the plot have exactly `color`.
int pixelsOf(const QImage &image, const QRectF &plot, double x0, double x1, QColor color)
{
    int count = 0;
    const qreal dpr = image.devicePixelRatio();
    for (int x = int(std::max(x0, plot.left()) * dpr); x < int(std::min(x1, plot.right()) * dpr);
         ++x) {
        for (int y = int(plot.top() * dpr); y < int(plot.bottom() * dpr); ++y) {
            // Antialiased edges blend with the background: the hue is what tells the series.
            const QColor c = image.pixelColor(x, y);
            if (c.saturation() > 80 && std::abs(c.hue() - color.hue()) < 20)
                ++count;
        }
    }
    return count;
}

} // namespace

class TestRasterTimeSeriesView : public QObject
{
    Q_OBJECT

private slots:
    void aGapIsNotJoined();
    void aHiddenSeriesIsNotDrawn();
    void percentStacksAddUpToOne();
    void aThousandSeriesRenderOffTheGuiThread();
    void dragAcrossThePlotAsksToZoom();
    void clickOnAnAnnotationOpensIt();
    void hoverReportsTheTimeUnderTheMouse();
    void legendIsolatesAndToggles();
    void ticksAreNiceAndInTheZone();
};

void TestRasterTimeSeriesView::aGapIsNotJoined()
{
    ChartScene scene;
    scene.fromMs = kFrom;
    scene.toMs = kFrom + 40 * kStep;
    std::vector<double> values(41, 5.0);
    for (int i = 15; i < 25; ++i)
        values[size_t(i)] = kNaN; // ten missing samples in the middle
    scene.series.push_back(series(QStringLiteral("a"), QColor(255, 0, 0), values));
    scene.style.lineWidth = 2;
    const ChartImage chart = renderChart(scene, QSize(600, 300), 1.0, plainColors(), QFont());
    const ChartLayout &l = chart.layout;
    QVERIFY(l.isValid());
    const double gapFrom = l.x(kFrom + 16 * kStep);
    const double gapTo = l.x(kFrom + 23 * kStep);
    QVERIFY2(pixelsOf(chart.image, l.plot, l.plot.left(), gapFrom - 20, Qt::red) > 50,
             "the line is drawn before the gap");
    QCOMPARE(pixelsOf(chart.image, l.plot, gapFrom, gapTo, Qt::red), 0);
    chart.image.save(QStringLiteral(EUCORA_TEST_ARTIFACTS "/chart-gap.png"));
}

void TestRasterTimeSeriesView::aHiddenSeriesIsNotDrawn()
{
    ChartScene scene;
    scene.fromMs = kFrom;
    scene.toMs = kFrom + 20 * kStep;
    scene.series.push_back(
        series(QStringLiteral("red"), QColor(255, 0, 0), std::vector<double>(21, 1)));
    scene.series.push_back(
        series(QStringLiteral("blue"), QColor(0, 0, 255), std::vector<double>(21, 2)));
    scene.hidden = {false, true};
    const ChartImage chart = renderChart(scene, QSize(400, 200), 1.0, plainColors(), QFont());
    QVERIFY(pixelsOf(chart.image, chart.layout.plot, 0, 400, Qt::red) > 0);
    QCOMPARE(pixelsOf(chart.image, chart.layout.plot, 0, 400, Qt::blue), 0);
}

void TestRasterTimeSeriesView::percentStacksAddUpToOne()
{
    ChartScene scene;
    scene.fromMs = kFrom;
    scene.toMs = kFrom + 2 * kStep;
    scene.style.stacking = Stacking::Percent;
    scene.series.push_back(series(QStringLiteral("a"), Qt::red, {1, 3, kNaN}));
    scene.series.push_back(series(QStringLiteral("b"), Qt::blue, {3, 1, 2}));
    const std::vector<PreparedSeries> stacked = prepareSeries(scene, 100);
    QCOMPARE(stacked.size(), size_t(2));
    QCOMPARE(stacked[0].top[0], 0.25);
    QCOMPARE(stacked[1].top[0], 1.0);
    QCOMPARE(stacked[1].bottom[0], 0.25);
    QCOMPARE(stacked[1].top[1], 1.0);
    QVERIFY(std::isnan(stacked[0].top[2])); // a missing value stays a gap in its own line
    QCOMPARE(stacked[1].top[2], 1.0);
}

void TestRasterTimeSeriesView::aThousandSeriesRenderOffTheGuiThread()
{
    QWidget host;
    host.resize(900, 400);
    RasterTimeSeriesView view(&host);
    view.widget()->resize(900, 400);
    ChartScene scene;
    scene.fromMs = kFrom;
    scene.toMs = kFrom + 999 * kStep;
    for (int s = 0; s < 1000; ++s) {
        std::vector<double> values(1000);
        for (int i = 0; i < 1000; ++i)
            values[size_t(i)] = std::sin(i / 50.0 + s) * 10 + s;
        scene.series.push_back(
            series(QString::number(s), QColor::fromHsv(s % 360, 200, 200), values));
    }
    QElapsedTimer timer;
    timer.start();
    view.setScene(std::move(scene));
    const qint64 handedOver = timer.elapsed();
    QVERIFY(view.renderPending());
    QSignalSpy rendered(&view, &TimeSeriesView::rendered);
    QVERIFY(rendered.wait(30000));
    QVERIFY(!view.renderPending());
    QVERIFY(!view.currentImage().isNull());
    // Handing the scene over copies it; drawing happens elsewhere. The bound is loose on
    // purpose: a timing test only catches drawing on the GUI thread, which takes seconds.
    QVERIFY2(handedOver < 500, qPrintable(QString::number(handedOver)));
}

void TestRasterTimeSeriesView::dragAcrossThePlotAsksToZoom()
{
    QWidget host;
    RasterTimeSeriesView view(&host);
    view.widget()->resize(600, 300);
    ChartScene scene;
    scene.fromMs = kFrom;
    scene.toMs = kFrom + 40 * kStep;
    scene.series.push_back(series(QStringLiteral("a"), Qt::red, std::vector<double>(41, 1)));
    view.setScene(scene);
    QSignalSpy rendered(&view, &TimeSeriesView::rendered);
    QVERIFY(rendered.wait(5000));
    const ChartLayout &l = view.layout();
    QSignalSpy zoom(&view, &TimeSeriesView::zoomRequested);
    const QPoint from(int(l.x(kFrom + 10 * kStep)), int(l.plot.center().y()));
    const QPoint to(int(l.x(kFrom + 20 * kStep)), int(l.plot.center().y()));
    QTest::mousePress(view.widget(), Qt::LeftButton, {}, from);
    QTest::mouseMove(view.widget(), to);
    QTest::mouseRelease(view.widget(), Qt::LeftButton, {}, to);
    QCOMPARE(zoom.count(), 1);
    const qint64 pixel = (scene.toMs - scene.fromMs) / qint64(l.plot.width());
    QVERIFY(std::abs(zoom.at(0).at(0).toLongLong() - (kFrom + 10 * kStep)) <= 2 * pixel);
    QVERIFY(std::abs(zoom.at(0).at(1).toLongLong() - (kFrom + 20 * kStep)) <= 2 * pixel);

    QTest::mouseClick(view.widget(), Qt::LeftButton, {}, from); // a click is not a zoom
    QCOMPARE(zoom.count(), 1);
}

void TestRasterTimeSeriesView::clickOnAnAnnotationOpensIt()
{
    QWidget host;
    RasterTimeSeriesView view(&host);
    view.widget()->resize(600, 300);
    ChartScene scene;
    scene.fromMs = kFrom;
    scene.toMs = kFrom + 40 * kStep;
    scene.annotations.push_back({kFrom + 30 * kStep,
                                 kFrom + 30 * kStep,
                                 Qt::darkYellow,
                                 QStringLiteral("ROLLBACK_INITIATED"),
                                 {},
                                 QStringLiteral("dep-1")});
    view.setScene(scene);
    QSignalSpy rendered(&view, &TimeSeriesView::rendered);
    QVERIFY(rendered.wait(5000));
    QSignalSpy clicked(&view, &TimeSeriesView::annotationClicked);
    const ChartLayout &l = view.layout();
    QTest::mouseClick(view.widget(), Qt::LeftButton, {},
                      QPoint(int(l.x(kFrom + 30 * kStep)), int(l.plot.bottom() - 3)));
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(clicked.at(0).at(0).toString(), QStringLiteral("dep-1"));
}

void TestRasterTimeSeriesView::hoverReportsTheTimeUnderTheMouse()
{
    QWidget host;
    host.resize(600, 300);
    RasterTimeSeriesView view(&host);
    view.widget()->resize(600, 300);
    host.show();
    QVERIFY(QTest::qWaitForWindowExposed(&host));
    ChartScene scene;
    scene.fromMs = kFrom;
    scene.toMs = kFrom + 40 * kStep;
    scene.series.push_back(series(QStringLiteral("a"), Qt::red, std::vector<double>(41, 1)));
    view.setScene(scene);
    QSignalSpy rendered(&view, &TimeSeriesView::rendered);
    QVERIFY(rendered.wait(5000));
    QSignalSpy hovered(&view, &TimeSeriesView::hovered);
    const ChartLayout &l = view.layout();
    QTest::mouseMove(view.widget(), QPoint(int(l.x(kFrom + 5 * kStep)), int(l.plot.center().y())));
    QTRY_VERIFY(hovered.count() >= 1);
    const QList<QVariant> last = hovered.last();
    QVERIFY(last.at(1).toBool());
    QVERIFY(std::abs(last.at(0).toLongLong() - (kFrom + 5 * kStep)) < kStep);
}

void TestRasterTimeSeriesView::legendIsolatesAndToggles()
{
    ChartLegend legend;
    legend.setRows({{QStringLiteral("a"), Qt::red, {}},
                    {QStringLiteral("b"), Qt::blue, {}},
                    {QStringLiteral("c"), Qt::green, {}}});
    legend.click(1, Qt::NoModifier);
    QCOMPARE(legend.hidden(), (std::vector<bool> {true, false, true}));
    legend.click(1, Qt::NoModifier); // the isolated one again: all back
    QCOMPARE(legend.hidden(), (std::vector<bool> {false, false, false}));
    legend.click(2, Qt::ControlModifier);
    QCOMPARE(legend.hidden(), (std::vector<bool> {false, false, true}));
}

void TestRasterTimeSeriesView::ticksAreNiceAndInTheZone()
{
    QCOMPARE(niceStep(0, 100, 5), 20.0);
    QCOMPARE(niceStep(0, 1, 4), 0.2);
    const QTimeZone berlin("Europe/Berlin");
    // 2026-11-30 13:07:30 UTC = 14:07:30 in Berlin; one hour wide.
    const qint64 from
        = QDateTime(QDate(2026, 11, 30), QTime(13, 7, 30), QTimeZone::utc()).toMSecsSinceEpoch();
    const auto ticks = timeTicks(from, from + 3600'000, berlin, 700);
    QVERIFY(!ticks.empty());
    QCOMPARE(ticks.front().label, QStringLiteral("14:10"));
    for (const TimeTick &t : ticks)
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(t.ms, berlin).time().second(), 0);
}

QTEST_MAIN(TestRasterTimeSeriesView)
#include "tst_rastertimeseriesview.moc"
