// StorePersistence: typed state survives a save and a load as the API's words, a client's event
// type outside the enum is kept as sent, and a stored word this build does not know skips its
// row with a warning instead of being guessed.
#include "persistence.h"
#include "store.h"

#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace eucora::devplane;
using namespace eucora::controlplane;

class TestStorePersistence : public QObject
{
    Q_OBJECT

private slots:
    void typedStateSurvivesARestart();
    void unknownStoredWordsSkipTheirRow();

private:
    static Store sample();
    static QString saveSample(const QString &directory); // an error text, empty on success
    static Store reload(const QString &directory);
    static void rewrite(const QString &directory, const QString &table, const QString &key,
                        const QString &field, const QString &word);
};

namespace {

const QString kCompleted = QStringLiteral("5b0e6a9e-1f0c-4c7e-9a51-2f4d8c1e7a10");
const QString kDeploying = QStringLiteral("0f7c2d4e-8a1b-4c3d-9e5f-6a7b8c9d0e1f");

} // namespace

Store TestStorePersistence::sample()
{
    Store store;
    for (const auto &[id, status] : {std::pair(kCompleted, DeploymentStatus::Completed),
                                     std::pair(kDeploying, DeploymentStatus::Deploying)}) {
        DeploymentRecord d;
        d.correlationId = id;
        d.createdAt = d.updatedAt = QDateTime::currentDateTimeUtc();
        d.appName = QStringLiteral("Slack");
        d.targetRing = QStringLiteral("PILOT");
        d.status = status;
        RingRow lab;
        lab.ring = Ring::Lab;
        RingRow canary;
        canary.ring = Ring::Canary;
        d.rings = {lab, canary};
        store.deployments.push_back(d);
    }
    store.addEvent(kCompleted, EventType::DeploymentCompleted, {}, QStringLiteral("sim"), false);
    store.addPostedEvent(kCompleted, QStringLiteral("ROLLBACK_PAUSED"), {}, QStringLiteral("op"),
                         false);
    store.addTask(QStringLiteral("task-1"), QStringLiteral("rollback")).state = TaskState::Progress;
    store.addTask(QStringLiteral("task-2"), QStringLiteral("seed")).state = TaskState::Revoked;
    return store;
}

QString TestStorePersistence::saveSample(const QString &directory)
{
    StorePersistence persistence;
    QString error;
    if (!persistence.open(directory, &error) || !persistence.save(sample(), &error))
        return error;
    return {};
}

Store TestStorePersistence::reload(const QString &directory)
{
    StorePersistence persistence;
    QString error;
    Store store;
    if (!persistence.open(directory, &error) || !persistence.load(store, &error))
        qFatal("cannot reload: %s", qPrintable(error));
    return store;
}

// Replaces one JSON field of one stored row, as another build of the devplane might have written.
void TestStorePersistence::rewrite(const QString &directory, const QString &table,
                                   const QString &key, const QString &field, const QString &word)
{
    const QString keyColumn = table == QLatin1String("deployments")
        ? QStringLiteral("correlation_id")
        : QStringLiteral("id");
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("edit"));
        db.setDatabaseName(directory + QStringLiteral("/devplane.sqlite3"));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(
            QStringLiteral("SELECT body FROM %1 WHERE %2 = '%3'").arg(table, keyColumn, key)));
        QVERIFY(q.next());
        QJsonObject body = QJsonDocument::fromJson(q.value(0).toByteArray()).object();
        body.insert(field, word);
        q.prepare(QStringLiteral("UPDATE %1 SET body = ? WHERE %2 = ?").arg(table, keyColumn));
        q.addBindValue(QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact)));
        q.addBindValue(key);
        QVERIFY(q.exec());
        QCOMPARE(q.numRowsAffected(), 1);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("edit"));
}

void TestStorePersistence::typedStateSurvivesARestart()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString error = saveSample(dir.path());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const Store store = reload(dir.path());

    QCOMPARE(store.deployments.size(), size_t(2));
    QVERIFY(store.deployments[0].status == DeploymentStatus::Completed);
    QVERIFY(store.deployments[1].status == DeploymentStatus::Deploying);
    QCOMPARE(store.deployments[0].rings.size(), size_t(2));
    QVERIFY(store.deployments[0].rings[1].ring == Ring::Canary);
    QCOMPARE(store.deployments[0].targetRing, QStringLiteral("PILOT"));

    QCOMPARE(store.events.size(), size_t(2));
    QCOMPARE(store.events[0].eventType, std::optional(EventType::DeploymentCompleted));
    QCOMPARE(store.events[0].typeName(), QStringLiteral("DEPLOYMENT_COMPLETED"));
    QVERIFY(!store.events[1].eventType.has_value());
    QCOMPARE(store.events[1].typeName(), QStringLiteral("ROLLBACK_PAUSED"));
    QVERIFY(store.events[1].hasType(QStringLiteral("ROLLBACK_PAUSED")));
    QVERIFY(!store.events[1].hasType(QStringLiteral("DEPLOYMENT_COMPLETED")));

    QVERIFY(store.tasks.at(QStringLiteral("task-1")).state == TaskState::Progress);
    QVERIFY(store.tasks.at(QStringLiteral("task-2")).state == TaskState::Revoked);
}

void TestStorePersistence::unknownStoredWordsSkipTheirRow()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString error = saveSample(dir.path());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    rewrite(dir.path(), QStringLiteral("deployments"), kCompleted, QStringLiteral("status"),
            QStringLiteral("PAUSED"));
    rewrite(dir.path(), QStringLiteral("tasks"), QStringLiteral("task-1"), QStringLiteral("state"),
            QStringLiteral("LOST"));
    QTest::ignoreMessage(QtWarningMsg,
                         qPrintable(QStringLiteral("eucora-devplane: skipping stored deployment "
                                                   "%1: unknown status \"PAUSED\"")
                                        .arg(kCompleted)));
    QTest::ignoreMessage(QtWarningMsg,
                         "eucora-devplane: skipping stored task task-1: unknown state \"LOST\"");
    const Store store = reload(dir.path());

    QCOMPARE(store.deployments.size(), size_t(1));
    QCOMPARE(store.deployments[0].correlationId, kDeploying);
    QCOMPARE(store.tasks.size(), size_t(1));
    QVERIFY(store.tasks.count(QStringLiteral("task-2")));
    QCOMPARE(store.events.size(), size_t(2)); // events of a skipped deployment stay in the log
}

QTEST_GUILESS_MAIN(TestStorePersistence)
#include "tst_storepersistence.moc"
