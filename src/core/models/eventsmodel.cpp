#include "models/eventsmodel.h"

#include <QJsonDocument>

namespace eucora::models {

using controlplane::EventType;

EventsModel::EventsModel(QObject *parent)
    : KeyedTableModel(ColumnCount, parent)
{ }

QStringList EventsModel::titles() const
{
    return {tr("Time"), tr("Event"), tr("Deployment"), tr("Actor"), tr("Details")};
}

QVariant EventsModel::display(const Row &row, int column) const
{
    switch (column) {
    case Time:
        return localTime(row.createdAt);
    case Type:
        return row.eventType;
    case Deployment:
        return row.correlationId;
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
    if (column == Time)
        return utcTime(row.createdAt);
    if (column == Type && !controlplane::eventTypeFromString(row.eventType))
        return tr("Event type \"%1\" is not one this console knows; shown as the server sent it")
            .arg(row.eventType);
    if (column == Details)
        return QString::fromUtf8(QJsonDocument(row.eventData).toJson(QJsonDocument::Indented));
    return display(row, column);
}

Tone EventsModel::tone(const Row &row, int column) const
{
    if (column != Type)
        return Tone::Neutral;
    const auto type = controlplane::eventTypeFromString(row.eventType);
    if (!type)
        return Tone::Warning;
    switch (*type) {
    case EventType::DeploymentFailed:
    case EventType::CabRejected:
        return Tone::Bad;
    case EventType::RollbackInitiated:
    case EventType::RollbackCompleted:
        return Tone::Warning;
    case EventType::DeploymentCompleted:
    case EventType::CabApproved:
        return Tone::Good;
    default:
        return Tone::Neutral;
    }
}

QVariant EventsModel::sortValue(const Row &row, int column) const
{
    if (column == Time)
        return row.createdAt.toMSecsSinceEpoch();
    return display(row, column);
}

} // namespace eucora::models
