// ringPipeline: a deployment's rings from LAB up to its target, each with its gate's decision in
// numbers (contract 11.2): mid-rollout, a failed gate, a completed rollout, a rollback that ended
// a ring before its gate decided, rows in any order, and words this console does not know.
#include "controlplane/ringpipeline.h"

#include <QTest>
#include <QTimeZone>

using namespace eucora::controlplane;

class TestRingPipeline : public QObject
{
    Q_OBJECT

private slots:
    void midRolloutMarksTheCurrentRing();
    void aFailedGateSaysItInNumbers();
    void aCompletedRolloutPassedEveryGate();
    void aRollbackStopsTheRingItEndedIn();
    void rowsInAnyOrderAndUnknownWords();

private:
    static QDateTime at(int minute)
    {
        return QDateTime(QDate(2026, 11, 30), QTime(12, minute), QTimeZone::utc());
    }
    static DeploymentSummary deployment(const QString &target, const QString &status)
    {
        DeploymentSummary d;
        d.correlationId = QStringLiteral("1fdef186-cf3c-48ae-a0c8-536e626fa0a3");
        d.targetRing = target;
        d.status = status;
        return d;
    }
    static RingProgress row(const QString &ring, int ok, int failed, bool passed, int entered,
                            std::optional<int> promoted = std::nullopt)
    {
        RingProgress r;
        r.ring = ring;
        r.connectorType = QStringLiteral("intune");
        r.successCount = ok;
        r.failureCount = failed;
        r.successRate = ok + failed > 0 ? double(ok) / (ok + failed) : 0.0;
        r.promotionGatePassed = passed;
        r.createdAt = at(entered);
        r.updatedAt = at(promoted.value_or(entered));
        if (promoted)
            r.promotedAt = at(*promoted);
        return r;
    }
};

void TestRingPipeline::midRolloutMarksTheCurrentRing()
{
    const RingPipeline p
        = ringPipeline(deployment(QStringLiteral("PILOT"), QStringLiteral("DEPLOYING")),
                       {row(QStringLiteral("LAB"), 40, 0, true, 0, 2),
                        row(QStringLiteral("CANARY"), 0, 0, false, 2)},
                       at(10));
    QCOMPARE(p.final, false);
    QCOMPARE(int(p.stages.size()), 3); // LAB, CANARY, PILOT: up to the target
    const RingStage &lab = p.stages[0];
    QCOMPARE(lab.gate, std::nullopt);
    QCOMPARE(lab.state, GateState::Passed);
    QCOMPARE(lab.decision, QStringLiteral("no gate: 40 of 40 succeeded"));
    QCOMPARE(lab.secondsInRing, std::optional<qint64>(120));
    QVERIFY(!lab.current);
    const RingStage &canary = p.stages[1];
    QVERIFY(canary.current);
    QCOMPARE(canary.state, GateState::Pending);
    QCOMPARE(canary.gate, std::optional<double>(0.98));
    QCOMPARE(canary.decision, QStringLiteral("waiting for results; gate 0.98"));
    QCOMPARE(canary.secondsInRing, std::optional<qint64>(8 * 60)); // still there: until now
    const RingStage &pilot = p.stages[2];
    QCOMPARE(pilot.state, GateState::NotReached);
    QVERIFY(!pilot.progress);
    QCOMPARE(pilot.decision, QStringLiteral("not reached; gate 0.97"));
}

void TestRingPipeline::aFailedGateSaysItInNumbers()
{
    const RingPipeline p
        = ringPipeline(deployment(QStringLiteral("GLOBAL"), QStringLiteral("FAILED")),
                       {row(QStringLiteral("LAB"), 40, 0, true, 0, 1),
                        row(QStringLiteral("CANARY"), 481, 19, false, 1)},
                       at(30));
    QVERIFY(p.final);
    QCOMPARE(int(p.stages.size()), 5);
    QCOMPARE(p.stages[1].state, GateState::Failed);
    QVERIFY(p.stages[1].current);
    QCOMPARE(p.stages[1].decision, QStringLiteral("0.962 < 0.98: 481 of 500 succeeded"));
    // Final: the time in the ring ends with the last update, not now.
    QCOMPARE(p.stages[1].secondsInRing, std::optional<qint64>(0));
    for (size_t i = 2; i < p.stages.size(); ++i)
        QCOMPARE(p.stages[i].state, GateState::NotReached);
}

void TestRingPipeline::aCompletedRolloutPassedEveryGate()
{
    const RingPipeline p
        = ringPipeline(deployment(QStringLiteral("DEPARTMENT"), QStringLiteral("COMPLETED")),
                       {row(QStringLiteral("LAB"), 40, 0, true, 0, 1),
                        row(QStringLiteral("CANARY"), 99, 1, true, 1, 3),
                        row(QStringLiteral("PILOT"), 485, 15, true, 3, 6),
                        row(QStringLiteral("DEPARTMENT"), 995, 5, true, 6, 9)},
                       at(30));
    QVERIFY(p.final);
    QCOMPARE(int(p.stages.size()), 4);
    for (const RingStage &stage : p.stages)
        QCOMPARE(stage.state, GateState::Passed);
    QCOMPARE(p.stages[1].decision, QStringLiteral("0.990 ≥ 0.98: 99 of 100 succeeded"));
    QCOMPARE(p.stages[2].decision, QStringLiteral("0.970 ≥ 0.97: 485 of 500 succeeded"));
    QCOMPARE(p.stages[3].decision, QStringLiteral("0.995 ≥ 0.99: 995 of 1000 succeeded"));
    QVERIFY(p.stages[3].current);
    QCOMPARE(p.stages[3].secondsInRing, std::optional<qint64>(180));
}

void TestRingPipeline::aRollbackStopsTheRingItEndedIn()
{
    const RingPipeline p
        = ringPipeline(deployment(QStringLiteral("PILOT"), QStringLiteral("ROLLED_BACK")),
                       {row(QStringLiteral("LAB"), 40, 0, true, 0, 1),
                        row(QStringLiteral("CANARY"), 30, 2, false, 1)},
                       at(30));
    QVERIFY(p.final);
    QCOMPARE(p.stages[1].state, GateState::Stopped);
    QCOMPARE(p.stages[1].decision,
             QStringLiteral("ended at 0.938 before the gate (0.98) decided: 30 of 32 succeeded"));
}

void TestRingPipeline::rowsInAnyOrderAndUnknownWords()
{
    const RingPipeline p
        = ringPipeline(deployment(QStringLiteral("ring_9"), QStringLiteral("SIDEWAYS")),
                       {row(QStringLiteral("CANARY"), 0, 0, false, 1),
                        row(QStringLiteral("LAB"), 40, 0, true, 0, 1),
                        row(QStringLiteral("MOON"), 1, 0, false, 2)},
                       at(5));
    QVERIFY(!p.targetKnown);
    QVERIFY(!p.final); // an unknown status: keep asking
    QCOMPARE(p.unknownRings, QStringList {QStringLiteral("MOON")});
    QCOMPARE(int(p.stages.size()), 5); // an unknown target: every ring
    QCOMPARE(p.stages[0].state, GateState::Passed);
    QVERIFY(p.stages[1].current);
    QCOMPARE(p.stages[1].state, GateState::Pending);
}

QTEST_GUILESS_MAIN(TestRingPipeline)
#include "tst_ringpipeline.moc"
