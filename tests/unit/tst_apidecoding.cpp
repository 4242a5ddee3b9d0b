// The JSON readers of apidecoding.h on recorded EUCORA shapes (contract 2.3-2.5, 4.1, 6.2,
// 11.2) and on what a server should not send: unknown enum strings kept verbatim, wrong types,
// missing fields, and every timestamp form EUCORA emits.
#include "controlplane/apidecoding.h"
#include "controlplane/domaintypes.h"

#include <QJsonDocument>
#include <QTest>

using namespace eucora::controlplane;

class TestApiDecoding : public QObject
{
    Q_OBJECT

private slots:
    void timestamps_data();
    void timestamps();
    void unknownEnumStringsAreKeptVerbatim();
    void wrongTypesAndMissingFieldsNeverThrow();
    void applicationTree();
    void ringRowsWithNulls();
    void healthChecksKeepTheirDetails();
    void seedAnswersAndRequests();
};

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

} // namespace

void TestApiDecoding::timestamps_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("msecs"); // -1 = invalid
    const qint64 base = QDateTime(QDate(2026, 3, 2), QTime(9, 15, 27), Qt::UTC).toMSecsSinceEpoch();
    QTest::newRow("python micros +00:00") << "2026-03-02T09:15:27.482113+00:00" << base + 482;
    QTest::newRow("Z, millis") << "2026-03-02T09:15:27.482Z" << base + 482;
    QTest::newRow("no fraction") << "2026-03-02T09:15:27+00:00" << base;
    QTest::newRow("offset") << "2026-03-02T10:15:27.5+01:00" << base + 500;
    QTest::newRow("nine digits") << "2026-03-02T09:15:27.123456789Z" << base + 123;
    QTest::newRow("naive (no zone)") << "2026-03-02T09:15:27" << qint64(-1);
    QTest::newRow("date only") << "2026-03-02" << qint64(-1);
    QTest::newRow("garbage") << "yesterday" << qint64(-1);
    QTest::newRow("empty") << "" << qint64(-1);
}

void TestApiDecoding::timestamps()
{
    QFETCH(QString, text);
    QFETCH(qint64, msecs);
    const QDateTime t = parseTimestamp(text);
    if (msecs < 0) {
        QVERIFY(!t.isValid());
        return;
    }
    QVERIFY(t.isValid());
    QCOMPARE(t.toMSecsSinceEpoch(), msecs);
    QCOMPARE(t.timeSpec(), Qt::UTC);
}

void TestApiDecoding::unknownEnumStringsAreKeptVerbatim()
{
    const DeploymentSummary d = decodeDeploymentSummary(
        json(R"({"correlation_id": "5b0e6a9e-1f0c-4c7e-9a51-2f4d8c1e7a10", "app_name": "Slack",
                 "version": "4.36.134", "target_ring": "EXPERIMENTAL", "status": "PAUSED",
                 "risk_score": 42, "created_at": "2026-03-02T09:15:27.482113+00:00"})"));
    QCOMPARE(d.status, QStringLiteral("PAUSED"));
    QVERIFY(!deploymentStatusFromString(d.status));
    QCOMPARE(d.targetRing, QStringLiteral("EXPERIMENTAL"));
    QVERIFY(!ringFromString(d.targetRing));
    QCOMPARE(d.riskScore, std::optional<int>(42));
    const BreakerStatus b = decodeBreaker(QStringLiteral("jamf"), json(R"({"state": "tripped"})"));
    QCOMPARE(b.state, QStringLiteral("tripped"));
    QVERIFY(!breakerStateFromString(b.state));
    const EventRecord e = decodeEvent(json(R"({"id": 7, "event_type": "ROLLBACK_PAUSED"})"));
    QCOMPARE(e.eventType, QStringLiteral("ROLLBACK_PAUSED"));
    QVERIFY(!eventTypeFromString(e.eventType));
}

void TestApiDecoding::wrongTypesAndMissingFieldsNeverThrow()
{
    const DeploymentSummary d = decodeDeploymentSummary(
        json(R"({"id": "0c3f6c55-8a0e-4d5f-9d0b-4c1f0a7e2b11", "app_name": ["no"],
                 "version": 121, "risk_score": "high", "created_at": 12})"));
    QCOMPARE(d.correlationId, QStringLiteral("0c3f6c55-8a0e-4d5f-9d0b-4c1f0a7e2b11")); // 2.7 "id"
    QVERIFY(d.appName.isEmpty());
    QCOMPARE(d.version, QStringLiteral("121")); // a number where text belongs is still shown
    QVERIFY(!d.riskScore);
    QVERIFY(!d.createdAt.isValid());
    const DemoCounts c = decodeDemoCounts(json(R"({"assets": 5, "users": null})"));
    QCOMPARE(c.assets, 5);
    QCOMPARE(c.users, -1); // not reported
    QCOMPARE(c.deployments, -1);
    const TaskStatus t = decodeTaskStatus(json(R"({"task_id": "x", "status": "PROGRESS",
        "progress": {"phase": "assets", "done": 3, "total": 10}, "error": null})"));
    QCOMPARE(t.state, QStringLiteral("PROGRESS"));
    QVERIFY(!t.finished());
    QCOMPARE(t.progress.value(QStringLiteral("total")).toInt(), 10);
    QVERIFY(t.error.isEmpty());
    QVERIFY(decodeTaskStatus(json(R"({"status": "REVOKED"})")).finished());
    QCOMPARE(decodeUser(QJsonObject()), User());
}

void TestApiDecoding::applicationTree()
{
    const Application app = decodeApplication(json(R"(
        {"app_name": "Google Chrome", "latest_version": "121.0.6167.85", "deployment_count": 2,
         "versions": [
           {"version": "121.0.6167.85", "latest_created_at": "2026-03-02T09:15:27.482113+00:00",
            "deployments": [
              {"correlation_id": "0c3f6c55-8a0e-4d5f-9d0b-4c1f0a7e2b11", "target_ring": "CANARY",
               "status": "DEPLOYING", "risk_score": 51, "requires_cab_approval": true,
               "created_at": "2026-03-02T09:15:27.482113+00:00"}]},
           {"version": "120.0.1", "latest_created_at": "2026-03-01T08:00:00+00:00",
            "deployments": [{"correlation_id": "c2", "target_ring": "LAB", "status": "COMPLETED",
                             "risk_score": null, "requires_cab_approval": false,
                             "created_at": "2026-03-01T08:00:00+00:00"}]}]})"));
    QCOMPARE(app.appName, QStringLiteral("Google Chrome"));
    QCOMPARE(app.deploymentCount, 2);
    QCOMPARE(app.versions.size(), size_t(2));
    QCOMPARE(app.versions[0].deployments[0].targetRing, QStringLiteral("CANARY"));
    QVERIFY(app.versions[0].deployments[0].requiresCabApproval);
    QCOMPARE(app.versions[0].deployments[0].riskScore, std::optional<int>(51));
    QVERIFY(!app.versions[1].deployments[0].riskScore);
    QVERIFY(app.versions[1].latestCreatedAt < app.versions[0].latestCreatedAt);
}

void TestApiDecoding::ringRowsWithNulls()
{
    const RingProgress r = decodeRingProgress(
        json(R"({"ring": "PILOT", "connector_type": "jamf", "connector_object_id": null,
                 "success_count": 480, "failure_count": 20, "success_rate": 0.96,
                 "promoted_at": null, "promotion_gate_passed": false,
                 "created_at": "2026-03-02T09:15:27+00:00",
                 "updated_at": "2026-03-02T09:20:00+00:00"})"));
    QCOMPARE(r.ring, QStringLiteral("PILOT"));
    QVERIFY(r.connectorObjectId.isEmpty());
    QVERIFY(!r.promotedAt.isValid());
    QCOMPARE(r.successCount, 480);
    QCOMPARE(r.successRate, 0.96);
    QVERIFY(r.successRate < promotionGate(Ring::Pilot));
    QCOMPARE(r.createdAt.secsTo(r.updatedAt), 273); // the time in the ring starts at created_at
}

void TestApiDecoding::healthChecksKeepTheirDetails()
{
    const HealthReport h = decodeHealthReport(json(R"(
        {"status": "degraded", "timestamp": "2026-03-02T09:15:27.482113+00:00",
         "checks": {"database": {"status": "healthy", "latency_ms": 2},
                    "circuit_breakers": {"status": "degraded", "open_count": 1, "total": 18},
                    "quantum": {"status": "entangled"}}})"));
    QCOMPARE(h.status, QStringLiteral("degraded"));
    QCOMPARE(h.checks.size(), size_t(3));
    QCOMPARE(h.checks[0].name, QStringLiteral("circuit_breakers")); // JSON object key order
    QCOMPARE(h.checks[0].details.value(QStringLiteral("open_count")).toInt(), 1);
    QVERIFY(!h.checks[0].details.contains(QStringLiteral("status")));
    QCOMPARE(h.checks[2].status, QStringLiteral("entangled"));
}

void TestApiDecoding::seedAnswersAndRequests()
{
    const SeedAnswer sync = decodeSeedAnswer(200, json(R"(
        {"status": "success", "counts": {"assets": 100, "applications": 20, "deployments": 50,
         "ring_deployments": 50, "cab_approvals": 31, "evidence_packs": 50, "events": 200,
         "users": 11}, "message": "Demo data seeded successfully", "method": "sync_seed"})"));
    QVERIFY(!sync.queued);
    QCOMPARE(sync.counts.cabApprovals, 31);
    QCOMPARE(sync.method, QStringLiteral("sync_seed"));
    const SeedAnswer queued = decodeSeedAnswer(
        202, json(R"({"status": "queued", "task_id": "d2b4", "method": "async_seed"})"));
    QVERIFY(queued.queued);
    QCOMPARE(queued.taskId, QStringLiteral("d2b4"));

    SeedRequest request;
    QCOMPARE(request.total(), 370); // the defaults of contract 4.2
    QVERIFY(!request.runsAsTask());
    QJsonObject body = encodeSeedRequest(request);
    QCOMPARE(body.value(QStringLiteral("clear_existing")), QJsonValue(true)); // always explicit
    QVERIFY(!body.contains(QStringLiteral("async")));
    QVERIFY(!body.contains(QStringLiteral("use_backup"))); // never sent (contract 4.2)
    request.events = 4731;
    QCOMPARE(request.total(), 4901);
    QVERIFY(!request.runsAsTask());
    request.events = 4831;
    QVERIFY(request.runsAsTask()); // above 5000 the server queues a task
    request.forceAsync = true;
    QCOMPARE(encodeSeedRequest(request).value(QStringLiteral("async")), QJsonValue(true));
}

QTEST_GUILESS_MAIN(TestApiDecoding)
#include "tst_apidecoding.moc"
