// The "gauge" panel: per series an arc from the field's min to max, the value's part coloured
// by thresholds, the threshold steps as an outer ring (with their values when asked) and the
// value in the middle.
#pragma once

#include "panels/reducedvaluerenderer.h"

#include <QRectF>

#include <vector>

namespace eucora::app {

class GaugeRenderer : public ReducedValueRenderer
{
    Q_OBJECT

public:
    GaugeRenderer(const dashboard::Panel &panel, QWidget *parent);

    // Each gauge's threshold labels, as shown when showThresholdLabels is set.
    QStringList thresholdLabels(int gauge) const;

protected:
    void keepExtras(const std::vector<ReducedValue> &values, const PanelContext &context) override;
    void paintEvent(QPaintEvent *event) override;

private:
    struct Scale
    {
        std::vector<RangeBand> bands;
        std::vector<std::pair<double, QString>> labels; // fraction, text
    };

    void paintGauge(QPainter &painter, const QRectF &cell, const Shown &gauge,
                    const Scale &scale) const;
    void paintLabels(QPainter &painter, QPointF center, qreal radius, const Scale &scale,
                     int pixelSize) const;

    std::vector<Scale> m_scales; // per gauge
};

} // namespace eucora::app
