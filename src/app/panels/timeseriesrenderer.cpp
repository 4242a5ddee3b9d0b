#include "panels/timeseriesrenderer.h"

#include "charts/chartlegend.h"
#include "charts/rastertimeseriesview.h"
#include "dashboard/grafanacolors.h"
#include "dashboard/reducers.h"
#include "dashboard/valueformat.h"
#include "panels/seriesexport.h"

#include <QBoxLayout>
#include <QJsonArray>

#include <cmath>

namespace eucora::app {

namespace {

using namespace dashboard;

ChartStyle chartStyle(const GraphStyle &g)
{
    ChartStyle s;
    s.draw = g.drawStyle == dashboard::DrawStyle::Bars ? app::DrawStyle::Bars
        : g.drawStyle == dashboard::DrawStyle::Points  ? app::DrawStyle::Points
                                                       : app::DrawStyle::Line;
    switch (g.lineInterpolation) {
    case dashboard::LineInterpolation::Smooth:
        s.interpolation = app::LineInterpolation::Smooth;
        break;
    case dashboard::LineInterpolation::StepBefore:
        s.interpolation = app::LineInterpolation::StepBefore;
        break;
    case dashboard::LineInterpolation::StepAfter:
        s.interpolation = app::LineInterpolation::StepAfter;
        break;
    case dashboard::LineInterpolation::Linear:
        s.interpolation = app::LineInterpolation::Linear;
        break;
    }
    s.lineWidth = std::max(0.5, g.lineWidth);
    s.fillOpacity = int(std::clamp(g.fillOpacity, 0.0, 100.0));
    s.showPoints = g.showPoints == ShowPoints::Always;
    s.pointSize = g.pointSize;
    s.stacking = g.stacking == StackingMode::Normal ? Stacking::Normal
        : g.stacking == StackingMode::Percent       ? Stacking::Percent
                                                    : Stacking::None;
    switch (g.spanNulls.mode) {
    case SpanNulls::Mode::Always:
        s.spanNullsMs = -1;
        break;
    case SpanNulls::Mode::BelowThreshold:
        s.spanNullsMs = std::int64_t(g.spanNulls.thresholdMs);
        break;
    case SpanNulls::Mode::Never:
        s.spanNullsMs = 0;
        break;
    }
    return s;
}

ThresholdStyle thresholdStyle(ThresholdsStyleMode mode)
{
    switch (mode) {
    case ThresholdsStyleMode::Line:
        return ThresholdStyle::Line;
    case ThresholdsStyleMode::Dashed:
        return ThresholdStyle::Dashed;
    case ThresholdsStyleMode::Area:
        return ThresholdStyle::Area;
    case ThresholdsStyleMode::LineAndArea:
        return ThresholdStyle::LineAndArea;
    case ThresholdsStyleMode::DashedAndArea:
        return ThresholdStyle::DashedAndArea;
    case ThresholdsStyleMode::Off:
    case ThresholdsStyleMode::Series:
        break;
    }
    return ThresholdStyle::Off;
}

QString calcTitle(const QString &id)
{
    static const std::pair<const char *, const char *> titles[] = {
        {"lastNotNull", QT_TRANSLATE_NOOP("eucora::app::TimeSeriesRenderer", "Last *")},
        {"last", QT_TRANSLATE_NOOP("eucora::app::TimeSeriesRenderer", "Last")},
        {"mean", QT_TRANSLATE_NOOP("eucora::app::TimeSeriesRenderer", "Mean")},
        {"min", QT_TRANSLATE_NOOP("eucora::app::TimeSeriesRenderer", "Min")},
        {"max", QT_TRANSLATE_NOOP("eucora::app::TimeSeriesRenderer", "Max")},
        {"sum", QT_TRANSLATE_NOOP("eucora::app::TimeSeriesRenderer", "Total")},
        {"count", QT_TRANSLATE_NOOP("eucora::app::TimeSeriesRenderer", "Count")},
    };
    for (const auto &[key, title] : titles) {
        if (id == QLatin1String(key))
            return TimeSeriesRenderer::tr(title);
    }
    return id;
}

} // namespace

TimeSeriesRenderer::TimeSeriesRenderer(const dashboard::Panel &panel, QWidget *parent)
    : PanelRenderer(panel, parent)
    , m_chart(std::make_unique<RasterTimeSeriesView>(this))
    , m_legend(new ChartLegend(this))
{
    const LegendOptions &legend = panel.options.legend;
    const bool right = legend.placement == LegendPlacement::Right;
    auto *layout = new QBoxLayout(right ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom, this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_chart->widget(), 1);
    layout->addWidget(m_legend);
    m_legend->setMode(legend.displayMode == LegendDisplayMode::Table ? ChartLegend::Mode::Table
                                                                     : ChartLegend::Mode::List);
    QStringList columns;
    for (const QString &calc : legend.calcs)
        columns << calcTitle(calc);
    m_legend->setColumns(columns);
    m_legend->setVisible(legend.showLegend && legend.displayMode != LegendDisplayMode::Hidden);
    if (right)
        m_legend->setMaximumWidth(360);
    else
        m_legend->setMaximumHeight(legend.displayMode == LegendDisplayMode::Table ? 120 : 56);
    m_chart->setTooltipMode(
        panel.options.tooltip == dashboard::TooltipMode::Multi      ? app::TooltipMode::Multi
            : panel.options.tooltip == dashboard::TooltipMode::None ? app::TooltipMode::None
                                                                    : app::TooltipMode::Single);
    connect(m_chart.get(), &TimeSeriesView::rendered, this, &PanelRenderer::settledChanged);
    connect(m_legend, &ChartLegend::hiddenChanged, this,
            [this](const std::vector<bool> &hidden) { m_chart->setSeriesHidden(hidden); });
}

TimeSeriesRenderer::~TimeSeriesRenderer() = default;

TimeSeriesView *TimeSeriesRenderer::chart()
{
    return m_chart.get();
}

bool TimeSeriesRenderer::settled() const
{
    return !m_chart->renderPending();
}

void TimeSeriesRenderer::showLegend(const std::vector<ShownSeries> &shown, bool legend)
{
    std::vector<LegendRow> rows;
    for (const ShownSeries &s : shown) {
        if (!legend || rows.size() >= kLegendRows)
            break;
        LegendRow row {s.name, QColor(s.color), {}};
        for (const QString &calc : panel().options.legend.calcs) {
            const auto reducer = reducerFromId(calc);
            const auto value = reducer ? reduce(s.data->values, *reducer) : std::nullopt;
            row.calcs << (value ? formatValue(*value, s.field.unit, s.field.decimals).toString()
                                : QStringLiteral("-"));
        }
        rows.push_back(std::move(row));
    }
    // The chart draws them all; the legend lists the first ones and says how many more.
    m_legend->setMoreCount(int(shown.size() - rows.size()) * (legend ? 1 : 0));
    const bool sameSeries = rows.size() == m_legend->rows().size();
    const std::vector<bool> hidden = sameSeries ? m_legend->hidden() : std::vector<bool>();
    m_legend->setRows(std::move(rows));
    if (sameSeries)
        m_legend->setHidden(hidden);
}

void TimeSeriesRenderer::showData(const dashboard::PanelState &state, const PanelContext &context)
{
    const FieldDefaults &defaults = panel().fieldConfig.defaults;
    ChartScene scene;
    scene.fromMs = context.range.from.toMSecsSinceEpoch();
    scene.toMs = context.range.to.toMSecsSinceEpoch();
    scene.zone = context.zone;
    scene.style = chartStyle(defaults.custom);
    scene.axis.label = defaults.custom.axisLabel;
    scene.axis.min = defaults.min;
    scene.axis.max = defaults.max;
    scene.axis.format = [unit = defaults.unit, decimals = defaults.decimals](double v) {
        return formatValue(v, unit, decimals).toString();
    };
    scene.emptyText = state.fetchedAt.isValid() ? tr("No data") : QString();
    for (const ThresholdStep &step : defaults.thresholds.steps)
        scene.thresholds.push_back({step.value.value_or(-std::numeric_limits<double>::infinity()),
                                    QColor(colorHex(step.color, context.darkTheme))});
    scene.thresholdStyle = thresholdStyle(defaults.custom.thresholdsStyle);

    // What --export writes is made when asked: a thousand series of a thousand points are too
    // many to copy into JSON on every refresh. (A copy of the state shares its series.)
    m_export = [this, state = state, dark = context.darkTheme] {
        return QJsonObject {
            {QStringLiteral("series"), exportedSeries(shownSeries(panel(), state, dark))}};
    };
    const bool legend = !m_legend->isHidden();
    const bool unchanged = m_shown && m_shown->series.sameAs(state.series)
        && m_shown->refIds == state.refIds && m_shown->dark == context.darkTheme
        && m_shown->legend == legend;
    if (!unchanged) {
        m_shown = Shown {state.series, state.refIds, context.darkTheme, legend,
                         shownSeries(panel(), state, context.darkTheme)};
        showLegend(m_shown->list, legend);
    }
    for (const ShownSeries &s : m_shown->list)
        scene.series.push_back(ChartSeries {s.name, QColor(s.color), state.series.share(s.index)});
    scene.hidden = m_legend->hidden();
    if (context.annotations) {
        for (const ChartAnnotation &a : *context.annotations) {
            if (a.toMs >= scene.fromMs && a.fromMs <= scene.toMs)
                scene.annotations.push_back(a);
        }
        scene.annotationNote = context.annotationNote;
    }
    m_chart->setScene(std::move(scene));
}

QJsonObject TimeSeriesRenderer::exportContent() const
{
    return m_export ? m_export() : QJsonObject();
}

} // namespace eucora::app
