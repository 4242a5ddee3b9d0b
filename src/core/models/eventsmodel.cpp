#include "models/eventsmodel.h"

#include "models/tones.h"

#include <QJsonDocument>

namespace eucora::models {

EventsModel::EventsModel(QObject *parent)
    : KeyedTableModel(ColumnCount, parent)
{ }

QStringList EventsModel::titles() const
{
    return {tr("Time"), tr("Event"), tr("Deployment"), tr("Application"),
            tr("Ring"), tr("Actor"), tr("Details")};
}

QVariant EventsModel::display(const Row &row, int column) const
{
    switch (column) {
    case Type:
        return row.eventType;
    case Deployment:
        return row.correlationId;
    case App:
        return row.eventData.value(QLatin1String("app_name")).toString();
    case Ring:
        return row.eventData.value(QLatin1String("ring")).toString();
    case Actor:
        return row.actor;
    case Details:
        return QString::fromUtf8(QJsonDocument(row.eventData).toJson(QJsonDocument::Compact));
    default:
        return {};
    }
}

QVariant EventsModel::toolTip(const Row &row, int column) const
{
    if (column == Type && !controlplane::eventTypeFromString(row.eventType))
        return tr("Event type \"%1\" is not one this console knows; shown as the server sent it")
            .arg(row.eventType);
    if (column == Details)
        return QString::fromUtf8(QJsonDocument(row.eventData).toJson(QJsonDocument::Indented));
    return display(row, column);
}

Tone EventsModel::tone(const Row &row, int column) const
{
    return column == Type ? eventTypeTone(row.eventType) : Tone::Neutral;
}

const QDateTime *EventsModel::timeAt(const Row &row, int column) const
{
    return column == Time ? &row.createdAt : nullptr;
}

} // namespace eucora::models
