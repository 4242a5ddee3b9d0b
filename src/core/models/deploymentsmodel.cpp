#include "models/deploymentsmodel.h"

#include "controlplane/domaintypes.h"
#include "models/modelroles.h"

namespace eucora::models {

namespace {

Tone statusTone(const QString &status)
{
    using controlplane::DeploymentStatus;
    const auto known = controlplane::deploymentStatusFromString(status);
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

} // namespace

DeploymentsModel::DeploymentsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void DeploymentsModel::setDeployments(std::vector<controlplane::DeploymentSummary> deployments)
{
    const bool sameRows = deployments.size() == m_rows.size()
        && std::equal(m_rows.begin(), m_rows.end(), deployments.begin(),
                      [](const auto &a, const auto &b) {
                          return a.correlationId == b.correlationId;
                      });
    if (!sameRows) {
        beginResetModel();
        m_rows = std::move(deployments);
        endResetModel();
        return;
    }
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i] == deployments[i])
            continue;
        m_rows[i] = std::move(deployments[i]);
        emit dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
    }
}

const controlplane::DeploymentSummary *DeploymentsModel::deploymentAt(int row) const
{
    if (row < 0 || size_t(row) >= m_rows.size())
        return nullptr;
    return &m_rows[size_t(row)];
}

int DeploymentsModel::rowOf(const QString &correlationId) const
{
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].correlationId == correlationId)
            return int(i);
    }
    return -1;
}

int DeploymentsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DeploymentsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeploymentsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const controlplane::DeploymentSummary &row = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Status && !controlplane::deploymentStatusFromString(row.status))
            return tr("Status \"%1\" is not one this console knows; shown as the server sent it")
                .arg(row.status);
        if (index.column() == Created && row.createdAt.isValid())
            return row.createdAt.toUTC().toString(Qt::ISODateWithMs);
        return display(row, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == Risk)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ToneRole:
        return index.column() == Status ? int(statusTone(row.status)) : int(Tone::Neutral);
    case SortRole:
        if (index.column() == Risk)
            return row.riskScore ? *row.riskScore : -1;
        if (index.column() == Created)
            return row.createdAt.toMSecsSinceEpoch();
        return display(row, index.column());
    case KeyRole:
        return row.correlationId;
    default:
        return {};
    }
}

QVariant DeploymentsModel::display(const controlplane::DeploymentSummary &row, int column) const
{
    switch (column) {
    case Id:
        return row.correlationId;
    case App:
        return row.appName;
    case Version:
        return row.version;
    case Ring:
        return row.targetRing;
    case Status:
        return row.status;
    case Risk:
        return row.riskScore ? QVariant(*row.riskScore) : QVariant(QString());
    case Created:
        return row.createdAt.isValid()
            ? row.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss t"))
            : QString();
    default:
        return {};
    }
}

QVariant DeploymentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id:
        return tr("Correlation id");
    case App:
        return tr("Application");
    case Version:
        return tr("Version");
    case Ring:
        return tr("Ring");
    case Status:
        return tr("Status");
    case Risk:
        return tr("Risk");
    case Created:
        return tr("Created");
    default:
        return {};
    }
}

} // namespace eucora::models
