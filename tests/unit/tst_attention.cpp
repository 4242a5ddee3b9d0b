// needsAttention: failed deployments (on a gate when the failure event names one), rollbacks
// started and not ended or failed, deployments deploying with no news for long, newest first and
// inside the window; the fleet by target ring and status; counts by status.
#include "controlplane/attention.h"
#include "models/attentionmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>
#include <QTimeZone>

using namespace eucora::controlplane;
using Kind = AttentionItem::Kind;

class TestAttention : public QObject
{
    Q_OBJECT

private slots:
    void failuresRollbacksAndStallsNewestFirst();
    void aRollbackThatEndedIsNoLongerInFlight();
    void theWindowLeavesOlderItemsOut();
    void occupancyAndCounts();
    void theModelFollowsTheListByDeployment();

private:
    static QDateTime at(int minute)
    {
        return QDateTime(QDate(2026, 11, 30), QTime(10, 0), QTimeZone::utc()).addSecs(minute * 60);
    }
    static DeploymentSummary deployment(const QString &id, const QString &status, int created,
                                        const QString &ring = QStringLiteral("PILOT"))
    {
        DeploymentSummary d;
        d.correlationId = id;
        d.appName = QStringLiteral("app-") + id;
        d.version = QStringLiteral("1.0");
        d.targetRing = ring;
        d.status = status;
        d.createdAt = at(created);
        return d;
    }
    static EventRecord event(const QString &id, const QString &type, int minute,
                             QJsonObject data = {})
    {
        EventRecord e;
        e.correlationId = id;
        e.eventType = type;
        e.createdAt = at(minute);
        e.eventData = std::move(data);
        return e;
    }
};

void TestAttention::failuresRollbacksAndStallsNewestFirst()
{
    const std::vector<DeploymentSummary> deployments {
        deployment(QStringLiteral("gate"), QStringLiteral("FAILED"), 0),
        deployment(QStringLiteral("plain"), QStringLiteral("FAILED"), 5),
        deployment(QStringLiteral("rb"), QStringLiteral("COMPLETED"), 1),
        deployment(QStringLiteral("stuck"), QStringLiteral("DEPLOYING"), 2),
        deployment(QStringLiteral("moving"), QStringLiteral("DEPLOYING"), 3),
        deployment(QStringLiteral("fine"), QStringLiteral("COMPLETED"), 4),
    };
    // Newest first, as the API sends them.
    const std::vector<EventRecord> events {
        event(QStringLiteral("moving"), QStringLiteral("DEPLOYMENT_STARTED"), 80),
        event(QStringLiteral("rb"), QStringLiteral("ROLLBACK_INITIATED"), 70,
              {{QStringLiteral("reason"), QStringLiteral("crash on start")}}),
        event(QStringLiteral("gate"), QStringLiteral("DEPLOYMENT_FAILED"), 60,
              {{QStringLiteral("ring"), QStringLiteral("CANARY")},
               {QStringLiteral("error"), QStringLiteral("promotion gate not met")}}),
        event(QStringLiteral("stuck"), QStringLiteral("DEPLOYMENT_STARTED"), 10),
    };
    const auto items = needsAttention(deployments, events, {at(-60), at(90), 30 * 60});
    QCOMPARE(items.size(), size_t(4));
    QCOMPARE(items[0].kind, Kind::RollbackInFlight);
    QCOMPARE(items[0].correlationId, QStringLiteral("rb"));
    QCOMPARE(items[0].detail, QStringLiteral("crash on start"));
    QCOMPARE(items[1].kind, Kind::GateFailed);
    QCOMPARE(items[1].ring, QStringLiteral("CANARY")); // where it failed, not the target
    QCOMPARE(items[1].at, at(60));
    QCOMPARE(items[2].kind, Kind::Stalled); // no news since minute 10, 80 minutes ago
    QCOMPARE(items[2].correlationId, QStringLiteral("stuck"));
    QCOMPARE(items[2].at, at(10));
    QCOMPARE(items[3].kind, Kind::Failed); // no event: known from the list alone
    QCOMPARE(items[3].correlationId, QStringLiteral("plain"));
    QCOMPARE(items[3].ring, QStringLiteral("PILOT"));
    QCOMPARE(items[3].at, at(5));
    QCOMPARE(AttentionText::kindName(Kind::GateFailed), QStringLiteral("Gate failed"));
}

void TestAttention::aRollbackThatEndedIsNoLongerInFlight()
{
    const std::vector<DeploymentSummary> deployments {
        deployment(QStringLiteral("done"), QStringLiteral("ROLLED_BACK"), 0),
        deployment(QStringLiteral("broke"), QStringLiteral("COMPLETED"), 0),
        deployment(QStringLiteral("again"), QStringLiteral("COMPLETED"), 0),
    };
    const std::vector<EventRecord> events {
        // A second rollback after a failed first one is in flight again.
        event(QStringLiteral("again"), QStringLiteral("ROLLBACK_INITIATED"), 30),
        event(QStringLiteral("again"), QStringLiteral("DEPLOYMENT_FAILED"), 20,
              {{QStringLiteral("phase"), QStringLiteral("rollback")}}),
        event(QStringLiteral("broke"), QStringLiteral("DEPLOYMENT_FAILED"), 12,
              {{QStringLiteral("phase"), QStringLiteral("rollback")},
               {QStringLiteral("error"), QStringLiteral("Connector jamf did not confirm")}}),
        event(QStringLiteral("again"), QStringLiteral("ROLLBACK_INITIATED"), 11),
        event(QStringLiteral("broke"), QStringLiteral("ROLLBACK_INITIATED"), 10),
        event(QStringLiteral("done"), QStringLiteral("ROLLBACK_COMPLETED"), 9),
        event(QStringLiteral("done"), QStringLiteral("ROLLBACK_INITIATED"), 8),
    };
    const auto items = needsAttention(deployments, events, {{}, at(40), 30 * 60});
    QCOMPARE(items.size(), size_t(2));
    QCOMPARE(items[0].correlationId, QStringLiteral("again"));
    QCOMPARE(items[0].kind, Kind::RollbackInFlight);
    QCOMPARE(items[0].at, at(30));
    // A rollback that failed leaves the deployment as it was: that needs a look too.
    QCOMPARE(items[1].correlationId, QStringLiteral("broke"));
    QCOMPARE(items[1].kind, Kind::Failed);
    QCOMPARE(items[1].detail, QStringLiteral("rollback failed: Connector jamf did not confirm"));
}

void TestAttention::theWindowLeavesOlderItemsOut()
{
    const std::vector<DeploymentSummary> deployments {
        deployment(QStringLiteral("old"), QStringLiteral("FAILED"), 0),
        deployment(QStringLiteral("new"), QStringLiteral("FAILED"), 50),
    };
    const auto items = needsAttention(deployments, {}, {at(30), at(60), 30 * 60});
    QCOMPARE(items.size(), size_t(1));
    QCOMPARE(items[0].correlationId, QStringLiteral("new"));
}

void TestAttention::occupancyAndCounts()
{
    const std::vector<DeploymentSummary> deployments {
        deployment(QStringLiteral("a"), QStringLiteral("DEPLOYING"), 0, QStringLiteral("CANARY")),
        deployment(QStringLiteral("b"), QStringLiteral("DEPLOYING"), 0, QStringLiteral("CANARY")),
        deployment(QStringLiteral("c"), QStringLiteral("FAILED"), 0, QStringLiteral("CANARY")),
        deployment(QStringLiteral("d"), QStringLiteral("AWAITING_CAB"), 0,
                   QStringLiteral("GLOBAL")),
        deployment(QStringLiteral("e"), QStringLiteral("PAUSED"), 0, QStringLiteral("MOON")),
    };
    const RingOccupancy occupancy = occupancyByTargetRing(deployments);
    QCOMPARE(occupancy.at(QStringLiteral("CANARY")).at(QStringLiteral("DEPLOYING")), 2);
    QCOMPARE(occupancy.at(QStringLiteral("CANARY")).at(QStringLiteral("FAILED")), 1);
    QCOMPARE(occupancy.at(QStringLiteral("GLOBAL")).at(QStringLiteral("AWAITING_CAB")), 1);
    QCOMPARE(occupancy.at(QStringLiteral("MOON")).at(QStringLiteral("PAUSED")), 1); // as sent
    QCOMPARE(countWithStatus(deployments, {DeploymentStatus::Deploying}), 2);
    QCOMPARE(
        countWithStatus(deployments, {DeploymentStatus::AwaitingCab, DeploymentStatus::Failed}), 2);
}

void TestAttention::theModelFollowsTheListByDeployment()
{
    using eucora::models::AttentionModel;
    AttentionModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const AttentionItem gate {Kind::GateFailed,
                              QStringLiteral("a"),
                              QStringLiteral("Slack"),
                              QStringLiteral("4.36"),
                              QStringLiteral("CANARY"),
                              at(5),
                              QStringLiteral("promotion gate not met")};
    const AttentionItem stalled {Kind::Stalled,
                                 QStringLiteral("b"),
                                 QStringLiteral("Zoom"),
                                 QStringLiteral("6.0"),
                                 QStringLiteral("GLOBAL"),
                                 at(1),
                                 {}};
    model.setItems({gate, stalled});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, AttentionModel::Kind).data().toString(), QStringLiteral("Gate failed"));
    QCOMPARE(model.index(0, AttentionModel::Kind).data(eucora::models::ToneRole).toInt(),
             int(eucora::models::Tone::Bad));
    QCOMPARE(model.index(1, AttentionModel::Kind).data(eucora::models::ToneRole).toInt(),
             int(eucora::models::Tone::Warning));
    QCOMPARE(model.index(1, AttentionModel::App).data(eucora::models::KeyRole).toString(),
             QStringLiteral("b"));
    // The rollback of "b" started: same deployment, new kind, first place.
    AttentionItem rollingBack = stalled;
    rollingBack.kind = Kind::RollbackInFlight;
    rollingBack.at = at(9);
    model.setItems({rollingBack, gate});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, AttentionModel::Kind).data().toString(),
             QStringLiteral("Rolling back"));
    model.setItems({});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestAttention)
#include "tst_attention.moc"
