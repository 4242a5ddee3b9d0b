// The "bargauge" panel: one bar per series, filled between the field's min and max in the
// value's threshold colour, with the name and the value beside it. Every display mode is drawn
// as Grafana's "basic": the gradient and LCD looks are not drawn.
#pragma once

#include "panels/reducedvaluerenderer.h"

#include <QRectF>

#include <vector>

namespace eucora::app {

class BarGaugeRenderer : public ReducedValueRenderer
{
    Q_OBJECT

public:
    BarGaugeRenderer(const dashboard::Panel &panel, QWidget *parent);

    // The filled part of each bar at the widget's current size.
    std::vector<QRectF> filledRects() const;

protected:
    void keepExtras(const std::vector<ReducedValue> &, const PanelContext &) override { }
    void paintEvent(QPaintEvent *event) override;

private:
    // Where one bar's parts go in its cell.
    struct BarGeometry
    {
        QRectF name;
        QRectF value;
        QRectF track;
        QRectF filled;
    };

    bool vertical() const;
    BarGeometry geometry(const QRectF &cell, const Shown &bar) const;
    std::vector<QRectF> cells() const;
    void paintBar(QPainter &painter, const QRectF &cell, const Shown &bar) const;
};

} // namespace eucora::app
