// The ring pipeline of one deployment drawn as operators read a rollout: LAB -> ... -> its target
// ring, a box per ring with its connector, device counts, success rate against its gate, the
// gate's state and the time spent there; the current ring is marked, a failed gate says it in
// numbers, and hovering a ring shows what the gate decision used.
#pragma once

#include "controlplane/ringpipeline.h"

#include <QJsonArray>
#include <QWidget>

namespace eucora::app {

class RingPipelineWidget : public QWidget
{
    Q_OBJECT

public:
    explicit RingPipelineWidget(QWidget *parent = nullptr);

    void setPipeline(controlplane::RingPipeline pipeline);
    const controlplane::RingPipeline &pipeline() const { return m_pipeline; }

    // Where stage `i` is drawn; empty when there is no such stage.
    QRect stageRect(int i) const;
    // What hovering stage `i` shows.
    QString stageToolTip(int i) const;
    // The stages as --export writes them.
    QJsonArray exported() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    QColor stateColor(controlplane::GateState state) const;

    controlplane::RingPipeline m_pipeline;
};

} // namespace eucora::app
