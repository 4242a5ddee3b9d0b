// The deployments table (GET /api/v1/deployments/list) as an item model: one row per
// deployment, keyed by correlation id, the server's raw status and ring shown as they came.
#pragma once

#include "controlplane/apimodels.h"
#include "models/keyedtablemodel.h"

namespace eucora::models {

class DeploymentsModel : public KeyedTableModel<controlplane::DeploymentSummary>
{
    Q_OBJECT

public:
    enum Column { Id, App, Version, Ring, Status, Risk, Created, ColumnCount };

    explicit DeploymentsModel(QObject *parent = nullptr);

    void setDeployments(std::vector<controlplane::DeploymentSummary> deployments)
    {
        setRows(std::move(deployments));
    }
    const std::vector<controlplane::DeploymentSummary> &deployments() const { return rows(); }
    const controlplane::DeploymentSummary *deploymentAt(int row) const { return rowAt(row); }

protected:
    using Row = controlplane::DeploymentSummary;

    QString keyOf(const Row &row) const override { return row.correlationId; }
    QStringList titles() const override;
    const QDateTime *timeAt(const Row &row, int column) const override;
    QVariant display(const Row &row, int column) const override;
    QVariant toolTip(const Row &row, int column) const override;
    Tone tone(const Row &row, int column) const override;
    QVariant sortValue(const Row &row, int column) const override;
    QVariant otherData(const Row &row, int column, int role) const override;
};

} // namespace eucora::models
