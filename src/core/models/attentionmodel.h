// The "needs attention" list (controlplane::needsAttention) as an item model, newest first, keyed
// by deployment: failed on a gate, failed, rolling back, stalled.
#pragma once

#include "controlplane/attention.h"
#include "models/keyedtablemodel.h"

namespace eucora::models {

class AttentionModel : public KeyedTableModel<controlplane::AttentionItem>
{
    Q_OBJECT

public:
    enum Column { Time, Kind, App, Version, Ring, Detail, ColumnCount };

    explicit AttentionModel(QObject *parent = nullptr);

    void setItems(std::vector<controlplane::AttentionItem> items) { setRows(std::move(items)); }
    const controlplane::AttentionItem *itemAt(int row) const { return rowAt(row); }

protected:
    using Row = controlplane::AttentionItem;

    QString keyOf(const Row &row) const override { return row.correlationId; }
    QStringList titles() const override;
    const QDateTime *timeAt(const Row &row, int column) const override;
    QVariant display(const Row &row, int column) const override;
    QVariant toolTip(const Row &row, int column) const override;
    Tone tone(const Row &row, int column) const override;
};

} // namespace eucora::models
