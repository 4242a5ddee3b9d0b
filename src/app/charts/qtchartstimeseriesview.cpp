#include "charts/qtchartstimeseriesview.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace eucora::app {

QtChartsTimeSeriesView::QtChartsTimeSeriesView(QWidget *parent)
    : m_view(new QChartView(parent))
    , m_chart(new QChart)
    , m_timeAxis(new QDateTimeAxis(m_chart))
    , m_valueAxis(new QValueAxis(m_chart))
{
    m_view->setChart(m_chart); // the view takes ownership of the chart
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(240);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setBackgroundRoundness(0);
    m_timeAxis->setFormat(QStringLiteral("HH:mm"));
    m_timeAxis->setTickCount(7);
    m_valueAxis->setLabelFormat(QStringLiteral("%.4g"));
    m_valueAxis->setMin(0);
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_chart->addAxis(m_valueAxis, Qt::AlignLeft);
    // QtCharts 6.4 never lays out date-time labels for an axis that had no series when the
    // chart was first shown: keep an empty, legend-less series attached from the start.
    auto *anchor = new QLineSeries(m_chart); // re-parented by addSeries
    m_chart->addSeries(anchor);
    anchor->attachAxis(m_timeAxis);
    anchor->attachAxis(m_valueAxis);
    const auto markers = m_chart->legend()->markers(anchor);
    for (QLegendMarker *marker : markers)
        marker->setVisible(false);
}

QtChartsTimeSeriesView::~QtChartsTimeSeriesView() = default;

QWidget *QtChartsTimeSeriesView::widget()
{
    return m_view;
}

void QtChartsTimeSeriesView::setValueAxisTitle(const QString &title)
{
    m_valueAxis->setTitleText(title);
}

void QtChartsTimeSeriesView::setLines(const std::vector<ChartLine> &lines, std::int64_t fromMs,
                                      std::int64_t toMs)
{
    // Series objects are reused: removing and re-adding series on a visible chart makes
    // QtCharts 6.4 drop the date-time axis labels and grid.
    while (m_series.size() > lines.size()) {
        QLineSeries *extra = m_series.back();
        m_series.pop_back();
        m_chart->removeSeries(extra);
        delete extra; // removeSeries hands ownership back
    }
    while (m_series.size() < lines.size()) {
        auto *series = new QLineSeries(m_chart); // re-parented by addSeries
        m_chart->addSeries(series);
        series->attachAxis(m_timeAxis);
        series->attachAxis(m_valueAxis);
        m_series.push_back(series);
    }

    double maxValue = 0;
    for (size_t index = 0; index < lines.size(); ++index) {
        const ChartLine &line = lines[index];
        QList<QPointF> points;
        points.reserve(qsizetype(line.values.size()));
        for (size_t i = 0; i < line.values.size(); ++i) {
            const double v = line.values[i];
            if (!std::isfinite(v)) // QtCharts cannot draw NaN or Inf; leave a gap in the data
                continue;
            points.append(QPointF(double(line.timestampsMs[i]), v));
            maxValue = std::max(maxValue, v);
        }
        QLineSeries *series = m_series[index];
        series->setName(line.name);
        series->setColor(line.color);
        series->replace(points);
    }
    m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(fromMs),
                         QDateTime::fromMSecsSinceEpoch(toMs));
    m_valueAxis->setRange(0, maxValue > 0 ? maxValue * 1.1 : 1.0);
    m_valueAxis->applyNiceNumbers();
}

} // namespace eucora::app
