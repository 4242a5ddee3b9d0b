// The console's main window against the real local stack: the deployments panel shows live
// series, the status bar shows both servers reachable, and a screenshot is kept as an artifact.
#include "dashboard/panelfeed.h"
#include "mainwindow.h"
#include "panels/timeseriespanel.h"
#include "teststack.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QStatusBar>

using namespace eucora;
using namespace std::chrono_literals;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void showsLiveSeriesFromTheStack();
    void showsErrorStateWhenPrometheusIsDown();
};

namespace {

QStringList statusBarTexts(const QMainWindow &window)
{
    QStringList texts;
    for (const QLabel *label : window.statusBar()->findChildren<QLabel *>())
        texts << label->text();
    return texts;
}

} // namespace

void TestMainWindow::showsLiveSeriesFromTheStack()
{
    QString error;
    auto stack = testing::startTestStack(&error);
    QVERIFY2(stack, qPrintable(error));
    QVERIFY2(stack->waitForScrapes(3, 60s, &error), qPrintable(error));

    app::ConsoleOptions options;
    options.prometheusUrl = stack->prometheusUrl();
    options.controlPlaneUrl = stack->controlPlaneUrl();
    options.refreshSeconds = 2;
    app::MainWindow window(options);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.startRefreshing();

    app::TimeSeriesPanel *panel = window.deploymentsPanel();
    QTRY_VERIFY_WITH_TIMEOUT(panel->seriesCount() >= 1, 20000);
    QCOMPARE(panel->statusText(), QStringLiteral("Live"));
    QVERIFY(panel->errorText().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(
        statusBarTexts(window).join(QLatin1Char('\n')).count(QLatin1String("reachable (")) == 2,
        10000);
    QVERIFY(
        statusBarTexts(window).join(QLatin1Char('\n')).contains(QLatin1String("Last refresh: ")));

    // The operator narrows the window: the panel asks again for the new range and stays live.
    window.rangePicker()->setCurrentIndex(window.rangePicker()->findData(qlonglong(900)));
    QCOMPARE(window.deploymentsFeed()->spec().range, std::chrono::seconds(900));
    QVERIFY(window.deploymentsFeed()->state().loading);
    QTRY_VERIFY_WITH_TIMEOUT(!window.deploymentsFeed()->state().loading, 10000);
    QVERIFY(!window.deploymentsFeed()->state().error);
    QVERIFY(panel->seriesCount() >= 1);

    QTest::qWait(500); // let the chart finish its layout before the picture
    const QString path = QStringLiteral(EUCORA_TEST_ARTIFACTS "/mainwindow.png");
    QVERIFY(window.grab().save(path));
    QVERIFY(QFileInfo(path).size() > 10000);
}

void TestMainWindow::showsErrorStateWhenPrometheusIsDown()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close(); // nothing listens there now: connection refused

    app::ConsoleOptions options;
    options.prometheusUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    options.controlPlaneUrl = options.prometheusUrl;
    app::MainWindow window(options);
    window.show();
    window.startRefreshing();
    app::TimeSeriesPanel *panel = window.deploymentsPanel();
    QTRY_COMPARE_WITH_TIMEOUT(panel->statusText(), QStringLiteral("Error"), 10000);
    QVERIFY2(panel->errorText().contains(QLatin1String("refused"), Qt::CaseInsensitive),
             qPrintable(panel->errorText()));
    QCOMPARE(panel->seriesCount(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(
        statusBarTexts(window).join(QLatin1Char('\n')).count(QLatin1String("unreachable")) == 2,
        10000);
    window.grab().save(QStringLiteral(EUCORA_TEST_ARTIFACTS "/mainwindow-prometheus-down.png"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
