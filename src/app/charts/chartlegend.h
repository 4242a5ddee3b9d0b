// A chart's legend, as Grafana shows it: a list (colour and name) or a table with the chosen
// calculations per series. A click isolates a series (a second click shows all again); a click
// with Ctrl toggles one series. The legend says which series are hidden, the chart hides them.
#pragma once

#include <QColor>
#include <QStringList>
#include <QWidget>

#include <vector>

class QGridLayout;
class QScrollArea;

namespace eucora::app {

struct LegendRow
{
    QString name;
    QColor color;
    QStringList calcs; // one text per column of setColumns()
};

class ChartLegend : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { List, Table };

    explicit ChartLegend(QWidget *parent = nullptr);

    void setMode(Mode mode);
    void setColumns(const QStringList &calcTitles);
    void setRows(std::vector<LegendRow> rows);
    // Series the chart draws beyond the rows listed: said after them, not clickable.
    void setMoreCount(int more);
    const std::vector<LegendRow> &rows() const { return m_rows; }

    // Per row: hidden on the chart.
    const std::vector<bool> &hidden() const { return m_hidden; }
    void setHidden(std::vector<bool> hidden);

    // What a click does, as Grafana does it; public so tests and keyboard use reach it.
    void click(int row, Qt::KeyboardModifiers modifiers);

    // As wide and tall as the rows need (the layout caps it), so a table legend beside a chart
    // is not cut.
    QSize sizeHint() const override;

signals:
    void hiddenChanged(const std::vector<bool> &hidden);

private:
    void rebuild();

    Mode m_mode = Mode::List;
    QStringList m_columns;
    std::vector<LegendRow> m_rows;
    std::vector<bool> m_hidden;
    int m_more = 0;
    QScrollArea *m_scroll;
    QWidget *m_content = nullptr;
};

} // namespace eucora::app
