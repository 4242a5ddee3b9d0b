#include "persistence.h"

#include "store.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace eucora::devplane {

using controlplane::toString;

namespace {

// Decodes the enum word stored in `field`. A word this build does not know (a newer or edited
// database) gives nullopt and a warning: the caller leaves the row out and, as every save
// rewrites deployments and tasks in full, the row is gone after the next save.
template<typename Decode>
auto storedEnum(Decode decode, const QJsonObject &o, const char *field, const char *table,
                const QString &id)
{
    const QString word = o.value(QLatin1String(field)).toString();
    const auto value = decode(word);
    if (!value)
        qWarning("eucora-devplane: skipping stored %s %s: unknown %s \"%s\"", table, qPrintable(id),
                 field, qPrintable(word));
    return value;
}

QString time(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime parseTime(const QJsonValue &v)
{
    const QString text = v.toString();
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

QByteArray toJson(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject deploymentRow(const DeploymentRecord &d)
{
    QJsonArray rings;
    for (const RingRow &r : d.rings)
        rings.append(QJsonObject {{QStringLiteral("ring"), toString(r.ring)},
                                  {QStringLiteral("connector_type"), r.connectorType},
                                  {QStringLiteral("connector_object_id"), r.connectorObjectId},
                                  {QStringLiteral("success_count"), r.successCount},
                                  {QStringLiteral("failure_count"), r.failureCount},
                                  {QStringLiteral("success_rate"), r.successRate},
                                  {QStringLiteral("promoted_at"), time(r.promotedAt)},
                                  {QStringLiteral("gate_passed"), r.gatePassed},
                                  {QStringLiteral("created_at"), time(r.createdAt)},
                                  {QStringLiteral("updated_at"), time(r.updatedAt)}});
    return {{QStringLiteral("correlation_id"), d.correlationId},
            {QStringLiteral("created_at"), time(d.createdAt)},
            {QStringLiteral("updated_at"), time(d.updatedAt)},
            {QStringLiteral("app_name"), d.appName},
            {QStringLiteral("version"), d.version},
            {QStringLiteral("target_ring"), d.targetRing},
            {QStringLiteral("status"), toString(d.status)},
            {QStringLiteral("evidence_pack_id"), d.evidencePackId},
            {QStringLiteral("risk_score"), d.riskScore ? QJsonValue(*d.riskScore) : QJsonValue()},
            {QStringLiteral("requires_cab"), d.requiresCab},
            {QStringLiteral("submitter"), d.submitter},
            {QStringLiteral("is_demo"), d.isDemo},
            {QStringLiteral("simulated"), d.simulated},
            {QStringLiteral("rollback_task_id"), d.rollbackTaskId},
            {QStringLiteral("rings"), rings}};
}

std::optional<DeploymentRecord> deploymentFrom(const QJsonObject &o)
{
    DeploymentRecord d;
    d.correlationId = o.value(QStringLiteral("correlation_id")).toString();
    const auto status = storedEnum(controlplane::deploymentStatusFromString, o, "status",
                                   "deployment", d.correlationId);
    if (!status)
        return std::nullopt;
    d.status = *status;
    d.createdAt = parseTime(o.value(QStringLiteral("created_at")));
    d.updatedAt = parseTime(o.value(QStringLiteral("updated_at")));
    d.appName = o.value(QStringLiteral("app_name")).toString();
    d.version = o.value(QStringLiteral("version")).toString();
    d.targetRing = o.value(QStringLiteral("target_ring")).toString();
    d.evidencePackId = o.value(QStringLiteral("evidence_pack_id")).toString();
    if (o.value(QStringLiteral("risk_score")).isDouble())
        d.riskScore = o.value(QStringLiteral("risk_score")).toInt();
    d.requiresCab = o.value(QStringLiteral("requires_cab")).toBool();
    d.submitter = o.value(QStringLiteral("submitter")).toString();
    d.isDemo = o.value(QStringLiteral("is_demo")).toBool();
    d.simulated = o.value(QStringLiteral("simulated")).toBool();
    d.rollbackTaskId = o.value(QStringLiteral("rollback_task_id")).toString();
    for (const QJsonValue value : o.value(QStringLiteral("rings")).toArray()) {
        const QJsonObject r = value.toObject();
        RingRow row;
        const auto ring
            = storedEnum(controlplane::ringFromString, r, "ring", "deployment", d.correlationId);
        if (!ring)
            return std::nullopt;
        row.ring = *ring;
        row.connectorType = r.value(QStringLiteral("connector_type")).toString();
        row.connectorObjectId = r.value(QStringLiteral("connector_object_id")).toString();
        row.successCount = r.value(QStringLiteral("success_count")).toInt();
        row.failureCount = r.value(QStringLiteral("failure_count")).toInt();
        row.successRate = r.value(QStringLiteral("success_rate")).toDouble();
        row.promotedAt = parseTime(r.value(QStringLiteral("promoted_at")));
        row.gatePassed = r.value(QStringLiteral("gate_passed")).toBool();
        row.createdAt = parseTime(r.value(QStringLiteral("created_at")));
        row.updatedAt = parseTime(r.value(QStringLiteral("updated_at")));
        d.rings.push_back(row);
    }
    return d;
}

bool exec(QSqlQuery &query, const QString &sql, QString *error)
{
    if (query.exec(sql))
        return true;
    *error = query.lastError().text();
    return false;
}

} // namespace

StorePersistence::~StorePersistence()
{
    if (m_connection.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool StorePersistence::open(const QString &directory, QString *error)
{
    if (!QDir().mkpath(directory)) {
        *error = QStringLiteral("cannot create %1").arg(directory);
        return false;
    }
    m_connection = QUuid::createUuid().toString();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(QDir(directory).filePath(QStringLiteral("devplane.sqlite3")));
    if (!db.open()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery q(db);
    return exec(q, QStringLiteral("PRAGMA journal_mode=WAL"), error)
        && exec(q, QStringLiteral("PRAGMA synchronous=FULL"), error)
        && exec(q,
                QStringLiteral("CREATE TABLE IF NOT EXISTS deployments (correlation_id TEXT "
                               "PRIMARY KEY, seq INTEGER, body TEXT NOT NULL)"),
                error)
        && exec(q,
                QStringLiteral("CREATE TABLE IF NOT EXISTS events (id INTEGER PRIMARY KEY, body "
                               "TEXT NOT NULL)"),
                error)
        && exec(q,
                QStringLiteral(
                    "CREATE TABLE IF NOT EXISTS tasks (id TEXT PRIMARY KEY, body TEXT NOT NULL)"),
                error)
        && exec(q,
                QStringLiteral("CREATE TABLE IF NOT EXISTS rollbacks (idempotency_key TEXT PRIMARY "
                               "KEY, body TEXT NOT NULL)"),
                error)
        && exec(q,
                QStringLiteral("CREATE TABLE IF NOT EXISTS users (username TEXT PRIMARY KEY, body "
                               "TEXT NOT NULL)"),
                error)
        && exec(q,
                QStringLiteral("CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value "
                               "TEXT NOT NULL)"),
                error);
}

bool StorePersistence::load(Store &store, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    if (!exec(q, QStringLiteral("SELECT key, value FROM settings"), error))
        return false;
    bool any = false;
    while (q.next()) {
        any = true;
        const QString key = q.value(0).toString();
        const QString value = q.value(1).toString();
        if (key == QLatin1String("demo_mode"))
            store.demoMode = value == QLatin1String("1");
        else if (key == QLatin1String("demo_assets"))
            store.demoAssets = value.toInt();
        else if (key == QLatin1String("demo_applications"))
            store.demoApplications = value.toInt();
    }
    if (!any) // a new data directory: keep what the command line set up
        return true;
    store.deployments.clear();
    if (!exec(q, QStringLiteral("SELECT body FROM deployments ORDER BY seq"), error))
        return false;
    while (q.next()) {
        if (auto d = deploymentFrom(QJsonDocument::fromJson(q.value(0).toByteArray()).object()))
            store.deployments.push_back(std::move(*d));
    }
    store.events.clear();
    if (!exec(q, QStringLiteral("SELECT id, body FROM events ORDER BY id"), error))
        return false;
    while (q.next()) {
        const QJsonObject o = QJsonDocument::fromJson(q.value(1).toByteArray()).object();
        EventRecord e;
        e.id = q.value(0).toLongLong();
        e.correlationId = o.value(QStringLiteral("correlation_id")).toString();
        // A word outside the enum is a client's, stored as sent (contract 7): kept, not skipped.
        e.setTypeName(o.value(QStringLiteral("event_type")).toString());
        e.eventData = o.value(QStringLiteral("event_data")).toObject();
        e.actor = o.value(QStringLiteral("actor")).toString();
        e.createdAt = parseTime(o.value(QStringLiteral("created_at")));
        e.isDemo = o.value(QStringLiteral("is_demo")).toBool();
        store.events.push_back(e);
        store.nextEventId = std::max(store.nextEventId, e.id + 1);
    }
    store.tasks.clear();
    if (!exec(q, QStringLiteral("SELECT body FROM tasks"), error))
        return false;
    while (q.next()) {
        const QJsonObject o = QJsonDocument::fromJson(q.value(0).toByteArray()).object();
        const QString id = o.value(QStringLiteral("id")).toString();
        const auto state = storedEnum(controlplane::taskStateFromString, o, "state", "task", id);
        if (!state)
            continue; // the id then reads PENDING, as any unknown task id does (contract 4.6)
        TaskRecord t {id,
                      o.value(QStringLiteral("name")).toString(),
                      *state,
                      o.value(QStringLiteral("result")),
                      o.value(QStringLiteral("error")).toString(),
                      o.value(QStringLiteral("traceback")).toString(),
                      o.value(QStringLiteral("progress")).toObject(),
                      parseTime(o.value(QStringLiteral("created_at")))};
        store.tasks[t.id] = t;
    }
    store.rollbacks.clear();
    if (!exec(q, QStringLiteral("SELECT body FROM rollbacks"), error))
        return false;
    while (q.next()) {
        const QJsonObject o = QJsonDocument::fromJson(q.value(0).toByteArray()).object();
        RollbackRecord r {o.value(QStringLiteral("key")).toString(),
                          o.value(QStringLiteral("correlation_id")).toString(),
                          o.value(QStringLiteral("fingerprint")).toString().toUtf8(),
                          o.value(QStringLiteral("response")).toString().toUtf8(),
                          parseTime(o.value(QStringLiteral("created_at")))};
        store.rollbacks[r.idempotencyKey] = r;
    }
    if (!exec(q, QStringLiteral("SELECT body FROM users"), error))
        return false;
    while (q.next()) {
        const QJsonObject o = QJsonDocument::fromJson(q.value(0).toByteArray()).object();
        if (!o.value(QStringLiteral("demo")).toBool()
            || store.findUser(o.value(QStringLiteral("username")).toString()))
            continue; // configured users come from the command line; demo users from the seed
        UserRecord u;
        u.id = o.value(QStringLiteral("id")).toInt();
        u.username = o.value(QStringLiteral("username")).toString();
        u.password = o.value(QStringLiteral("password")).toString();
        u.email = o.value(QStringLiteral("email")).toString();
        u.demo = true;
        store.users.push_back(u);
    }
    m_savedEventId = store.events.empty() ? 0 : store.events.back().id;
    m_savedClearGeneration = store.clearGeneration;
    m_savedRevision = store.revision;
    return true;
}

bool StorePersistence::save(const Store &store, QString *error)
{
    if (store.revision == m_savedRevision && m_savedRevision != 0)
        return true;
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery q(db);
    bool ok = exec(q, QStringLiteral("DELETE FROM deployments"), error)
        && exec(q, QStringLiteral("DELETE FROM tasks"), error)
        && exec(q, QStringLiteral("DELETE FROM rollbacks"), error)
        && exec(q, QStringLiteral("DELETE FROM users"), error)
        && exec(q, QStringLiteral("DELETE FROM settings"), error);
    if (ok && store.clearGeneration != m_savedClearGeneration) {
        ok = exec(q, QStringLiteral("DELETE FROM events"), error);
        m_savedEventId = 0;
    }
    const auto insert = [&](const QString &sql, const QVariantList &values) {
        if (!ok)
            return;
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec()) {
            *error = q.lastError().text();
            ok = false;
        }
    };
    qint64 seq = 0;
    for (const DeploymentRecord &d : store.deployments)
        insert(QStringLiteral("INSERT INTO deployments VALUES (?, ?, ?)"),
               {d.correlationId, seq++, toJson(deploymentRow(d))});
    for (const EventRecord &e : store.events) {
        if (e.id <= m_savedEventId)
            continue;
        insert(QStringLiteral("INSERT OR REPLACE INTO events VALUES (?, ?)"),
               {e.id,
                toJson({{QStringLiteral("correlation_id"), e.correlationId},
                        {QStringLiteral("event_type"), e.typeName()},
                        {QStringLiteral("event_data"), e.eventData},
                        {QStringLiteral("actor"), e.actor},
                        {QStringLiteral("created_at"), time(e.createdAt)},
                        {QStringLiteral("is_demo"), e.isDemo}})});
    }
    for (const auto &[id, t] : store.tasks)
        insert(QStringLiteral("INSERT INTO tasks VALUES (?, ?)"),
               {id,
                toJson({{QStringLiteral("id"), t.id},
                        {QStringLiteral("name"), t.name},
                        {QStringLiteral("state"), toString(t.state)},
                        {QStringLiteral("result"), t.result},
                        {QStringLiteral("error"), t.error},
                        {QStringLiteral("traceback"), t.traceback},
                        {QStringLiteral("progress"), t.progress},
                        {QStringLiteral("created_at"), time(t.createdAt)}})});
    for (const auto &[key, r] : store.rollbacks)
        insert(QStringLiteral("INSERT INTO rollbacks VALUES (?, ?)"),
               {key,
                toJson({{QStringLiteral("key"), r.idempotencyKey},
                        {QStringLiteral("correlation_id"), r.correlationId},
                        {QStringLiteral("fingerprint"), QString::fromUtf8(r.requestFingerprint)},
                        {QStringLiteral("response"), QString::fromUtf8(r.responseBody)},
                        {QStringLiteral("created_at"), time(r.createdAt)}})});
    for (const UserRecord &u : store.users)
        insert(QStringLiteral("INSERT INTO users VALUES (?, ?)"),
               {u.username,
                toJson({{QStringLiteral("id"), u.id},
                        {QStringLiteral("username"), u.username},
                        {QStringLiteral("password"), u.password},
                        {QStringLiteral("email"), u.email},
                        {QStringLiteral("demo"), u.demo}})});
    insert(QStringLiteral("INSERT INTO settings VALUES ('demo_mode', ?)"),
           {store.demoMode ? QStringLiteral("1") : QStringLiteral("0")});
    insert(QStringLiteral("INSERT INTO settings VALUES ('demo_assets', ?)"),
           {QString::number(store.demoAssets)});
    insert(QStringLiteral("INSERT INTO settings VALUES ('demo_applications', ?)"),
           {QString::number(store.demoApplications)});
    if (!ok || !db.commit()) {
        if (ok)
            *error = db.lastError().text();
        db.rollback();
        return false;
    }
    m_savedEventId = store.events.empty() ? 0 : store.events.back().id;
    m_savedClearGeneration = store.clearGeneration;
    m_savedRevision = store.revision;
    return true;
}

} // namespace eucora::devplane
