// The circuit breakers (GET /api/v1/admin/health/circuit-breakers) as an item model, in the
// server's order, keyed by service name whatever its case; the state is shown as the API
// wrote it.
#pragma once

#include "controlplane/apimodels.h"
#include "models/keyedtablemodel.h"

namespace eucora::models {

class BreakersModel : public KeyedTableModel<controlplane::BreakerStatus>
{
    Q_OBJECT

public:
    enum Column { Service, State, Failures, ResetTimeout, ColumnCount };

    explicit BreakersModel(QObject *parent = nullptr);

    void setBreakers(std::vector<controlplane::BreakerStatus> breakers)
    {
        setRows(std::move(breakers));
    }
    // After a reset was read back; false when the breaker is not in the table.
    bool updateBreaker(const controlplane::BreakerStatus &breaker) { return updateRow(breaker); }
    const std::vector<controlplane::BreakerStatus> &breakers() const { return rows(); }
    const controlplane::BreakerStatus *breakerAt(int row) const { return rowAt(row); }
    // Open, half-open, or in a state this console does not know.
    int notClosedCount() const;

protected:
    using Row = controlplane::BreakerStatus;

    QString keyOf(const Row &row) const override { return row.service; }
    QString canonicalKey(const QString &service) const override { return service.toCaseFolded(); }
    QStringList titles() const override;
    QVariant display(const Row &row, int column) const override;
    Tone tone(const Row &row, int column) const override;
    QVariant sortValue(const Row &row, int column) const override;
};

} // namespace eucora::models
