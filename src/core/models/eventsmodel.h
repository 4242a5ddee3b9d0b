// Deployment events (GET /api/v1/events/list, contract 7) as an item model, newest first,
// keyed by event id; the type is shown as the API wrote it.
#pragma once

#include "controlplane/apimodels.h"
#include "models/keyedtablemodel.h"

namespace eucora::models {

class EventsModel : public KeyedTableModel<controlplane::EventRecord, qint64>
{
    Q_OBJECT

public:
    // Application and Ring are what the event's data names (app_name, ring), empty when it does
    // not.
    enum Column { Time, Type, Deployment, App, Ring, Actor, Details, ColumnCount };

    explicit EventsModel(QObject *parent = nullptr);

    void setEvents(std::vector<controlplane::EventRecord> events) { setRows(std::move(events)); }
    const controlplane::EventRecord *eventAt(int row) const { return rowAt(row); }

protected:
    using Row = controlplane::EventRecord;

    qint64 keyOf(const Row &row) const override { return row.id; }
    QStringList titles() const override;
    const QDateTime *timeAt(const Row &row, int column) const override;
    QVariant display(const Row &row, int column) const override;
    QVariant toolTip(const Row &row, int column) const override;
    Tone tone(const Row &row, int column) const override;
    QVariant keyData(const Row &row) const override { return row.correlationId; }
};

} // namespace eucora::models
