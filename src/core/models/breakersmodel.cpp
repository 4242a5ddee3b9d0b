#include "models/breakersmodel.h"

#include "controlplane/domaintypes.h"
#include "models/tones.h"

namespace eucora::models {

BreakersModel::BreakersModel(QObject *parent)
    : KeyedTableModel(ColumnCount, parent)
{ }

int BreakersModel::notClosedCount() const
{
    return countIf([](const Row &row) { return !row.is(controlplane::BreakerState::Closed); });
}

QStringList BreakersModel::titles() const
{
    return {tr("Service"), tr("State"), tr("Failures"), tr("Reset timeout")};
}

QVariant BreakersModel::display(const Row &row, int column) const
{
    switch (column) {
    case Service:
        return row.service;
    case State:
        return row.state;
    case Failures:
        return tr("%1 of %2").arg(row.failCounter).arg(row.failMax);
    case ResetTimeout:
        return tr("%1 s").arg(row.resetTimeoutSeconds);
    default:
        return {};
    }
}

Tone BreakersModel::tone(const Row &row, int column) const
{
    return column == State ? breakerStateTone(row.state) : Tone::Neutral;
}

QVariant BreakersModel::sortValue(const Row &row, int column) const
{
    if (column == Failures)
        return row.failCounter;
    if (column == ResetTimeout)
        return row.resetTimeoutSeconds;
    return display(row, column);
}

} // namespace eucora::models
