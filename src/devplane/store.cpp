#include "store.h"

#include <QTimeZone>

#include <algorithm>

namespace eucora::devplane {

DeploymentRecord *Store::findDeployment(const QString &correlationId)
{
    for (DeploymentRecord &d : deployments) {
        if (d.correlationId == correlationId)
            return &d;
    }
    return nullptr;
}

const UserRecord *Store::findUser(const QString &username) const
{
    for (const UserRecord &u : users) {
        if (u.username == username)
            return &u;
    }
    return nullptr;
}

const UserRecord *Store::findUserByEmail(const QString &email) const
{
    for (const UserRecord &u : users) {
        if (!u.email.isEmpty() && u.email.compare(email, Qt::CaseInsensitive) == 0)
            return &u;
    }
    return nullptr;
}

EventRecord &Store::addEvent(const QString &correlationId, controlplane::EventType type,
                             const QJsonObject &data, const QString &actor, bool isDemo)
{
    EventRecord &event = appendEvent(correlationId, data, actor, isDemo);
    event.eventType = type;
    return event;
}

EventRecord &Store::addPostedEvent(const QString &correlationId, const QString &typeName,
                                   const QJsonObject &data, const QString &actor, bool isDemo)
{
    EventRecord &event = appendEvent(correlationId, data, actor, isDemo);
    event.setTypeName(typeName);
    return event;
}

EventRecord &Store::appendEvent(const QString &correlationId, const QJsonObject &data,
                                const QString &actor, bool isDemo)
{
    EventRecord event;
    event.id = nextEventId++;
    event.correlationId = correlationId;
    event.eventData = data;
    event.actor = actor;
    event.createdAt = QDateTime::currentDateTimeUtc();
    event.isDemo = isDemo;
    events.push_back(event);
    touch();
    return events.back();
}

TaskRecord &Store::addTask(const QString &id, const QString &name)
{
    TaskRecord &task = tasks[id];
    task.id = id;
    task.name = name;
    task.state = controlplane::TaskState::Pending;
    task.result = QJsonValue::Null;
    task.createdAt = QDateTime::currentDateTimeUtc();
    touch();
    return task;
}

DemoCounts Store::demoCounts() const
{
    DemoCounts counts;
    counts.assets = demoAssets;
    counts.applications = demoApplications;
    for (const DeploymentRecord &d : deployments) {
        if (!d.isDemo)
            continue;
        ++counts.deployments;
        counts.ringDeployments += d.rings.empty() ? 0 : 1;
        counts.evidencePacks += 1;
        counts.cabApprovals += d.requiresCab ? 1 : 0;
    }
    counts.events = int(
        std::count_if(events.begin(), events.end(), [](const EventRecord &e) { return e.isDemo; }));
    counts.users = int(std::count_if(users.begin(), users.end(), [](const UserRecord &u) {
        return u.username == QLatin1String("demo") || u.username.startsWith(QLatin1String("demo_"));
    }));
    return counts;
}

DemoCounts Store::clearDemoData()
{
    const DemoCounts before = demoCounts();
    deployments.erase(std::remove_if(deployments.begin(), deployments.end(),
                                     [](const DeploymentRecord &d) { return d.isDemo; }),
                      deployments.end());
    events.erase(
        std::remove_if(events.begin(), events.end(), [](const EventRecord &e) { return e.isDemo; }),
        events.end());
    users.erase(
        std::remove_if(users.begin(), users.end(), [](const UserRecord &u) { return u.demo; }),
        users.end());
    demoAssets = 0;
    demoApplications = 0;
    ++clearGeneration;
    touch();
    return before;
}

bool Store::visible(bool isDemo, const QString &includeDemo) const
{
    if (includeDemo == QLatin1String("all"))
        return true;
    if (includeDemo == QLatin1String("true"))
        return isDemo;
    if (includeDemo == QLatin1String("false"))
        return !isDemo;
    return demoMode ? isDemo : !isDemo;
}

QString EventRecord::typeName() const
{
    return eventType ? controlplane::toString(*eventType) : unlistedType;
}

void EventRecord::setTypeName(const QString &name)
{
    eventType = controlplane::eventTypeFromString(name);
    unlistedType = eventType ? QString() : name;
}

bool EventRecord::hasType(const QString &name) const
{
    const auto known = controlplane::eventTypeFromString(name);
    return known ? eventType == known : !eventType && unlistedType == name;
}

QString isoTimestamp(const QDateTime &time)
{
    const QDateTime utc = time.toUTC();
    QString text = utc.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    const int ms = utc.time().msec();
    if (ms != 0)
        text += QStringLiteral(".%1").arg(ms * 1000, 6, 10, QLatin1Char('0'));
    return text + QStringLiteral("+00:00");
}

QDateTime parseIsoTimestamp(const QString &text)
{
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(text, Qt::ISODate);
    if (!parsed.isValid()) {
        // Python's six-digit fractions: keep milliseconds.
        QString trimmed = text;
        const qsizetype dot = trimmed.indexOf(QLatin1Char('.'));
        if (dot > 0) {
            qsizetype end = dot + 1;
            while (end < trimmed.size() && trimmed.at(end).isDigit())
                ++end;
            trimmed = trimmed.left(std::min(end, dot + 4)) + trimmed.mid(end);
            parsed = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
        }
    }
    if (parsed.isValid() && parsed.timeSpec() == Qt::LocalTime)
        parsed.setTimeZone(QTimeZone::utc()); // no offset given: EUCORA means UTC
    return parsed.toUTC();
}

} // namespace eucora::devplane
