#include "models/breakersmodel.h"

#include "controlplane/domaintypes.h"

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
    using controlplane::BreakerState;
    if (column != State)
        return Tone::Neutral;
    const auto known = controlplane::breakerStateFromString(row.state);
    if (known == BreakerState::Closed)
        return Tone::Good;
    if (known == BreakerState::Open)
        return Tone::Bad;
    return Tone::Warning; // half-open, or a word this console does not know
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
