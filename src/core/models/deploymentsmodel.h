// The deployments table (GET /api/v1/deployments/list) as an item model: one row per
// deployment, the server's raw status and ring shown as they came.
#pragma once

#include "controlplane/apimodels.h"

#include <QAbstractTableModel>

#include <vector>

namespace eucora::models {

class DeploymentsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Id, App, Version, Ring, Status, Risk, Created, ColumnCount };

    explicit DeploymentsModel(QObject *parent = nullptr);

    // Replaces the rows. Rows whose deployment did not change keep their index, so a selection
    // survives a refresh that brought nothing new.
    void setDeployments(std::vector<controlplane::DeploymentSummary> deployments);
    const std::vector<controlplane::DeploymentSummary> &deployments() const { return m_rows; }
    // nullptr outside the rows.
    const controlplane::DeploymentSummary *deploymentAt(int row) const;
    int rowOf(const QString &correlationId) const; // -1 when absent

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const controlplane::DeploymentSummary &row, int column) const;

    std::vector<controlplane::DeploymentSummary> m_rows;
};

} // namespace eucora::models
