// The console's main window: panels, menus, and the status bar with each server's state.
#pragma once

#include "consoleoptions.h"

#include <QMainWindow>

class QComboBox;
class QLabel;
class QNetworkAccessManager;

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
} // namespace eucora

namespace eucora::app {

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

private:
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
};

} // namespace eucora::app
