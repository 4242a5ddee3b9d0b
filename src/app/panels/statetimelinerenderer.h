// The "state-timeline" panel: a lane per series over the window, each state a coloured band
// named by the value mappings (CLOSED, OPEN, ...) or coloured by thresholds, gaps left empty;
// hovering a band says what it was and for how long.
#pragma once

#include "panels/panelrenderer.h"
#include "panels/statebands.h"

#include <QRectF>

#include <vector>

namespace eucora::app {

class StateTimelineRenderer : public PanelRenderer
{
    Q_OBJECT

public:
    StateTimelineRenderer(const dashboard::Panel &panel, QWidget *parent);

    void showData(const dashboard::PanelState &state, const PanelContext &context) override;
    // "series" with their points, and "states": [{lane, text, fromMs, toMs}].
    QJsonObject exportContent() const override;

    int laneCount() const { return int(m_lanes.size()); }
    QString laneName(int lane) const;
    std::vector<StateBand> bands(int lane) const;
    // Where time `ms` of `lane` is drawn at the widget's current size: the band's middle line.
    QPoint pointAt(int lane, std::int64_t ms) const;
    // What hovering `pos` shows; empty outside every band.
    QString toolTipAt(const QPoint &pos) const;

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    struct Lane
    {
        QString name;
        QColor fallback; // for a band neither mappings nor thresholds colour
        std::vector<StateBand> bands;
    };
    struct Geometry
    {
        QRectF plot; // the lanes, right of their names
        qreal laneHeight = 0;
        double x(std::int64_t ms, std::int64_t fromMs, std::int64_t toMs) const;
    };

    Geometry geometry() const;
    QColor bandColor(const Lane &lane, const StateBand &band) const;
    void paintAxis(QPainter &painter, const Geometry &g) const;
    void paintLane(QPainter &painter, const Geometry &g, size_t index) const;

    std::vector<Lane> m_lanes;
    std::int64_t m_fromMs = 0;
    std::int64_t m_toMs = 1;
    QTimeZone m_zone;
    bool m_dark = false;
    bool m_fetched = false;
    std::function<QJsonObject()> m_export; // made when asked: it copies every point
};

} // namespace eucora::app
