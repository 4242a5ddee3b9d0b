// The "table" panel for Prometheus answers: a row per series (an instant vector's samples, or
// a range series' last value), a column per label, sortable by any column.
#pragma once

#include "panels/panelrenderer.h"

#include <memory>

class QLabel;
class QStackedLayout;
class QTableView;

namespace eucora::models {
class SeriesTableModel;
}

namespace eucora::app {

class TonedSortModel;

class TableRenderer : public PanelRenderer
{
    Q_OBJECT

public:
    TableRenderer(const dashboard::Panel &panel, QWidget *parent);
    ~TableRenderer() override;

    void showData(const dashboard::PanelState &state, const PanelContext &context) override;
    // "rows": [{"Time": ms, label: value, ..., "Value": number}] in the order on screen; null
    // where there is no time or the value is not a finite number.
    QJsonObject exportContent() const override;

    QTableView *view() const { return m_view; }
    // The cells of `column` top to bottom, as the operator reads them.
    QStringList columnTexts(int column) const;

private:
    void replaceModel(const QStringList &labelNames);

    std::unique_ptr<models::SeriesTableModel> m_model;
    TonedSortModel *m_proxy;
    QTableView *m_view;
    QLabel *m_empty;
    QStackedLayout *m_stack;
};

} // namespace eucora::app
