#include "panels/statetimelinerenderer.h"

#include "charts/chartlayout.h"
#include "dashboard/grafanacolors.h"
#include "dashboard/panelseries.h"
#include "dashboard/valueformat.h"
#include "panels/bigvaluetext.h"
#include "panels/seriesexport.h"

#include <QDateTime>
#include <QHelpEvent>
#include <QJsonArray>
#include <QPainter>
#include <QToolTip>

#include <limits>

namespace eucora::app {

namespace {

// Grafana's defaults: bands at 70 % opacity filling 90 % of their lane.
constexpr qreal kFillOpacity = 0.7;
constexpr qreal kRowHeight = 0.9;

QString timeText(std::int64_t ms, const QTimeZone &zone, const QString &format)
{
    return QDateTime::fromMSecsSinceEpoch(ms, zone).toString(format);
}

} // namespace

double StateTimelineRenderer::Geometry::x(std::int64_t ms, std::int64_t fromMs,
                                          std::int64_t toMs) const
{
    const double at = double(ms - fromMs) / double(toMs - fromMs);
    return plot.left() + std::clamp(at, 0.0, 1.0) * plot.width();
}

StateTimelineRenderer::StateTimelineRenderer(const dashboard::Panel &panel, QWidget *parent)
    : PanelRenderer(panel, parent)
{
    setMinimumSize(120, 50);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setMouseTracking(true);
}

void StateTimelineRenderer::showData(const dashboard::PanelState &state,
                                     const PanelContext &context)
{
    m_lanes.clear();
    m_zone = context.zone;
    m_dark = context.darkTheme;
    m_fetched = state.fetchedAt.isValid();
    m_fromMs = context.range.from.toMSecsSinceEpoch();
    m_toMs = context.range.to.toMSecsSinceEpoch();
    const std::vector<dashboard::ShownSeries> shown
        = dashboard::shownSeries(panel(), state, context.darkTheme);
    if (!context.range.from.isValid() || m_toMs <= m_fromMs) {
        // No window to show: the data's own extent.
        m_fromMs = std::numeric_limits<std::int64_t>::max();
        m_toMs = std::numeric_limits<std::int64_t>::min();
        for (const dashboard::ShownSeries &s : shown) {
            if (s.data->size() == 0)
                continue;
            m_fromMs = std::min(m_fromMs, s.data->timestampsMs.front());
            m_toMs = std::max(m_toMs, s.data->timestampsMs.back());
        }
        if (m_toMs <= m_fromMs) {
            m_fromMs = 0;
            m_toMs = 1;
        }
    }
    QJsonArray states;
    for (size_t i = 0; i < shown.size(); ++i) {
        const dashboard::ShownSeries &s = shown[i];
        Lane lane {s.name, QColor(dashboard::seriesColorHex(int(i), m_dark)),
                   stateBands(*s.data, s.field, m_fromMs, m_toMs)};
        for (const StateBand &band : lane.bands)
            states.append(QJsonObject {{QStringLiteral("lane"), lane.name},
                                       {QStringLiteral("text"), band.text},
                                       {QStringLiteral("fromMs"), double(band.fromMs)},
                                       {QStringLiteral("toMs"), double(band.toMs)}});
        m_lanes.push_back(std::move(lane));
    }
    m_export = [this, state = state, dark = context.darkTheme, states] {
        return QJsonObject {{QStringLiteral("series"),
                             exportedSeries(dashboard::shownSeries(panel(), state, dark))},
                            {QStringLiteral("states"), states}};
    };
    update();
}

QJsonObject StateTimelineRenderer::exportContent() const
{
    return m_export ? m_export() : QJsonObject();
}

QString StateTimelineRenderer::laneName(int lane) const
{
    return lane >= 0 && lane < laneCount() ? m_lanes[size_t(lane)].name : QString();
}

std::vector<StateBand> StateTimelineRenderer::bands(int lane) const
{
    return lane >= 0 && lane < laneCount() ? m_lanes[size_t(lane)].bands : std::vector<StateBand>();
}

StateTimelineRenderer::Geometry StateTimelineRenderer::geometry() const
{
    const QFontMetricsF metrics(font());
    qreal nameWidth = 0;
    for (const Lane &lane : m_lanes)
        nameWidth = std::max(nameWidth, metrics.horizontalAdvance(lane.name));
    nameWidth = std::min(nameWidth + 12, width() * 0.3);
    Geometry g;
    const qreal axisHeight = metrics.height() + 8;
    g.plot = QRectF(nameWidth, 4, std::max(1.0, width() - nameWidth - 8),
                    std::max(1.0, height() - axisHeight - 4));
    g.laneHeight = m_lanes.empty() ? 0 : g.plot.height() / qreal(m_lanes.size());
    return g;
}

QPoint StateTimelineRenderer::pointAt(int lane, std::int64_t ms) const
{
    const Geometry g = geometry();
    return QPointF(g.x(ms, m_fromMs, m_toMs), g.plot.top() + (lane + 0.5) * g.laneHeight).toPoint();
}

QString StateTimelineRenderer::toolTipAt(const QPoint &pos) const
{
    const Geometry g = geometry();
    if (m_lanes.empty() || !g.plot.contains(pos))
        return {};
    const size_t index = std::min(m_lanes.size() - 1,
                                  size_t(std::max(0.0, (pos.y() - g.plot.top()) / g.laneHeight)));
    const Lane &lane = m_lanes[index];
    for (const StateBand &band : lane.bands) {
        if (pos.x() < g.x(band.fromMs, m_fromMs, m_toMs)
            || pos.x() > g.x(band.toMs, m_fromMs, m_toMs))
            continue;
        const QString format = QStringLiteral("yyyy-MM-dd HH:mm:ss");
        const QString duration = dashboard::formatValue(double(band.toMs - band.fromMs),
                                                        QStringLiteral("dtdurationms"))
                                     .toString();
        return tr("%1: %2\nfrom %3 to %4 %5\nfor %6")
            .arg(lane.name, band.text, timeText(band.fromMs, m_zone, format),
                 timeText(band.toMs, m_zone, format),
                 QDateTime::fromMSecsSinceEpoch(band.toMs, m_zone).timeZoneAbbreviation(),
                 duration);
    }
    return {};
}

bool StateTimelineRenderer::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return PanelRenderer::event(event);
    const auto *help = static_cast<QHelpEvent *>(event);
    const QString text = toolTipAt(help->pos());
    if (text.isEmpty()) {
        QToolTip::hideText();
        event->ignore();
    } else {
        QToolTip::showText(help->globalPos(), text, this);
    }
    return true;
}

QColor StateTimelineRenderer::bandColor(const Lane &lane, const StateBand &band) const
{
    const QString hex = dashboard::colorHex(band.color, m_dark);
    return hex.isEmpty() ? lane.fallback : QColor(hex);
}

void StateTimelineRenderer::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    if (m_lanes.empty()) {
        if (m_fetched) {
            painter.setPen(palette().color(QPalette::PlaceholderText));
            painter.drawText(rect(), Qt::AlignCenter, tr("No data"));
        }
        return;
    }
    const Geometry g = geometry();
    paintAxis(painter, g);
    for (size_t i = 0; i < m_lanes.size(); ++i)
        paintLane(painter, g, i);
}

void StateTimelineRenderer::paintAxis(QPainter &painter, const Geometry &g) const
{
    const QFontMetricsF metrics(font());
    QColor grid = palette().color(QPalette::WindowText);
    grid.setAlphaF(0.12);
    for (const TimeTick &tick : timeTicks(m_fromMs, m_toMs, m_zone, g.plot.width())) {
        const double x = g.x(tick.ms, m_fromMs, m_toMs);
        painter.setPen(grid);
        painter.drawLine(QPointF(x, g.plot.top()), QPointF(x, g.plot.bottom()));
        const qreal w = metrics.horizontalAdvance(tick.label) + 2;
        const qreal left = std::clamp(x - w / 2, 0.0, width() - w);
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRectF(left, g.plot.bottom() + 4, w, metrics.height()), Qt::AlignCenter,
                         tick.label);
    }
}

void StateTimelineRenderer::paintLane(QPainter &painter, const Geometry &g, size_t index) const
{
    const Lane &lane = m_lanes[index];
    const qreal top = g.plot.top() + qreal(index) * g.laneHeight;
    const qreal bandHeight = g.laneHeight * kRowHeight;
    const qreal bandTop = top + (g.laneHeight - bandHeight) / 2;
    const QFontMetricsF metrics(font());
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(QRectF(0, top, g.plot.left() - 6, g.laneHeight),
                     Qt::AlignRight | Qt::AlignVCenter,
                     metrics.elidedText(lane.name, Qt::ElideRight, g.plot.left() - 6));
    const bool values = panel().rawOptions.value(QStringLiteral("showValue")).toString()
        != QLatin1String("never");
    const QColor base = palette().color(QPalette::Base);
    for (const StateBand &band : lane.bands) {
        const double x0 = g.x(band.fromMs, m_fromMs, m_toMs);
        const double x1 = g.x(band.toMs, m_fromMs, m_toMs);
        const QRectF box(x0, bandTop, std::max(1.0, x1 - x0), bandHeight);
        const QColor fill = blended(bandColor(lane, band), base, kFillOpacity);
        painter.fillRect(box, fill);
        if (values && metrics.horizontalAdvance(band.text) + 8 <= box.width()
            && metrics.height() <= box.height()) {
            painter.setPen(readableOn(fill));
            painter.drawText(box, Qt::AlignCenter, band.text);
        }
    }
}

} // namespace eucora::app
