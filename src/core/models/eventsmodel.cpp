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
        return applicationOf(row);
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

void EventsModel::setEvents(std::vector<controlplane::EventRecord> events)
{
    QHash<QString, QString> named;
    for (const controlplane::EventRecord &event : events) {
        const QString app = event.eventData.value(QLatin1String("app_name")).toString();
        if (!app.isEmpty() && !event.correlationId.isEmpty())
            named.insert(event.correlationId, app);
    }
    const bool changed = named != m_fromEvents;
    m_fromEvents = std::move(named);
    setRows(std::move(events));
    if (changed)
        applicationsChanged();
}

void EventsModel::setApplicationNames(QHash<QString, QString> names)
{
    if (names == m_fromList)
        return;
    m_fromList = std::move(names);
    applicationsChanged();
}

QString EventsModel::applicationOf(const Row &row) const
{
    const QString own = row.eventData.value(QLatin1String("app_name")).toString();
    if (!own.isEmpty())
        return own;
    const QString fromEvents = m_fromEvents.value(row.correlationId);
    return fromEvents.isEmpty() ? m_fromList.value(row.correlationId) : fromEvents;
}

void EventsModel::applicationsChanged()
{
    if (rowCount() > 0)
        emit dataChanged(index(0, App), index(rowCount() - 1, App));
}

} // namespace eucora::models
