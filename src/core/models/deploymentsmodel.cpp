#include "models/deploymentsmodel.h"

#include "controlplane/domaintypes.h"
#include "models/tones.h"

#include <array>

namespace eucora::models {

DeploymentsModel::DeploymentsModel(QObject *parent)
    : KeyedTableModel(ColumnCount, parent)
{ }

QStringList DeploymentsModel::titles() const
{
    return {tr("Correlation id"), tr("Application"), tr("Version"), tr("Ring"),
            tr("Status"),         tr("Risk"),        tr("Created")};
}

QVariant DeploymentsModel::display(const Row &row, int column) const
{
    // The columns that show one field as the server sent it; the others are computed below.
    static constexpr std::array<QString Row::*, ColumnCount> kTextFields {
        &Row::correlationId, &Row::appName, &Row::version, &Row::targetRing, &Row::status};
    if (column == Risk)
        return row.riskScore ? QVariant(*row.riskScore) : QVariant(QString());
    const auto field = kTextFields[size_t(column)];
    return field ? QVariant(row.*field) : QVariant();
}

QVariant DeploymentsModel::toolTip(const Row &row, int column) const
{
    if (column == Status && !controlplane::deploymentStatusFromString(row.status))
        return tr("Status \"%1\" is not one this console knows; shown as the server sent it")
            .arg(row.status);
    return display(row, column);
}

const QDateTime *DeploymentsModel::timeAt(const Row &row, int column) const
{
    return column == Created ? &row.createdAt : nullptr;
}

Tone DeploymentsModel::tone(const Row &row, int column) const
{
    return column == Status ? deploymentStatusTone(row.status) : Tone::Neutral;
}

QVariant DeploymentsModel::sortValue(const Row &row, int column) const
{
    if (column == Risk)
        return row.riskScore ? *row.riskScore : -1;
    return display(row, column);
}

QVariant DeploymentsModel::otherData(const Row &, int column, int role) const
{
    if (role == Qt::TextAlignmentRole && column == Risk)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

} // namespace eucora::models
