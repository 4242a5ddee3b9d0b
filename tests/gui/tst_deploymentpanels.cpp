// The deployment and ring-promotion panels against the live stack, the devplane's clock held
// still (--speed 0.001) and moved by the test through /_devplane/clock: a deployment appears ring
// by ring in the pipeline and is no longer read once final; a gate failed on a flapping connector
// says so in numbers and its row in the Rings view opens the deployment; selecting a row fills the
// detail, enables Roll back for staff and survives a refresh; the Overview, Deployments and Rings
// exports hold the numbers the devplane's API reports; with Prometheus gone the API panels stay
// live.
#include "charts/rastertimeseriesview.h"
#include "consolewindow.h"
#include "controlplane/controlplaneclient.h"
#include "dialogs/rollbackdialog.h"
#include "dialogs/rollbackevidence.h"
#include "feeds/deploymentsfeed.h"
#include "feeds/selecteddeployment.h"
#include "httptestclient.h"
#include "mainwindow.h"
#include "models/attentionmodel.h"
#include "models/deploymentsmodel.h"
#include "models/eventsmodel.h"
#include "models/modelroles.h"
#include "panels/dashboardpage.h"
#include "panels/panelframe.h"
#include "panels/ringpipelinewidget.h"
#include "panels/widgetrenderer.h"
#include "session/apipoller.h"
#include "session/operatorsession.h"
#include "teststack.h"
#include "views/deploymentdetailview.h"
#include "views/deploymentsview.h"
#include "views/eventsview.h"
#include "views/fleetpanels.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QUuid>

using namespace eucora;
using namespace std::chrono_literals;
using controlplane::DeploymentSummary;
using controlplane::GateState;

class TestDeploymentPanels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void aDeploymentMovesRingByRingInThePipeline();
    void aFailedGateSaysItInNumbersAndOpensFromTheRingsView();
    void selectingARowShowsTheDetailAndRollBack();
    void theRollbackDialogShowsTheEvidence();
    void exportsHoldTheDevplanesNumbers();
    void anEventMarkerOpensItsDeployment();
    void aReconciledRollbackIsABandOnItsCharts();
    void theEventsViewFiltersAndOpensTheDeployment();
    void throttledApiPanelsSaySoWithTheSecondsLeft();
    void prometheusDownLeavesTheApiPanelsLive();

private:
    std::unique_ptr<app::MainWindow> openWindow();
    void advance(double seconds);
    void forceConnectors(bool healthy);
    std::vector<DeploymentSummary> apiDeployments(app::MainWindow &window);
    std::vector<controlplane::RingProgress> apiRings(app::MainWindow &window, const QString &id);
    static QJsonObject exportedPanel(const app::DashboardPage *page, const QString &title);

    std::unique_ptr<devstack::LocalStack> m_stack;
    std::unique_ptr<testing::HttpTestClient> m_control;
};

void TestDeploymentPanels::initTestCase()
{
    devstack::LocalStack::Options options;
    options.scrapeIntervalSeconds = 1;
    options.devplaneArguments = {QStringLiteral("--seed"),      QStringLiteral("11"),
                                 QStringLiteral("--speed"),     QStringLiteral("0.001"),
                                 QStringLiteral("--test-mode"), QStringLiteral("--no-throttle"),
                                 QStringLiteral("--seed-demo")};
    m_stack = std::make_unique<devstack::LocalStack>(options);
    QString error;
    QVERIFY2(m_stack->start(&error), qPrintable(error));
    m_control = std::make_unique<testing::HttpTestClient>(m_stack->controlPlaneUrl());
    advance(300); // deployments in every state
}

void TestDeploymentPanels::cleanupTestCase()
{
    m_control.reset();
    m_stack.reset();
}

void TestDeploymentPanels::advance(double seconds)
{
    const testing::HttpAnswer answer = m_control->post(QStringLiteral("/_devplane/clock"),
                                                       {{QStringLiteral("advance_s"), seconds}});
    QCOMPARE(answer.status, 200);
}

void TestDeploymentPanels::forceConnectors(bool healthy)
{
    for (const QString &connector : controlplane::connectorTypeNames()) {
        const testing::HttpAnswer answer
            = m_control->post(QStringLiteral("/_devplane/connectors/%1/force").arg(connector),
                              {{QStringLiteral("healthy"), healthy}});
        QCOMPARE(answer.status, 200);
    }
}

std::unique_ptr<app::MainWindow> TestDeploymentPanels::openWindow()
{
    return testing::openSignedInWindow(*m_stack, 30min);
}

namespace {

// What `call(done)` hands its callback, waited for up to 10 s; empty when it failed.
template<typename T, typename Call> T answerOf(Call call)
{
    T out {};
    bool done = false;
    call([&](const controlplane::ApiResult<T> &r) {
        if (r.ok())
            out = r.value();
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        qWarning("the control plane did not answer within 10 s");
    return out;
}

} // namespace

std::vector<DeploymentSummary> TestDeploymentPanels::apiDeployments(app::MainWindow &window)
{
    return answerOf<std::vector<DeploymentSummary>>(
        [&](auto done) { window.controlPlane()->deployments({}, this, std::move(done)); });
}

std::vector<controlplane::RingProgress> TestDeploymentPanels::apiRings(app::MainWindow &window,
                                                                       const QString &id)
{
    return answerOf<std::vector<controlplane::RingProgress>>(
        [&](auto done) { window.controlPlane()->rings(id, this, std::move(done)); });
}

QJsonObject TestDeploymentPanels::exportedPanel(const app::DashboardPage *page,
                                                const QString &title)
{
    for (const QJsonValue panel : page->exportJson().value(QStringLiteral("panels")).toArray()) {
        if (panel[QStringLiteral("title")].toString() == title)
            return panel.toObject();
    }
    return {};
}

namespace {

int reachedRings(const controlplane::RingPipeline &pipeline)
{
    return int(
        std::count_if(pipeline.stages.begin(), pipeline.stages.end(),
                      [](const controlplane::RingStage &s) { return s.progress.has_value(); }));
}

QString currentRing(const controlplane::RingPipeline &pipeline)
{
    for (const controlplane::RingStage &stage : pipeline.stages) {
        if (stage.current)
            return controlplane::toString(stage.ring);
    }
    return {};
}

} // namespace

void TestDeploymentPanels::aDeploymentMovesRingByRingInThePipeline()
{
    forceConnectors(true); // every gate passes on healthy connectors but rarely
    auto window = openWindow();
    QVERIFY(window);
    // A deployment the simulation created (the seeded demo rows do not move) that has just
    // started towards a far ring.
    const QDateTime testStart = QDateTime::currentDateTimeUtc().addSecs(-5);
    QString id;
    for (int i = 0; i < 40 && id.isEmpty(); ++i) {
        for (const DeploymentSummary &d : apiDeployments(*window)) {
            if (!d.is(controlplane::DeploymentStatus::Deploying) || d.createdAt < testStart
                || (d.targetRing != QLatin1String("GLOBAL")
                    && d.targetRing != QLatin1String("DEPARTMENT")))
                continue;
            const auto rings = apiRings(*window, d.correlationId);
            if (rings.size() == 1 && rings.front().ring == QLatin1String("LAB"))
                id = d.correlationId;
        }
        if (id.isEmpty())
            advance(10);
    }
    QVERIFY2(!id.isEmpty(), "no deployment started towards DEPARTMENT or GLOBAL");

    window->openDeployment(id);
    QCOMPARE(window->currentPage()->uid(), QStringLiteral("deployments"));
    app::RingPipelinePanel *panel = window->ringPipeline();
    QVERIFY(panel);
    const controlplane::RingPipeline &shown = panel->pipeline()->pipeline();
    QTRY_COMPARE_WITH_TIMEOUT(reachedRings(shown), 1, 10000);
    QCOMPARE(currentRing(shown), QStringLiteral("LAB"));

    // The clock moves it on; the panel follows each ring the API reports, in rollout order.
    QStringList seen {QStringLiteral("LAB")};
    for (int step = 0; step < 40 && !shown.final; ++step) {
        advance(30);
        const auto rings = apiRings(*window, id);
        QString status;
        for (const DeploymentSummary &d : apiDeployments(*window)) {
            if (d.correlationId == id)
                status = d.status;
        }
        // The panel shows what the API says now: the same rings, the same status.
        QTRY_VERIFY_WITH_TIMEOUT(reachedRings(shown) == int(rings.size())
                                     && window->selectedDeployment()->detail().summary.status
                                         == status,
                                 10000);
        const QString current = currentRing(shown);
        if (current != seen.last())
            seen << current;
    }
    QVERIFY2(seen.size() >= 3, qPrintable(seen.join(QLatin1String(" -> "))));
    QStringList expected;
    for (const controlplane::RingStage &stage : shown.stages)
        expected << controlplane::toString(stage.ring);
    QCOMPARE(seen, expected.mid(0, seen.size())); // ring by ring, none skipped
    QVERIFY(shown.final);
    // Final: read no more.
    QTRY_VERIFY(!window->selectedDeployment()->poller()->isActive());
    QVERIFY(panel->captionText().contains(QLatin1String("final")));
}

void TestDeploymentPanels::aFailedGateSaysItInNumbersAndOpensFromTheRingsView()
{
    forceConnectors(false); // a flapping connector fails gates far more often
    auto window = openWindow();
    QVERIFY(window);
    QString id;
    controlplane::RingProgress failedRing;
    for (int i = 0; i < 60 && id.isEmpty(); ++i) {
        advance(30);
        for (const DeploymentSummary &d : apiDeployments(*window)) {
            if (!d.is(controlplane::DeploymentStatus::Failed))
                continue;
            const auto rings = apiRings(*window, d.correlationId);
            if (rings.size() >= 2 && !rings.back().promotionGatePassed
                && rings.back().successCount + rings.back().failureCount > 0) {
                id = d.correlationId;
                failedRing = rings.back();
                break;
            }
        }
    }
    forceConnectors(true);
    QVERIFY2(!id.isEmpty(), "no deployment failed a gate");

    // The Rings view lists it; a click opens it.
    QVERIFY(window->showPage(QStringLiteral("rings")));
    app::AttentionList *failed = nullptr;
    for (app::PanelFrame *frame : window->currentPage()->frames()) {
        if (auto *renderer = qobject_cast<app::WidgetRenderer *>(frame->renderer()))
            failed = failed ? failed : qobject_cast<app::AttentionList *>(renderer->content());
    }
    QVERIFY(failed);
    QTRY_VERIFY_WITH_TIMEOUT(failed->model()->rowOf(id) >= 0, 15000);
    const int row = failed->model()->rowOf(id);
    QCOMPARE(failed->model()->itemAt(row)->ring, failedRing.ring);
    QTableView *table = failed->table();
    const QModelIndex proxyIndex = table->model()->index(row, 1);
    table->scrollTo(proxyIndex);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualRect(proxyIndex).center());
    QCOMPARE(window->currentPage()->uid(), QStringLiteral("deployments"));
    QCOMPARE(window->selectedDeployment()->correlationId(), id);

    const controlplane::RingPipeline &shown = window->ringPipeline()->pipeline()->pipeline();
    QTRY_VERIFY_WITH_TIMEOUT(shown.final, 10000);
    const auto stage = std::find_if(shown.stages.begin(), shown.stages.end(),
                                    [](const auto &s) { return s.state == GateState::Failed; });
    QVERIFY(stage != shown.stages.end());
    QCOMPARE(controlplane::toString(stage->ring), failedRing.ring);
    // "0.962 < 0.98: 481 of 500 succeeded"
    const QString numbers = QStringLiteral("%1 of %2 succeeded")
                                .arg(failedRing.successCount)
                                .arg(failedRing.successCount + failedRing.failureCount);
    QVERIFY2(stage->decision.contains(QLatin1String(" < ")) && stage->decision.contains(numbers),
             qPrintable(stage->decision));
    const int index = int(stage - shown.stages.begin());
    QVERIFY(window->ringPipeline()->pipeline()->stageToolTip(index).contains(numbers));
}

void TestDeploymentPanels::selectingARowShowsTheDetailAndRollBack()
{
    auto window = openWindow();
    QVERIFY(window);
    QVERIFY(window->showPage(QStringLiteral("deployments")));
    app::DeploymentsView *view = window->deploymentsView();
    QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() > 3, 10000);
    const DeploymentSummary picked = view->model()->rows().at(2);
    QVERIFY(view->selectKey(picked.correlationId));
    app::DeploymentDetailView *detail = window->deploymentDetail();
    QTRY_COMPARE_WITH_TIMEOUT(detail->fieldText(QStringLiteral("Correlation ID")),
                              picked.correlationId, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(detail->fieldText(QStringLiteral("Application")), picked.appName,
                              10000);
    QCOMPARE(detail->fieldText(QStringLiteral("Status")), picked.status);
    QVERIFY(!detail->fieldText(QStringLiteral("Submitter")).isEmpty());
    QVERIFY(!detail->fieldText(QStringLiteral("CAB approval")).isEmpty());
    QTRY_VERIFY(detail->eventsModel()->rowCount() > 0);
    for (int r = 0; r < detail->eventsModel()->rowCount(); ++r)
        QCOMPARE(detail->eventsModel()->eventAt(r)->correlationId, picked.correlationId);
    // operator is staff: Roll back is there, enabled.
    QCOMPARE(detail->rollbackButton()->isEnabled(),
             !picked.is(controlplane::DeploymentStatus::RolledBack));

    // A refresh keeps the row and the detail.
    advance(20);
    view->refreshNow();
    QTRY_VERIFY_WITH_TIMEOUT(!view->fetching(), 10000);
    QCOMPARE(view->selectedKey(), picked.correlationId);
    QCOMPARE(window->selectedDeployment()->correlationId(), picked.correlationId);

    // Filters narrow the table; the counts per status are of every listed row.
    QAbstractItemModelTester tester(view->table()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const std::vector<DeploymentSummary> &rows = view->model()->rows();
    const auto withStatus = [&rows](const QString &status) {
        return int(std::count_if(rows.begin(), rows.end(),
                                 [&status](const auto &d) { return d.status == status; }));
    };
    view->setFilters(picked.status, {}, {}, {});
    QCOMPARE(view->shownRows(), withStatus(picked.status));
    QVERIFY2(view->countsText().contains(
                 QStringLiteral("%1 %2").arg(withStatus(picked.status)).arg(picked.status)),
             qPrintable(view->countsText()));
    QCOMPARE(view->selectedKey(), picked.correlationId); // it passes the filter: still selected
    view->setFilters({}, picked.targetRing, picked.appName, picked.version);
    for (int r = 0; r < view->shownRows(); ++r) {
        const QModelIndex index = view->table()->model()->index(r, 0);
        const DeploymentSummary *d = view->model()->find(index.data(models::KeyRole).toString());
        QVERIFY(d);
        QCOMPARE(d->appName, picked.appName);
        QCOMPARE(d->targetRing, picked.targetRing);
    }
    QVERIFY(view->shownRows() >= 1);
    view->setFilters({}, {}, {}, QStringLiteral("no such text anywhere"));
    QCOMPARE(view->shownRows(), 0);
    view->setFilters({}, {}, {}, {});
    QCOMPARE(view->shownRows(), int(rows.size()));
}

void TestDeploymentPanels::theRollbackDialogShowsTheEvidence()
{
    auto window = openWindow();
    QVERIFY(window);
    // A deployment exposed on at least two rings, of an application that has failed elsewhere
    // (so that its failure rate has something to show).
    QString id;
    std::vector<controlplane::RingProgress> rings;
    const std::vector<DeploymentSummary> listed = apiDeployments(*window);
    QStringList failing;
    for (const DeploymentSummary &d : listed) {
        if (d.is(controlplane::DeploymentStatus::Failed))
            failing << d.appName;
    }
    for (const DeploymentSummary &d : listed) {
        if (d.is(controlplane::DeploymentStatus::RolledBack) || !failing.contains(d.appName))
            continue;
        rings = apiRings(*window, d.correlationId);
        if (rings.size() >= 2 && rings[1].successCount > 0) {
            id = d.correlationId;
            break;
        }
    }
    QVERIFY2(!id.isEmpty(), "no deployment on two rings");
    window->openDeployment(id);
    app::DeploymentDetailView *detail = window->deploymentDetail();
    QTRY_VERIFY_WITH_TIMEOUT(detail->rollbackButton()->isEnabled(), 10000);
    app::RollbackDialog *dialog = nullptr;
    connect(window->deploymentsView(), &app::DeploymentsView::rollbackDialogOpened, this,
            [&dialog](app::RollbackDialog *opened) { dialog = opened; });
    detail->rollbackButton()->click();
    QTRY_VERIFY(dialog);
    QCOMPARE(dialog->target().correlationId, id);
    app::RollbackEvidence *evidence = dialog->evidence();
    QVERIFY(evidence);
    QTRY_VERIFY_WITH_TIMEOUT(evidence->loaded(), 15000);
    // Every ring reached, with its devices as the API counts them.
    for (const controlplane::RingProgress &ring : rings) {
        const QString line = QStringLiteral("%1 (%2): %3 succeeded, %4 failed")
                                 .arg(ring.ring, ring.connectorType)
                                 .arg(ring.successCount)
                                 .arg(ring.failureCount);
        QVERIFY2(evidence->exposureText().contains(line), qPrintable(evidence->exposureText()));
    }
    QVERIFY2(evidence->failureRateText().startsWith(QLatin1String("now "))
                 || evidence->failureRateText() == QLatin1String("no failures recorded"),
             qPrintable(evidence->failureRateText()));
    QVERIFY(app::RollbackEvidence::failureRateQuery(QStringLiteral("Say \"hi\""))
                .contains(QLatin1String("app_name=\"Say \\\"hi\\\"\"")));
    // As an operator fills it in (docs/screenshots/rollback-dialog.png); nothing is sent.
    dialog->findChild<QPlainTextEdit *>(QStringLiteral("reason"))
        ->setPlainText(QStringLiteral("Crashes on start in CANARY"));
    dialog->findChild<QLineEdit *>(QStringLiteral("confirmName"))
        ->setText(dialog->target().appName);
    dialog->grab().save(QStringLiteral(EUCORA_TEST_ARTIFACTS "/rollback-evidence.png"));
    dialog->reject(); // nothing sent
}

void TestDeploymentPanels::exportsHoldTheDevplanesNumbers()
{
    auto window = openWindow();
    QVERIFY(window);
    const std::vector<DeploymentSummary> api = apiDeployments(*window); // the clock stands still
    QVERIFY(!api.empty());
    const auto count = [&api](const char *status) {
        return int(std::count_if(api.begin(), api.end(), [status](const DeploymentSummary &d) {
            return d.status == QLatin1String(status);
        }));
    };

    QVERIFY(window->showPage(QStringLiteral("overview")));
    const app::DashboardPage *overview = window->currentPage();
    QTRY_VERIFY_WITH_TIMEOUT(exportedPanel(overview, QStringLiteral("In progress"))
                                 .value(QStringLiteral("value"))
                                 .isDouble(),
                             10000);
    QCOMPARE(
        exportedPanel(overview, QStringLiteral("In progress"))[QStringLiteral("value")].toInt(),
        count("DEPLOYING"));
    QCOMPARE(
        exportedPanel(overview, QStringLiteral("Awaiting CAB"))[QStringLiteral("value")].toInt(),
        count("AWAITING_CAB"));
    // The tile's line is the counts this console saw: a second answer adds a point.
    const int seen
        = exportedPanel(overview, QStringLiteral("In progress"))[QStringLiteral("answersSeen")]
              .toInt();
    QVERIFY(seen >= 1);
    window->fleet()->poller()->refreshNow();
    QTRY_VERIFY_WITH_TIMEOUT(
        exportedPanel(overview, QStringLiteral("In progress"))[QStringLiteral("answersSeen")]
                .toInt()
            > seen,
        10000);
    window->grab().save(QStringLiteral(EUCORA_TEST_ARTIFACTS "/overview-api-tiles.png"));
    const QJsonArray attention
        = exportedPanel(overview, QStringLiteral("Needs attention"))[QStringLiteral("rows")]
              .toArray();
    QVERIFY(!attention.isEmpty());
    for (const QJsonValue row : attention) {
        const QString app = row[QStringLiteral("Application")].toString();
        QVERIFY2(std::any_of(api.begin(), api.end(),
                             [&app](const DeploymentSummary &d) { return d.appName == app; }),
                 qPrintable(app));
    }

    QVERIFY(window->showPage(QStringLiteral("rings")));
    const app::DashboardPage *rings = window->currentPage();
    QTRY_VERIFY_WITH_TIMEOUT(
        !exportedPanel(
             rings, QStringLiteral("Deployments per target ring by status"))[QStringLiteral("rows")]
             .toArray()
             .isEmpty(),
        10000);
    int total = 0;
    for (const QJsonValue row :
         exportedPanel(
             rings, QStringLiteral("Deployments per target ring by status"))[QStringLiteral("rows")]
             .toArray()) {
        const QString ring = row[QStringLiteral("Target ring")].toString();
        const int inRing = int(std::count_if(
            api.begin(), api.end(), [&ring](const auto &d) { return d.targetRing == ring; }));
        QCOMPARE(row[QStringLiteral("Total")].toString().toInt(), inRing);
        total += inRing;
    }
    QCOMPARE(total, int(api.size()));

    // --var deployment=<id> opens the deployments view with it selected.
    const DeploymentSummary &target = api.front();
    window->openDeployment(target.correlationId);
    const app::DashboardPage *deployments = window->currentPage();
    QTRY_COMPARE_WITH_TIMEOUT(
        exportedPanel(deployments, QStringLiteral("Selected deployment"))[QStringLiteral("fields")]
                                                                         [QStringLiteral("Status")]
                                                                             .toString(),
        target.status, 10000);
    const QJsonObject pipeline
        = exportedPanel(deployments, QStringLiteral("Ring pipeline of the selected deployment"));
    QCOMPARE(pipeline[QStringLiteral("deployment")].toString(), target.correlationId);
    const auto apiRingRows = apiRings(*window, target.correlationId);
    int reached = 0;
    for (const QJsonValue stage : pipeline[QStringLiteral("stages")].toArray())
        reached += stage[QStringLiteral("state")].toString() != QLatin1String("not reached");
    QCOMPARE(reached, int(apiRingRows.size()));
}

void TestDeploymentPanels::anEventMarkerOpensItsDeployment()
{
    auto window = openWindow();
    QVERIFY(window);
    QVERIFY(window->showPage(QStringLiteral("overview")));
    app::DashboardPage *overview = window->currentPage();
    app::PanelFrame *rate = nullptr;
    for (app::PanelFrame *frame : overview->frames()) {
        if (frame->panel().title == QLatin1String("Deployments per minute by status"))
            rate = frame;
    }
    QVERIFY(rate);
    auto *chart = qobject_cast<app::RasterTimeSeriesView *>(rate->renderer()->chart());
    QVERIFY(chart);
    // The fleet's failures, decisions and rollbacks are marked once the chart and the events are
    // in.
    QTRY_VERIFY_WITH_TIMEOUT(!chart->scene().annotations.empty() && !chart->renderPending()
                                 && chart->layout().isValid(),
                             20000);
    const app::ChartAnnotation mark = chart->scene().annotations.back();
    QVERIFY(mark.text.contains(QLatin1String("click to open")));
    const double x = chart->layout().x(double(mark.fromMs));
    QStringList keysThere; // markers drawn on the same pixel
    for (const app::ChartAnnotation &a : chart->scene().annotations) {
        if (std::abs(chart->layout().x(double(a.fromMs)) - x) <= 6)
            keysThere << a.key;
    }
    const QPoint at(int(std::round(x)), int(chart->layout().plot.bottom()) - 3);
    QTest::mouseClick(chart->widget(), Qt::LeftButton, {}, at);
    QCOMPARE(window->currentPage()->uid(), QStringLiteral("deployments"));
    QVERIFY2(keysThere.contains(window->selectedDeployment()->correlationId()),
             qPrintable(window->selectedDeployment()->correlationId()));

    // On the Deployments view the charts mark the selected deployment's own events; the toggle
    // takes them off.
    app::DashboardPage *deployments = window->currentPage();
    app::PanelFrame *byStatus = nullptr;
    for (app::PanelFrame *frame : deployments->frames()) {
        if (frame->panel().title == QLatin1String("Deployment rate by status"))
            byStatus = frame;
    }
    QVERIFY(byStatus);
    const QString id = window->selectedDeployment()->correlationId();
    const auto onlyItsOwn = [byStatus, &id] {
        const auto &marks = byStatus->renderer()->chart()->scene().annotations;
        return !marks.empty() && std::all_of(marks.begin(), marks.end(), [&id](const auto &a) {
            return a.key == id;
        });
    };
    QTRY_VERIFY_WITH_TIMEOUT(onlyItsOwn(), 10000);
    window->showEventsAction()->setChecked(false);
    QVERIFY(byStatus->renderer()->chart()->scene().annotations.empty());
    window->showEventsAction()->setChecked(true);
    QVERIFY(!byStatus->renderer()->chart()->scene().annotations.empty());
}

void TestDeploymentPanels::aReconciledRollbackIsABandOnItsCharts()
{
    auto window = openWindow();
    QVERIFY(window);
    forceConnectors(true); // the rollback's connector confirms
    QString id;
    for (const DeploymentSummary &d : apiDeployments(*window)) {
        if (d.is(controlplane::DeploymentStatus::Completed) && d.createdAt.isValid())
            id = d.correlationId;
    }
    QVERIFY(!id.isEmpty());
    window->openDeployment(id);
    QTRY_COMPARE_WITH_TIMEOUT(window->selectedDeployment()->detail().summary.correlationId, id,
                              10000);
    const auto accepted = answerOf<controlplane::RollbackAccepted>([&](auto done) {
        window->controlPlane()->requestRollback(id, QStringLiteral("band test"),
                                                QUuid::createUuid().toString(QUuid::WithoutBraces),
                                                this, std::move(done));
    });
    QVERIFY(!accepted.taskId.isEmpty());
    advance(120); // the rollback task runs its course
    window->openDeployment(id); // read again, as the console does when the rollback reconciles

    app::PanelFrame *byStatus = nullptr;
    for (app::PanelFrame *frame : window->currentPage()->frames()) {
        if (frame->panel().title == QLatin1String("Deployment rate by status"))
            byStatus = frame;
    }
    QVERIFY(byStatus);
    const auto band = [byStatus]() -> std::optional<app::ChartAnnotation> {
        for (const app::ChartAnnotation &a : byStatus->renderer()->chart()->scene().annotations) {
            if (a.title.startsWith(QLatin1String("ROLLBACK_INITIATED")))
                return a;
        }
        return std::nullopt;
    };
    QTRY_VERIFY_WITH_TIMEOUT(band() && band()->text.contains(QLatin1String("completed")), 10000);
    QVERIFY(band()->toMs >= band()->fromMs);
    QCOMPARE(band()->key, id);
    QVERIFY(band()->text.contains(QLatin1String("band test")));
}

void TestDeploymentPanels::theEventsViewFiltersAndOpensTheDeployment()
{
    auto window = openWindow();
    QVERIFY(window);
    QVERIFY(window->showPage(QStringLiteral("events")));
    app::EventsView *view = window->eventsView();
    QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() > 5, 10000);
    QAbstractItemModelTester tester(view->table()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Narrowed to one event type, then to one application of those.
    const controlplane::EventRecord *failed = nullptr;
    for (int r = 0; r < view->model()->rowCount(); ++r) {
        const controlplane::EventRecord *e = view->model()->eventAt(r);
        if (e->is(controlplane::EventType::DeploymentFailed)
            && e->eventData.contains(QLatin1String("app_name")))
            failed = e;
    }
    QVERIFY(failed);
    const controlplane::EventRecord target = *failed;
    const QString app = target.eventData.value(QLatin1String("app_name")).toString();
    view->setFilters(target.eventType, {}, {}, {}, {});
    QVERIFY(view->shownRows() > 0);
    for (int r = 0; r < view->shownRows(); ++r)
        QCOMPARE(view->table()->model()->index(r, models::EventsModel::Type).data().toString(),
                 target.eventType);
    view->setFilters(target.eventType, app, {}, {}, {});
    for (int r = 0; r < view->shownRows(); ++r)
        QCOMPARE(view->table()->model()->index(r, models::EventsModel::App).data().toString(), app);
    QVERIFY(view->filterSummary().startsWith(QLatin1String("showing ")));
    // A click on the row opens its deployment.
    view->setFilters({}, {}, {}, {}, target.correlationId);
    QVERIFY(view->shownRows() >= 1);
    const QModelIndex first = view->table()->model()->index(0, models::EventsModel::Type);
    QTest::mouseClick(view->table()->viewport(), Qt::LeftButton, {},
                      view->table()->visualRect(first).center());
    QCOMPARE(window->currentPage()->uid(), QStringLiteral("deployments"));
    QCOMPARE(window->selectedDeployment()->correlationId(), target.correlationId);
}

void TestDeploymentPanels::throttledApiPanelsSaySoWithTheSecondsLeft()
{
    auto window = openWindow();
    QVERIFY(window);
    QVERIFY(window->showPage(QStringLiteral("overview")));
    app::PanelFrame *inProgress = nullptr;
    app::PanelFrame *started = nullptr;
    for (app::PanelFrame *frame : window->currentPage()->frames()) {
        if (frame->panel().title == QLatin1String("In progress"))
            inProgress = frame;
        if (frame->panel().title == QLatin1String("Deployments started"))
            started = frame;
    }
    QVERIFY(inProgress && started);
    QTRY_COMPARE_WITH_TIMEOUT(inProgress->stateName(), QStringLiteral("Live"), 10000);
    QCOMPARE(m_control
                 ->post(QStringLiteral("/_devplane/faults"),
                        {{QStringLiteral("path"), QStringLiteral("^/api/v1/deployments/list")},
                         {QStringLiteral("status"), 429},
                         {QStringLiteral("retry_after"), 120}})
                 .status,
             201);
    window->fleet()->poller()->refreshNow();
    QTRY_COMPARE_WITH_TIMEOUT(inProgress->stateName(), QStringLiteral("Throttled"), 10000);
    QString tip;
    for (const QLabel *label : inProgress->findChildren<QLabel *>()) {
        if (label->text() == QLatin1String("Throttled"))
            tip = label->toolTip();
    }
    // The seconds left, and the numbers it had before.
    QVERIFY2(tip.contains(QLatin1String("next try in 1"))
                 && tip.contains(QLatin1String("showing data")),
             qPrintable(tip));
    QVERIFY(window->fleet()->hasData());
    // Prometheus's tiles go on.
    QCOMPARE(started->stateName(), QStringLiteral("Live"));
}

void TestDeploymentPanels::prometheusDownLeavesTheApiPanelsLive()
{
    auto window = openWindow();
    QVERIFY(window);
    QVERIFY(window->showPage(QStringLiteral("overview")));
    app::DashboardPage *overview = window->currentPage();
    app::PanelFrame *started = nullptr;
    app::PanelFrame *inProgress = nullptr;
    for (app::PanelFrame *frame : overview->frames()) {
        if (frame->panel().title == QLatin1String("Deployments started"))
            started = frame;
        if (frame->panel().title == QLatin1String("In progress"))
            inProgress = frame;
    }
    QVERIFY(started && inProgress);
    QTRY_COMPARE_WITH_TIMEOUT(started->stateName(), QStringLiteral("Live"), 20000);

    m_stack->stopPrometheus();
    QTRY_VERIFY_WITH_TIMEOUT(!started->errorText().isEmpty(), 20000);
    // The p95 tile goes on from the control plane's own histogram buckets.
    app::PanelFrame *p95 = nullptr;
    for (app::PanelFrame *frame : overview->frames()) {
        if (frame->panel().title == QLatin1String("p95 deployment duration"))
            p95 = frame;
    }
    QVERIFY(p95);
    QTRY_COMPARE_WITH_TIMEOUT(p95->stateName(), QStringLiteral("Degraded"), 20000);
    // The API's tile and list go on.
    window->fleet()->poller()->refreshNow();
    QTRY_VERIFY_WITH_TIMEOUT(!window->fleet()->poller()->fetching(), 10000);
    QVERIFY2(inProgress->errorText().isEmpty(), qPrintable(inProgress->errorText()));
    // The detail and pipeline of a deployment still load.
    const std::vector<DeploymentSummary> api = apiDeployments(*window);
    QVERIFY(!api.empty());
    window->openDeployment(api.back().correlationId);
    QTRY_COMPARE_WITH_TIMEOUT(
        window->deploymentDetail()->fieldText(QStringLiteral("Correlation ID")),
        api.back().correlationId, 10000);
    QVERIFY(window->selectedDeployment()->poller()->failure().isEmpty());
    window->grab().save(QStringLiteral(EUCORA_TEST_ARTIFACTS "/deployments-prometheus-down.png"));
    QString error;
    QVERIFY2(m_stack->restartPrometheus(&error), qPrintable(error));
}

QTEST_MAIN(TestDeploymentPanels)
#include "tst_deploymentpanels.moc"
