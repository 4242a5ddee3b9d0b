#include "mainwindow.h"

#include "dashboard/degradedsource.h"
#include "dashboard/panelfeed.h"
#include "dashboard/panelspec.h"
#include "dashboard/panelstatus.h"
#include "dashboard/queryplanner.h"
#include "panels/timeseriespanel.h"
#include "prometheus/prometheusclient.h"
#include "refresh/queryrunner.h"
#include "refresh/refreshscheduler.h"
#include "refresh/serverprobe.h"
#include "serverstatusindicator.h"
#include "ui_aboutdialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

namespace eucora::app {

MainWindow::MainWindow(const ConsoleOptions &options, QWidget *parent)
    : QMainWindow(parent)
    , m_options(options)
    , m_network(new QNetworkAccessManager(this))
    , m_prometheus(new prometheus::PrometheusClient(m_network, this))
    , m_queries(new QueryRunner(m_prometheus, 4, this))
    , m_scheduler(new RefreshScheduler(this))
    , m_deploymentsFeed(nullptr)
    , m_prometheusProbe(ServerProbe::forPrometheus(m_network, options.prometheusUrl, this))
    , m_controlPlaneProbe(ServerProbe::forControlPlane(m_network, options.controlPlaneUrl, this))
    , m_deploymentsPanel(nullptr)
    , m_lastRefresh(new QLabel(this))
{
    setWindowTitle(tr("EUCORA Console"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/org.eucora.Console.svg")));
    m_prometheus->setBaseUrl(options.prometheusUrl);
    m_prometheus->setTimeout(std::chrono::seconds(std::clamp(options.refreshSeconds, 5, 30)));

    dashboard::PanelSpec spec = dashboard::deploymentsPerMinutePanel();
    spec.refreshInterval = std::chrono::seconds(options.refreshSeconds);
    spec.range = options.range;
    m_deploymentsFeed = new dashboard::PanelFeed(m_queries, m_scheduler, spec, this);
    m_deploymentsFeed->setDegradedSource(
        new dashboard::ControlPlaneScraper(m_network, options.controlPlaneUrl, m_deploymentsFeed));
    connect(m_deploymentsFeed, &dashboard::PanelFeed::updated, this,
            &MainWindow::updateLastRefresh);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_deploymentsPanel = new TimeSeriesPanel(m_deploymentsFeed, central);
    layout->addWidget(m_deploymentsPanel);
    setCentralWidget(central);

    createMenus();
    createToolBar();
    createStatusBar();
    resize(1100, 620);
}

MainWindow::~MainWindow() = default;

void MainWindow::startRefreshing()
{
    m_scheduler->startTimer();
    m_deploymentsFeed->start();
    m_prometheusProbe->setInterval(std::chrono::seconds(m_options.refreshSeconds));
    m_prometheusProbe->start();
    m_controlPlaneProbe->setInterval(std::chrono::seconds(30));
    m_controlPlaneProbe->start();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *refresh = file->addAction(tr("&Refresh now"), this, &MainWindow::refreshAll);
    refresh->setShortcut(QKeySequence::Refresh);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *pause = view->addAction(tr("&Pause automatic refresh"));
    pause->setCheckable(true);
    pause->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    connect(pause, &QAction::toggled, this,
            [this](bool paused) { m_scheduler->setPaused(paused); });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About EUCORA Console"), this, &MainWindow::showAbout);
}

void MainWindow::refreshAll()
{
    m_deploymentsFeed->refreshNow();
    m_prometheusProbe->probeNow();
    m_controlPlaneProbe->probeNow();
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Time range"));
    bar->setObjectName(QStringLiteral("timeRangeToolBar"));
    bar->setMovable(false);
    bar->addWidget(new QLabel(tr("Time range: "), bar));
    m_rangePicker = new QComboBox(bar);
    const std::pair<const char *, std::chrono::seconds> choices[] = {
        {QT_TR_NOOP("Last 5 minutes"), std::chrono::minutes(5)},
        {QT_TR_NOOP("Last 15 minutes"), std::chrono::minutes(15)},
        {QT_TR_NOOP("Last hour"), std::chrono::hours(1)},
        {QT_TR_NOOP("Last 6 hours"), std::chrono::hours(6)},
        {QT_TR_NOOP("Last 24 hours"), std::chrono::hours(24)},
        {QT_TR_NOOP("Last 7 days"), std::chrono::hours(24 * 7)},
    };
    for (const auto &[label, range] : choices)
        m_rangePicker->addItem(tr(label), qlonglong(range.count()));
    int current = m_rangePicker->findData(qlonglong(m_options.range.count()));
    if (current < 0) { // a --range outside the menu gets its own entry
        m_rangePicker->addItem(tr("Last %1").arg(dashboard::formatDuration(m_options.range)),
                               qlonglong(m_options.range.count()));
        current = m_rangePicker->count() - 1;
    }
    m_rangePicker->setCurrentIndex(current);
    connect(m_rangePicker, &QComboBox::currentIndexChanged, this, [this] {
        m_deploymentsFeed->setRange(
            std::chrono::seconds(m_rangePicker->currentData().toLongLong()));
    });
    bar->addWidget(m_rangePicker);
    bar->addSeparator();
    bar->addAction(tr("Refresh"), this, &MainWindow::refreshAll);
}

void MainWindow::createStatusBar()
{
    statusBar()->addWidget(new ServerStatusIndicator(tr("Prometheus"), m_prometheusProbe, this));
    statusBar()->addWidget(
        new ServerStatusIndicator(tr("Control plane"), m_controlPlaneProbe, this));
    statusBar()->addPermanentWidget(m_lastRefresh);
    updateLastRefresh();
}

void MainWindow::updateLastRefresh()
{
    const QDateTime fetched = m_deploymentsFeed->state().fetchedAt;
    m_lastRefresh->setText(fetched.isValid()
                               ? tr("Last refresh: %1").arg(dashboard::formatLocalTime(fetched))
                               : tr("Last refresh: never"));
}

void MainWindow::showAbout()
{
    QDialog dialog(this);
    Ui::AboutDialog form;
    form.setupUi(&dialog);
    form.titleLabel->setText(tr("EUCORA Console %1").arg(QApplication::applicationVersion()));
    form.prometheusUrl->setText(m_options.prometheusUrl.toString());
    form.controlPlaneUrl->setText(m_options.controlPlaneUrl.toString());
    form.qtVersion->setText(QString::fromLatin1(qVersion()));
    dialog.exec();
}

} // namespace eucora::app
