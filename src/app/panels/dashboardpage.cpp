#include "panels/dashboardpage.h"

#include "charts/timeseriesview.h"
#include "dashboard/dashboardcheck.h"
#include "dashboard/degradedsource.h"
#include "dashboard/interpolation.h"
#include "dashboard/interval.h"
#include "dashboard/panelstatus.h"
#include "dashboard/promqlscan.h"
#include "panels/rendererregistry.h"
#include "panels/variablesbar.h"

#include <QApplication>
#include <QEvent>
#include <QJsonArray>
#include <QScrollBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace eucora::app {

using namespace dashboard;

namespace {

// A panel's degraded-mode recipe, an EUCORA extension in its options:
// "eucoraDegraded": {"sample": "deployment_total", "groupBy": "status", "scale": 60,
// "window": "5m"}.
DegradedRecipe degradedRecipe(const Panel &panel)
{
    const QJsonObject o = panel.rawOptions.value(QStringLiteral("eucoraDegraded")).toObject();
    DegradedRecipe recipe;
    recipe.sample = o.value(QStringLiteral("sample")).toString();
    recipe.groupBy = o.value(QStringLiteral("groupBy")).toString();
    recipe.scale = o.value(QStringLiteral("scale")).toDouble(1.0);
    if (o.value(QStringLiteral("quantile")).isDouble())
        recipe.quantile = o.value(QStringLiteral("quantile")).toDouble();
    if (const auto window = parseIntervalMs(o.value(QStringLiteral("window")).toString()))
        recipe.window = std::chrono::seconds(*window / 1000);
    return recipe;
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

} // namespace

DashboardPage::DashboardPage(DashboardState *state, const PageServices &services, QWidget *parent)
    : QWidget(parent)
    , m_state(state)
    , m_services(services)
    , m_variables(new VariablesBar(state, this))
    , m_scroll(new QScrollArea(this))
    , m_canvas(new QWidget)
{
    m_scroll->setWidget(m_canvas); // owns it
    m_scroll->setWidgetResizable(false);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->viewport()->installEventFilter(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_variables);
    layout->addWidget(m_scroll, 1);
    connect(m_scroll->verticalScrollBar(), &QScrollBar::valueChanged, this,
            &DashboardPage::updateActive);
    connect(state, &DashboardState::rangeChanged, this, &DashboardPage::replan);
    connect(state, &DashboardState::variablesChanged, this, &DashboardPage::replan);
    connect(state, &DashboardState::zoneChanged, this, [this] {
        for (PanelFrame *frame : m_frames)
            frame->refreshView();
    });
    connect(state, &DashboardState::refreshIntervalChanged, this, [this] {
        for (PanelFrame *frame : m_frames) {
            if (frame->feed())
                frame->feed()->setRefreshInterval(m_state->refreshInterval());
        }
    });
    build();
}

DashboardPage::~DashboardPage()
{
    for (PanelFrame *frame : m_frames)
        frame->setActive(false);
}

void DashboardPage::build()
{
    forEachPanel(m_state->dashboard(), [this](const Panel &panel) {
        if (panel.kind == PanelKind::Row) {
            auto *header = new QToolButton(m_canvas);
            header->setAutoRaise(true);
            header->setToolButtonStyle(Qt::ToolButtonTextOnly);
            QFont font = header->font();
            font.setBold(true);
            font.setPointSizeF(font.pointSizeF() * 1.1);
            header->setFont(font);
            const int id = panel.id;
            connect(header, &QToolButton::clicked, this, [this, id] { toggleRow(id); });
            m_widgets[&panel] = header;
            return;
        }
        PanelFrame *frame = createFrame(panel);
        m_frames.push_back(frame);
        m_widgets[&panel] = frame;
    });
    replan();
}

PanelFrame *DashboardPage::createFrame(const Panel &panel)
{
    PanelRenderer *renderer = m_services.renderers->create(panel, m_state->dashboard(), nullptr);
    PanelFeed *feed = nullptr;
    if (queriesPrometheus(panel.kind) && !panel.targets.empty() && m_services.queries) {
        PanelSpec spec;
        spec.id = QStringLiteral("%1/%2").arg(m_state->dashboard().uid).arg(panel.id);
        spec.title = panel.title;
        spec.refreshInterval = m_state->refreshInterval();
        spec.degraded = degradedRecipe(panel);
        feed = new PanelFeed(m_services.queries, m_services.scheduler, spec,
                             m_state->plannerFor(panel), this);
        if (spec.degraded.isValid() && m_services.scraper)
            feed->setDegradedSource(m_services.scraper);
    }
    auto *frame = new PanelFrame(
        renderer, feed, [this] { return context(); }, m_canvas);
    connect(frame, &PanelFrame::settledChanged, this, &DashboardPage::settledChanged);
    if (TimeSeriesView *chart = renderer->chart()) {
        connect(chart, &TimeSeriesView::annotationClicked, this, &DashboardPage::annotationClicked);
        connect(chart, &TimeSeriesView::hovered, this,
                [this, chart](qint64 ms, bool inside) { shareCrosshair(chart, ms, inside); });
        connect(chart, &TimeSeriesView::zoomRequested, this, [this](qint64 from, qint64 to) {
            m_state->setRawRange(
                toRaw(TimeRange {QDateTime::fromMSecsSinceEpoch(from, QTimeZone::utc()),
                                 QDateTime::fromMSecsSinceEpoch(to, QTimeZone::utc())}));
        });
        connect(chart, &TimeSeriesView::zoomOutRequested, this, [this] {
            TimeContext ctx;
            ctx.now = m_state->now();
            ctx.zone = m_state->zone();
            if (const auto wider = zoomOut(m_state->rawRange(), ctx); wider.ok())
                m_state->setRawRange(wider.value());
        });
    }
    return frame;
}

PanelContext DashboardPage::context() const
{
    PanelContext context;
    context.dashboard = &m_state->dashboard();
    context.range = m_state->resolvedRange();
    context.zone = m_state->zone();
    context.darkTheme = isDark(palette());
    context.annotations = m_annotations;
    context.annotationNote = m_annotationNote;
    return context;
}

void DashboardPage::setAnnotations(std::shared_ptr<const std::vector<ChartAnnotation>> annotations,
                                   const QString &note)
{
    const bool same = note == m_annotationNote
        && ((!annotations && !m_annotations)
            || (annotations && m_annotations && annotations->size() == m_annotations->size()
                && std::equal(annotations->begin(), annotations->end(), m_annotations->begin(),
                              [](const ChartAnnotation &a, const ChartAnnotation &b) {
                                  return a.fromMs == b.fromMs && a.toMs == b.toMs && a.key == b.key
                                      && a.title == b.title;
                              })));
    if (same)
        return;
    m_annotations = std::move(annotations);
    m_annotationNote = note;
    for (PanelFrame *frame : m_frames) {
        if (frame->renderer()->chart())
            frame->refreshView();
    }
}

void DashboardPage::ensureVisible(PanelFrame *frame)
{
    m_scroll->ensureWidgetVisible(frame, 0, 0);
}

PanelFrame *DashboardPage::frameFor(int panelId) const
{
    for (PanelFrame *frame : m_frames) {
        if (frame->panel().id == panelId)
            return frame;
    }
    return nullptr;
}

void DashboardPage::toggleRow(int rowId)
{
    if (!m_toggledRows.erase(rowId))
        m_toggledRows.insert(rowId);
    relayout();
}

bool DashboardPage::isRowOpen(int rowId) const
{
    for (const Panel &panel : m_state->dashboard().panels) {
        if (panel.id == rowId && panel.kind == PanelKind::Row)
            return panel.collapsed == (m_toggledRows.count(rowId) > 0);
    }
    return false;
}

void DashboardPage::setShown(bool shown)
{
    if (shown == m_shown)
        return;
    m_shown = shown;
    updateActive();
}

void DashboardPage::setPollEverything(bool everything)
{
    m_pollEverything = everything;
    updateActive();
}

void DashboardPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
}

bool DashboardPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize)
        relayout();
    return QWidget::eventFilter(watched, event);
}

void DashboardPage::relayout()
{
    const int width = m_scroll->viewport()->width();
    const std::vector<PlacedPanel> placed = layoutGrid(m_state->dashboard(), m_toggledRows, width);
    std::set<QWidget *> shown;
    for (const PlacedPanel &p : placed) {
        const auto it = m_widgets.find(p.panel);
        if (it == m_widgets.end())
            continue;
        it->second->setGeometry(p.rect);
        it->second->show();
        shown.insert(it->second);
        if (auto *header = qobject_cast<QToolButton *>(it->second)) {
            const QString arrow = p.collapsedRow ? QStringLiteral("▸") : QStringLiteral("▾");
            header->setText(p.collapsedRow
                                ? tr("%1 %2 (%n panels)", nullptr, int(p.panel->children.size()))
                                      .arg(arrow, p.panel->title)
                                : QStringLiteral("%1 %2").arg(arrow, p.panel->title));
        }
    }
    for (const auto &[panel, widget] : m_widgets) {
        if (!shown.count(widget))
            widget->hide();
    }
    m_canvas->resize(width, gridHeight(placed));
    updateActive();
}

void DashboardPage::updateActive()
{
    // A little ahead of the viewport, so scrolling finds panels already loading.
    const QRect viewport(0, m_scroll->verticalScrollBar()->value() - 200,
                         m_scroll->viewport()->width(), m_scroll->viewport()->height() + 400);
    for (PanelFrame *frame : m_frames)
        frame->setActive(m_shown && !frame->isHidden()
                         && (m_pollEverything || frame->geometry().intersects(viewport)));
}

void DashboardPage::replan()
{
    MacroContext macros;
    macros.range = m_state->resolvedRange();
    for (PanelFrame *frame : m_frames) {
        frame->setTitle(
            interpolateText(frame->panel().title, m_state->dashboard().variables, macros).text);
        if (frame->feed())
            frame->feed()->setPlanner(m_state->plannerFor(frame->panel()));
        frame->refreshView();
    }
}

void DashboardPage::refreshNow()
{
    for (PanelFrame *frame : m_frames) {
        if (frame->feed() && frame->isActive())
            frame->feed()->refreshNow();
    }
}

void DashboardPage::shareCrosshair(TimeSeriesView *from, qint64 ms, bool inside)
{
    if (m_state->dashboard().graphTooltip == GraphTooltip::Default)
        return;
    for (PanelFrame *frame : m_frames) {
        TimeSeriesView *chart = frame->renderer()->chart();
        if (chart && chart != from)
            chart->setCrosshair(inside ? std::optional<qint64>(ms) : std::nullopt);
    }
}

bool DashboardPage::settled() const
{
    for (PanelFrame *frame : m_frames) {
        if (frame->isActive() && !frame->settled())
            return false;
    }
    return true;
}

QStringList DashboardPage::panelErrors() const
{
    QStringList out;
    for (PanelFrame *frame : m_frames) {
        if (frame->isActive() && !frame->errorText().isEmpty())
            out << QStringLiteral("%1: %2").arg(frame->panel().title, frame->errorText());
    }
    return out;
}

void DashboardPage::setNoRulesApi(const QString &why)
{
    const QString note = why.isEmpty()
        ? QString()
        : tr("%1 This panel reads ALERTS, which only an evaluator of the alert rules writes: none "
             "may be running, and no alerts here does not mean that all is well.")
              .arg(why);
    for (PanelFrame *frame : m_frames) {
        const auto &targets = frame->panel().targets;
        const bool overAlerts
            = std::any_of(targets.begin(), targets.end(), [](const Target &target) {
                  const QStringList metrics = selectedMetrics(target.expr);
                  return metrics.contains(QLatin1String("ALERTS"))
                      || metrics.contains(QLatin1String("ALERTS_FOR_STATE"));
              });
        if (overAlerts && !note.isEmpty())
            frame->setEngineNote(tr("⚠ No rules API: nothing may write ALERTS"), note);
        else
            frame->setEngineNote({}, {});
    }
}

QJsonObject DashboardPage::exportJson() const
{
    const TimeRange range = m_state->resolvedRange();
    QJsonArray panels;
    for (PanelFrame *frame : m_frames) {
        if (frame->isHidden())
            continue;
        QJsonObject panel = frame->renderer()->exportContent();
        panel.insert(QStringLiteral("title"), frame->panel().title);
        panel.insert(QStringLiteral("type"), frame->panel().type);
        panel.insert(QStringLiteral("state"), frame->stateName());
        panel.insert(QStringLiteral("error"), frame->errorText());
        panel.insert(QStringLiteral("findings"), QJsonArray::fromStringList(frame->findings()));
        if (!frame->engineNote().isEmpty())
            panel.insert(QStringLiteral("engineNote"), frame->engineNote());
        panels.append(panel);
    }
    return {{QStringLiteral("view"), uid()},
            {QStringLiteral("from"), formatAbsoluteTime(range.from)},
            {QStringLiteral("to"), formatAbsoluteTime(range.to)},
            {QStringLiteral("panels"), panels}};
}

void DashboardPage::checkOnce(prometheus::PrometheusClient *client)
{
    if (m_checked)
        return;
    m_checked = true;
    auto *check = new DashboardCheck(client, this);
    check->run(m_state->dashboard(), m_state->report(), m_state->resolvedRange(),
               [this, check](const std::vector<CheckFinding> &findings) {
                   std::map<int, QStringList> byPanel;
                   for (const CheckFinding &f : findings) {
                       if (f.panelId != 0)
                           byPanel[f.panelId]
                               << (f.refId.isEmpty()
                                       ? f.message
                                       : QStringLiteral("%1: %2").arg(f.refId, f.message));
                   }
                   setFindings(byPanel);
                   check->deleteLater();
               });
}

void DashboardPage::setFindings(const std::map<int, QStringList> &findings)
{
    for (PanelFrame *frame : m_frames) {
        const auto it = findings.find(frame->panel().id);
        frame->setFindings(it == findings.end() ? QStringList() : it->second);
    }
}

} // namespace eucora::app
