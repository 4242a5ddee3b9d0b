#include "models/attentionmodel.h"

namespace eucora::models {

using controlplane::AttentionItem;

AttentionModel::AttentionModel(QObject *parent)
    : KeyedTableModel(ColumnCount, parent)
{ }

QStringList AttentionModel::titles() const
{
    return {tr("When"), tr("What"), tr("Application"), tr("Version"), tr("Ring"), tr("Detail")};
}

QVariant AttentionModel::display(const Row &row, int column) const
{
    switch (column) {
    case Kind:
        return controlplane::AttentionText::kindName(row.kind);
    case App:
        return row.appName;
    case Version:
        return row.version;
    case Ring:
        return row.ring;
    case Detail:
        return row.detail;
    default:
        return {};
    }
}

QVariant AttentionModel::toolTip(const Row &row, int column) const
{
    if (column == Kind)
        return tr("Deployment %1: click to open it").arg(row.correlationId);
    return display(row, column);
}

Tone AttentionModel::tone(const Row &row, int column) const
{
    if (column != Kind)
        return Tone::Neutral;
    switch (row.kind) {
    case AttentionItem::Kind::GateFailed:
    case AttentionItem::Kind::Failed:
        return Tone::Bad;
    case AttentionItem::Kind::RollbackInFlight:
    case AttentionItem::Kind::Stalled:
        return Tone::Warning;
    }
    return Tone::Neutral;
}

const QDateTime *AttentionModel::timeAt(const Row &row, int column) const
{
    return column == Time ? &row.at : nullptr;
}

} // namespace eucora::models
