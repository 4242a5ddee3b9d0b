// The circuit breakers (GET /api/v1/admin/health/circuit-breakers) as an item model, in the
// server's order; the state is shown as the API wrote it.
#pragma once

#include "controlplane/apimodels.h"

#include <QAbstractTableModel>

#include <vector>

namespace eucora::models {

class BreakersModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Service, State, Failures, ResetTimeout, ColumnCount };

    explicit BreakersModel(QObject *parent = nullptr);

    // Replaces the rows; unchanged rows keep their index (a selection survives a refresh).
    void setBreakers(std::vector<controlplane::BreakerStatus> breakers);
    // Replaces one breaker (after a reset was read back); false when it is not in the table.
    bool updateBreaker(const controlplane::BreakerStatus &breaker);
    const std::vector<controlplane::BreakerStatus> &breakers() const { return m_rows; }
    const controlplane::BreakerStatus *breakerAt(int row) const; // nullptr outside the rows
    int rowOf(const QString &service) const; // -1 when absent

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const controlplane::BreakerStatus &row, int column) const;

    std::vector<controlplane::BreakerStatus> m_rows;
};

} // namespace eucora::models
