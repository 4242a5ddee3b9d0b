// TimeSeriesView on QtCharts: one QLineSeries per line, a local-time axis and a value axis.
#pragma once

#include "charts/timeseriesview.h"

#include <vector>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace eucora::app {

class QtChartsTimeSeriesView : public TimeSeriesView
{
public:
    explicit QtChartsTimeSeriesView(QWidget *parent);
    ~QtChartsTimeSeriesView() override;

    QWidget *widget() override;
    void setLines(const std::vector<ChartLine> &lines, std::int64_t fromMs,
                  std::int64_t toMs) override;
    void setValueAxisTitle(const QString &title) override;
    int lineCount() const override { return int(m_series.size()); }

private:
    QChartView *m_view; // owned by the parent widget
    QChart *m_chart; // owned by m_view
    QDateTimeAxis *m_timeAxis; // owned by m_chart
    QValueAxis *m_valueAxis; // owned by m_chart
    std::vector<QLineSeries *> m_series; // owned by m_chart
};

} // namespace eucora::app
