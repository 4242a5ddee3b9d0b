#include "panels/eventannotations.h"

#include "dashboard/panelstatus.h"

#include <QHash>

namespace eucora::app {

using namespace controlplane;

namespace {

QColor markColor(EventType type)
{
    switch (type) {
    case EventType::DeploymentCompleted:
        return QColor(0x37, 0x87, 0x2d);
    case EventType::DeploymentFailed:
    case EventType::CabRejected:
        return QColor(0xc4, 0x16, 0x2a);
    case EventType::RollbackInitiated:
    case EventType::RollbackCompleted:
        return QColor(0xe0, 0x75, 0x2d);
    case EventType::CabSubmitted:
    case EventType::CabApproved:
        return QColor(0x8f, 0x3b, 0xb8);
    default:
        return QColor(0x32, 0x74, 0xd9);
    }
}

bool marked(EventType type, bool routine)
{
    if (type == EventType::RiskAssessed || type == EventType::RollbackCompleted)
        return false; // the risk score is a field; a completed rollback ends its band
    return routine
        || (type != EventType::DeploymentCreated && type != EventType::CabSubmitted
            && type != EventType::DeploymentStarted);
}

bool endsRollback(const EventRecord &event)
{
    return event.is(EventType::RollbackCompleted)
        || (event.is(EventType::DeploymentFailed)
            && event.eventData.value(QLatin1String("phase")).toString()
                == QLatin1String("rollback"));
}

} // namespace

EventMarks EventAnnotations::build(const std::vector<EventRecord> &events, bool capped,
                                   const std::vector<DeploymentSummary> &deployments,
                                   const QDateTime &now, bool routine)
{
    QHash<QString, const DeploymentSummary *> byId;
    for (const DeploymentSummary &d : deployments)
        byId.insert(d.correlationId, &d);
    auto marks = std::make_shared<std::vector<ChartAnnotation>>();
    // Oldest first, so that a rollback's end is seen after its start.
    QHash<QString, size_t> openRollback; // correlation id -> its band in `marks`
    for (auto it = events.rbegin(); it != events.rend(); ++it) {
        const EventRecord &event = *it;
        const std::optional<EventType> type = eventTypeFromString(event.eventType);
        if (!type || !event.createdAt.isValid())
            continue;
        const qint64 at = event.createdAt.toMSecsSinceEpoch();
        if (endsRollback(event) && openRollback.contains(event.correlationId)) {
            ChartAnnotation &band = (*marks)[openRollback.take(event.correlationId)];
            band.toMs = at;
            QStringList lines = band.text.split(QLatin1Char('\n'));
            lines.insert(lines.size() - 1, // before "click to open"
                         event.is(EventType::RollbackCompleted)
                             ? tr("completed %1").arg(dashboard::formatLocalTime(event.createdAt))
                             : tr("failed %1: %2")
                                   .arg(dashboard::formatLocalTime(event.createdAt),
                                        event.eventData.value(QLatin1String("error")).toString()));
            band.text = lines.join(QLatin1Char('\n'));
            if (event.is(EventType::RollbackCompleted))
                continue;
        }
        if (!marked(*type, routine))
            continue;
        const DeploymentSummary *d = byId.value(event.correlationId);
        const QJsonObject &data = event.eventData;
        const QString app
            = data.value(QLatin1String("app_name")).toString(d ? d->appName : QString());
        const QString version
            = data.value(QLatin1String("version")).toString(d ? d->version : QString());
        const QString ring
            = data.value(QLatin1String("ring")).toString(d ? d->targetRing : QString());
        ChartAnnotation mark;
        mark.fromMs = mark.toMs = at;
        mark.color = markColor(*type);
        mark.key = event.correlationId;
        mark.title = app.isEmpty() ? event.eventType
                                   : tr("%1 · %2 %3").arg(event.eventType, app, version).trimmed();
        QStringList lines;
        if (!ring.isEmpty())
            lines << tr("ring %1").arg(ring);
        lines << tr("by %1 at %2").arg(event.actor, dashboard::formatLocalTime(event.createdAt));
        const QString why
            = data.value(QLatin1String(*type == EventType::RollbackInitiated ? "reason" : "error"))
                  .toString();
        if (!why.isEmpty())
            lines << why;
        lines << tr("click to open the deployment");
        mark.text = lines.join(QLatin1Char('\n'));
        if (*type == EventType::RollbackInitiated) {
            mark.toMs = std::max(at, now.toMSecsSinceEpoch()); // open until it ends
            openRollback.insert(event.correlationId, marks->size());
        }
        marks->push_back(std::move(mark));
    }
    EventMarks out;
    out.marks = std::move(marks);
    if (capped && !events.empty())
        out.note = tr("events before %1 not marked (the API sends its newest 100)")
                       .arg(dashboard::formatLocalTime(events.back().createdAt));
    return out;
}

} // namespace eucora::app
