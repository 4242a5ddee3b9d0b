// The "timeseries" panel (and Grafana's legacy "graph"): lines, bars or points with fill,
// stacking, thresholds and a legend (list or table with calculations, click to isolate).
#pragma once

#include "dashboard/panelseries.h"
#include "panels/panelrenderer.h"

#include <functional>
#include <memory>

class QBoxLayout;

namespace eucora::app {

class ChartLegend;

class TimeSeriesRenderer : public PanelRenderer
{
    Q_OBJECT

public:
    TimeSeriesRenderer(const dashboard::Panel &panel, QWidget *parent);
    ~TimeSeriesRenderer() override;

    void showData(const dashboard::PanelState &state, const PanelContext &context) override;
    QJsonObject exportContent() const override;
    TimeSeriesView *chart() override;
    bool settled() const override;

    ChartLegend *legend() const { return m_legend; }

private:
    std::unique_ptr<TimeSeriesView> m_chart;
    ChartLegend *m_legend;
    std::function<QJsonObject()> m_export;
    static constexpr size_t kLegendRows = 200;
};

} // namespace eucora::app
