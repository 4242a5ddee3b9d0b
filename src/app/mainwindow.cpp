#include "mainwindow.h"

#include "dashboard/panelfeed.h"
#include "dashboard/panelspec.h"
#include "dashboard/panelstatus.h"
#include "panels/timeseriespanel.h"
#include "prometheus/prometheusclient.h"
#include "refresh/serverprobe.h"
#include "serverstatusindicator.h"

#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QStatusBar>
#include <QVBoxLayout>

namespace eucora::app {

namespace {

QUrl withPath(QUrl base, const QString &path)
{
    QString prefix = base.path();
    while (prefix.endsWith(QLatin1Char('/')))
        prefix.chop(1);
    base.setPath(prefix + path);
    return base;
}

} // namespace

MainWindow::MainWindow(const ConsoleOptions &options, QWidget *parent)
    : QMainWindow(parent)
    , m_options(options)
    , m_network(new QNetworkAccessManager(this))
    , m_prometheus(new prometheus::PrometheusClient(m_network, this))
    , m_deploymentsFeed(nullptr)
    , m_prometheusProbe(new ServerProbe(m_network, withPath(options.prometheusUrl, QStringLiteral("/-/ready")), this))
    , m_controlPlaneProbe(new ServerProbe(m_network, withPath(options.controlPlaneUrl, QStringLiteral("/health/live")), this))
    , m_deploymentsPanel(nullptr)
    , m_lastRefresh(new QLabel(this))
{
    setWindowTitle(tr("EUCORA Console"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/org.eucora.Console.svg")));
    m_prometheus->setBaseUrl(options.prometheusUrl);
    m_prometheus->setTimeout(std::chrono::seconds(std::clamp(options.refreshSeconds, 5, 30)));

    dashboard::PanelSpec spec = dashboard::deploymentsPerMinutePanel();
    spec.refreshInterval = std::chrono::seconds(options.refreshSeconds);
    m_deploymentsFeed = new dashboard::PanelFeed(m_prometheus, spec, this);
    connect(m_deploymentsFeed, &dashboard::PanelFeed::updated, this, &MainWindow::updateLastRefresh);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_deploymentsPanel = new TimeSeriesPanel(m_deploymentsFeed, central);
    layout->addWidget(m_deploymentsPanel);
    setCentralWidget(central);

    createMenus();
    createStatusBar();
    resize(1100, 620);
}

MainWindow::~MainWindow() = default;

void MainWindow::startRefreshing()
{
    m_deploymentsFeed->start();
    m_prometheusProbe->setInterval(std::chrono::seconds(m_options.refreshSeconds));
    m_prometheusProbe->start();
    m_controlPlaneProbe->setInterval(std::chrono::seconds(30));
    m_controlPlaneProbe->start();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *refresh = file->addAction(tr("&Refresh now"), this, [this] {
        m_deploymentsFeed->refreshNow();
        m_prometheusProbe->probeNow();
        m_controlPlaneProbe->probeNow();
    });
    refresh->setShortcut(QKeySequence::Refresh);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About EUCORA Console"), this, &MainWindow::showAbout);
}

void MainWindow::createStatusBar()
{
    statusBar()->addWidget(new ServerStatusIndicator(tr("Prometheus"), m_prometheusProbe, this));
    statusBar()->addWidget(new ServerStatusIndicator(tr("Control plane"), m_controlPlaneProbe, this));
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
    QMessageBox::about(this, tr("About EUCORA Console"),
                       tr("<h3>EUCORA Console %1</h3><p>Operations dashboard for the EUCORA "
                          "control plane.</p><p>Prometheus: %2<br>Control plane: %3</p>")
                           .arg(QApplication::applicationVersion(),
                                m_options.prometheusUrl.toString().toHtmlEscaped(),
                                m_options.controlPlaneUrl.toString().toHtmlEscaped()));
}

} // namespace eucora::app
