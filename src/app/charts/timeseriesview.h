// The chart interface panels draw through. Panels hand it a ChartScene and listen to what the
// operator does with the mouse; nothing outside src/app/charts/ knows how it is drawn, so the
// backend can change.
#pragma once

#include "charts/chartscene.h"

#include <QObject>

#include <optional>

class QWidget;

namespace eucora::app {

enum class TooltipMode { Single, Multi, None };

class TimeSeriesView : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~TimeSeriesView() override = default;

    virtual QWidget *widget() = 0;
    // Replaces everything the chart shows.
    virtual void setScene(ChartScene scene) = 0;
    virtual const ChartScene &scene() const = 0;
    virtual void setSeriesHidden(std::vector<bool> hidden) = 0;
    virtual void setTooltipMode(TooltipMode mode) = 0;
    // Another chart's crosshair, shared across a dashboard; nullopt hides it.
    virtual void setCrosshair(std::optional<qint64> ms) = 0;
    virtual std::optional<qint64> crosshair() const = 0;
    virtual int seriesCount() const = 0;
    // True while the newest scene is not on screen yet.
    virtual bool renderPending() const = 0;
    // What is on screen now, for screenshots and tests.
    virtual QImage currentImage() const = 0;

signals:
    // The mouse is over the plot at `ms`, or left it (`inside` false).
    void hovered(qint64 ms, bool inside);
    // The operator dragged across the plot from `fromMs` to `toMs`.
    void zoomRequested(qint64 fromMs, qint64 toMs);
    void zoomOutRequested();
    void annotationClicked(const QString &key);
    // A new image of the newest scene is on screen.
    void rendered();
};

} // namespace eucora::app
