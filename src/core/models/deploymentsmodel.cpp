#include "models/deploymentsmodel.h"

#include "controlplane/domaintypes.h"

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
    if (column == Created)
        return localTime(row.createdAt);
    const auto field = kTextFields[size_t(column)];
    return field ? QVariant(row.*field) : QVariant();
}

QVariant DeploymentsModel::toolTip(const Row &row, int column) const
{
    if (column == Status && !controlplane::deploymentStatusFromString(row.status))
        return tr("Status \"%1\" is not one this console knows; shown as the server sent it")
            .arg(row.status);
    if (column == Created && row.createdAt.isValid())
        return utcTime(row.createdAt);
    return display(row, column);
}

Tone DeploymentsModel::tone(const Row &row, int column) const
{
    using controlplane::DeploymentStatus;
    if (column != Status)
        return Tone::Neutral;
    const auto known = controlplane::deploymentStatusFromString(row.status);
    if (!known)
        return Tone::Warning; // an unknown word from the server deserves a second look
    switch (*known) {
    case DeploymentStatus::Completed:
        return Tone::Good;
    case DeploymentStatus::Failed:
    case DeploymentStatus::Rejected:
        return Tone::Bad;
    case DeploymentStatus::RolledBack:
        return Tone::Warning;
    default:
        return Tone::Neutral;
    }
}

QVariant DeploymentsModel::sortValue(const Row &row, int column) const
{
    if (column == Risk)
        return row.riskScore ? *row.riskScore : -1;
    if (column == Created)
        return row.createdAt.toMSecsSinceEpoch();
    return display(row, column);
}

QVariant DeploymentsModel::otherData(const Row &, int column, int role) const
{
    if (role == Qt::TextAlignmentRole && column == Risk)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

} // namespace eucora::models
