#include "panels/ringpipelinewidget.h"

#include <QHelpEvent>
#include <QJsonObject>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

namespace eucora::app {

using controlplane::GateState;
using controlplane::RingPipelineText;
using controlplane::RingStage;

namespace {

constexpr int kMargin = 6;
constexpr int kArrow = 22; // the gap between two boxes, holding the arrow

QString duration(qint64 seconds)
{
    if (seconds < 120)
        return RingPipelineWidget::tr("%1 s").arg(seconds);
    if (seconds < 2 * 3600)
        return RingPipelineWidget::tr("%1 min").arg(seconds / 60);
    if (seconds < 2 * 86400)
        return RingPipelineWidget::tr("%1 h").arg(seconds / 3600);
    return RingPipelineWidget::tr("%1 d").arg(seconds / 86400);
}

QString rate(double value)
{
    return QString::number(value * 100, 'f', 1) + QLatin1Char('%');
}

} // namespace

RingPipelineWidget::RingPipelineWidget(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void RingPipelineWidget::setPipeline(controlplane::RingPipeline pipeline)
{
    m_pipeline = std::move(pipeline);
    updateGeometry();
    update();
}

QRect RingPipelineWidget::stageRect(int i) const
{
    const int n = int(m_pipeline.stages.size());
    if (i < 0 || i >= n)
        return {};
    const int width = (this->width() - 2 * kMargin - (n - 1) * kArrow) / n;
    return QRect(kMargin + i * (width + kArrow), kMargin, width, height() - 2 * kMargin);
}

QString RingPipelineWidget::stageToolTip(int i) const
{
    if (i < 0 || i >= int(m_pipeline.stages.size()))
        return {};
    const RingStage &stage = m_pipeline.stages[size_t(i)];
    QStringList lines {
        QStringLiteral("<b>%1</b>: %2")
            .arg(controlplane::toString(stage.ring), RingPipelineText::stateName(stage.state)),
        stage.decision.toHtmlEscaped()};
    if (stage.progress) {
        const controlplane::RingProgress &row = *stage.progress;
        lines << tr("Connector: %1").arg(row.connectorType.toHtmlEscaped());
        if (!row.connectorObjectId.isEmpty())
            lines << tr("Connector object: %1").arg(row.connectorObjectId.toHtmlEscaped());
        lines << tr("Devices: %1 succeeded, %2 failed").arg(row.successCount).arg(row.failureCount);
        if (row.createdAt.isValid())
            lines << tr("Entered: %1").arg(row.createdAt.toUTC().toString(Qt::ISODate));
        if (row.promotedAt.isValid())
            lines << tr("Promoted: %1").arg(row.promotedAt.toUTC().toString(Qt::ISODate));
    }
    if (stage.secondsInRing)
        lines << tr("Time in ring: %1").arg(duration(*stage.secondsInRing));
    return lines.join(QStringLiteral("<br>"));
}

QJsonArray RingPipelineWidget::exported() const
{
    QJsonArray out;
    for (const RingStage &stage : m_pipeline.stages) {
        QJsonObject item {{QStringLiteral("ring"), controlplane::toString(stage.ring)},
                          {QStringLiteral("state"), RingPipelineText::stateName(stage.state)},
                          {QStringLiteral("current"), stage.current},
                          {QStringLiteral("decision"), stage.decision}};
        if (stage.gate)
            item.insert(QStringLiteral("gate"), *stage.gate);
        if (stage.progress) {
            item.insert(QStringLiteral("connector"), stage.progress->connectorType);
            item.insert(QStringLiteral("success_count"), stage.progress->successCount);
            item.insert(QStringLiteral("failure_count"), stage.progress->failureCount);
            item.insert(QStringLiteral("success_rate"), stage.progress->successRate);
        }
        if (stage.secondsInRing)
            item.insert(QStringLiteral("seconds_in_ring"), double(*stage.secondsInRing));
        out.append(item);
    }
    return out;
}

QSize RingPipelineWidget::sizeHint() const
{
    const int line = fontMetrics().height();
    return {int(m_pipeline.stages.size()) * (10 * line + kArrow), 6 * line + 2 * kMargin};
}

QSize RingPipelineWidget::minimumSizeHint() const
{
    const int line = fontMetrics().height();
    return {int(m_pipeline.stages.size()) * (5 * line + kArrow), 6 * line + 2 * kMargin};
}

QColor RingPipelineWidget::stateColor(GateState state) const
{
    switch (state) {
    case GateState::Passed:
        return QColor(0x37, 0x87, 0x2d);
    case GateState::Failed:
        return QColor(0xe0, 0x2f, 0x44);
    case GateState::Stopped:
        return QColor(0xff, 0x98, 0x30);
    case GateState::Pending:
        return QColor(0x57, 0x94, 0xf2);
    case GateState::NotReached:
        break;
    }
    return palette().color(QPalette::Disabled, QPalette::WindowText);
}

void RingPipelineWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const int line = fontMetrics().height();
    for (int i = 0; i < int(m_pipeline.stages.size()); ++i) {
        const RingStage &stage = m_pipeline.stages[size_t(i)];
        const QRect box = stageRect(i);
        const QColor color = stateColor(stage.state);
        QColor wash = color;
        wash.setAlphaF(stage.state == GateState::NotReached ? 0.05f : 0.14f);
        p.setPen(QPen(color, stage.current ? 3 : 1));
        p.setBrush(wash);
        p.drawRoundedRect(QRectF(box).adjusted(1, 1, -1, -1), 6, 6);
        if (i + 1 < int(m_pipeline.stages.size())) { // the arrow to the next ring
            const int y = box.center().y();
            const int x0 = box.right() + 4;
            const int x1 = box.right() + kArrow - 4;
            p.setPen(QPen(pal.color(QPalette::Mid), 2));
            p.drawLine(x0, y, x1, y);
            QPainterPath head;
            head.moveTo(x1, y);
            head.lineTo(x1 - 6, y - 5);
            head.lineTo(x1 - 6, y + 5);
            head.closeSubpath();
            p.fillPath(head, pal.color(QPalette::Mid));
        }

        const QRect text = box.adjusted(8, 6, -8, -6);
        QFont bold = font();
        bold.setBold(true);
        p.setFont(bold);
        p.setPen(pal.color(QPalette::WindowText));
        const QString title = stage.current
            ? tr("%1 (current)").arg(controlplane::toString(stage.ring))
            : controlplane::toString(stage.ring);
        p.drawText(QRect(text.left(), text.top(), text.width(), line), Qt::AlignLeft,
                   fontMetrics().elidedText(title, Qt::ElideRight, text.width()));
        p.setPen(color);
        p.drawText(QRect(text.left(), text.top() + line, text.width(), line), Qt::AlignLeft,
                   RingPipelineText::stateName(stage.state));
        p.setFont(font());
        p.setPen(pal.color(QPalette::WindowText));
        QStringList rows;
        if (stage.progress) {
            const controlplane::RingProgress &row = *stage.progress;
            rows << row.connectorType;
            rows << tr("%1 ok, %2 failed").arg(row.successCount).arg(row.failureCount);
            const int devices = row.successCount + row.failureCount;
            rows << (devices == 0 ? tr("no results yet")
                         : stage.gate
                         ? tr("%1 (gate %2)").arg(rate(row.successRate), rate(*stage.gate))
                         : tr("%1 (no gate)").arg(rate(row.successRate)));
            if (stage.secondsInRing)
                rows << tr("%1 in ring").arg(duration(*stage.secondsInRing));
        } else {
            rows << (stage.gate ? tr("gate %1").arg(rate(*stage.gate)) : tr("no gate"));
        }
        for (int r = 0; r < rows.size(); ++r) {
            const QRect at(text.left(), text.top() + (r + 2) * line, text.width(), line);
            if (at.bottom() > text.bottom())
                break;
            p.drawText(at, Qt::AlignLeft,
                       fontMetrics().elidedText(rows[r], Qt::ElideRight, text.width()));
        }
    }
}

bool RingPipelineWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        for (int i = 0; i < int(m_pipeline.stages.size()); ++i) {
            if (stageRect(i).contains(help->pos())) {
                QToolTip::showText(help->globalPos(), stageToolTip(i), this, stageRect(i));
                return true;
            }
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}

} // namespace eucora::app
