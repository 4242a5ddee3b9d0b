// The console's main window: panels, menus, and the status bar with each server's state.
#pragma once

#include "actions/auditlog.h"
#include "consoleoptions.h"

#include <QMainWindow>

class QComboBox;
class QLabel;
class QNetworkAccessManager;
class QTabWidget;

namespace eucora {
class QueryRunner;
class RefreshScheduler;
class ServerProbe;
namespace prometheus {
class PrometheusClient;
}
namespace dashboard {
class PanelFeed;
}
namespace controlplane {
class ControlPlaneClient;
}
} // namespace eucora

namespace eucora::app {

class ActionGate;
class AuditView;
class BreakersView;
class DeploymentsView;
class OperatorSession;
class SeedDialog;
class TimeSeriesPanel;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const ConsoleOptions &options, QWidget *parent = nullptr);
    ~MainWindow() override;

    TimeSeriesPanel *deploymentsPanel() const { return m_deploymentsPanel; }
    void startRefreshing();
    QComboBox *rangePicker() const { return m_rangePicker; }
    const dashboard::PanelFeed *deploymentsFeed() const { return m_deploymentsFeed; }

    controlplane::ControlPlaneClient *controlPlane() const { return m_client; }
    OperatorSession *session() const { return m_session; }
    QTabWidget *tabs() const { return m_tabs; }
    DeploymentsView *deploymentsView() const { return m_deploymentsView; }
    BreakersView *breakersView() const { return m_breakersView; }
    AuditView *auditView() const { return m_auditView; }
    QAction *seedAction() const { return m_seedAction; }
    QAction *rollbackAction() const { return m_rollbackAction; }
    QAction *resetAction() const { return m_resetAction; }
    QAction *signInAction() const { return m_signInAction; }
    QAction *signOutAction() const { return m_signOutAction; }

    // Opens the seed dialog (signing in first when needed).
    void seedDemoData();
    void signIn();

signals:
    void seedDialogOpened(eucora::app::SeedDialog *dialog);

private:
    void createTabs();
    void createActionsMenu();
    void updateSession();
    void createMenus();
    void createToolBar();
    void refreshAll();
    void createStatusBar();
    void updateLastRefresh();
    void showAbout();

    ConsoleOptions m_options;
    QNetworkAccessManager *m_network;
    prometheus::PrometheusClient *m_prometheus;
    QueryRunner *m_queries;
    RefreshScheduler *m_scheduler;
    dashboard::PanelFeed *m_deploymentsFeed;
    ServerProbe *m_prometheusProbe;
    ServerProbe *m_controlPlaneProbe;
    TimeSeriesPanel *m_deploymentsPanel;
    QLabel *m_lastRefresh;
    QComboBox *m_rangePicker = nullptr;

    controlplane::ControlPlaneClient *m_client;
    actions::AuditLog m_audit;
    OperatorSession *m_session;
    QTabWidget *m_tabs = nullptr;
    DeploymentsView *m_deploymentsView = nullptr;
    BreakersView *m_breakersView = nullptr;
    AuditView *m_auditView = nullptr;
    ActionGate *m_seedGate = nullptr;
    QAction *m_seedAction = nullptr;
    QAction *m_rollbackAction = nullptr;
    QAction *m_resetAction = nullptr;
    QAction *m_signInAction = nullptr;
    QAction *m_signOutAction = nullptr;
    QLabel *m_sessionLabel = nullptr;
    QLabel *m_readOnlyLabel = nullptr;
};

} // namespace eucora::app
