// The console's window of dashboards against the real local stack: the Overview's chart goes
// live, a preset re-asks for the new window, dragging across a chart zooms every panel, the
// crosshair is shared, a variable re-queries, a collapsed row queries only once open, panels off
// a hidden page stop, and with Prometheus gone its panels say so while the control-plane tables
// stay live, and recover.
#include "charts/timeseriesview.h"
#include "controlplane/controlplaneclient.h"
#include "dashboard/panelfeed.h"
#include "httptestclient.h"
#include "mainwindow.h"
#include "models/breakersmodel.h"
#include "panels/dashboardpage.h"
#include "panels/variablesbar.h"
#include "session/operatorsession.h"
#include "teststack.h"
#include "timecontrols/timecontrols.h"
#include "views/breakersview.h"

#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QMenu>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolButton>

using namespace eucora;
using namespace std::chrono_literals;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void overviewGoesLiveAndFollowsThePicker();
    void dragToZoomMovesEveryPanel();
    void crosshairIsShared();
    void variableChangeReQueries();
    void rowsQueryOnlyOnceOpenAndHiddenPagesStop();
    void prometheusDownLeavesApiPanelsLiveAndRecovers();

private:
    app::ConsoleOptions options() const;
    app::PanelFrame *frameTitled(app::DashboardPage *page, const QString &title) const;

    std::unique_ptr<devstack::LocalStack> m_stack;
};

namespace {

// The window at an operator's size, on screen and refreshing; false when it never appeared.
bool showRefreshing(app::MainWindow &window)
{
    window.resize(1400, 900);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return false;
    window.startRefreshing();
    return true;
}

QStringList statusBarTexts(const QMainWindow &window)
{
    QStringList texts;
    for (const QLabel *label : window.statusBar()->findChildren<QLabel *>())
        texts << label->text();
    return texts;
}

} // namespace

void TestMainWindow::initTestCase()
{
    QString error;
    m_stack = testing::startTestStack(&error);
    QVERIFY2(m_stack, qPrintable(error));
    QVERIFY2(m_stack->waitForScrapes(3, 60s, &error), qPrintable(error));
    // The status variable's options come from Prometheus once: wait for a failed deployment to
    // be scraped, which a loaded machine may take a while to simulate.
    testing::HttpTestClient prometheus(m_stack->prometheusUrl());
    const auto failedSeries = [&prometheus] {
        return !prometheus
                    .get(QStringLiteral("/api/v1/series?match[]=%1")
                             .arg(QString::fromUtf8(QUrl::toPercentEncoding(
                                 QStringLiteral("deployment_total{status=\"failed\"}")))))
                    .json()[QLatin1String("data")]
                    .toArray()
                    .isEmpty();
    };
    QTRY_VERIFY_WITH_TIMEOUT(failedSeries(), 90000);
}

void TestMainWindow::cleanupTestCase()
{
    m_stack.reset();
}

app::ConsoleOptions TestMainWindow::options() const
{
    app::ConsoleOptions options;
    options.prometheusUrl = m_stack->prometheusUrl();
    options.controlPlaneUrl = m_stack->controlPlaneUrl();
    options.refreshSeconds = 2;
    options.refreshGiven = true;
    options.range = 15min;
    options.rangeGiven = true;
    options.theme = QStringLiteral("light");
    options.dashboardFiles << QStringLiteral(EUCORA_TEST_DATA "/dashboards/variables.json");
    return options;
}

app::PanelFrame *TestMainWindow::frameTitled(app::DashboardPage *page, const QString &title) const
{
    for (app::PanelFrame *frame : page->frames()) {
        if (frame->panel().title == title)
            return frame;
    }
    return nullptr;
}

void TestMainWindow::overviewGoesLiveAndFollowsThePicker()
{
    app::MainWindow window(options());
    QVERIFY(showRefreshing(window));
    QCOMPARE(window.currentPage()->uid(), QStringLiteral("overview"));
    app::PanelFrame *chart
        = frameTitled(window.currentPage(), QStringLiteral("Deployments per minute by status"));
    QVERIFY(chart && chart->feed());
    QTRY_VERIFY_WITH_TIMEOUT(!chart->feed()->state().series.empty(), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(chart->stateName(), QStringLiteral("Live"), 5000);
    QVERIFY(chart->errorText().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(
        statusBarTexts(window).join(QLatin1Char('\n')).count(QLatin1String("reachable (")) == 2,
        10000);

    // The operator picks "Last 5 minutes": the panel asks again for that window.
    QMenu *presets = window.timeControls()->rangeButton()->menu();
    presets->actions().at(0)->trigger();
    QCOMPARE(window.currentPage()->state()->rawRange().from, QStringLiteral("now-5m"));
    QTRY_VERIFY_WITH_TIMEOUT(!chart->feed()->lastPlan().queries.empty(), 5000);
    const auto &plan = chart->feed()->lastPlan().queries.front();
    QVERIFY(std::abs(plan.start.secsTo(plan.end) - 300) <= plan.stepMs / 1000 + 1);
    QTRY_VERIFY_WITH_TIMEOUT(!chart->feed()->state().loading, 10000);
    QVERIFY(!chart->feed()->state().error);
    QTest::qWait(300);
    QVERIFY(window.grab().save(QStringLiteral(EUCORA_TEST_ARTIFACTS "/mainwindow.png")));
}

void TestMainWindow::dragToZoomMovesEveryPanel()
{
    app::MainWindow window(options());
    QVERIFY(showRefreshing(window));
    QVERIFY(window.showPage(QStringLiteral("deployments")));
    app::DashboardPage *page = window.currentPage();
    app::PanelFrame *byStatus = frameTitled(page, QStringLiteral("Deployment rate by status"));
    app::PanelFrame *byRing = frameTitled(page, QStringLiteral("Deployment rate by ring"));
    QVERIFY(byStatus && byRing);
    QTRY_VERIFY_WITH_TIMEOUT(byStatus->settled() && byRing->settled(), 20000);
    app::TimeSeriesView *chart = byStatus->renderer()->chart();
    QWidget *canvas = chart->widget();
    const int y = canvas->height() / 2;
    QTest::mousePress(canvas, Qt::LeftButton, {}, QPoint(canvas->width() / 3, y));
    QTest::mouseMove(canvas, QPoint(canvas->width() * 2 / 3, y));
    QTest::mouseRelease(canvas, Qt::LeftButton, {}, QPoint(canvas->width() * 2 / 3, y));
    // An absolute window now, about a third of the quarter hour, for every panel.
    QVERIFY(!page->state()->followsNow());
    const auto range = page->state()->resolvedRange();
    QVERIFY2(range.spanMs() > 3 * 60'000 && range.spanMs() < 7 * 60'000,
             qPrintable(QString::number(range.spanMs())));
    for (app::PanelFrame *frame : {byStatus, byRing}) {
        QTRY_VERIFY_WITH_TIMEOUT(!frame->feed()->lastPlan().queries.empty(), 5000);
        const auto &query = frame->feed()->lastPlan().queries.front();
        QVERIFY(std::abs(query.start.msecsTo(range.from)) <= query.stepMs);
        QVERIFY(std::abs(query.end.msecsTo(range.to)) <= query.stepMs);
    }
    window.timeControls()->zoomOut();
    QTRY_VERIFY(std::abs(page->state()->resolvedRange().spanMs() - 2 * range.spanMs()) < 2000);
}

void TestMainWindow::crosshairIsShared()
{
    app::MainWindow window(options());
    QVERIFY(showRefreshing(window));
    QVERIFY(window.showPage(QStringLiteral("deployments")));
    app::DashboardPage *page = window.currentPage();
    app::PanelFrame *byStatus = frameTitled(page, QStringLiteral("Deployment rate by status"));
    app::PanelFrame *byRing = frameTitled(page, QStringLiteral("Deployment rate by ring"));
    page->ensureVisible(byStatus); // below the table, the ring pipeline and the detail
    QTRY_VERIFY_WITH_TIMEOUT(byStatus->settled() && byRing->settled(), 20000);
    QWidget *canvas = byStatus->renderer()->chart()->widget();
    QTest::mouseMove(canvas, QPoint(canvas->width() / 2, canvas->height() / 2));
    QTRY_VERIFY(byRing->renderer()->chart()->crosshair().has_value());
    const qint64 shared = *byRing->renderer()->chart()->crosshair();
    const auto range = page->state()->resolvedRange();
    QVERIFY(shared > range.from.toMSecsSinceEpoch() && shared < range.to.toMSecsSinceEpoch());
}

void TestMainWindow::variableChangeReQueries()
{
    app::MainWindow window(options());
    QVERIFY(showRefreshing(window));
    QVERIFY(window.showPage(QStringLiteral("variables-test")));
    app::DashboardPage *page = window.currentPage();
    QTRY_VERIFY_WITH_TIMEOUT(page->state()->variablesLoaded(), 10000);
    app::PanelFrame *frame = page->frameFor(1);
    QTRY_VERIFY_WITH_TIMEOUT(!frame->feed()->lastPlan().queries.empty(), 10000);
    QVERIFY2(frame->feed()->lastPlan().queries.front().expr.contains(QLatin1String("\"success\"")),
             qPrintable(frame->feed()->lastPlan().queries.front().expr));
    // Options come from Prometheus once the window knows which engine it talks to (the bar
    // makes its combo boxes anew when they arrive).
    const auto statusCombo = [page] {
        return page->variablesBar()->comboFor(QStringLiteral("status"));
    };
    QTRY_VERIFY_WITH_TIMEOUT(
        statusCombo() && statusCombo()->findData(QStringLiteral("failed")) >= 0, 10000);
    QComboBox *combo = statusCombo();
    combo->setCurrentIndex(combo->findData(QStringLiteral("failed")));
    emit combo->activated(combo->currentIndex());
    QTRY_VERIFY_WITH_TIMEOUT(
        frame->feed()->lastPlan().queries.front().expr.contains(QLatin1String("\"failed\"")), 5000);
    QCOMPARE(frame->panel().title, QStringLiteral("Deployments with status $status"));
}

void TestMainWindow::rowsQueryOnlyOnceOpenAndHiddenPagesStop()
{
    app::MainWindow window(options());
    QVERIFY(showRefreshing(window));
    QVERIFY(window.showPage(QStringLiteral("variables-test")));
    app::DashboardPage *page = window.currentPage();
    app::PanelFrame *inside = page->frameFor(4);
    QVERIFY(inside);
    QTest::qWait(500);
    QVERIFY(!inside->isActive());
    QVERIFY(!inside->feed()->isStarted()); // collapsed: nothing asked
    page->toggleRow(3);
    QVERIFY(page->isRowOpen(3));
    QTRY_VERIFY_WITH_TIMEOUT(inside->feed()->hasSettled(), 10000);
    // Another tab: this page's panels stop polling.
    QVERIFY(window.showPage(QStringLiteral("overview")));
    QVERIFY(!inside->isActive());
    QVERIFY(!page->frameFor(1)->feed()->isStarted());
}

void TestMainWindow::prometheusDownLeavesApiPanelsLiveAndRecovers()
{
    app::ConsoleOptions opts = options();
    app::MainWindow window(opts);
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    bool signedIn = false;
    window.controlPlane()->login(QStringLiteral("operator"), QStringLiteral("operator"), this,
                                 [&](const controlplane::ApiResult<controlplane::User> &user) {
                                     QVERIFY(user.ok());
                                     window.session()->setSignedIn(user.value());
                                     signedIn = true;
                                 });
    QTRY_VERIFY_WITH_TIMEOUT(signedIn, 10000);
    window.startRefreshing();
    QVERIFY(window.showPage(QStringLiteral("breakers")));
    app::DashboardPage *page = window.currentPage();
    app::PanelFrame *failures = frameTitled(
        page, QStringLiteral("Failures per minute by breaker and error type ($breaker)"));
    QVERIFY(failures);
    QTRY_COMPARE_WITH_TIMEOUT(failures->stateName(), QStringLiteral("Live"), 20000);

    m_stack->stopPrometheus();
    QTRY_VERIFY_WITH_TIMEOUT(!failures->errorText().isEmpty(), 20000);
    QVERIFY(failures->stateName() == QLatin1String("Error")
            || failures->stateName() == QLatin1String("Stale"));
    QTRY_VERIFY_WITH_TIMEOUT(
        statusBarTexts(window).join(QLatin1Char('\n')).contains(QLatin1String("unreachable")),
        20000);
    // The control-plane table goes on: fresh rows, no error.
    app::BreakersView *breakers = window.breakersView();
    breakers->refreshNow();
    QTRY_VERIFY_WITH_TIMEOUT(!breakers->fetching(), 10000);
    QVERIFY2(breakers->failure().isEmpty(), qPrintable(breakers->failure()));
    QCOMPARE(breakers->model()->rowCount(), 18);
    window.grab().save(QStringLiteral(EUCORA_TEST_ARTIFACTS "/mainwindow-prometheus-down.png"));

    QString error;
    QVERIFY2(m_stack->restartPrometheus(&error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(failures->errorText().isEmpty(), 60000);
    QTRY_COMPARE_WITH_TIMEOUT(failures->stateName(), QStringLiteral("Live"), 30000);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
