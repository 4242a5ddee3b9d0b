// What every panel type's renderer is: a widget that shows one panel's data as its type says
// (time series, stat, gauge, table, ...). The frame around it (title, state badge, errors) is
// PanelFrame's; the data comes from the panel's feed through PanelFrame.
#pragma once

#include "charts/chartscene.h"
#include "dashboard/dashboardmodel.h"
#include "dashboard/panelfeed.h"
#include "dashboard/panelstatus.h"

#include <QJsonObject>
#include <QTimeZone>
#include <QWidget>

namespace eucora::app {

class TimeSeriesView;

// Everything a renderer may read besides the data.
struct PanelContext
{
    const dashboard::Dashboard *dashboard = nullptr;
    dashboard::TimeRange range; // the window the panel shows
    QTimeZone zone = QTimeZone::systemTimeZone();
    bool darkTheme = false;
    // Deployment events to mark on time-series charts, and what they may miss.
    std::shared_ptr<const std::vector<ChartAnnotation>> annotations;
    QString annotationNote;
};

class PanelRenderer : public QWidget
{
    Q_OBJECT

public:
    PanelRenderer(const dashboard::Panel &panel, QWidget *parent)
        : QWidget(parent)
        , m_panel(panel)
    { }

    const dashboard::Panel &panel() const { return m_panel; }

    // New data, a new window or another theme. Called on every update of the panel's feed; the
    // state stays valid until the next call.
    virtual void showData(const dashboard::PanelState &state, const PanelContext &context) = 0;

    // What the panel shows, for --export: any of "series" [{name, labels, points, last}],
    // "rows" [...], "value".
    virtual QJsonObject exportContent() const = 0;

    // The chart that joins the dashboard's shared crosshair and drag-to-zoom, if any.
    virtual TimeSeriesView *chart() { return nullptr; }

    // Whether this renderer has put its newest data on screen (a chart renders off the GUI
    // thread): --screenshot waits for it.
    virtual bool settled() const { return true; }
    // Why the panel shows no current data when its feed is not what failed (a control-plane
    // table without a session): empty when nothing is wrong.
    virtual QString errorText() const { return {}; }
    // For a panel without a Prometheus feed: what its header says of its own data (a
    // control-plane read), or nothing.
    virtual std::optional<dashboard::PanelStatus> ownStatus(const QDateTime &) const
    {
        return std::nullopt;
    }

signals:
    // settled() may have changed.
    void settledChanged();

private:
    dashboard::Panel m_panel;
};

} // namespace eucora::app
