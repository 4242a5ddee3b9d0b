// EventsModel: the event's time local with its zone, in UTC as the tooltip and sorted by instant;
// the type's tone and a word the console does not know; rows keyed by event id; a clean bill from
// QAbstractItemModelTester.
#include "models/eventsmodel.h"
#include "models/modelroles.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace eucora;
using eucora::models::EventsModel;

class TestEventsModel : public QObject
{
    Q_OBJECT

private slots:
    void passesTheModelTester();
    void showsTheEvent();
    void timeColumn();
    void typeTones_data();
    void typeTones();
    void anUnknownTypeIsShownAsSentAndSaysSo();
    void namesTheApplicationOfEventsThatDoNot();

private:
    static controlplane::EventRecord event(qint64 id, const QString &type,
                                           const QDateTime &at = {});
};

controlplane::EventRecord TestEventsModel::event(qint64 id, const QString &type,
                                                 const QDateTime &at)
{
    controlplane::EventRecord e;
    e.id = id;
    e.correlationId = QStringLiteral("1fdef186-cf3c-48ae-a0c8-536e626fa0a3");
    e.eventType = type;
    e.eventData = QJsonObject {{QStringLiteral("ring"), QStringLiteral("PILOT")}};
    e.actor = QStringLiteral("operator");
    e.createdAt
        = at.isValid() ? at : QDateTime(QDate(2026, 11, 30), QTime(12, 0), QTimeZone::utc());
    return e;
}

void TestEventsModel::passesTheModelTester()
{
    EventsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEvents(
        {event(1, QStringLiteral("DEPLOYMENT_CREATED")), event(2, QStringLiteral("CAB_APPROVED"))});
    model.setEvents({event(3, QStringLiteral("DEPLOYMENT_STARTED")),
                     event(1, QStringLiteral("DEPLOYMENT_CREATED")),
                     event(2, QStringLiteral("CAB_APPROVED"))});
    model.setEvents({event(2, QStringLiteral("CAB_APPROVED"))});
    model.setEvents({});
}

void TestEventsModel::showsTheEvent()
{
    EventsModel model;
    model.setEvents({event(7, QStringLiteral("ROLLBACK_INITIATED"))});
    QCOMPARE(model.columnCount(), int(EventsModel::ColumnCount));
    QCOMPARE(model.index(0, EventsModel::Type).data().toString(),
             QStringLiteral("ROLLBACK_INITIATED"));
    QCOMPARE(model.index(0, EventsModel::Deployment).data().toString(),
             QStringLiteral("1fdef186-cf3c-48ae-a0c8-536e626fa0a3"));
    QCOMPARE(model.index(0, EventsModel::Actor).data().toString(), QStringLiteral("operator"));
    QCOMPARE(model.index(0, EventsModel::Details).data().toString(),
             QStringLiteral("{\"ring\":\"PILOT\"}"));
    // The key views select by is the deployment the event belongs to.
    QCOMPARE(model.index(0, EventsModel::Type).data(models::KeyRole).toString(),
             QStringLiteral("1fdef186-cf3c-48ae-a0c8-536e626fa0a3"));
    QCOMPARE(model.eventAt(0)->id, 7);
}

void TestEventsModel::timeColumn()
{
    const QDateTime earlier(QDate(2026, 11, 30), QTime(9, 15, 2, 250), QTimeZone::utc());
    const QDateTime later = earlier.addSecs(3600);
    EventsModel model;
    model.setEvents({event(1, QStringLiteral("DEPLOYMENT_CREATED"), later),
                     event(2, QStringLiteral("DEPLOYMENT_CREATED"), earlier)});
    const QModelIndex first = model.index(0, EventsModel::Time);
    QCOMPARE(first.data().toString(),
             later.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss t")));
    QCOMPARE(model.index(1, EventsModel::Time).data(Qt::ToolTipRole).toString(),
             QStringLiteral("2026-11-30T09:15:02.250Z"));
    QCOMPARE(first.data(models::SortRole).toLongLong(), later.toMSecsSinceEpoch());
    QVERIFY(model.index(1, EventsModel::Time).data(models::SortRole).toLongLong()
            < first.data(models::SortRole).toLongLong());
}

void TestEventsModel::typeTones_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<int>("tone");
    QTest::newRow("completed") << QStringLiteral("DEPLOYMENT_COMPLETED") << int(models::Tone::Good);
    QTest::newRow("cab approved") << QStringLiteral("CAB_APPROVED") << int(models::Tone::Good);
    QTest::newRow("failed") << QStringLiteral("DEPLOYMENT_FAILED") << int(models::Tone::Bad);
    QTest::newRow("cab rejected") << QStringLiteral("CAB_REJECTED") << int(models::Tone::Bad);
    QTest::newRow("rollback") << QStringLiteral("ROLLBACK_INITIATED") << int(models::Tone::Warning);
    QTest::newRow("started") << QStringLiteral("DEPLOYMENT_STARTED") << int(models::Tone::Neutral);
    QTest::newRow("unknown word") << QStringLiteral("GATE_WOBBLED") << int(models::Tone::Warning);
}

void TestEventsModel::typeTones()
{
    QFETCH(QString, type);
    QFETCH(int, tone);
    EventsModel model;
    model.setEvents({event(1, type)});
    QCOMPARE(model.index(0, EventsModel::Type).data(models::ToneRole).toInt(), tone);
    QCOMPARE(model.index(0, EventsModel::Actor).data(models::ToneRole).toInt(),
             int(models::Tone::Neutral));
}

void TestEventsModel::anUnknownTypeIsShownAsSentAndSaysSo()
{
    EventsModel model;
    model.setEvents({event(1, QStringLiteral("GATE_WOBBLED"))});
    QCOMPARE(model.index(0, EventsModel::Type).data().toString(), QStringLiteral("GATE_WOBBLED"));
    QVERIFY(model.index(0, EventsModel::Type)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String("not one this console knows")));
}

void TestEventsModel::namesTheApplicationOfEventsThatDoNot()
{
    EventsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    controlplane::EventRecord created = event(1, QStringLiteral("DEPLOYMENT_CREATED"));
    created.eventData.insert(QStringLiteral("app_name"), QStringLiteral("Slack"));
    controlplane::EventRecord cab = event(2, QStringLiteral("CAB_APPROVED"));
    controlplane::EventRecord other = event(3, QStringLiteral("CAB_REJECTED"));
    other.correlationId = QStringLiteral("5b0e6a9e-1f0c-4c7e-9a51-2f4d8c1e7a10");
    model.setEvents({cab, created, other});
    // From the event of the same deployment that names it.
    QCOMPARE(model.index(0, EventsModel::App).data().toString(), QStringLiteral("Slack"));
    QCOMPARE(model.index(1, EventsModel::App).data().toString(), QStringLiteral("Slack"));
    QVERIFY(model.index(2, EventsModel::App).data().toString().isEmpty());
    // From the deployments list, and the views hear of it.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setApplicationNames({{other.correlationId, QStringLiteral("Zoom")},
                               {cab.correlationId, QStringLiteral("Not this")}});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.index(2, EventsModel::App).data().toString(), QStringLiteral("Zoom"));
    // An event's own word wins, then its siblings'.
    QCOMPARE(model.index(0, EventsModel::App).data().toString(), QStringLiteral("Slack"));
    model.setApplicationNames({{other.correlationId, QStringLiteral("Zoom")},
                               {cab.correlationId, QStringLiteral("Not this")}});
    QCOMPARE(changed.count(), 1); // the same names: nothing to tell
}

QTEST_GUILESS_MAIN(TestEventsModel)
#include "tst_eventsmodel.moc"
