// The console's main window: one tab per dashboard (the built-in views and any --dashboard
// file), the time controls of the dashboard on screen, the operator's actions, and the status bar
// with each server's state and the session. The window holds a list of dashboard pages; it names
// no panel.
#pragma once

#include "actions/auditlog.h"
#include "consoleoptions.h"

#include <QMainWindow>

#include <chrono>
#include <functional>
#include <memory>
#include <vector>

class QLabel;
class QNetworkAccessManager;
class QTabWidget;

namespace eucora {
class QueryRunner;
class RefreshScheduler;
class ServerProbe;
namespace prometheus {
class PrometheusClient;
struct EngineIdentity;
struct AlertTarget;
} // namespace prometheus
namespace dashboard {
class ControlPlaneScraper;
}
namespace controlplane {
class ControlPlaneClient;
}
namespace settings {
class ConnectionNetwork;
class SecretStore;
class SessionVault;
struct TlsProblem;
} // namespace settings
} // namespace eucora

namespace eucora::app {

class ActionGate;
class AuditView;
class AlertList;
class AlertsFeed;
class BreakerBoardFeed;
class BreakerGrid;
class BreakersView;
class DashboardPage;
class DeploymentDetailView;
class DeploymentsFeed;
class DeploymentsView;
class EventsView;
class RingPipelinePanel;
class SelectedDeployment;
class OperatorSession;
class RendererRegistry;
class ServerStatusIndicator;
class SeedDialog;
class TimeControls;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // `secrets` holds the connection's keychain entries (the launcher's, shared by every window
    // of the run); without it the window keeps no secret anywhere.
    explicit MainWindow(const ConsoleOptions &options, settings::SecretStore *secrets = nullptr,
                        QWidget *parent = nullptr);
    ~MainWindow() override;

    // Reads the connection's credentials from the keychain (the Prometheus password or token,
    // the stored session), then starts polling; a stored session that the server no longer
    // accepts opens the sign-in dialog (or signs in with a remembered password).
    void startRefreshing();
    // Asks which engine answers the Prometheus API and adapts the client to it; `then` runs
    // once the answer (or a failure) is in.
    void identifyEngine(std::function<void()> then);
    bool identifyingEngine() const { return m_identifying; }
    // Signs in as `user` (the demo stack's operator, a headless run's $EUCORA_USERNAME) instead
    // of restoring a stored session; `done` gets the failure, if any, in words.
    void signInWithPassword(const QString &user, const QString &password,
                            std::function<void(const QString &failure)> done = {});
    // Why the connection's TLS settings cannot be used (a CA file that cannot be read); empty
    // when they can.
    const QString &connectionProblem() const { return m_connectionProblem; }
    settings::ConnectionNetwork *network() const { return m_network; }
    const ConsoleOptions &options() const { return m_options; }

    const std::vector<DashboardPage *> &pages() const { return m_pages; }
    DashboardPage *page(const QString &uid) const;
    DashboardPage *currentPage() const;
    // Shows the page with `uid` (a built-in view's name or a dashboard's uid); false if none.
    bool showPage(const QString &uid);
    // Shows the page `widget` sits on (a table inside a dashboard panel).
    void showPageOf(QWidget *widget);
    // Dashboards given with --dashboard that could not be loaded: "file: why".
    const QStringList &loadErrors() const { return m_loadErrors; }

    QTabWidget *tabs() const { return m_tabs; }
    TimeControls *timeControls() const { return m_timeControls; }
    prometheus::PrometheusClient *prometheus() const { return m_prometheus; }
    controlplane::ControlPlaneClient *controlPlane() const { return m_client; }
    OperatorSession *session() const { return m_session; }
    DeploymentsView *deploymentsView() const { return m_deploymentsView; }
    BreakersView *breakersView() const { return m_breakersView; }
    AuditView *auditView() const { return m_auditView; }
    EventsView *eventsView() const { return m_eventsView; }
    SelectedDeployment *selectedDeployment() const { return m_selected; }
    DeploymentsFeed *fleet() const { return m_fleet; }
    BreakerBoardFeed *breakerBoard() const { return m_breakerBoard; }
    AlertsFeed *alerts() const { return m_alerts; }
    AlertList *alertList() const { return m_alertList; }
    QLabel *alertsStatus() const { return m_alertsStatus; }
    ServerStatusIndicator *prometheusStatus() const { return m_prometheusIndicator; }
    BreakerGrid *breakerGrid() const { return m_breakerGrid; }
    DeploymentDetailView *deploymentDetail() const { return m_detailView; }
    RingPipelinePanel *ringPipeline() const { return m_pipelinePanel; }
    QAction *seedAction() const { return m_seedAction; }
    QAction *rollbackAction() const { return m_rollbackAction; }
    QAction *resetAction() const { return m_resetAction; }
    QAction *signInAction() const { return m_signInAction; }
    QAction *signOutAction() const { return m_signOutAction; }
    // View > Show deployment events and alerts on charts.
    QAction *showEventsAction() const { return m_showEventsAction; }

    // Shows the deployments view with `correlationId` selected: the table's row when it is listed,
    // its detail and ring pipeline in any case.
    void openDeployment(const QString &correlationId);
    // Shows the Circuit breakers view with its charts narrowed to `name` (all for "").
    void selectBreaker(const QString &name);
    // Shows the view and window of what an alert is about.
    void openAlertTarget(const prometheus::AlertTarget &target);

    // Opens the seed dialog (signing in first when needed).
    void seedDemoData();
    void signIn();

signals:
    void seedDialogOpened(eucora::app::SeedDialog *dialog);
    // File > Switch connection / Settings > Connections: the launcher opens another window.
    void switchConnectionRequested(const QString &profile);
    void connectionsRequested();
    // The command line's servers, to be saved as a profile.
    void saveConnectionRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createRenderers();
    void connectDeploymentsView();
    void updateAnnotations();
    void loadDashboards();
    void addPage(const QString &source, const QByteArray &json);
    void applyCommandLine();
    void restoreSettings();
    void saveSettings() const;
    void createActionsMenu();
    void updateSession();
    void updateAlertsStatus();
    // The span of the views that mark alert state changes, for the alerts feed's history.
    void updateAlertWindow();
    void createMenus();
    void createToolBar();
    void refreshAll();
    void createStatusBar();
    void pageChanged();
    void showAbout();
    // startRefreshing's steps: credentials from the keychain, then the polls.
    void readPrometheusCredentials(std::function<void()> then);
    void applyEngine(const prometheus::EngineIdentity &engine);
    void restoreStoredSession(std::function<void()> then);
    void beginRefreshing();
    void sessionValidated(bool hadStoredSession);
    void showKeychainUnavailable(const QString &reason);
    void createConnectionBanner();

    ConsoleOptions m_options;
    settings::ConnectionNetwork *m_network;
    QString m_connectionProblem;
    settings::SecretStore *m_secrets;
    settings::SessionVault *m_vault;
    bool m_skipStoredSession = false;
    bool m_refreshing = false; // beginRefreshing ran
    static constexpr std::chrono::milliseconds kKeychainPatience {2000};
    static constexpr std::chrono::milliseconds kEnginePatience {2000};
    QLabel *m_keychainLabel = nullptr;
    prometheus::PrometheusClient *m_prometheus;
    QueryRunner *m_queries;
    RefreshScheduler *m_scheduler;
    dashboard::ControlPlaneScraper *m_scraper;
    ServerProbe *m_prometheusProbe;
    ServerStatusIndicator *m_prometheusIndicator = nullptr;
    bool m_identifying = false;
    ServerProbe *m_controlPlaneProbe;
    controlplane::ControlPlaneClient *m_client;
    actions::AuditLog m_audit;
    OperatorSession *m_session;
    std::unique_ptr<RendererRegistry> m_renderers;
    QTabWidget *m_tabs = nullptr;
    std::vector<DashboardPage *> m_pages;
    QStringList m_loadErrors;
    TimeControls *m_timeControls = nullptr;
    DeploymentsView *m_deploymentsView = nullptr;
    BreakersView *m_breakersView = nullptr;
    AuditView *m_auditView = nullptr;
    EventsView *m_eventsView = nullptr;
    SelectedDeployment *m_selected = nullptr;
    DeploymentsFeed *m_fleet = nullptr;
    BreakerBoardFeed *m_breakerBoard = nullptr;
    BreakerGrid *m_breakerGrid = nullptr;
    AlertsFeed *m_alerts = nullptr;
    AlertList *m_alertList = nullptr;
    QLabel *m_alertsStatus = nullptr;
    DeploymentDetailView *m_detailView = nullptr;
    RingPipelinePanel *m_pipelinePanel = nullptr;
    ActionGate *m_seedGate = nullptr;
    QAction *m_seedAction = nullptr;
    QAction *m_rollbackAction = nullptr;
    QAction *m_resetAction = nullptr;
    QAction *m_signInAction = nullptr;
    QAction *m_signOutAction = nullptr;
    QAction *m_showEventsAction = nullptr;
    QLabel *m_sessionLabel = nullptr;
    QLabel *m_readOnlyLabel = nullptr;
    bool m_started = false;
};

} // namespace eucora::app
