#include "charts/rastertimeseriesview.h"

#include "offthread.h"

#include <QApplication>
#include <QDateTime>
#include <QMouseEvent>
#include <QPainter>
#include <QPointer>
#include <QThreadPool>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace eucora::app {

namespace {

// Charts of every window render on two threads of their own; the pool lives as long as the
// application, which waits for a render still running when it quits.
QThreadPool *chartPool()
{
    static QPointer<QThreadPool> pool;
    if (!pool) {
        pool = new QThreadPool(qApp);
        pool->setMaxThreadCount(2);
    }
    return pool;
}

ChartColors colorsOf(const QPalette &palette)
{
    const QColor text = palette.color(QPalette::WindowText);
    QColor grid = text;
    grid.setAlphaF(0.12f);
    QColor axis = text;
    axis.setAlphaF(0.45f);
    return ChartColors {palette.color(QPalette::Base), text, grid, axis};
}

// The sample of `series` nearest to `ms`, if it is within the series' step of it.
std::optional<double> valueAt(const ChartSeries &series, qint64 ms)
{
    const auto &t = series.timestampsMs();
    if (t.empty())
        return std::nullopt;
    auto it = std::lower_bound(t.begin(), t.end(), ms);
    size_t i = size_t(it - t.begin());
    if (i == t.size() || (i > 0 && ms - t[i - 1] < t[i] - ms))
        i = i == 0 ? 0 : i - 1;
    const qint64 step = t.size() > 1 ? (t.back() - t.front()) / qint64(t.size() - 1) : 60000;
    if (std::abs(t[i] - ms) > std::max<qint64>(step, 1000) || !std::isfinite(series.values()[i]))
        return std::nullopt;
    return series.values()[i];
}

} // namespace

class ChartCanvas : public QWidget
{
public:
    ChartCanvas(RasterTimeSeriesView *view, QWidget *parent)
        : QWidget(parent)
        , m_view(view)
    {
        setMouseTracking(true);
        setMinimumHeight(120);
        setAttribute(Qt::WA_OpaquePaintEvent);
    }

    std::optional<double> hoverX;
    std::optional<double> dragFrom;

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        const ChartImage &shown = m_view->m_shown;
        if (shown.image.isNull() || shown.image.deviceIndependentSize().toSize() != size())
            p.fillRect(rect(), palette().color(QPalette::Base));
        if (!shown.image.isNull())
            p.drawImage(QPointF(0, 0), shown.image);
        const ChartLayout &layout = shown.layout;
        if (!layout.isValid())
            return;
        QColor line = palette().color(QPalette::WindowText);
        line.setAlphaF(0.55f);
        p.setPen(QPen(line, 1.0, Qt::DashLine));
        std::optional<double> x = hoverX;
        if (!x && m_view->m_sharedCrosshair)
            x = layout.x(double(*m_view->m_sharedCrosshair));
        if (x && *x >= layout.plot.left() && *x <= layout.plot.right())
            p.drawLine(QPointF(*x, layout.plot.top()), QPointF(*x, layout.plot.bottom()));
        if (dragFrom && hoverX) {
            QColor fill = palette().color(QPalette::Highlight);
            fill.setAlphaF(0.2f);
            const double left = std::min(*dragFrom, *hoverX);
            p.fillRect(QRectF(left, layout.plot.top(), std::abs(*hoverX - *dragFrom),
                              layout.plot.height()),
                       fill);
        }
    }

    void resizeEvent(QResizeEvent *) override { m_view->scheduleRender(); }
    void changeEvent(QEvent *event) override
    {
        if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
            m_view->scheduleRender();
        QWidget::changeEvent(event);
    }

    void mouseMoveEvent(QMouseEvent *event) override
    {
        const ChartLayout &layout = m_view->m_shown.layout;
        const QPointF pos = event->position();
        if (!layout.isValid() || !layout.plot.contains(pos)) {
            leave();
            return;
        }
        hoverX = pos.x();
        const qint64 ms = layout.time(pos.x());
        emit m_view->hovered(ms, true);
        // Over an event's marker (the triangle on the time axis): what happened, not the values.
        const ChartAnnotation *marker = markerAt(pos);
        const QString text = marker ? marker->title + QLatin1Char('\n') + marker->text
                                    : m_view->tooltipText(ms, pos.y());
        if (text.isEmpty() || dragFrom)
            QToolTip::hideText();
        else
            QToolTip::showText(event->globalPosition().toPoint() + QPoint(16, 12), text, this);
        update();
    }

    void leaveEvent(QEvent *) override { leave(); }

    void mousePressEvent(QMouseEvent *event) override
    {
        const ChartLayout &layout = m_view->m_shown.layout;
        if (event->button() == Qt::LeftButton && layout.plot.contains(event->position()))
            dragFrom = event->position().x();
    }

    void mouseReleaseEvent(QMouseEvent *event) override
    {
        const ChartLayout &layout = m_view->m_shown.layout;
        const std::optional<double> from = std::exchange(dragFrom, std::nullopt);
        if (!from || event->button() != Qt::LeftButton || !layout.isValid())
            return;
        const double to
            = std::clamp(event->position().x(), layout.plot.left(), layout.plot.right());
        if (std::abs(to - *from) >= 5) {
            const qint64 a = layout.time(std::min(*from, to));
            const qint64 b = layout.time(std::max(*from, to));
            emit m_view->zoomRequested(a, b);
        } else if (const QString key = annotationAt(event->position()); !key.isEmpty()) {
            emit m_view->annotationClicked(key);
        }
        update();
    }

    void mouseDoubleClickEvent(QMouseEvent *) override { emit m_view->zoomOutRequested(); }

private:
    void leave()
    {
        if (!hoverX)
            return;
        hoverX.reset();
        QToolTip::hideText();
        emit m_view->hovered(0, false);
        update();
    }

    // The annotation whose marker triangle (at the bottom of the plot) is under `pos`.
    const ChartAnnotation *markerAt(QPointF pos) const
    {
        const ChartLayout &layout = m_view->m_shown.layout;
        if (pos.y() < layout.plot.bottom() - 16)
            return nullptr;
        for (const ChartAnnotation &a : m_view->m_scene->annotations) {
            if (std::abs(pos.x() - layout.x(a.fromMs)) <= 6)
                return &a;
        }
        return nullptr;
    }

    // The annotation whose marker (on the time axis) or band is under `pos`.
    QString annotationAt(QPointF pos) const
    {
        const ChartLayout &layout = m_view->m_shown.layout;
        for (const ChartAnnotation &a : m_view->m_scene->annotations) {
            const double x0 = layout.x(a.fromMs);
            const double x1 = layout.x(a.toMs);
            if (pos.x() >= x0 - 6 && pos.x() <= std::max(x0, x1) + 6)
                return a.key;
        }
        return {};
    }

    RasterTimeSeriesView *m_view;
};

RasterTimeSeriesView::RasterTimeSeriesView(QWidget *parent)
    : TimeSeriesView(parent)
    , m_canvas(new ChartCanvas(this, parent))
    , m_scene(std::make_shared<const ChartScene>())
{ }

RasterTimeSeriesView::~RasterTimeSeriesView()
{
    // A render still drawing must not outlive the views: at exit it would paint while
    // QGuiApplication takes down what QPainter needs. Waiting costs at most one render.
    if (m_rendering)
        chartPool()->waitForDone();
    delete m_canvas;
}

QWidget *RasterTimeSeriesView::widget()
{
    return m_canvas;
}

void RasterTimeSeriesView::setScene(ChartScene scene)
{
    if (scene.hidden.empty() && scene.series.size() == m_scene->series.size())
        scene.hidden = m_scene->hidden; // legend toggles survive a refresh
    m_scene = std::make_shared<const ChartScene>(std::move(scene));
    scheduleRender();
}

void RasterTimeSeriesView::setSeriesHidden(std::vector<bool> hidden)
{
    auto scene = std::make_shared<ChartScene>(*m_scene);
    scene->hidden = std::move(hidden);
    m_scene = std::move(scene);
    scheduleRender();
}

void RasterTimeSeriesView::setCrosshair(std::optional<qint64> ms)
{
    if (m_sharedCrosshair == ms)
        return;
    m_sharedCrosshair = ms;
    m_canvas->update();
}

void RasterTimeSeriesView::scheduleRender()
{
    m_dirty = true;
    if (!m_rendering)
        startRender();
}

void RasterTimeSeriesView::startRender()
{
    m_dirty = false;
    m_rendering = true;
    // A render that ends after the view is gone goes nowhere.
    runOffThread(
        chartPool(), this,
        [scene = m_scene, size = m_canvas->size(), dpr = m_canvas->devicePixelRatioF(),
         colors = colorsOf(m_canvas->palette()),
         font = m_canvas->font()] { return renderChart(*scene, size, dpr, colors, font); },
        [this](ChartImage image) { finishRender(std::move(image)); });
}

void RasterTimeSeriesView::finishRender(ChartImage image)
{
    m_rendering = false;
    m_shown = std::move(image);
    m_canvas->update();
    if (m_dirty)
        startRender();
    else
        emit rendered();
}

QString RasterTimeSeriesView::tooltipText(qint64 ms, double mouseY) const
{
    if (m_tooltipMode == TooltipMode::None)
        return {};
    struct Row
    {
        const ChartSeries *series;
        double value;
    };
    std::vector<Row> rows;
    for (size_t i = 0; i < m_scene->series.size(); ++i) {
        if (m_scene->isHidden(i))
            continue;
        if (const auto v = valueAt(m_scene->series[i], ms))
            rows.push_back({&m_scene->series[i], *v});
    }
    if (rows.empty())
        return {};
    const auto format = [this](double v) {
        return m_scene->axis.format ? m_scene->axis.format(v) : QString::number(v, 'g', 6);
    };
    const auto line = [&format](const Row &row) {
        return QStringLiteral("<tr><td><span style=\"color:%1\">&#9632;</span> %2</td>"
                              "<td align=\"right\">&nbsp;%3</td></tr>")
            .arg(row.series->color.name(), row.series->name.toHtmlEscaped(),
                 format(row.value).toHtmlEscaped());
    };
    const QString time = QDateTime::fromMSecsSinceEpoch(ms, m_scene->zone)
                             .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss t"));
    QString body;
    if (m_tooltipMode == TooltipMode::Single) {
        // The series nearest to the mouse, as Grafana's single mode does.
        const double value = m_shown.layout.value(mouseY);
        const auto nearest
            = std::min_element(rows.begin(), rows.end(), [value](const Row &a, const Row &b) {
                  return std::abs(a.value - value) < std::abs(b.value - value);
              });
        body = line(*nearest);
    } else {
        std::stable_sort(rows.begin(), rows.end(),
                         [](const Row &a, const Row &b) { return a.value > b.value; });
        for (size_t i = 0; i < rows.size() && i < 20; ++i)
            body += line(rows[i]);
        if (rows.size() > 20)
            body += QStringLiteral("<tr><td>%1</td></tr>")
                        .arg(tr("… %n more", nullptr, int(rows.size() - 20)));
    }
    return QStringLiteral("<b>%1</b><table>%2</table>").arg(time.toHtmlEscaped(), body);
}

} // namespace eucora::app
