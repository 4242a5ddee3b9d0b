#include "mainwindow.h"

#include "actions/seedaction.h"
#include "controlplane/controlplaneclient.h"
#include "dashboard/degradedsource.h"
#include "dashboard/panelfeed.h"
#include "dashboard/panelspec.h"
#include "dashboard/panelstatus.h"
#include "dashboard/queryplanner.h"
#include "dialogs/logindialog.h"
#include "dialogs/seeddialog.h"
#include "panels/timeseriespanel.h"
#include "prometheus/prometheusclient.h"
#include "refresh/queryrunner.h"
#include "refresh/refreshscheduler.h"
#include "refresh/serverprobe.h"
#include "serverstatusindicator.h"
#include "session/actiongate.h"
#include "session/operatorsession.h"
#include "ui_aboutdialog.h"
#include "views/auditview.h"
#include "views/breakersview.h"
#include "views/deploymentsview.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QStatusBar>
#include <QTabWidget>
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
    , m_client(new controlplane::ControlPlaneClient(m_network, options.controlPlaneUrl, this))
    , m_audit(actions::AuditLog::defaultPath())
    , m_session(new OperatorSession(m_client, &m_audit, options.readOnly, this))
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

    createTabs();
    createMenus();
    createToolBar();
    createStatusBar();
    resize(1100, 620);
}

MainWindow::~MainWindow()
{
    // Actions still following a task write to m_audit, a member that dies before the children.
    qDeleteAll(findChildren<actions::OperatorAction *>());
}

void MainWindow::createTabs()
{
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    auto *dashboard = new QWidget(m_tabs);
    auto *layout = new QVBoxLayout(dashboard);
    m_deploymentsPanel = new TimeSeriesPanel(m_deploymentsFeed, dashboard);
    layout->addWidget(m_deploymentsPanel);
    m_tabs->addTab(dashboard, tr("&Dashboard"));

    // The control plane allows 1000 requests per hour per user: the tables poll no faster than
    // the panels and only while they are on screen.
    const std::chrono::milliseconds interval = std::chrono::seconds(m_options.refreshSeconds);
    m_deploymentsView = new DeploymentsView(m_session, m_scheduler, interval, m_tabs);
    m_tabs->addTab(m_deploymentsView, tr("De&ployments"));
    m_breakersView = new BreakersView(m_session, m_scheduler, interval, m_tabs);
    m_tabs->addTab(m_breakersView, tr("Circuit &breakers"));
    m_auditView = new AuditView(m_audit.path(), m_tabs);
    m_tabs->addTab(m_auditView, tr("Audit lo&g"));
    setCentralWidget(m_tabs);
}

void MainWindow::startRefreshing()
{
    m_session->validate(); // answers later; the console does not wait for it
    m_deploymentsView->start();
    m_breakersView->start();
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
    m_signInAction = file->addAction(tr("&Sign in…"), this, &MainWindow::signIn);
    m_signOutAction = file->addAction(tr("Sign &out"), m_session, &OperatorSession::signOut);
    file->addSeparator();
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

    createActionsMenu();

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About EUCORA Console"), this, &MainWindow::showAbout);
}

void MainWindow::createActionsMenu()
{
    QMenu *menu = menuBar()->addMenu(tr("&Actions"));
    m_seedAction = menu->addAction(tr("&Seed demo data…"), this, &MainWindow::seedDemoData);
    m_seedGate = new ActionGate(m_session, actions::ActionKind::Seed, this);
    m_seedGate->attach(m_seedAction);
    menu->addSeparator();
    m_rollbackAction = menu->addAction(tr("&Roll back selected deployment…"), this, [this] {
        m_tabs->setCurrentWidget(m_deploymentsView);
        m_deploymentsView->rollBackSelected();
    });
    m_deploymentsView->rollbackGate()->attach(m_rollbackAction);
    m_resetAction = menu->addAction(tr("Reset selected &breaker…"), this, [this] {
        m_tabs->setCurrentWidget(m_breakersView);
        m_breakersView->resetSelected();
    });
    m_breakersView->resetGate()->attach(m_resetAction);
    menu->setToolTipsVisible(true); // the reason an entry is disabled
}

void MainWindow::signIn()
{
    auto *dialog = new LoginDialog(m_client, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { m_session->setSignedIn(*dialog->user()); });
    dialog->open();
}

void MainWindow::seedDemoData()
{
    m_seedGate->run(this, [this] {
        // The window owns the action: a queued seed is followed after the dialog closes.
        auto *action = new actions::SeedAction(m_session->actionContext(), this);
        auto *dialog = new SeedDialog(action, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        const auto refresh = [this] {
            m_deploymentsView->refreshNow();
        };
        connect(action, &actions::SeedAction::demoModeChanged, this, refresh);
        connect(action, &actions::OperatorAction::stateChanged, this,
                [refresh](actions::ActionState state) {
                    if (state == actions::ActionState::Reconciled)
                        refresh();
                });
        // Once the operator closed the dialog, the action goes as soon as nothing is in flight.
        connect(dialog, &QDialog::finished, action, &actions::OperatorAction::releaseWhenSettled);
        emit seedDialogOpened(dialog);
        dialog->open();
    });
}

void MainWindow::updateSession()
{
    m_sessionLabel->setText(m_session->describe());
    m_signOutAction->setEnabled(m_session->user().has_value());
    m_signInAction->setText(m_session->user() ? tr("&Sign in as another user…") : tr("&Sign in…"));
}

void MainWindow::refreshAll()
{
    m_deploymentsView->refreshNow();
    m_breakersView->refreshNow();
    m_auditView->reload();
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
    m_readOnlyLabel = new QLabel(tr("read-only mode (--read-only)"), this);
    m_readOnlyLabel->setObjectName(QStringLiteral("readOnlyLabel"));
    m_readOnlyLabel->setStyleSheet(QStringLiteral("color: #804d00; font-weight: bold;"));
    m_readOnlyLabel->setVisible(m_options.readOnly);
    statusBar()->addPermanentWidget(m_readOnlyLabel);
    m_sessionLabel = new QLabel(this);
    m_sessionLabel->setObjectName(QStringLiteral("sessionLabel"));
    statusBar()->addPermanentWidget(m_sessionLabel);
    statusBar()->addPermanentWidget(m_lastRefresh);
    connect(m_session, &OperatorSession::changed, this, &MainWindow::updateSession);
    updateSession();
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
