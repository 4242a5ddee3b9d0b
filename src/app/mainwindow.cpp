#include "mainwindow.h"

#include "actions/seedaction.h"
#include "controlplane/controlplaneclient.h"
#include "dashboard/degradedsource.h"
#include "dashboard/panelstatus.h"
#include "dashboard/queryplanner.h"
#include "dialogs/logindialog.h"
#include "dialogs/rollbackdialog.h"
#include "dialogs/rollbackevidence.h"
#include "dialogs/seeddialog.h"
#include "feeds/alertsfeed.h"
#include "feeds/breakerboardfeed.h"
#include "feeds/deploymentsfeed.h"
#include "feeds/selecteddeployment.h"
#include "models/attentionmodel.h"
#include "models/auditlogmodel.h"
#include "models/breakersmodel.h"
#include "models/deploymentsmodel.h"
#include "models/eventsmodel.h"
#include "panels/dashboardpage.h"
#include "panels/eventannotations.h"
#include "panels/rendererregistry.h"
#include "panels/widgetrenderer.h"
#include "prometheus/alertbook.h"
#include "prometheus/prometheusclient.h"
#include "refresh/queryrunner.h"
#include "refresh/refreshscheduler.h"
#include "refresh/serverprobe.h"
#include "serverstatusindicator.h"
#include "session/actiongate.h"
#include "session/apipoller.h"
#include "session/operatorsession.h"
#include "settings/connectionnetwork.h"
#include "settings/secretstore.h"
#include "settings/sessionvault.h"
#include "timecontrols/timecontrols.h"
#include "ui_aboutdialog.h"
#include "views/alertlist.h"
#include "views/auditview.h"
#include "views/breakergrid.h"
#include "views/breakersview.h"
#include "views/deploymentdetailview.h"
#include "views/deploymentsview.h"
#include "views/eventsview.h"
#include "views/fleetpanels.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace eucora::app {

namespace {

// The built-in views, in the order of their tabs.
const QStringList &builtInViews()
{
    static const QStringList views {QStringLiteral("overview"), QStringLiteral("deployments"),
                                    QStringLiteral("rings"),    QStringLiteral("breakers"),
                                    QStringLiteral("alerts"),   QStringLiteral("events"),
                                    QStringLiteral("audit")};
    return views;
}

QString settingsKey(const QString &uid, const char *name)
{
    return QStringLiteral("dashboards/%1/%2").arg(uid, QLatin1String(name));
}

} // namespace

MainWindow::MainWindow(const ConsoleOptions &options, settings::SecretStore *secrets,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_options(options)
    , m_network(new settings::ConnectionNetwork(this))
    , m_prometheus(new prometheus::PrometheusClient(m_network, this))
    , m_queries(new QueryRunner(m_prometheus, 4, this))
    , m_scheduler(new RefreshScheduler(this))
    , m_scraper(new dashboard::ControlPlaneScraper(m_network, options.controlPlaneUrl, this))
    , m_prometheusProbe(ServerProbe::forPrometheus(m_network, options.prometheusUrl, this))
    , m_controlPlaneProbe(ServerProbe::forControlPlane(m_network, options.controlPlaneUrl, this))
    , m_client(new controlplane::ControlPlaneClient(m_network, options.controlPlaneUrl, this))
    , m_audit(actions::AuditLog::defaultPath())
    , m_session(new OperatorSession(m_client, &m_audit, options.readOnly, this))
    , m_renderers(std::make_unique<RendererRegistry>())
{
    // TLS and proxy before the first request; credentials follow from the keychain.
    if (const Result<bool, QString> tls = m_network->apply(options.connection); !tls.ok())
        m_connectionProblem = tls.error();
    m_secrets
        = secrets ? secrets : new settings::SecretStore(QStringLiteral("org.eucora.Console"), this);
    m_vault = new settings::SessionVault(
        m_secrets, options.connectionFromProfile ? options.connection.name : QString(), this);
    m_session->setVault(m_vault);
    m_session->setSignInDefaults(options.connection.controlPlaneUser,
                                 options.connection.rememberPassword);
    // The profile remembers who signed in last (its keychain entries are that user's).
    connect(m_session, &OperatorSession::signedInAs, this,
            [this](const QString &user, bool remembered) {
                if (!m_options.connectionFromProfile)
                    return;
                m_options.connection.controlPlaneUser = user;
                m_options.connection.rememberPassword = remembered;
                const std::unique_ptr<QSettings> stored = settings::ProfileStore::openDefault();
                settings::ProfileStore profiles(stored.get());
                if (std::optional<settings::ConnectionProfile> saved
                    = profiles.load(m_options.connection.name)) {
                    saved->controlPlaneUser = user;
                    saved->rememberPassword = remembered;
                    profiles.save(*saved);
                }
            });
    setWindowTitle(tr("EUCORA Console"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/org.eucora.Console.svg")));
    m_prometheus->setBaseUrl(options.prometheusUrl);
    m_prometheus->setTimeout(std::chrono::seconds(std::clamp(options.refreshSeconds, 5, 30)));
    if (options.connectionFromProfile) { // the profile's request timeout
        m_prometheus->setTimeout(options.connection.timeout);
        m_client->setTimeout(options.connection.timeout);
    }

    auto *central = new QWidget(this);
    auto *column = new QVBoxLayout(central);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    m_tabs = new QTabWidget(central);
    m_tabs->setDocumentMode(true);
    column->addWidget(m_tabs);
    setCentralWidget(central);
    createRenderers();
    loadDashboards();
    createMenus();
    createToolBar();
    createStatusBar();
    createConnectionBanner();
    resize(1280, 800);
    if (!options.headless())
        restoreSettings();
    applyCommandLine();
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::pageChanged);
}

MainWindow::~MainWindow()
{
    // Actions still following a task write to m_audit, a member that dies before the children.
    qDeleteAll(findChildren<actions::OperatorAction *>());
}

namespace {

// A control-plane table as a panel: settled once it answered (or nobody is signed in), and its
// failure ("not signed in", the server's words) is the panel's error.
WidgetRenderer *tableRenderer(const dashboard::Panel &panel, PolledTableView *view,
                              const QAbstractItemModel *model, OperatorSession *session,
                              QWidget *parent, WidgetRenderer::ContextSink sink = {})
{
    auto *renderer = new WidgetRenderer(panel, view, model, std::move(sink), parent);
    renderer->setSettledCheck([view] { return view->hasAnswered(); });
    renderer->setErrorCheck([view] { return view->failure(); });
    ApiPoller *poller = view->poller();
    renderer->setStatusCheck([poller](const QDateTime &now) { return poller->panelStatus(now); });
    QObject::connect(view, &PolledTableView::refreshed, renderer, &PanelRenderer::settledChanged);
    QObject::connect(session, &OperatorSession::changed, renderer, &PanelRenderer::settledChanged);
    return renderer;
}

// A panel fed by one of the console's control-plane reads: settled once the read ended (or has
// nothing to read), its error the read's.
WidgetRenderer *polledRenderer(const dashboard::Panel &panel, QWidget *content,
                               const QAbstractItemModel *model, ApiPoller *poller, QWidget *parent,
                               WidgetRenderer::ContextSink sink = {})
{
    auto *renderer = new WidgetRenderer(panel, content, model, std::move(sink), parent);
    renderer->setSettledCheck([poller] { return poller->hasAnswered(); });
    renderer->setErrorCheck([poller] { return poller->failure(); });
    renderer->setStatusCheck([poller](const QDateTime &now) { return poller->panelStatus(now); });
    QObject::connect(poller, &ApiPoller::refreshed, renderer, &PanelRenderer::settledChanged);
    QObject::connect(poller, &ApiPoller::statusChanged, renderer, &PanelRenderer::settledChanged);
    return renderer;
}

} // namespace

namespace {

// The firing and pending intervals of alerts about `topics` as chart bands: critical firing red,
// other firing orange, pending yellow; a click opens the Alerts view.
std::vector<ChartAnnotation>
alertMarks(const std::vector<prometheus::AlertInterval> &intervals,
           std::initializer_list<prometheus::AlertTarget::Topic> topics, std::int64_t nowMs)
{
    std::vector<ChartAnnotation> marks;
    for (const prometheus::AlertInterval &interval : intervals) {
        const prometheus::AlertTarget target = prometheus::alertTarget(interval.labels, {}, {});
        if (std::find(topics.begin(), topics.end(), target.topic) == topics.end())
            continue;
        const bool firing = interval.state == QLatin1String("firing");
        const QString severity
            = prometheus::labelValue(interval.labels, QStringLiteral("severity"));
        ChartAnnotation mark;
        mark.fromMs = interval.fromMs;
        mark.toMs = interval.open ? std::max(nowMs, interval.toMs) : interval.toMs;
        mark.color = !firing                          ? QColor(0xd4, 0xa0, 0x17)
            : prometheus::severityRank(severity) == 0 ? QColor(0xc6, 0x28, 0x28)
                                                      : QColor(0xef, 0x6c, 0x00);
        mark.title = MainWindow::tr("Alert %1 %2").arg(interval.alertName, interval.state);
        QStringList labels;
        for (const auto &[name, value] : interval.labels) {
            if (name != QLatin1String("alertname"))
                labels << QStringLiteral("%1=%2").arg(name, value);
        }
        mark.text = labels.join(QStringLiteral(", "))
            + (interval.open ? MainWindow::tr(" · still %1").arg(interval.state) : QString());
        mark.key = QStringLiteral("alert:") + interval.alertName;
        marks.push_back(std::move(mark));
    }
    return marks;
}

std::shared_ptr<const std::vector<ChartAnnotation>>
joined(const std::shared_ptr<const std::vector<ChartAnnotation>> &a,
       const std::vector<ChartAnnotation> &b)
{
    if (b.empty())
        return a;
    auto out
        = std::make_shared<std::vector<ChartAnnotation>>(a ? *a : std::vector<ChartAnnotation> {});
    out->insert(out->end(), b.begin(), b.end());
    return out;
}

} // namespace

void MainWindow::updateAlertWindow()
{
    QDateTime from;
    QDateTime to;
    for (const char *uid : {"breakers", "deployments", "rings"}) {
        if (DashboardPage *p = page(QLatin1String(uid))) {
            const dashboard::TimeRange range = p->state()->resolvedRange();
            if (!from.isValid() || range.from < from)
                from = range.from;
            if (!to.isValid() || range.to > to)
                to = range.to;
        }
    }
    if (from.isValid())
        m_alerts->setHistoryWindow(from, to);
}

void MainWindow::connectDeploymentsView()
{
    DeploymentsView *view = m_deploymentsView;
    // The table's selection is the console's, and the table follows a selection made elsewhere
    // once the row is listed.
    connect(view, &PolledTableView::selectionChanged, this, [this, view] {
        const QString key = view->selectedKey();
        if (!key.isEmpty())
            m_selected->select(key);
    });
    connect(view, &PolledTableView::refreshed, this, [this, view] {
        if (view->selectedKey().isEmpty() && !m_selected->correlationId().isEmpty())
            view->selectKey(m_selected->correlationId());
    });
    // The rollback dialog shows what it is about: exposure, gates, the recent failure rate.
    connect(view, &DeploymentsView::rollbackDialogOpened, this, [this](RollbackDialog *dialog) {
        dialog->addEvidence(new RollbackEvidence(dialog->target(), m_client, m_prometheus));
    });
    connect(view, &DeploymentsView::rollbackSettled, this, [this](const QString &id) {
        if (id == m_selected->correlationId())
            m_selected->select(id); // read again, even when it had become final
    });
}

void MainWindow::updateAnnotations()
{
    const bool on = m_showEventsAction->isChecked();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // The fleet's newest events on the Overview and Rings; on the Deployments view, the selected
    // deployment's own events, asked for by its id (none are lost to the newest-100 cap there).
    const EventMarks fleet = on
        ? EventAnnotations::build(m_fleet->events().events, m_fleet->events().capped,
                                  m_fleet->deployments(), now, false)
        : EventMarks {};
    EventMarks selected = m_selected->correlationId().isEmpty() ? fleet : EventMarks {};
    if (on && m_selected->hasDetail()) {
        selected = EventAnnotations::build(m_selected->allEvents(), m_selected->eventsCapped(),
                                           {m_selected->detail().summary}, now);
        const controlplane::DeploymentSummary &d = m_selected->detail().summary;
        selected.note = tr("events of %1 %2").arg(d.appName, d.version)
            + (selected.note.isEmpty() ? QString() : QStringLiteral("; ") + selected.note);
    }
    // Alert state changes: breaker and connector alerts on the breakers' charts, deployment and
    // promotion alerts on the deployments' and rings' charts.
    using Topic = prometheus::AlertTarget::Topic;
    const std::int64_t nowMs = now.toMSecsSinceEpoch();
    const auto &history = m_alerts->history();
    const std::vector<ChartAnnotation> deploymentAlerts = on
        ? alertMarks(history, {Topic::Deployment, Topic::Promotion}, nowMs)
        : std::vector<ChartAnnotation> {};
    if (DashboardPage *p = page(QStringLiteral("overview")))
        p->setAnnotations(fleet.marks, fleet.note);
    if (DashboardPage *p = page(QStringLiteral("rings")))
        p->setAnnotations(joined(fleet.marks, deploymentAlerts), fleet.note);
    if (DashboardPage *p = page(QStringLiteral("deployments")))
        p->setAnnotations(joined(selected.marks, deploymentAlerts), selected.note);
    if (DashboardPage *p = page(QStringLiteral("breakers")))
        p->setAnnotations(
            on ? joined(nullptr, alertMarks(history, {Topic::Breaker, Topic::Connector}, nowMs))
               : nullptr,
            QString());
}

void MainWindow::updateAlertsStatus()
{
    for (DashboardPage *page : m_pages)
        page->setNoRulesApi(m_alerts->noRulesApi());
    const int firing = m_alerts->firingCount();
    const int pending = m_alerts->pendingCount();
    QString text;
    QString color = QStringLiteral("palette(text)");
    if (!m_alerts->noRulesApi().isEmpty()) {
        text = tr("Alerts: no rules API");
    } else if (!m_alerts->hasAlerts()) {
        text = m_alerts->alertsError().isEmpty() ? tr("Alerts: …") : tr("Alerts: unknown");
    } else if (firing > 0) {
        text = tr("⚠ %n alert(s) firing", nullptr, firing);
        color = QStringLiteral("#c62828");
    } else {
        text = tr("Alerts: none firing");
    }
    if (m_alerts->hasAlerts() && pending > 0)
        text += tr(", %n pending", nullptr, pending);
    if (m_alerts->hasAlerts() && !m_alerts->alertsError().isEmpty())
        text += tr(" (as of %1)").arg(dashboard::formatLocalTime(m_alerts->updatedAt()));
    m_alertsStatus->setText(
        QStringLiteral("<a href=\"alerts\" style=\"color: %1; %2 text-decoration: none;\">%3</a>")
            .arg(color, firing > 0 ? QStringLiteral("font-weight: bold;") : QString(),
                 text.toHtmlEscaped()));
    m_alertsStatus->setToolTip(
        !m_alerts->noRulesApi().isEmpty() ? m_alerts->noRulesApi()
            : m_alerts->alertsError().isEmpty()
            ? tr("From Prometheus /api/v1/alerts; click for the Alerts view.")
            : tr("Prometheus' alerts could not be read: %1").arg(m_alerts->alertsError()));
}

void MainWindow::openAlertTarget(const prometheus::AlertTarget &target)
{
    DashboardPage *p = page(target.view);
    if (!p)
        return;
    showPage(target.view);
    p->state()->setRawRange(
        {QStringLiteral("now-%1m").arg(target.windowMinutes), QStringLiteral("now")});
    if (target.view == QLatin1String("breakers"))
        selectBreaker(target.breaker);
}

void MainWindow::selectBreaker(const QString &name)
{
    DashboardPage *p = page(QStringLiteral("breakers"));
    if (!p)
        return;
    showPage(QStringLiteral("breakers"));
    p->state()->setVariable(QStringLiteral("breaker"),
                            {name.isEmpty() ? dashboard::allValueMarker() : name});
}

void MainWindow::openDeployment(const QString &correlationId)
{
    showPage(QStringLiteral("deployments"));
    m_selected->select(correlationId);
    if (m_deploymentsView && m_deploymentsView->selectedKey() != correlationId
        && !m_deploymentsView->selectKey(correlationId))
        m_deploymentsView->table()->clearSelection(); // not listed: the detail shows it alone
}

void MainWindow::createRenderers()
{
    // The control plane allows 1000 requests per hour per user: its tables poll no faster than
    // the panels and only while they are on screen.
    const std::chrono::milliseconds interval = std::chrono::seconds(m_options.refreshSeconds);
    m_selected = new SelectedDeployment(m_session, m_scheduler, interval, this);
    m_fleet = new DeploymentsFeed(m_session, m_scheduler, interval, this);
    // A panel of the selected deployment; it hands the window to the selection's events.
    const auto selectionRenderer = [this](const dashboard::Panel &panel, QWidget *content,
                                          QWidget *parent, std::function<QJsonObject()> exporter) {
        WidgetRenderer *renderer
            = polledRenderer(panel, content, nullptr, m_selected->poller(), parent,
                             [selection = m_selected](const PanelContext &context) {
                                 selection->setWindow(context.range.from, context.range.to);
                             });
        renderer->setExporter(std::move(exporter));
        connect(m_selected, &SelectedDeployment::changed, renderer, &PanelRenderer::settledChanged);
        return renderer;
    };
    m_renderers->add(QStringLiteral("eucora-deployments-table"),
                     [this, interval](const dashboard::Panel &panel, QWidget *parent) {
                         m_deploymentsView = new DeploymentsView(m_session, m_scheduler, interval);
                         connectDeploymentsView();
                         return tableRenderer(panel, m_deploymentsView, m_deploymentsView->model(),
                                              m_session, parent);
                     });
    m_renderers->add(QStringLiteral("eucora-ring-pipeline"),
                     [this, selectionRenderer](const dashboard::Panel &panel, QWidget *parent) {
                         m_pipelinePanel = new RingPipelinePanel(m_selected);
                         RingPipelinePanel *content = m_pipelinePanel;
                         return selectionRenderer(panel, content, parent,
                                                  [content] { return content->exported(); });
                     });
    m_renderers->add(QStringLiteral("eucora-deployment-detail"),
                     [this, selectionRenderer](const dashboard::Panel &panel, QWidget *parent) {
                         m_detailView = new DeploymentDetailView(m_selected, m_session);
                         DeploymentDetailView *content = m_detailView;
                         connect(content, &DeploymentDetailView::rollbackRequested, this,
                                 [this](const controlplane::DeploymentSummary &target) {
                                     if (m_deploymentsView)
                                         m_deploymentsView->rollBack(target);
                                 });
                         return selectionRenderer(panel, content, parent,
                                                  [content] { return content->exported(); });
                     });
    m_renderers->add(QStringLiteral("eucora-deployment-count"),
                     [this](const dashboard::Panel &panel, QWidget *parent) {
                         auto *tile = new DeploymentCountTile(m_fleet, panel);
                         auto *renderer
                             = polledRenderer(panel, tile, nullptr, m_fleet->poller(), parent,
                                              [tile](const PanelContext &context) {
                                                  tile->setDarkTheme(context.darkTheme);
                                              });
                         renderer->setExporter([tile] { return tile->exported(); });
                         return renderer;
                     });
    m_renderers->add(
        QStringLiteral("eucora-needs-attention"),
        [this](const dashboard::Panel &panel, QWidget *parent) {
            auto *list = new AttentionList(m_fleet, panel);
            connect(list, &AttentionList::openRequested, this, &MainWindow::openDeployment);
            return polledRenderer(panel, list, list->model(), m_fleet->poller(), parent,
                                  [list](const PanelContext &context) {
                                      list->setWindow(context.range.from, context.range.to);
                                  });
        });
    m_renderers->add(QStringLiteral("eucora-ring-occupancy"),
                     [this](const dashboard::Panel &panel, QWidget *parent) {
                         auto *table = new RingOccupancyTable(m_fleet);
                         return polledRenderer(panel, table, table->model(), m_fleet->poller(),
                                               parent);
                     });
    m_breakerBoard
        = new BreakerBoardFeed(m_session, m_prometheus, m_scraper, m_scheduler, interval, this);
    // The breaker the Circuit breakers view's charts show: its `breaker` variable.
    const auto selectedBreaker = [](const PanelContext &context) {
        if (!context.dashboard)
            return QString();
        for (const dashboard::Variable &v : context.dashboard->variables) {
            if (v.name == QLatin1String("breaker") && v.currentValue.size() == 1
                && v.currentValue.first() != dashboard::allValueMarker())
                return v.currentValue.first();
        }
        return QString();
    };
    const auto boardRenderer = [this](const dashboard::Panel &panel, QWidget *content,
                                      QWidget *parent, WidgetRenderer::ContextSink sink,
                                      std::function<QJsonObject()> exporter) {
        auto *renderer = new WidgetRenderer(panel, content, nullptr, std::move(sink), parent);
        BreakerBoardFeed *feed = m_breakerBoard;
        renderer->setSettledCheck(
            [feed] { return feed->metricsAnswered() && feed->poller()->hasAnswered(); });
        renderer->setStatusCheck([feed](const QDateTime &now) { return feed->panelStatus(now); });
        renderer->setExporter(std::move(exporter));
        connect(feed, &BreakerBoardFeed::changed, renderer, &PanelRenderer::settledChanged);
        connect(feed->poller(), &ApiPoller::statusChanged, renderer,
                &PanelRenderer::settledChanged);
        return renderer;
    };
    m_renderers->add(
        QStringLiteral("eucora-breaker-grid"),
        [this, boardRenderer, selectedBreaker](const dashboard::Panel &panel, QWidget *parent) {
            auto *grid = new BreakerGrid(m_breakerBoard, m_session);
            m_breakerGrid = grid;
            connect(grid, &BreakerGrid::breakerClicked, this, &MainWindow::selectBreaker);
            return boardRenderer(
                panel, grid, parent,
                [this, grid, selectedBreaker](const PanelContext &context) {
                    grid->setDarkTheme(context.darkTheme);
                    grid->setSelectedBreaker(selectedBreaker(context));
                    m_breakerBoard->setWindow(context.range.from, context.range.to);
                },
                [grid] { return grid->exported(); });
        });
    m_renderers->add(
        QStringLiteral("eucora-connector-strip"),
        [this, boardRenderer](const dashboard::Panel &panel, QWidget *parent) {
            auto *strip = new ConnectorStrip(m_breakerBoard);
            return boardRenderer(
                panel, strip, parent,
                [strip](const PanelContext &context) { strip->setDarkTheme(context.darkTheme); },
                [strip] { return strip->exported(); });
        });
    m_alerts = new AlertsFeed(m_prometheus, m_scheduler, interval, this);
    connect(m_alerts, &AlertsFeed::changed, this, &MainWindow::updateAnnotations);
    const auto alertsRenderer = [this](const dashboard::Panel &panel, QWidget *content,
                                       QWidget *parent, std::function<QJsonObject()> exporter) {
        auto *renderer = new WidgetRenderer(panel, content, nullptr, {}, parent);
        AlertsFeed *feed = m_alerts;
        renderer->setSettledCheck([feed] { return feed->hasAnswered(); });
        renderer->setStatusCheck([feed](const QDateTime &now) { return feed->panelStatus(now); });
        renderer->setErrorCheck([feed] {
            return feed->hasAlerts() || feed->hasRules()
                ? QString()
                : (feed->alertsError().isEmpty() ? feed->rulesError() : feed->alertsError());
        });
        if (exporter)
            renderer->setExporter(std::move(exporter));
        connect(feed, &AlertsFeed::changed, renderer, &PanelRenderer::settledChanged);
        return renderer;
    };
    m_renderers->add(
        QStringLiteral("eucora-alert-list"),
        [this, alertsRenderer](const dashboard::Panel &panel, QWidget *parent) {
            auto *list = new AlertList(m_alerts);
            m_alertList = list;
            connect(list, &AlertList::openRequested, this, &MainWindow::openAlertTarget);
            return alertsRenderer(panel, list, parent, [list] { return list->exported(); });
        });
    m_renderers->add(QStringLiteral("eucora-rule-health"),
                     [this, alertsRenderer](const dashboard::Panel &panel, QWidget *parent) {
                         auto *table = new RuleHealthTable(m_alerts);
                         return alertsRenderer(panel, table, parent, [table] {
                             return QJsonObject {
                                 {QStringLiteral("rows"), modelRows(*table->model())},
                                 {QStringLiteral("status"), table->statusText()}};
                         });
                     });
    m_renderers->add(QStringLiteral("eucora-breakers-table"),
                     [this, interval](const dashboard::Panel &panel, QWidget *parent) {
                         m_breakersView = new BreakersView(m_session, m_scheduler, interval);
                         return tableRenderer(panel, m_breakersView, m_breakersView->model(),
                                              m_session, parent);
                     });
    m_renderers->add(
        QStringLiteral("eucora-events"),
        [this, interval](const dashboard::Panel &panel, QWidget *parent) {
            m_eventsView = new EventsView(m_session, m_scheduler, interval);
            EventsView *view = m_eventsView;
            m_fleet->poller()->watch(view); // the deployments list names the events' applications
            connect(view, &EventsView::openRequested, this, &MainWindow::openDeployment);
            return tableRenderer(panel, view, view->model(), m_session, parent,
                                 [view](const PanelContext &context) {
                                     view->setWindow(context.range.from, context.range.to);
                                 });
        });
    m_renderers->add(
        QStringLiteral("eucora-audit-log"), [this](const dashboard::Panel &panel, QWidget *parent) {
            m_auditView = new AuditView(m_audit.path());
            return new WidgetRenderer(panel, m_auditView, m_auditView->model(), {}, parent);
        });
}

void MainWindow::loadDashboards()
{
    for (const QString &name : builtInViews()) {
        QFile file(QStringLiteral(":/dashboards/%1.json").arg(name));
        file.open(QIODevice::ReadOnly);
        addPage(name, file.readAll());
    }
    for (const QString &path : m_options.dashboardFiles) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            m_loadErrors << tr("%1: %2").arg(path, file.errorString());
            continue;
        }
        addPage(path, file.readAll());
    }
}

void MainWindow::addPage(const QString &source, const QByteArray &json)
{
    auto loaded = dashboard::loadDashboard(json);
    if (!loaded.ok()) {
        m_loadErrors << tr("%1: %2").arg(source, loaded.error());
        return;
    }
    dashboard::LoadedDashboard dashboard = std::move(loaded).value();
    if (dashboard.dashboard.uid.isEmpty()) // --view needs a name for it
        dashboard.dashboard.uid = QFileInfo(source).completeBaseName();
    auto *state = new dashboard::DashboardState(std::move(dashboard), this);
    if (m_options.refreshGiven || state->refreshInterval().count() == 0)
        state->setRefreshInterval(std::chrono::seconds(m_options.refreshSeconds));
    auto *page = new DashboardPage(
        state, PageServices {m_queries, m_scheduler, m_renderers.get(), m_scraper}, m_tabs);
    m_pages.push_back(page);
    m_tabs->addTab(page, state->dashboard().title);
    connect(state, &dashboard::DashboardState::rangeChanged, this, &MainWindow::updateAlertWindow);
    connect(page, &DashboardPage::annotationClicked, this, [this](const QString &key) {
        if (key.startsWith(QLatin1String("alert:")))
            showPage(QStringLiteral("alerts"));
        else
            openDeployment(key);
    });
}

DashboardPage *MainWindow::page(const QString &uid) const
{
    for (DashboardPage *page : m_pages) {
        if (page->uid() == uid)
            return page;
    }
    return nullptr;
}

DashboardPage *MainWindow::currentPage() const
{
    return qobject_cast<DashboardPage *>(m_tabs->currentWidget());
}

bool MainWindow::showPage(const QString &uid)
{
    DashboardPage *target = page(uid);
    if (!target)
        return false;
    m_tabs->setCurrentWidget(target);
    return true;
}

void MainWindow::showPageOf(QWidget *widget)
{
    for (QWidget *w = widget; w; w = w->parentWidget()) {
        if (auto *page = qobject_cast<DashboardPage *>(w)) {
            m_tabs->setCurrentWidget(page);
            return;
        }
    }
}

void MainWindow::applyCommandLine()
{
    dashboard::RawTimeRange range;
    if (m_options.rangeGiven)
        range = {QStringLiteral("now-%1").arg(dashboard::formatDuration(m_options.range)),
                 QStringLiteral("now")};
    // Command-line times are RFC 3339, Unix seconds or now-6h: written back in Grafana's form.
    const auto grafanaTime = [](const QString &text) -> QString {
        const auto parsed = dashboard::parseCommandLineTime(text);
        if (!parsed.ok() || parsed.value().isRelative())
            return text;
        return dashboard::formatAbsoluteTime(dashboard::resolveTime(
            parsed.value(), dashboard::TimeEdge::From, {QDateTime::currentDateTimeUtc()}));
    };
    if (!m_options.from.isEmpty())
        range = {grafanaTime(m_options.from),
                 m_options.to.isEmpty() ? QStringLiteral("now") : grafanaTime(m_options.to)};
    for (DashboardPage *page : m_pages) {
        if (!range.from.isEmpty())
            page->state()->setRawRange(range);
        for (const auto &[name, value] : m_options.variables)
            page->state()->setVariable(name, {value});
    }
    // --var deployment=<correlation id>: that deployment selected in the deployments view.
    for (const auto &[name, value] : m_options.variables) {
        if (name == QLatin1String("deployment"))
            m_selected->select(value.trimmed());
    }
    if (!m_options.view.isEmpty())
        showPage(m_options.view);
    pageChanged();
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    for (DashboardPage *page : m_pages) {
        dashboard::DashboardState *state = page->state();
        const QString uid = page->uid();
        const QString from = settings.value(settingsKey(uid, "from")).toString();
        const QString to = settings.value(settingsKey(uid, "to")).toString();
        if (!from.isEmpty() && !to.isEmpty())
            state->setRawRange({from, to});
        if (settings.contains(settingsKey(uid, "refresh")))
            state->setRefreshInterval(
                std::chrono::seconds(settings.value(settingsKey(uid, "refresh")).toLongLong()));
        if (settings.value(settingsKey(uid, "utc")).toBool())
            state->setZone(QTimeZone::utc());
        for (const dashboard::Variable &variable : state->dashboard().variables) {
            const QString key = settingsKey(uid, "vars/") + variable.name;
            if (settings.contains(key))
                state->setVariable(variable.name, settings.value(key).toStringList());
        }
    }
    showPage(settings.value(QStringLiteral("window/view")).toString());
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    if (const DashboardPage *current = currentPage())
        settings.setValue(QStringLiteral("window/view"), current->uid());
    for (const DashboardPage *page : m_pages) {
        const dashboard::DashboardState *state = page->state();
        const QString uid = page->uid();
        settings.setValue(settingsKey(uid, "from"), state->rawRange().from);
        settings.setValue(settingsKey(uid, "to"), state->rawRange().to);
        settings.setValue(settingsKey(uid, "refresh"), qint64(state->refreshInterval().count()));
        settings.setValue(settingsKey(uid, "utc"), state->zone() == QTimeZone::utc());
        for (const dashboard::Variable &variable : state->dashboard().variables)
            settings.setValue(settingsKey(uid, "vars/") + variable.name, variable.currentValue);
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_options.headless())
        saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::WindowStateChange)
        pageChanged(); // nothing polls for a minimised window
}

void MainWindow::pageChanged()
{
    DashboardPage *current = currentPage();
    const bool visible = !isMinimized();
    for (DashboardPage *page : m_pages)
        page->setShown(visible && page == current);
    m_timeControls->bind(current ? current->state() : nullptr);
    // What is wrong with a dashboard shows on its panels; checked once, when first seen.
    if (current && m_started && !m_options.headless()) {
        if (current->state()->variablesLoaded())
            current->checkOnce(m_prometheus);
        else
            connect(
                current->state(), &dashboard::DashboardState::variablesChanged, current,
                [this, current] { current->checkOnce(m_prometheus); }, Qt::SingleShotConnection);
    }
}

void MainWindow::startRefreshing()
{
    if (!m_vault->keeps()) {
        identifyEngine([this] { beginRefreshing(); });
        QTimer::singleShot(kEnginePatience, this, [this] { beginRefreshing(); });
        return;
    }
    readPrometheusCredentials([this] {
        identifyEngine([this] { restoreStoredSession([this] { beginRefreshing(); }); });
    });
    // A locked keychain may wait for its owner to unlock it: the panels do not wait that long.
    // Credentials that arrive later apply from the next request on (a late session is checked
    // again).
    QTimer::singleShot(kKeychainPatience, this, [this] { beginRefreshing(); });
}

// Which engine answers the Prometheus API decides how queries are asked (VictoriaMetrics holds
// the newest data back); the panels wait kEnginePatience for the answer at most and are told when
// it comes later. Not identified (the server is down): tried again once it is reachable.
void MainWindow::identifyEngine(std::function<void()> then)
{
    m_identifying = true;
    m_prometheus->identify(this, [this, then](const Result<prometheus::EngineIdentity> &answer) {
        m_identifying = false;
        if (answer.ok())
            applyEngine(answer.value());
        else
            m_prometheusIndicator->setDetail(
                tr("Engine not identified: %1").arg(answer.error().summary()));
        if (then)
            then();
    });
}

void MainWindow::applyEngine(const prometheus::EngineIdentity &engine)
{
    m_prometheus->setEngine(engine);
    m_prometheusIndicator->setServerName(engine.describe());
    const QStringList differences = engine.differences();
    m_prometheusIndicator->setDetail(
        differences.isEmpty()
            ? QString()
            : tr("Unlike Prometheus: %1.").arg(differences.join(QStringLiteral("; "))));
    if (m_refreshing) // answers already shown were asked the Prometheus way
        refreshAll();
}

void MainWindow::readPrometheusCredentials(std::function<void()> then)
{
    const settings::ConnectionProfile &connection = m_options.connection;
    if (connection.prometheusAuth == settings::PrometheusAuth::None)
        return then();
    m_vault->readPrometheusSecret([this, then](const std::optional<QString> &secret) {
        if (secret)
            m_network->setCredentials(m_options.prometheusUrl,
                                      {m_options.connection.prometheusAuth,
                                       m_options.connection.prometheusUser, *secret});
        then();
    });
}

void MainWindow::restoreStoredSession(std::function<void()> then)
{
    const QString user = m_options.connection.controlPlaneUser;
    if (m_skipStoredSession || user.isEmpty())
        return then();
    m_vault->restoreSession(
        user, m_network->cookieJar(), m_options.controlPlaneUrl, [this, then](bool restored) {
            if (restored) {
                connect(
                    m_session, &OperatorSession::changed, this, [this] { sessionValidated(true); },
                    Qt::SingleShotConnection);
                if (m_refreshing) // the keychain was slow: check the session now
                    m_session->validate();
            }
            then();
        });
}

// The stored session was sent to /auth/validate: kept when good; when the server no longer
// knows it, forgotten, and the operator signs in again (with the remembered password, if any).
void MainWindow::sessionValidated(bool hadStoredSession)
{
    if (m_session->phase() == OperatorSession::Phase::Checking) {
        connect(
            m_session, &OperatorSession::changed, this,
            [this, hadStoredSession] { sessionValidated(hadStoredSession); },
            Qt::SingleShotConnection);
        return;
    }
    if (!hadStoredSession || m_session->user())
        return;
    const QString user = m_options.connection.controlPlaneUser;
    m_vault->forgetSession(user);
    if (m_options.headless())
        return;
    m_vault->readPassword(user, [this, user](const std::optional<QString> &password) {
        if (!password) {
            signIn();
            return;
        }
        m_client->login(user, *password, this,
                        [this](const controlplane::ApiResult<controlplane::User> &result) {
                            if (result.ok())
                                m_session->setSignedIn(result.value());
                            else
                                signIn(); // the remembered password no longer works
                        });
    });
}

void MainWindow::signInWithPassword(const QString &user, const QString &password,
                                    std::function<void(const QString &)> done)
{
    m_skipStoredSession = true;
    m_client->login(
        user, password, this,
        [this, user, done](const controlplane::ApiResult<controlplane::User> &result) {
            QString failure;
            if (result.ok()) {
                m_session->setSignedIn(result.value());
            } else {
                failure = tr("sign-in as %1 failed: %2").arg(user, result.error().summary());
                statusBar()->showMessage(failure, 30000);
            }
            if (done)
                done(failure);
        });
}

void MainWindow::beginRefreshing()
{
    if (m_refreshing)
        return;
    m_refreshing = true;
    m_session->validate(); // answers later; the console does not wait for it
    for (PolledTableView *view : {static_cast<PolledTableView *>(m_deploymentsView),
                                  static_cast<PolledTableView *>(m_breakersView),
                                  static_cast<PolledTableView *>(m_eventsView)}) {
        if (view)
            view->start();
    }
    m_selected->poller()->start();
    m_fleet->poller()->start();
    m_breakerBoard->start();
    updateAlertWindow();
    m_alerts->start();
    m_scheduler->startTimer();
    m_started = true;
    for (DashboardPage *page : m_pages)
        page->state()->loadVariableOptions(m_prometheus);
    pageChanged();
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
    // The saved profiles, read when the menu opens (another window may have added one).
    QMenu *switchMenu = file->addMenu(tr("Switch &connection"));
    switchMenu->setObjectName(QStringLiteral("switchConnectionMenu"));
    connect(switchMenu, &QMenu::aboutToShow, this, [this, switchMenu] {
        switchMenu->clear();
        const std::unique_ptr<QSettings> stored = settings::ProfileStore::openDefault();
        const QStringList names = settings::ProfileStore(stored.get()).names();
        for (const QString &name : names) {
            QAction *go = switchMenu->addAction(
                name, this, [this, name] { emit switchConnectionRequested(name); });
            go->setCheckable(true);
            go->setChecked(m_options.connectionFromProfile && name == m_options.connection.name);
        }
        if (names.isEmpty())
            switchMenu->addAction(tr("(no saved connection)"))->setEnabled(false);
        switchMenu->addSeparator();
        switchMenu->addAction(tr("&Connections…"), this, &MainWindow::connectionsRequested);
    });
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
    m_showEventsAction = view->addAction(tr("Show deployment &events and alerts on charts"));
    m_showEventsAction->setCheckable(true);
    m_showEventsAction->setChecked(
        m_options.headless() || QSettings().value(QStringLiteral("charts/events"), true).toBool());
    connect(m_showEventsAction, &QAction::toggled, this, [this](bool on) {
        if (!m_options.headless())
            QSettings().setValue(QStringLiteral("charts/events"), on);
        updateAnnotations();
    });
    connect(m_fleet, &DeploymentsFeed::changed, this, &MainWindow::updateAnnotations);
    // The Events view names each event's application from the deployments list where the event
    // itself does not.
    connect(m_fleet, &DeploymentsFeed::changed, this, [this] {
        if (!m_eventsView)
            return;
        QHash<QString, QString> names;
        for (const controlplane::DeploymentSummary &d : m_fleet->deployments())
            names.insert(d.correlationId, d.appName);
        m_eventsView->model()->setApplicationNames(std::move(names));
    });
    connect(m_selected, &SelectedDeployment::changed, this, &MainWindow::updateAnnotations);
    view->addSeparator();
    for (int i = 0; i < int(m_pages.size()) && i < 9; ++i) {
        QAction *go = view->addAction(m_pages[size_t(i)]->title(), this,
                                      [this, i] { m_tabs->setCurrentIndex(i); });
        go->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
    }

    createActionsMenu();

    QMenu *settingsMenu = menuBar()->addMenu(tr("&Settings"));
    settingsMenu->addAction(tr("&Connections…"), this, &MainWindow::connectionsRequested);

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
        showPageOf(m_deploymentsView);
        m_deploymentsView->rollBackSelected();
    });
    m_resetAction = menu->addAction(tr("Reset selected &breaker…"), this, [this] {
        showPageOf(m_breakersView);
        m_breakersView->resetSelected();
    });
    if (m_deploymentsView)
        m_deploymentsView->rollbackGate()->attach(m_rollbackAction);
    if (m_breakersView)
        m_breakersView->resetGate()->attach(m_resetAction);
    menu->setToolTipsVisible(true); // the reason an entry is disabled
}

void MainWindow::signIn()
{
    LoginDialog::forSession(m_session, this)->open();
}

void MainWindow::seedDemoData()
{
    m_seedGate->run(this, [this] {
        // The window owns the action: a queued seed is followed after the dialog closes.
        auto *action = new actions::SeedAction(m_session->actionContext(), this);
        auto *dialog = new SeedDialog(action, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        const auto refresh = [this] {
            if (m_deploymentsView)
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
    for (PolledTableView *view : {static_cast<PolledTableView *>(m_deploymentsView),
                                  static_cast<PolledTableView *>(m_breakersView),
                                  static_cast<PolledTableView *>(m_eventsView)}) {
        if (view)
            view->refreshNow();
    }
    if (!m_selected->correlationId().isEmpty())
        m_selected->select(m_selected->correlationId());
    m_fleet->poller()->refreshNow();
    if (m_auditView)
        m_auditView->reload();
    if (DashboardPage *page = currentPage())
        page->refreshNow();
    m_prometheusProbe->probeNow();
    m_controlPlaneProbe->probeNow();
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Time range"));
    bar->setObjectName(QStringLiteral("timeRangeToolBar"));
    bar->setMovable(false);
    m_timeControls = new TimeControls(bar);
    bar->addWidget(m_timeControls);
    connect(m_timeControls, &TimeControls::refreshNowRequested, this, &MainWindow::refreshAll);
    connect(m_timeControls, &TimeControls::pausedChanged, this,
            [this](bool paused) { m_scheduler->setPaused(paused); });
}

void MainWindow::createStatusBar()
{
    m_prometheusIndicator = new ServerStatusIndicator(tr("Prometheus"), m_prometheusProbe, this);
    m_prometheusIndicator->setObjectName(QStringLiteral("prometheusStatus"));
    statusBar()->addWidget(m_prometheusIndicator);
    connect(m_prometheusProbe, &ServerProbe::changed, this, [this] {
        if (m_refreshing && !m_identifying
            && m_prometheus->engine().kind == prometheus::EngineKind::Unknown
            && m_prometheusProbe->reachability() == ServerProbe::Reachability::Reachable)
            identifyEngine({});
    });
    statusBar()->addWidget(
        new ServerStatusIndicator(tr("Control plane"), m_controlPlaneProbe, this));
    // Firing alerts on every view; a click opens the Alerts view.
    m_alertsStatus = new QLabel(this);
    m_alertsStatus->setObjectName(QStringLiteral("alertsStatus"));
    m_alertsStatus->setTextFormat(Qt::RichText);
    connect(m_alertsStatus, &QLabel::linkActivated, this,
            [this] { showPage(QStringLiteral("alerts")); });
    statusBar()->addWidget(m_alertsStatus);
    connect(m_alerts, &AlertsFeed::changed, this, &MainWindow::updateAlertsStatus);
    updateAlertsStatus();
    m_readOnlyLabel = new QLabel(tr("read-only mode (--read-only)"), this);
    m_readOnlyLabel->setObjectName(QStringLiteral("readOnlyLabel"));
    m_readOnlyLabel->setStyleSheet(QStringLiteral("color: #804d00; font-weight: bold;"));
    m_readOnlyLabel->setVisible(m_options.readOnly);
    statusBar()->addPermanentWidget(m_readOnlyLabel);
    m_keychainLabel = new QLabel(this);
    m_keychainLabel->setObjectName(QStringLiteral("keychainLabel"));
    m_keychainLabel->setStyleSheet(QStringLiteral("color: #804d00;"));
    m_keychainLabel->hide();
    statusBar()->addPermanentWidget(m_keychainLabel);
    connect(m_secrets, &settings::SecretStore::unavailable, this,
            &MainWindow::showKeychainUnavailable);
    if (m_secrets->availability() == settings::SecretStore::Availability::Unavailable)
        showKeychainUnavailable(m_secrets->unavailableReason());
    m_sessionLabel = new QLabel(this);
    m_sessionLabel->setObjectName(QStringLiteral("sessionLabel"));
    statusBar()->addPermanentWidget(m_sessionLabel);
    connect(m_session, &OperatorSession::changed, this, &MainWindow::updateSession);
    updateSession();
}

void MainWindow::showKeychainUnavailable(const QString &reason)
{
    m_keychainLabel->setText(tr("No keychain: secrets kept for this run only"));
    m_keychainLabel->setToolTip(
        tr("The OS keychain cannot be used (%1). Sessions and passwords are kept in memory "
           "until the console quits and are never written to a file.")
            .arg(reason));
    m_keychainLabel->show();
}

// Above the tabs: what is wrong with the connection's TLS files, or that the servers came from
// the command line and can be saved as a profile.
void MainWindow::createConnectionBanner()
{
    const bool unsaved = (!m_options.connectionFromProfile || m_options.connectionOverridden)
        && !m_options.demoStack;
    if (m_connectionProblem.isEmpty() && (!unsaved || m_options.headless()))
        return;
    auto *banner = new QWidget(centralWidget());
    banner->setObjectName(QStringLiteral("connectionBanner"));
    banner->setAutoFillBackground(true);
    auto *row = new QHBoxLayout(banner);
    row->setContentsMargins(8, 4, 8, 4);
    auto *text = new QLabel(banner);
    text->setObjectName(QStringLiteral("connectionBannerText"));
    text->setWordWrap(true);
    row->addWidget(text, 1);
    if (!m_connectionProblem.isEmpty()) {
        text->setText(
            tr("The connection's TLS settings cannot be used: %1").arg(m_connectionProblem));
        text->setStyleSheet(QStringLiteral("color: #b3261e;"));
    } else {
        text->setText(
            tr("Connected to servers given on the command line (%1, %2).")
                .arg(m_options.prometheusUrl.toString(), m_options.controlPlaneUrl.toString()));
        auto *save = new QPushButton(tr("Save as connection profile…"), banner);
        save->setObjectName(QStringLiteral("saveConnectionButton"));
        connect(save, &QPushButton::clicked, this, &MainWindow::saveConnectionRequested);
        row->addWidget(save);
    }
    auto *close = new QPushButton(tr("Dismiss"), banner);
    connect(close, &QPushButton::clicked, banner, &QWidget::hide);
    row->addWidget(close);
    static_cast<QVBoxLayout *>(centralWidget()->layout())->insertWidget(0, banner);
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
