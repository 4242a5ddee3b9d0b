// One dashboard on screen: its variables above, its panels placed by gridPos in a scroll area
// that reflows with the window's width, rows that open and close on a click, and only the
// panels on screen of a page that is shown polling. Charts share a crosshair when the dashboard
// says so; dragging across any chart zooms every panel to that window.
#pragma once

#include "dashboard/dashboardstate.h"
#include "dashboard/gridgeometry.h"
#include "panels/panelframe.h"

#include <QJsonObject>
#include <QScrollArea>

#include <map>
#include <set>
#include <vector>

class QToolButton;

namespace eucora {
namespace prometheus {
class PrometheusClient;
}
class QueryRunner;
class RefreshScheduler;
namespace dashboard {
class ControlPlaneScraper;
}
} // namespace eucora

namespace eucora::app {

class RendererRegistry;
class VariablesBar;

// What a page needs from the window: the shared query path, and the registry of renderers.
struct PageServices
{
    QueryRunner *queries = nullptr;
    RefreshScheduler *scheduler = nullptr;
    const RendererRegistry *renderers = nullptr;
    // Degraded mode's source for panels that have a recipe; may be null.
    dashboard::ControlPlaneScraper *scraper = nullptr;
};

class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    DashboardPage(dashboard::DashboardState *state, const PageServices &services,
                  QWidget *parent = nullptr);
    ~DashboardPage() override;

    dashboard::DashboardState *state() const { return m_state; }
    QString uid() const { return m_state->dashboard().uid; }
    QString title() const { return m_state->dashboard().title; }

    // The page is the one on screen (its tab is current, the window not minimised).
    void setShown(bool shown);
    bool isShown() const { return m_shown; }
    // Every panel polls, on screen or not: a headless run exports and checks them all.
    void setPollEverything(bool everything);

    const std::vector<PanelFrame *> &frames() const { return m_frames; }
    PanelFrame *frameFor(int panelId) const;
    // Deployment events marked on this page's time-series charts (null: none) and what they may
    // miss; the charts redraw at once.
    void setAnnotations(std::shared_ptr<const std::vector<ChartAnnotation>> annotations,
                        const QString &note);
    // Scrolls the page so that `frame` is on screen.
    void ensureVisible(PanelFrame *frame);
    VariablesBar *variablesBar() const { return m_variables; }
    // Opens or closes a row; its panels query only once open.
    void toggleRow(int rowId);
    bool isRowOpen(int rowId) const;

    // Every visible panel has answered once (data, degraded or error) and is drawn.
    bool settled() const;
    // Panels on the page that ended in error: "title: message".
    QStringList panelErrors() const;
    // What each panel shows, for --export.
    QJsonObject exportJson() const;

    void refreshNow();
    // Puts dashboard-check findings on the panels they are about.
    void setFindings(const std::map<int, QStringList> &findings);
    // The server has no rules API (`why`, from the alerts feed; empty: it has one): the panels
    // over ALERTS say that nothing may be evaluating the rules that write it.
    void setNoRulesApi(const QString &why);
    // Checks the dashboard against `client` once (dashboardcheck.h) and shows the findings.
    void checkOnce(prometheus::PrometheusClient *client);

signals:
    // An event marker on one of the page's charts was clicked: `key` is its deployment.
    void annotationClicked(const QString &key);
    void settledChanged();

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void build();
    PanelFrame *createFrame(const dashboard::Panel &panel);
    void relayout();
    void updateActive();
    void replan();
    void shareCrosshair(TimeSeriesView *from, qint64 ms, bool inside);
    PanelContext context() const;

    dashboard::DashboardState *m_state;
    PageServices m_services;
    std::shared_ptr<const std::vector<ChartAnnotation>> m_annotations;
    QString m_annotationNote;
    VariablesBar *m_variables;
    QScrollArea *m_scroll;
    QWidget *m_canvas;
    std::vector<PanelFrame *> m_frames;
    std::map<const dashboard::Panel *, QWidget *> m_widgets; // frames and row headers
    std::set<int> m_toggledRows;
    bool m_shown = false;
    bool m_pollEverything = false;
    bool m_checked = false;
};

} // namespace eucora::app
