// TimeSeriesView that paints on a worker thread: the scene is rendered into an image off the GUI
// thread (a thousand series of a thousand points take longer than a frame), and the widget only
// shows the newest image with the crosshair, hover values and drag selection on top.
#pragma once

#include "charts/chartpainter.h"
#include "charts/timeseriesview.h"

#include <QWidget>

#include <memory>
#include <optional>

namespace eucora::app {

class ChartCanvas;

class RasterTimeSeriesView : public TimeSeriesView
{
    Q_OBJECT

public:
    explicit RasterTimeSeriesView(QWidget *parent);
    ~RasterTimeSeriesView() override;

    QWidget *widget() override;
    void setScene(ChartScene scene) override;
    const ChartScene &scene() const override { return *m_scene; }
    void setSeriesHidden(std::vector<bool> hidden) override;
    void setTooltipMode(TooltipMode mode) override { m_tooltipMode = mode; }
    void setCrosshair(std::optional<qint64> ms) override;
    std::optional<qint64> crosshair() const override { return m_sharedCrosshair; }
    int seriesCount() const override { return int(m_scene->series.size()); }
    bool renderPending() const override { return m_dirty || m_rendering; }
    QImage currentImage() const override { return m_shown.image; }

    const ChartLayout &layout() const { return m_shown.layout; }

private:
    friend class ChartCanvas;

    void scheduleRender();
    void startRender();
    void finishRender(ChartImage image);
    QString tooltipText(qint64 ms, double mouseY) const;

    ChartCanvas *m_canvas; // owned by the parent widget
    // Shared with the render in flight: a refresh swaps the pointer, nothing copies the points.
    std::shared_ptr<const ChartScene> m_scene;
    ChartImage m_shown;
    TooltipMode m_tooltipMode = TooltipMode::Single;
    std::optional<qint64> m_sharedCrosshair;
    bool m_dirty = false;
    bool m_rendering = false;
};

} // namespace eucora::app
