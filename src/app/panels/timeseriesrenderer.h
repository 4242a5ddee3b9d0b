// The "timeseries" panel (and Grafana's legacy "graph"): lines, bars or points with fill,
// stacking, thresholds and a legend (list or table with calculations, click to isolate).
#pragma once

#include "dashboard/panelseries.h"
#include "panels/panelrenderer.h"

#include <functional>
#include <memory>
#include <optional>

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
    void showLegend(const std::vector<dashboard::ShownSeries> &shown, bool legend);

    std::unique_ptr<TimeSeriesView> m_chart;
    ChartLegend *m_legend;
    std::function<QJsonObject()> m_export;
    // The series as last shown: a state that only changed its loading flag or age shows the
    // same series, so their names, colours and legend rows are not worked out again.
    struct Shown
    {
        prometheus::SeriesList series;
        std::vector<QString> refIds;
        bool dark = false;
        bool legend = false;
        std::vector<dashboard::ShownSeries> list;
    };
    std::optional<Shown> m_shown;
    static constexpr size_t kLegendRows = 200;
};

} // namespace eucora::app
