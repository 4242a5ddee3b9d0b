// The chart interface panels draw through. QtCharts is today's backend (deprecated upstream
// in Qt 6.10); panels never touch it directly so it can be replaced.
#pragma once

#include <QColor>
#include <QString>

#include <cstdint>
#include <vector>

class QWidget;

namespace eucora::app {

struct ChartLine
{
    QString name;
    QColor color;
    std::vector<std::int64_t> timestampsMs;
    std::vector<double> values;
};

class TimeSeriesView
{
public:
    virtual ~TimeSeriesView() = default;

    virtual QWidget *widget() = 0;
    // Replaces every line; the time axis spans [fromMs, toMs].
    virtual void setLines(const std::vector<ChartLine> &lines, std::int64_t fromMs,
                          std::int64_t toMs)
        = 0;
    virtual void setValueAxisTitle(const QString &title) = 0;
    virtual int lineCount() const = 0;
};

} // namespace eucora::app
