// The Circuit breakers and Alerts views against the live stack: eucora-devplane with four
// emulated workers (the last one dies a simulated minute in, its gauges frozen) and the real
// prometheus with the corrected rules plus one rule that cannot evaluate. The devplane's clock is
// held still (--speed 0.001) and moved by the test.
//
// A breaker forced open shows in the grid and the timeline within a refresh and a staff reset
// closes it; a click on a tile narrows the charts to that breaker; a breaker the dead worker left
// open shows OPEN with that worker's pid beside the API's "closed"; a forced-unhealthy connector
// shows in the strip; the CircuitBreakerOpen rule firing shows in the Alerts view and the status
// bar and opens its breaker; the broken rule shows its error; with Prometheus stopped the grid
// and strip read /api/v1/metrics/ (degraded) and still name the dead worker.
#include "consolewindow.h"
#include "controlplane/controlplaneclient.h"
#include "dialogs/breakerresetdialog.h"
#include "feeds/alertsfeed.h"
#include "feeds/breakerboardfeed.h"
#include "httptestclient.h"
#include "mainwindow.h"
#include "panels/dashboardpage.h"
#include "panels/panelframe.h"
#include "panels/widgetrenderer.h"
#include "session/actiongate.h"
#include "session/apipoller.h"
#include "session/operatorsession.h"
#include "teststack.h"
#include "views/alertlist.h"
#include "views/breakergrid.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTreeView>

using namespace eucora;
using namespace std::chrono_literals;

namespace {

const QString kDeadWorkerPid = QStringLiteral("9343"); // the last of the devplane's 4 workers

} // namespace

class TestBreakerPanels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void aForcedOpenBreakerShowsInTheGridAndTimeline();
    void aStaffResetClosesIt();
    void clickingATileNarrowsTheCharts();
    void aDeadWorkersOpenGaugeIsShownNotDropped();
    void anUnhealthyConnectorShowsInTheStrip();
    void theFiringBreakerAlertShowsInTheAlertsViewAndStatusBar();
    void aRuleThatCannotEvaluateShowsItsError();
    void exportsHoldTheDevplanesState();
    void aThrottledApiKeepsTheGridsLastAnswerAndSaysSo();
    void theSourceLineAgreesWithTheTilesWhileConnectorsAnswerSlowly();
    void degradedModeReadsTheControlPlaneMetrics();

private:
    std::unique_ptr<app::MainWindow> openWindow(const QString &view);
    void force(const QString &breaker, const QString &state);
    static QJsonObject exportedPanel(const app::DashboardPage *page, const QString &title);
    QString apiState(const QString &breaker);

    QTemporaryDir m_dir;
    std::unique_ptr<devstack::LocalStack> m_stack;
    std::unique_ptr<testing::HttpTestClient> m_control;
    std::unique_ptr<testing::HttpTestClient> m_prometheus;
};

void TestBreakerPanels::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("EUCORA_AUDIT_LOG", m_dir.filePath(QStringLiteral("audit.jsonl")).toUtf8());
    // With four workers every breaker gauge comes in four series differing only by pid: an
    // alert that overrides pid yields the same label set four times and cannot be evaluated.
    const QString broken = m_dir.filePath(QStringLiteral("broken_rules.yaml"));
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("groups:\n"
               "  - name: console_test_broken\n"
               "    interval: 1s\n"
               "    rules:\n"
               "      - alert: DuplicateLabelSets\n"
               "        expr: circuit_breaker_state >= 0\n"
               "        labels:\n"
               "          pid: same\n"
               "          severity: warning\n");
    file.close();
    devstack::LocalStack::Options options;
    options.scrapeIntervalSeconds = 1;
    options.extraRuleFiles = {broken};
    options.devplaneArguments = {QStringLiteral("--seed"),
                                 QStringLiteral("5"),
                                 QStringLiteral("--speed"),
                                 QStringLiteral("0.001"),
                                 QStringLiteral("--test-mode"),
                                 QStringLiteral("--no-throttle"),
                                 QStringLiteral("--emulate-workers"),
                                 QStringLiteral("4")};
    m_stack = std::make_unique<devstack::LocalStack>(options);
    QString error;
    QVERIFY2(m_stack->start(&error), qPrintable(error));
    m_control = std::make_unique<testing::HttpTestClient>(m_stack->controlPlaneUrl());
    m_prometheus = std::make_unique<testing::HttpTestClient>(m_stack->prometheusUrl());
    // Before the last worker dies: vulnerability_scanner open in all four; splunk open for the
    // alert (its rule needs a minute pending, so it starts now).
    force(QStringLiteral("vulnerability_scanner"), QStringLiteral("open"));
    force(QStringLiteral("splunk"), QStringLiteral("open"));
    QCOMPARE(
        m_control->post(QStringLiteral("/_devplane/clock"), {{QStringLiteral("advance_s"), 120}})
            .status,
        200);
    // The dead worker keeps vulnerability_scanner open; the live three close it.
    force(QStringLiteral("vulnerability_scanner"), QStringLiteral("closed"));
    QVERIFY2(m_stack->waitForScrapes(3, 60s, &error), qPrintable(error));
}

void TestBreakerPanels::cleanupTestCase()
{
    m_control.reset();
    m_prometheus.reset();
    m_stack.reset();
}

void TestBreakerPanels::force(const QString &breaker, const QString &state)
{
    const testing::HttpAnswer answer
        = m_control->post(QStringLiteral("/_devplane/breakers/%1/force").arg(breaker),
                          {{QStringLiteral("state"), state}});
    QCOMPARE(answer.status, 200);
}

QString TestBreakerPanels::apiState(const QString &breaker)
{
    testing::HttpTestClient client(m_stack->controlPlaneUrl());
    if (!client.login(QStringLiteral("operator"), QStringLiteral("operator")))
        return QStringLiteral("login failed");
    return client.get(QStringLiteral("/api/v1/admin/health/circuit-breakers"))
        .json()[QLatin1String("breakers")][breaker][QLatin1String("state")]
        .toString();
}

std::unique_ptr<app::MainWindow> TestBreakerPanels::openWindow(const QString &view)
{
    auto window = testing::openSignedInWindow(*m_stack, 15min, QSize(1500, 1000));
    if (!window || !window->showPage(view))
        return nullptr;
    return window;
}

QJsonObject TestBreakerPanels::exportedPanel(const app::DashboardPage *page, const QString &title)
{
    for (const app::PanelFrame *frame : page->frames()) {
        if (frame->panel().title == title)
            return frame->renderer()->exportContent();
    }
    return {};
}

void TestBreakerPanels::aForcedOpenBreakerShowsInTheGridAndTimeline()
{
    force(QStringLiteral("jamf"), QStringLiteral("open"));
    force(QStringLiteral("servicenow"), QStringLiteral("half-open"));
    auto window = openWindow(QStringLiteral("breakers"));
    QVERIFY(window);
    app::BreakerGrid *grid = window->breakerGrid();
    QVERIFY(grid);
    // Within a refresh (1 s) of the next scrape (1 s): both sources say OPEN.
    QTRY_COMPARE_WITH_TIMEOUT(grid->tile(QStringLiteral("jamf"))->chipText(),
                              QStringLiteral("OPEN"), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(
        grid->tile(QStringLiteral("jamf"))->linesText().contains(QLatin1String("Metric: OPEN")),
        10000);
    QTRY_VERIFY_WITH_TIMEOUT(
        grid->tile(QStringLiteral("jamf"))->linesText().contains(QStringLiteral("API: open · 5/5")),
        10000);
    QTRY_COMPARE_WITH_TIMEOUT(grid->tile(QStringLiteral("servicenow"))->chipText(),
                              QStringLiteral("HALF_OPEN"), 10000);
    QCOMPARE(grid->tile(QStringLiteral("intune"))->chipText(), QStringLiteral("CLOSED"));
    QVERIFY(grid->tile(QStringLiteral("jamf"))->noteText().isEmpty()); // the two agree
    // The sources and their freshness are said on the grid.
    QVERIFY(grid->sourceText().contains(QLatin1String("Prometheus")));
    QVERIFY2(grid->sourceText().contains(QLatin1String("as seen by the API worker")),
             qPrintable(grid->sourceText()));

    // The timeline's newest point for jamf is OPEN (2), servicenow HALF_OPEN (1), named by the
    // breaker's own label although Prometheus renamed it exported_service.
    const app::DashboardPage *page = window->page(QStringLiteral("breakers"));
    const auto lastOf = [page](const QString &breaker) {
        const QJsonArray series
            = exportedPanel(page,
                            QStringLiteral("Breaker state ($breaker)"))[QLatin1String("series")]
                  .toArray();
        for (const QJsonValue s : series) {
            if (s[QLatin1String("labels")][QLatin1String("breaker")].toString() == breaker)
                return s[QLatin1String("last")].toDouble(-1);
        }
        return -1.0;
    };
    // (generous: on a loaded machine the scrape and the next chart refresh can take 12 s)
    QTRY_COMPARE_WITH_TIMEOUT(lastOf(QStringLiteral("jamf")), 2.0, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(lastOf(QStringLiteral("servicenow")), 1.0, 30000);
    QCOMPARE(lastOf(QStringLiteral("intune")), 0.0);
    QVERIFY(lastOf(QStringLiteral("eucora-control-plane")) < 0); // the job's label is not a breaker
}

void TestBreakerPanels::aStaffResetClosesIt()
{
    auto window = openWindow(QStringLiteral("breakers"));
    QVERIFY(window);
    app::BreakerGrid *grid = window->breakerGrid();
    QTRY_COMPARE_WITH_TIMEOUT(grid->tile(QStringLiteral("jamf"))->chipText(),
                              QStringLiteral("OPEN"), 10000);
    QPushButton *reset = grid->resetButton(QStringLiteral("jamf"));
    QTRY_VERIFY_WITH_TIMEOUT(reset->isEnabled(), 5000); // the operator is staff
    app::BreakerResetDialog *dialog = nullptr;
    connect(grid, &app::BreakerGrid::resetDialogOpened, this,
            [&dialog](app::BreakerResetDialog *d) { dialog = d; });
    QTest::mouseClick(reset, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog, 5000);
    auto *confirm = dialog->findChild<QPushButton *>(QStringLiteral("resetButton"));
    QVERIFY(confirm);
    QTest::mouseClick(confirm, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(apiState(QStringLiteral("jamf")), QStringLiteral("closed"), 10000);
    // The grid follows: API and metric closed, no disagreement.
    QTRY_COMPARE_WITH_TIMEOUT(grid->tile(QStringLiteral("jamf"))->chipText(),
                              QStringLiteral("CLOSED"), 15000);
    QVERIFY(grid->tile(QStringLiteral("jamf"))->linesText().contains(QLatin1String("API: closed")));
    QVERIFY(grid->tile(QStringLiteral("jamf"))->noteText().isEmpty());
    // The reset is in the audit log.
    QFile audit(m_dir.filePath(QStringLiteral("audit.jsonl")));
    QVERIFY(audit.open(QIODevice::ReadOnly));
    const QByteArray log = audit.readAll();
    QVERIFY2(log.contains("jamf"), log.constData());
}

void TestBreakerPanels::clickingATileNarrowsTheCharts()
{
    auto window = openWindow(QStringLiteral("breakers"));
    QVERIFY(window);
    app::BreakerGrid *grid = window->breakerGrid();
    const app::DashboardPage *page = window->page(QStringLiteral("breakers"));
    const auto breakersIn = [page](const QString &title) {
        QSet<QString> names;
        for (const QJsonValue s : exportedPanel(page, title)[QLatin1String("series")].toArray())
            names.insert(s[QLatin1String("labels")][QLatin1String("breaker")].toString());
        return names;
    };
    QTRY_COMPARE_WITH_TIMEOUT(breakersIn(QStringLiteral("Breaker state ($breaker)")).size(), 18,
                              10000);
    app::StateTile *tile = grid->tile(QStringLiteral("servicenow"));
    QTest::mouseClick(tile, Qt::LeftButton, {}, QPoint(20, 10));
    // Both charts follow the breaker variable.
    QTRY_COMPARE_WITH_TIMEOUT(breakersIn(QStringLiteral("Breaker state ($breaker)")),
                              QSet<QString> {QStringLiteral("servicenow")}, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(
        breakersIn(QStringLiteral("Failures per minute by breaker and error type ($breaker)"))
            .subtract({QStringLiteral("servicenow")})
            .isEmpty(),
        10000);
    // Clicked again: all breakers.
    QTest::mouseClick(tile, Qt::LeftButton, {}, QPoint(20, 10));
    QTRY_VERIFY_WITH_TIMEOUT(breakersIn(QStringLiteral("Breaker state ($breaker)")).size() == 18,
                             10000);
}

void TestBreakerPanels::aDeadWorkersOpenGaugeIsShownNotDropped()
{
    auto window = openWindow(QStringLiteral("breakers"));
    QVERIFY(window);
    app::BreakerGrid *grid = window->breakerGrid();
    app::StateTile *tile = grid->tile(QStringLiteral("vulnerability_scanner"));
    QTRY_VERIFY_WITH_TIMEOUT(tile->noteText().contains(QLatin1String("disagree")), 10000);
    QCOMPARE(tile->chipText(), QStringLiteral("OPEN"));
    QVERIFY2(tile->linesText().contains(QLatin1String("API: closed")),
             qPrintable(tile->linesText()));
    QVERIFY2(
        tile->linesText().contains(QStringLiteral("OPEN · 4 worker(s) · pid ") + kDeadWorkerPid),
        qPrintable(tile->linesText()));
    const app::BreakerBoardFeed *feed = window->breakerBoard();
    const controlplane::BreakerTile *b = feed->breaker(QStringLiteral("vulnerability_scanner"));
    QVERIFY(b);
    QCOMPARE(b->workers, 4);
    QCOMPARE(b->worstPid, kDeadWorkerPid);
    QVERIFY(b->disagrees());
}

void TestBreakerPanels::anUnhealthyConnectorShowsInTheStrip()
{
    QCOMPARE(m_control
                 ->post(QStringLiteral("/_devplane/connectors/sccm/force"),
                        {{QStringLiteral("healthy"), false}})
                 .status,
             200);
    auto window = openWindow(QStringLiteral("breakers"));
    QVERIFY(window);
    const app::DashboardPage *page = window->page(QStringLiteral("breakers"));
    const auto row = [page](const QString &connector) {
        for (const QJsonValue r :
             exportedPanel(page, QStringLiteral("Connectors now"))[QLatin1String("rows")]
                 .toArray()) {
            if (r[QLatin1String("connector")].toString() == connector)
                return r.toObject();
        }
        return QJsonObject();
    };
    QTRY_COMPARE_WITH_TIMEOUT(
        row(QStringLiteral("sccm"))[QLatin1String("metric")][QLatin1String("health")].toDouble(-1),
        0.0, 10000);
    QCOMPARE(
        row(QStringLiteral("intune"))[QLatin1String("metric")][QLatin1String("health")].toDouble(
            -1),
        1.0);
    // The control plane's own health check beside it (contract 6.4).
    QTRY_VERIFY_WITH_TIMEOUT(
        !row(QStringLiteral("sccm"))[QLatin1String("api")].toObject().isEmpty(), 10000);
    // The strip's tile says it in words.
    const auto *strip = page->findChild<app::ConnectorStrip *>();
    QVERIFY(strip);
    QCOMPARE(strip->tile(QStringLiteral("sccm"))->chipText(), QStringLiteral("UNHEALTHY"));
    QCOMPARE(strip->tile(QStringLiteral("intune"))->chipText(), QStringLiteral("HEALTHY"));
    QCOMPARE(m_control
                 ->post(QStringLiteral("/_devplane/connectors/sccm/force"),
                        {{QStringLiteral("healthy"), true}})
                 .status,
             200);
}

void TestBreakerPanels::theFiringBreakerAlertShowsInTheAlertsViewAndStatusBar()
{
    auto window = openWindow(QStringLiteral("alerts"));
    QVERIFY(window);
    app::AlertList *list = window->alertList();
    QVERIFY(list);
    QAbstractItemModelTester tester(list->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    // The corrected CircuitBreakerOpen needs a minute pending in a group evaluated every 30 s.
    const auto splunkRow = [list]() -> QModelIndex {
        QStandardItemModel *model = list->model();
        for (int g = 0; g < model->rowCount(); ++g) {
            const QModelIndex group = model->index(g, 0);
            for (int r = 0; r < model->rowCount(group); ++r) {
                const QModelIndex name = model->index(r, app::AlertList::Name, group);
                if (name.data().toString() == QLatin1String("CircuitBreakerOpen")
                    && model->index(r, app::AlertList::Labels, group)
                           .data()
                           .toString()
                           .contains(QLatin1String("exported_service=splunk"))
                    && model->index(r, app::AlertList::State, group).data().toString()
                        == QLatin1String("firing"))
                    return name;
            }
        }
        return {};
    };
    QTRY_VERIFY_WITH_TIMEOUT(splunkRow().isValid(), 150000);
    const QModelIndex row = splunkRow();
    QVERIFY(row.parent().data().toString().startsWith(QLatin1String("critical")));
    QCOMPARE(row.siblingAtColumn(app::AlertList::Summary).data().toString(),
             QStringLiteral("Circuit breaker OPEN for splunk/siem"));
    // The status bar counts what Prometheus says is firing.
    const QJsonArray alerts = m_prometheus->get(QStringLiteral("/api/v1/alerts"))
                                  .json()[QLatin1String("data")][QLatin1String("alerts")]
                                  .toArray();
    int firing = 0;
    for (const QJsonValue a : alerts)
        firing += a[QLatin1String("state")].toString() == QLatin1String("firing") ? 1 : 0;
    QTRY_COMPARE_WITH_TIMEOUT(window->alerts()->firingCount(), firing, 5000);
    QVERIFY2(window->alertsStatus()->text().contains(QStringLiteral("%1 alert").arg(firing)),
             qPrintable(window->alertsStatus()->text()));
    // The status bar shows it on another view too, and a click on it opens the Alerts view.
    QVERIFY(window->showPage(QStringLiteral("overview")));
    QVERIFY(window->alertsStatus()->isVisible());
    emit window->alertsStatus()->linkActivated(QStringLiteral("alerts"));
    QCOMPARE(window->currentPage(), window->page(QStringLiteral("alerts")));
    // Opening the alert shows its breaker, narrowed, over a window that starts before it fired.
    list->openRow(splunkRow());
    QCOMPARE(window->currentPage(), window->page(QStringLiteral("breakers")));
    app::DashboardPage *breakers = window->page(QStringLiteral("breakers"));
    const dashboard::Variable *variable = nullptr;
    for (const dashboard::Variable &v : breakers->state()->dashboard().variables) {
        if (v.name == QLatin1String("breaker"))
            variable = &v;
    }
    QVERIFY(variable);
    QCOMPARE(variable->currentValue, QStringList {QStringLiteral("splunk")});
    QVERIFY(breakers->state()->rawRange().from.startsWith(QLatin1String("now-")));
    // The breaker charts mark the alert's state changes.
    QTRY_VERIFY_WITH_TIMEOUT(!window->alerts()->history().empty(), 10000);
}

void TestBreakerPanels::aRuleThatCannotEvaluateShowsItsError()
{
    auto window = openWindow(QStringLiteral("alerts"));
    QVERIFY(window);
    const app::DashboardPage *page = window->page(QStringLiteral("alerts"));
    const auto *table = page->findChild<app::RuleHealthTable *>();
    QVERIFY(table);
    QAbstractItemModelTester tester(table->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto brokenRow = [table]() -> int {
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            if (table->model()->index(r, app::RuleHealthTable::Rule).data().toString()
                == QLatin1String("DuplicateLabelSets"))
                return r;
        }
        return -1;
    };
    QTRY_VERIFY_WITH_TIMEOUT(brokenRow() >= 0
                                 && !table->model()
                                         ->index(brokenRow(), app::RuleHealthTable::LastError)
                                         .data()
                                         .toString()
                                         .isEmpty(),
                             15000);
    const int r = brokenRow();
    QCOMPARE(table->model()->index(r, app::RuleHealthTable::Health).data().toString(),
             QStringLiteral("err"));
    const QString error
        = table->model()->index(r, app::RuleHealthTable::LastError).data().toString();
    QVERIFY2(error.contains(QLatin1String("same labelset")), qPrintable(error));
    QVERIFY(table->statusText().contains(QLatin1String("failing: DuplicateLabelSets")));
    // The corrected rules all evaluate.
    QCOMPARE(window->alerts()->brokenRuleCount(), 1);
}

void TestBreakerPanels::exportsHoldTheDevplanesState()
{
    QProcess console;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("EUCORA_AUDIT_LOG"), m_dir.filePath(QStringLiteral("audit2.jsonl")));
    env.insert(QStringLiteral("EUCORA_USERNAME"), QStringLiteral("operator"));
    env.insert(QStringLiteral("EUCORA_PASSWORD"), QStringLiteral("operator"));
    console.setProcessEnvironment(env);
    const auto exportView = [&](const QString &view) {
        const QString path = m_dir.filePath(view + QStringLiteral(".json"));
        console.start(QCoreApplication::applicationDirPath() + QStringLiteral("/eucora-console"),
                      {QStringLiteral("--prometheus"), m_stack->prometheusUrl().toString(),
                       QStringLiteral("--control-plane"), m_stack->controlPlaneUrl().toString(),
                       QStringLiteral("--view"), view, QStringLiteral("--range"),
                       QStringLiteral("15m"), QStringLiteral("--export"), path});
        if (!console.waitForFinished(120000) || console.exitCode() != 0)
            return QJsonObject {
                {QStringLiteral("stderr"), QString::fromUtf8(console.readAllStandardError())}};
        QFile file(path);
        file.open(QIODevice::ReadOnly);
        return QJsonDocument::fromJson(file.readAll()).object();
    };
    const QJsonObject breakers = exportView(QStringLiteral("breakers"));
    QJsonObject grid;
    for (const QJsonValue p : breakers[QLatin1String("panels")].toArray()) {
        if (p[QLatin1String("type")].toString() == QLatin1String("eucora-breaker-grid"))
            grid = p.toObject();
    }
    QVERIFY2(!grid.isEmpty(), QJsonDocument(breakers).toJson().constData());
    testing::HttpTestClient client(m_stack->controlPlaneUrl());
    QVERIFY(client.login(QStringLiteral("operator"), QStringLiteral("operator")));
    const QJsonObject api = client.get(QStringLiteral("/api/v1/admin/health/circuit-breakers"))
                                .json()[QLatin1String("breakers")]
                                .toObject();
    const QJsonArray rows = grid[QLatin1String("rows")].toArray();
    QCOMPARE(rows.size(), 18);
    for (const QJsonValue r : rows) {
        const QString name = r[QLatin1String("service")].toString();
        QCOMPARE(r[QLatin1String("api")][QLatin1String("state")].toString(),
                 api[name][QLatin1String("state")].toString());
        QCOMPARE(r[QLatin1String("api")][QLatin1String("fail_counter")].toInt(),
                 api[name][QLatin1String("fail_counter")].toInt());
        QCOMPARE(r[QLatin1String("metric")][QLatin1String("workers")].toInt(), 4);
    }
    const QJsonObject alertsView = exportView(QStringLiteral("alerts"));
    QJsonArray alertRows;
    for (const QJsonValue p : alertsView[QLatin1String("panels")].toArray()) {
        if (p[QLatin1String("type")].toString() == QLatin1String("eucora-alert-list"))
            alertRows = p[QLatin1String("rows")].toArray();
    }
    bool splunk = false;
    for (const QJsonValue a : alertRows) {
        if (a[QLatin1String("alertname")].toString() == QLatin1String("CircuitBreakerOpen")
            && a[QLatin1String("breaker")].toString() == QLatin1String("splunk")) {
            splunk = true;
            QCOMPARE(a[QLatin1String("state")].toString(), QStringLiteral("firing"));
            QCOMPARE(a[QLatin1String("opens")].toString(), QStringLiteral("breakers"));
        }
    }
    QVERIFY2(splunk, QJsonDocument(alertsView).toJson().constData());
}

void TestBreakerPanels::aThrottledApiKeepsTheGridsLastAnswerAndSaysSo()
{
    auto window = openWindow(QStringLiteral("breakers"));
    QVERIFY(window);
    app::PanelFrame *gridFrame = nullptr;
    for (app::PanelFrame *frame : window->page(QStringLiteral("breakers"))->frames()) {
        if (frame->panel().title == QLatin1String("Breakers now"))
            gridFrame = frame;
    }
    QVERIFY(gridFrame);
    QTRY_COMPARE_WITH_TIMEOUT(gridFrame->stateName(), QStringLiteral("Live"), 10000);
    app::StateTile *splunk = window->breakerGrid()->tile(QStringLiteral("splunk"));
    QVERIFY(splunk->linesText().contains(QLatin1String("API: open")));
    QCOMPARE(m_control
                 ->post(QStringLiteral("/_devplane/faults"),
                        {{QStringLiteral("path"),
                          QStringLiteral("^/api/v1/admin/health/circuit-breakers")},
                         {QStringLiteral("status"), 429},
                         {QStringLiteral("retry_after"), 120}})
                 .status,
             201);
    window->breakerBoard()->refreshNow();
    QTRY_COMPARE_WITH_TIMEOUT(gridFrame->stateName(), QStringLiteral("Throttled"), 10000);
    // The tiles keep the API's last answer; the metrics go on.
    QVERIFY(splunk->linesText().contains(QLatin1String("API: open")));
    QCOMPARE(window->breakerBoard()->metricSource(),
             app::BreakerBoardFeed::MetricSource::Prometheus);
    QCOMPARE(m_control->send("DELETE", QStringLiteral("/_devplane/faults")).status, 200);
}

// A round of the API's half reads the breakers, then each connector's health. The tiles show the
// breakers' API state only once the round completed, when the grid's source line says when it
// was read: the metrics refreshing meanwhile (every second) must not show them earlier.
void TestBreakerPanels::theSourceLineAgreesWithTheTilesWhileConnectorsAnswerSlowly()
{
    QCOMPARE(m_control
                 ->post(QStringLiteral("/_devplane/faults"),
                        {{QStringLiteral("path"), QStringLiteral("^/api/v1/connectors/.*/health")},
                         {QStringLiteral("delay_ms"), 800}})
                 .status,
             201);
    const auto clearFaults
        = qScopeGuard([this] { m_control->send("DELETE", QStringLiteral("/_devplane/faults")); });
    auto window = openWindow(QStringLiteral("breakers"));
    QVERIFY(window);
    app::BreakerGrid *grid = window->breakerGrid();
    app::StateTile *jamf = grid->tile(QStringLiteral("jamf"));
    QVERIFY(jamf);
    // Five connectors at 0.8 s each: the round takes four seconds at least.
    const auto apiShown = [jamf] {
        const QString lines = jamf->linesText();
        return lines.contains(QLatin1String("API: ")) && !lines.contains(QStringLiteral("API: —"));
    };
    bool metricsMeanwhile = false;
    QElapsedTimer clock;
    clock.start();
    while (!apiShown() && clock.elapsed() < 30000) {
        metricsMeanwhile = metricsMeanwhile
            || window->breakerBoard()->metricSource()
                == app::BreakerBoardFeed::MetricSource::Prometheus;
        QTest::qWait(20);
    }
    const QString lines = jamf->linesText();
    const QString source = grid->sourceText();
    QVERIFY2(apiShown(), qPrintable(lines));
    QVERIFY2(source.contains(QLatin1String("as seen by the API worker")),
             qPrintable(QStringLiteral("%1\n%2").arg(lines, source)));
    // The metrics were on the tile while the round ran: the case this test is about happened.
    QVERIFY(metricsMeanwhile);
}

void TestBreakerPanels::degradedModeReadsTheControlPlaneMetrics()
{
    auto window = openWindow(QStringLiteral("breakers"));
    QVERIFY(window);
    app::BreakerBoardFeed *feed = window->breakerBoard();
    QTRY_VERIFY_WITH_TIMEOUT(
        feed->metricSource() == app::BreakerBoardFeed::MetricSource::Prometheus, 10000);
    m_stack->stopPrometheus();
    feed->refreshNow();
    QTRY_VERIFY_WITH_TIMEOUT(feed->metricSource() == app::BreakerBoardFeed::MetricSource::Degraded,
                             15000);
    QCOMPARE(feed->panelStatus(QDateTime::currentDateTimeUtc()).headline,
             QStringLiteral("Degraded"));
    QVERIFY(feed->metricSourceText().contains(QLatin1String("/api/v1/metrics/")));
    // Folded the same way from the raw per-pid gauges: the dead worker is counted and named.
    const controlplane::BreakerTile *b = feed->breaker(QStringLiteral("vulnerability_scanner"));
    QVERIFY(b);
    QCOMPARE(b->workers, 4);
    QCOMPARE(b->worstPid, kDeadWorkerPid);
    QVERIFY(b->metricState() == controlplane::BreakerState::Open);
    const controlplane::BreakerTile *splunk = feed->breaker(QStringLiteral("splunk"));
    QVERIFY(splunk->metricState() == controlplane::BreakerState::Open);
    QCOMPARE(feed->breaker(QStringLiteral("intune"))->workers, 4);
    // The connector strip too.
    for (const controlplane::ConnectorTile &c : feed->connectors()) {
        QCOMPARE(c.workers, 4);
        QVERIFY(c.health.has_value());
    }
    QVERIFY(window->breakerGrid()->sourceText().contains(QLatin1String("Degraded")));
    // The status bar no longer claims a current count.
    window->alerts()->refreshNow();
    QTRY_VERIFY_WITH_TIMEOUT(!window->alerts()->alertsError().isEmpty(), 15000);
    // The status bar follows when the feed's round (alerts, rules, their history) has ended.
    QTRY_VERIFY2_WITH_TIMEOUT(window->alertsStatus()->text().contains(QLatin1String("as of")),
                              qPrintable(window->alertsStatus()->text()), 15000);
}

QTEST_MAIN(TestBreakerPanels)
#include "tst_breakerpanels.moc"
