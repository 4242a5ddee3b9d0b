// Keeps the devplane's Store in SQLite (QtSql) under --data-dir so it survives a restart.
// Every save is one transaction: a kill -9 at any moment leaves the previous complete state or
// the new complete state, never half a rollback record.
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace eucora::devplane {

class Store;

class StorePersistence
{
public:
    StorePersistence() = default;
    ~StorePersistence();
    StorePersistence(const StorePersistence &) = delete;
    StorePersistence &operator=(const StorePersistence &) = delete;

    bool open(const QString &directory, QString *error);
    // Reads everything saved into `store`; false with `error` on a damaged database.
    bool load(Store &store, QString *error);
    // Writes what changed since the last save: deployments, tasks, rollback records, users and
    // settings in full, events incrementally (they are append-only until a demo clear).
    bool save(const Store &store, QString *error);

private:
    QString m_connection;
    qint64 m_savedEventId = 0;
    quint64 m_savedClearGeneration = 0;
    quint64 m_savedRevision = 0;
};

} // namespace eucora::devplane
