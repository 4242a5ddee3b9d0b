// Deployment events (GET /api/v1/events/list, contract 7) as an item model, newest first,
// keyed by event id; the type is shown as the API wrote it.
#pragma once

#include "controlplane/apimodels.h"
#include "models/keyedtablemodel.h"

#include <QHash>

namespace eucora::models {

class EventsModel : public KeyedTableModel<controlplane::EventRecord, qint64>
{
    Q_OBJECT

public:
    // Application and Ring are what the event's data names (app_name, ring). An event that names
    // no application (CAB and risk events, a start) shows its deployment's, as another event of
    // the same deployment or the deployments list names it.
    enum Column { Time, Type, Deployment, App, Ring, Actor, Details, ColumnCount };

    explicit EventsModel(QObject *parent = nullptr);

    void setEvents(std::vector<controlplane::EventRecord> events);
    // Applications by correlation id from elsewhere (the deployments list) for events whose
    // deployment has no event naming it on this page.
    void setApplicationNames(QHash<QString, QString> names);
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

private:
    QString applicationOf(const Row &row) const;
    void applicationsChanged();

    QHash<QString, QString> m_fromEvents; // correlation id -> app_name named by one of its events
    QHash<QString, QString> m_fromList;
};

} // namespace eucora::models
