// eucora-devplane against the contract (../shared/contract/control-plane-api.md, checklist
// 11.13), over real HTTP: paths and trailing slashes, shapes, auth, CSRF, 403-not-401, error
// envelopes, throttle, rollback idempotency, seeding, tasks, breakers, and the test-control API.
#include "devplaneprocess.h"
#include "httptestclient.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace eucora::testing;

class TestDevplaneContract : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pathsAndPermissions_data();
    void pathsAndPermissions();
    void loginSetsSessionAndCsrfCookies();
    void unsafeRequestsNeedTheCsrfHeader_data();
    void unsafeRequestsNeedTheCsrfHeader();
    void deploymentShapesMatchTheContract();
    void rollbackIsIdempotentAndAudited();
    void rollbackRejectionsCarryTheDocumentedBodies();
    void seedSyncAndAsyncWithProgress();
    void unknownTasksReadPendingAndRevokeAlwaysAnswers();
    void breakersListSingleForceAndReset();
    void faultsDelayBreakAndCount();
    void metricsExposeAllSixteenFamilies();
    void throttleAnswers429WithRetryAfter();
    void testControlIsHiddenWithoutTestMode();
    void dataDirKeepsStateThroughKillNine();
    void singleProcessShapeAndWorkerPids();
    void refusesNonLoopbackWithoutExplicitUsers();

private:
    QString firstDeployment(const QString &status);

    DevplaneProcess m_devplane;
    std::unique_ptr<HttpTestClient> m_anon;
    std::unique_ptr<HttpTestClient> m_viewer;
    std::unique_ptr<HttpTestClient> m_operator;
};

void TestDevplaneContract::initTestCase()
{
    QString error;
    QVERIFY2(m_devplane.start({QStringLiteral("--test-mode"), QStringLiteral("--seed-demo"),
                               QStringLiteral("--seed"), QStringLiteral("11"),
                               QStringLiteral("--no-throttle")},
                              &error),
             qPrintable(error));
    m_anon = std::make_unique<HttpTestClient>(m_devplane.url());
    m_viewer = std::make_unique<HttpTestClient>(m_devplane.url());
    m_operator = std::make_unique<HttpTestClient>(m_devplane.url());
    QVERIFY(m_viewer->login(QStringLiteral("viewer"), QStringLiteral("viewer")));
    QVERIFY(m_operator->login(QStringLiteral("operator"), QStringLiteral("operator")));
}

void TestDevplaneContract::pathsAndPermissions_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>(
        "expect"); // a JSON key, "html", "text", "error:<text>" or "" for empty

    const QString notAuth = QStringLiteral("error:Authentication credentials were not provided.");
    const QString noPerm
        = QStringLiteral("error:You do not have permission to perform this action.");
    QTest::newRow("live") << "anon" << QByteArray("GET") << "/health/live" << 200 << "status";
    QTest::newRow("live any method")
        << "anon" << QByteArray("POST") << "/health/live" << 200 << "status";
    QTest::newRow("ready") << "anon" << QByteArray("GET") << "/health/ready" << 200 << "database";
    QTest::newRow("demo-ready") << "anon" << QByteArray("GET") << "/health/demo-ready" << 200
                                << "demo_data_counts";
    QTest::newRow("telemetry live")
        << "anon" << QByteArray("GET") << "/api/v1/health/live" << 200 << "status";
    QTest::newRow("telemetry metrics") << "anon" << QByteArray("GET") << "/api/v1/health/metrics/"
                                       << 200 << "deployment_intents_by_status";
    QTest::newRow("telemetry health")
        << "anon" << QByteArray("GET") << "/api/v1/health/health/" << 200 << "checks";
    QTest::newRow("metrics") << "anon" << QByteArray("GET") << "/api/v1/metrics/" << 200 << "text";
    QTest::newRow("metrics POST") << "anon" << QByteArray("POST") << "/api/v1/metrics/" << 405
                                  << "";
    QTest::newRow("metrics no slash redirects")
        << "anon" << QByteArray("GET") << "/api/v1/metrics" << 301 << "";
    QTest::newRow("list anonymous")
        << "anon" << QByteArray("GET") << "/api/v1/deployments/list" << 403 << notAuth;
    QTest::newRow("list viewer") << "viewer" << QByteArray("GET") << "/api/v1/deployments/list"
                                 << 200 << "deployments";
    QTest::newRow("list extra slash")
        << "viewer" << QByteArray("GET") << "/api/v1/deployments/list/" << 404 << "html";
    QTest::newRow("applications") << "viewer" << QByteArray("GET")
                                  << "/api/v1/deployments/applications" << 200 << "applications";
    QTest::newRow("core list") << "viewer" << QByteArray("GET") << "/api/v1/core/deployments/"
                               << 200 << "page_size";
    QTest::newRow("admin list") << "viewer" << QByteArray("GET") << "/api/v1/admin/deployments/"
                                << 200 << "total";
    QTest::newRow("core bad page")
        << "viewer" << QByteArray("GET") << "/api/v1/core/deployments/?page=x" << 400
        << "error:Malformed JSON in request body";
    QTest::newRow("malformed uuid")
        << "viewer" << QByteArray("GET") << "/api/v1/deployments/not-a-uuid/" << 404 << "html";
    QTest::newRow("unknown uuid") << "viewer" << QByteArray("GET")
                                  << "/api/v1/deployments/00000000-0000-4000-8000-000000000000/"
                                  << 404 << "error:Deployment not found";
    QTest::newRow("unknown path") << "viewer" << QByteArray("GET") << "/api/v1/nope" << 404
                                  << "html";
    QTest::newRow("events anonymous")
        << "anon" << QByteArray("GET") << "/api/v1/events/list" << 200 << "events";
    QTest::newRow("me anonymous") << "anon" << QByteArray("GET") << "/api/v1/auth/me" << 403
                                  << notAuth;
    QTest::newRow("me") << "viewer" << QByteArray("GET") << "/api/v1/auth/me" << 200 << "user";
    QTest::newRow("validate") << "viewer" << QByteArray("GET") << "/api/v1/auth/validate" << 200
                              << "session_expiry";
    QTest::newRow("csrf-token non-staff")
        << "viewer" << QByteArray("GET") << "/api/v1/admin/csrf-token" << 403 << noPerm;
    QTest::newRow("csrf-token staff")
        << "operator" << QByteArray("GET") << "/api/v1/admin/csrf-token" << 200 << "csrf_token";
    QTest::newRow("stats non-staff")
        << "viewer" << QByteArray("GET") << "/api/v1/admin/demo-data-stats" << 403 << noPerm;
    QTest::newRow("stats staff") << "operator" << QByteArray("GET")
                                 << "/api/v1/admin/demo-data-stats" << 200 << "counts";
    QTest::newRow("stats core mount")
        << "operator" << QByteArray("GET") << "/api/v1/core/demo-data-stats" << 200 << "counts";
    QTest::newRow("demo-mode") << "operator" << QByteArray("GET") << "/api/v1/admin/demo-mode"
                               << 200 << "demo_mode_enabled";
    QTest::newRow("breakers anonymous")
        << "anon" << QByteArray("GET") << "/api/v1/admin/health/circuit-breakers" << 403 << notAuth;
    QTest::newRow("breakers") << "viewer" << QByteArray("GET")
                              << "/api/v1/admin/health/circuit-breakers" << 200 << "summary";
    QTest::newRow("breakers core") << "viewer" << QByteArray("GET")
                                   << "/api/v1/core/health/circuit-breakers" << 200 << "breakers";
    QTest::newRow("tasks active") << "viewer" << QByteArray("GET") << "/api/v1/admin/tasks/active"
                                  << 200 << "summary";
    QTest::newRow("connectors") << "viewer" << QByteArray("GET") << "/api/v1/connectors/" << 200
                                << "connectors";
    QTest::newRow("connector bad")
        << "viewer" << QByteArray("GET") << "/api/v1/connectors/nope/health" << 400
        << "error:Invalid connector type: nope";
    QTest::newRow("method not allowed")
        << "viewer" << QByteArray("DELETE") << "/api/v1/deployments/list" << 405
        << "error:Method \"DELETE\" not allowed.";
    QTest::newRow("control requests")
        << "anon" << QByteArray("GET") << "/_devplane/requests" << 200 << "requests";
}

void TestDevplaneContract::pathsAndPermissions()
{
    QFETCH(QString, who);
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QString, expect);
    HttpTestClient &client = who == QLatin1String("anon") ? *m_anon
        : who == QLatin1String("viewer")                  ? *m_viewer
                                                          : *m_operator;
    const HttpAnswer answer = client.send(method, path);
    QCOMPARE(answer.status, status);
    QVERIFY(!answer.header("X-Correlation-ID").isEmpty());
    if (expect == QLatin1String("html")) {
        QVERIFY(answer.contentType.startsWith("text/html"));
        QVERIFY(answer.body.contains("<h1>Not Found</h1>"));
    } else if (expect == QLatin1String("text")) {
        QCOMPARE(answer.contentType, QByteArray("text/plain; version=0.0.4; charset=utf-8"));
    } else if (expect.startsWith(QLatin1String("error:"))) {
        QCOMPARE(answer.json().value(QStringLiteral("error")).toString(), expect.mid(6));
        if (status == 403 || status == 405)
            QVERIFY(answer.json().contains(QStringLiteral("correlation_id")));
    } else if (expect.isEmpty()) {
        QVERIFY(answer.body.isEmpty());
    } else {
        QVERIFY2(answer.json().contains(expect), answer.body.left(300).constData());
    }
}

void TestDevplaneContract::loginSetsSessionAndCsrfCookies()
{
    HttpTestClient client(m_devplane.url());
    HttpAnswer bad = client.post(QStringLiteral("/api/v1/auth/login"),
                                 {{QStringLiteral("username"), QStringLiteral("viewer")},
                                  {QStringLiteral("password"), QStringLiteral("x")}});
    QCOMPARE(bad.status, 401);
    QCOMPARE(bad.json().value(QStringLiteral("error")).toString(),
             QStringLiteral("Invalid email or password"));
    const HttpAnswer malformed
        = client.send("POST", QStringLiteral("/api/v1/auth/login"), "{not json");
    QCOMPARE(malformed.status, 400);
    QVERIFY(malformed.json()
                .value(QStringLiteral("detail"))
                .toString()
                .startsWith(QLatin1String("JSON parse error - ")));
    QVERIFY(malformed.json().contains(QStringLiteral("correlation_id")));
    HttpAnswer missing = client.post(QStringLiteral("/api/v1/auth/login"), {});
    QCOMPARE(missing.status, 400);
    QCOMPARE(missing.json().value(QStringLiteral("error")).toString(),
             QStringLiteral("Email and password required"));

    HttpAnswer ok = client.post(QStringLiteral("/api/v1/auth/login"),
                                {{QStringLiteral("email"), QStringLiteral("operator@eucora.test")},
                                 {QStringLiteral("password"), QStringLiteral("operator")}});
    QCOMPARE(ok.status, 200);
    const QJsonObject user = ok.json().value(QStringLiteral("user")).toObject();
    QCOMPARE(user.value(QStringLiteral("username")).toString(), QStringLiteral("operator"));
    QVERIFY(user.value(QStringLiteral("is_staff")).toBool());
    QVERIFY(user.value(QStringLiteral("id")).isDouble());
    QCOMPARE(ok.json().value(QStringLiteral("session_id")).toString(),
             client.cookie(QStringLiteral("sessionid")));
    QCOMPARE(client.cookie(QStringLiteral("csrftoken")).size(), 32);
    QVERIFY(ok.header("Set-Cookie").contains("HttpOnly"));

    QCOMPARE(client.send("POST", QStringLiteral("/api/v1/auth/logout"), "{}").status, 200);
    const HttpAnswer after = client.get(QStringLiteral("/api/v1/auth/me"));
    QCOMPARE(after.status, 403);
    QCOMPARE(after.json().value(QStringLiteral("error")).toString(),
             QStringLiteral("Authentication credentials were not provided."));
}

void TestDevplaneContract::unsafeRequestsNeedTheCsrfHeader_data()
{
    QTest::addColumn<QString>(
        "header"); // "cookie" = the cookie's value, "masked" = csrf-token endpoint
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    QTest::newRow("missing") << "" << 403 << "CSRF Failed: CSRF token missing.";
    QTest::newRow("wrong length")
        << "abc" << 403
        << "CSRF Failed: CSRF token from the 'X-Csrftoken' HTTP header has incorrect length.";
    QTest::newRow("wrong token")
        << "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" << 403
        << "CSRF Failed: CSRF token from the 'X-Csrftoken' HTTP header incorrect.";
    QTest::newRow("cookie value") << "cookie" << 200 << "";
    QTest::newRow("masked token") << "masked" << 200 << "";
}

void TestDevplaneContract::unsafeRequestsNeedTheCsrfHeader()
{
    QFETCH(QString, header);
    QFETCH(int, status);
    QFETCH(QString, error);
    QString token = header;
    if (header == QLatin1String("cookie"))
        token = m_operator->cookie(QStringLiteral("csrftoken"));
    else if (header == QLatin1String("masked"))
        token = m_operator->get(QStringLiteral("/api/v1/admin/csrf-token"))
                    .json()
                    .value(QStringLiteral("csrf_token"))
                    .toString();
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!token.isEmpty())
        headers.append({"X-CSRFToken", token.toUtf8()});
    const HttpAnswer answer = m_operator->send("POST", QStringLiteral("/api/v1/admin/demo-mode"),
                                               R"({"enabled": true})", headers, false);
    QCOMPARE(answer.status, status);
    if (!error.isEmpty())
        QCOMPARE(answer.json().value(QStringLiteral("error")).toString(), error);
    else
        QVERIFY(answer.json().value(QStringLiteral("demo_mode_enabled")).toBool());
}

QString TestDevplaneContract::firstDeployment(const QString &status)
{
    const HttpAnswer list = m_viewer->get(
        QStringLiteral("/api/v1/deployments/list?include_demo=all&status=%1").arg(status));
    const QJsonArray items = list.json().value(QStringLiteral("deployments")).toArray();
    return items.isEmpty()
        ? QString()
        : items.first().toObject().value(QStringLiteral("correlation_id")).toString();
}

void TestDevplaneContract::deploymentShapesMatchTheContract()
{
    const QJsonArray items
        = m_viewer->get(QStringLiteral("/api/v1/deployments/list?include_demo=all&limit=5"))
              .json()
              .value(QStringLiteral("deployments"))
              .toArray();
    QCOMPARE(items.size(), 5);
    const QJsonObject item = items.first().toObject();
    const QStringList keys = item.keys();
    QCOMPARE(QSet<QString>(keys.begin(), keys.end()),
             (QSet<QString> {"correlation_id", "app_name", "version", "target_ring", "status",
                             "risk_score", "created_at"}));
    QVERIFY(!QUuid(item.value(QStringLiteral("correlation_id")).toString()).isNull());
    QVERIFY(item.value(QStringLiteral("created_at")).toString().endsWith(QLatin1String("+00:00")));
    const QString id = item.value(QStringLiteral("correlation_id")).toString();

    const QJsonObject detail
        = m_viewer->get(QStringLiteral("/api/v1/deployments/%1/?include_demo=all").arg(id)).json();
    QVERIFY(detail.value(QStringLiteral("requires_cab_approval")).isBool());
    QVERIFY(detail.value(QStringLiteral("submitter")).isString());
    QVERIFY(!detail.contains(QStringLiteral("updated_at")));

    const QJsonObject core
        = m_viewer->get(QStringLiteral("/api/v1/core/deployments/%1/?include_demo=all").arg(id))
              .json();
    QCOMPARE(core.value(QStringLiteral("id")).toString(), id);
    QVERIFY(core.contains(QStringLiteral("evidence_pack_id"))
            && core.contains(QStringLiteral("updated_at")));

    const QJsonObject rings
        = m_viewer->get(QStringLiteral("/api/v1/deployments/%1/rings").arg(id)).json();
    QCOMPARE(rings.value(QStringLiteral("correlation_id")).toString(), id);
    for (const QJsonValue ring : rings.value(QStringLiteral("rings")).toArray()) {
        const QJsonObject r = ring.toObject();
        QCOMPARE(r.keys().size(), 10);
        QVERIFY(r.value(QStringLiteral("success_rate")).isDouble());
        QVERIFY(r.value(QStringLiteral("promotion_gate_passed")).isBool());
    }

    // Windowed events (11.9): the window is applied server-side, newest first.
    const HttpAnswer events
        = m_viewer->get(QStringLiteral("/api/v1/events/list?include_demo=all&limit=3"));
    QCOMPARE(events.json().value(QStringLiteral("events")).toArray().size(), 3);
    const HttpAnswer future = m_viewer->get(
        QStringLiteral("/api/v1/events/list?include_demo=all&start_date=2999-01-01T00:00:00Z"));
    QCOMPARE(future.json().value(QStringLiteral("events")).toArray().size(), 0);
}

void TestDevplaneContract::rollbackIsIdempotentAndAudited()
{
    const QString id = firstDeployment(QStringLiteral("COMPLETED"));
    QVERIFY(!id.isEmpty());
    const QString path = QStringLiteral("/api/v1/deployments/%1/rollback/").arg(id);
    const QByteArray key = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    const QJsonObject body {{QStringLiteral("reason"), QStringLiteral("bad build")}};
    m_anon->send("DELETE", QStringLiteral("/_devplane/requests"));

    const HttpAnswer first = m_operator->post(path, body, {{"Idempotency-Key", key}});
    QCOMPARE(first.status, 202);
    const QJsonObject rollback = first.json().value(QStringLiteral("rollback")).toObject();
    QCOMPARE(rollback.value(QStringLiteral("state")).toString(), QStringLiteral("PENDING"));
    QCOMPARE(rollback.value(QStringLiteral("requested_by")).toString(), QStringLiteral("operator"));
    QCOMPARE(rollback.value(QStringLiteral("reason")).toString(), QStringLiteral("bad build"));
    const QString task = rollback.value(QStringLiteral("task_id")).toString();

    const HttpAnswer replay = m_operator->post(path, body, {{"Idempotency-Key", key}});
    QCOMPARE(replay.status, 202);
    QCOMPARE(replay.header("Idempotent-Replayed"), QByteArray("true"));
    QCOMPARE(replay.body, first.body);

    const HttpAnswer reused = m_operator->post(
        path, {{QStringLiteral("reason"), QStringLiteral("other")}}, {{"Idempotency-Key", key}});
    QCOMPARE(reused.status, 422);
    QCOMPARE(reused.json().value(QStringLiteral("error")).toString(),
             QStringLiteral("Idempotency-Key reused with a different request"));

    const HttpAnswer again = m_operator->post(
        path, body, {{"Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces)}});
    QCOMPARE(again.status, 409);
    QCOMPARE(again.json().value(QStringLiteral("error")).toString(),
             QStringLiteral("Rollback already in progress"));
    QCOMPARE(again.json().value(QStringLiteral("rollback_task_id")).toString(), task);

    const QJsonObject counts = m_anon->get(QStringLiteral("/_devplane/requests"))
                                   .json()
                                   .value(QStringLiteral("requests"))
                                   .toObject();
    QCOMPARE(counts.value(QStringLiteral("POST ") + path).toInt(), 4);

    // Run the task to its end on the simulated clock, looking at PROGRESS on the way.
    m_anon->post(QStringLiteral("/_devplane/clock"), {{QStringLiteral("advance_s"), 8}});
    QString state;
    for (int i = 0;
         i < 20 && state != QLatin1String("SUCCESS") && state != QLatin1String("FAILURE"); ++i) {
        const QJsonObject status
            = m_viewer->get(QStringLiteral("/api/v1/admin/tasks/%1/status").arg(task)).json();
        state = status.value(QStringLiteral("status")).toString();
        if (state == QLatin1String("PROGRESS"))
            QVERIFY(status.value(QStringLiteral("progress"))
                        .toObject()
                        .contains(QStringLiteral("phase")));
        m_anon->post(QStringLiteral("/_devplane/clock"), {{QStringLiteral("advance_s"), 10}});
    }
    QVERIFY2(state == QLatin1String("SUCCESS") || state == QLatin1String("FAILURE"),
             qPrintable(state));
    const QJsonArray events
        = m_viewer
              ->get(
                  QStringLiteral("/api/v1/events/list?include_demo=all&correlation_id=%1").arg(id))
              .json()
              .value(QStringLiteral("events"))
              .toArray();
    QStringList types;
    for (const QJsonValue e : events)
        types << e.toObject().value(QStringLiteral("event_type")).toString();
    QVERIFY(types.contains(QStringLiteral("ROLLBACK_INITIATED")));
    const QString status
        = m_viewer->get(QStringLiteral("/api/v1/deployments/%1/?include_demo=all").arg(id))
              .json()
              .value(QStringLiteral("status"))
              .toString();
    if (state == QLatin1String("SUCCESS")) {
        QVERIFY(types.contains(QStringLiteral("ROLLBACK_COMPLETED")));
        QCOMPARE(status, QStringLiteral("ROLLED_BACK"));
        const HttpAnswer done = m_operator->post(
            path, body,
            {{"Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces)}});
        QCOMPARE(done.status, 409);
        QCOMPARE(done.json().value(QStringLiteral("error")).toString(),
                 QStringLiteral("Deployment already rolled back"));
    } else {
        QVERIFY(types.contains(QStringLiteral("DEPLOYMENT_FAILED")));
        QCOMPARE(status, QStringLiteral("COMPLETED"));
    }
}

void TestDevplaneContract::rollbackRejectionsCarryTheDocumentedBodies()
{
    const QString cab = firstDeployment(QStringLiteral("AWAITING_CAB"));
    QVERIFY(!cab.isEmpty());
    const HttpAnswer conflict
        = m_operator->post(QStringLiteral("/api/v1/deployments/%1/rollback/").arg(cab), {});
    QCOMPARE(conflict.status, 409);
    QCOMPARE(conflict.json().value(QStringLiteral("error")).toString(),
             QStringLiteral("Deployment in status AWAITING_CAB cannot be rolled back"));
    QCOMPARE(conflict.json().value(QStringLiteral("deployment_status")).toString(),
             QStringLiteral("AWAITING_CAB"));
    QVERIFY(conflict.json().value(QStringLiteral("rollback_task_id")).isNull());

    const QString failed = firstDeployment(QStringLiteral("FAILED"));
    QVERIFY(!failed.isEmpty());
    const HttpAnswer badConnector
        = m_operator->post(QStringLiteral("/api/v1/deployments/%1/rollback/").arg(failed),
                           {{QStringLiteral("connector_type"), QStringLiteral("nope")}});
    QCOMPARE(badConnector.status, 400);
    QVERIFY(badConnector.json().value(QStringLiteral("connector_type")).isArray());
    QVERIFY(badConnector.json().contains(QStringLiteral("correlation_id")));
    const HttpAnswer badReason
        = m_operator->post(QStringLiteral("/api/v1/deployments/%1/rollback/").arg(failed),
                           {{QStringLiteral("reason"), QString(1001, QLatin1Char('x'))}});
    QCOMPARE(badReason.status, 400);
    QVERIFY(badReason.json().value(QStringLiteral("reason")).isArray());

    const HttpAnswer missing = m_operator->post(
        QStringLiteral("/api/v1/deployments/00000000-0000-4000-8000-000000000000/rollback/"), {});
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.json(),
             (QJsonObject {{QStringLiteral("error"), QStringLiteral("Deployment not found")}}));

    const HttpAnswer anonymous
        = m_anon->post(QStringLiteral("/api/v1/deployments/%1/rollback/").arg(failed), {});
    QCOMPARE(anonymous.status, 403);
}

void TestDevplaneContract::seedSyncAndAsyncWithProgress()
{
    const HttpAnswer sync
        = m_operator->post(QStringLiteral("/api/v1/admin/seed-demo-data"),
                           {{QStringLiteral("deployments"), 30}, {QStringLiteral("events"), 120}});
    QCOMPARE(sync.status, 200);
    QCOMPARE(sync.json().value(QStringLiteral("method")).toString(), QStringLiteral("sync_seed"));
    const QJsonObject counts = sync.json().value(QStringLiteral("counts")).toObject();
    QCOMPARE(counts.value(QStringLiteral("deployments")).toInt(), 30);
    QCOMPARE(counts.value(QStringLiteral("events")).toInt(), 120);
    QCOMPARE(counts.value(QStringLiteral("users")).toInt(), 11);
    QCOMPARE(counts.keys().size(), 8);

    const HttpAnswer bad = m_operator->post(QStringLiteral("/api/v1/admin/seed-demo-data"),
                                            {{QStringLiteral("assets"), QStringLiteral("many")}});
    QCOMPARE(bad.status, 500);
    QCOMPARE(bad.json().value(QStringLiteral("status")).toString(), QStringLiteral("error"));

    const HttpAnswer async
        = m_operator->post(QStringLiteral("/api/v1/admin/seed-demo-data"),
                           {{QStringLiteral("events"), 3000}, {QStringLiteral("async"), true}});
    QCOMPARE(async.status, 202);
    QCOMPARE(async.json().value(QStringLiteral("status")).toString(), QStringLiteral("queued"));
    const QString task = async.json().value(QStringLiteral("task_id")).toString();
    bool sawProgress = false;
    QString state;
    for (int i = 0; i < 40 && state != QLatin1String("SUCCESS"); ++i) {
        const QJsonObject status
            = m_operator->get(QStringLiteral("/api/v1/admin/tasks/%1/status").arg(task)).json();
        state = status.value(QStringLiteral("status")).toString();
        if (state == QLatin1String("PROGRESS")) {
            const QJsonObject progress = status.value(QStringLiteral("progress")).toObject();
            sawProgress = progress.contains(QStringLiteral("phase"))
                && progress.value(QStringLiteral("total")).toInt() > 0;
        }
        m_anon->post(QStringLiteral("/_devplane/clock"), {{QStringLiteral("advance_s"), 1}});
    }
    QCOMPARE(state, QStringLiteral("SUCCESS"));
    QVERIFY(sawProgress);
    QCOMPARE(m_operator->get(QStringLiteral("/api/v1/admin/demo-data-stats"))
                 .json()
                 .value(QStringLiteral("counts"))
                 .toObject()
                 .value(QStringLiteral("events"))
                 .toInt(),
             3000);

    // A POST to demo-mode without "enabled" switches it off (EUCORA's behaviour).
    QVERIFY(!m_operator->post(QStringLiteral("/api/v1/admin/demo-mode"), {})
                 .json()
                 .value(QStringLiteral("demo_mode_enabled"))
                 .toBool());
    QVERIFY(
        m_operator
            ->post(QStringLiteral("/api/v1/admin/demo-mode"), {{QStringLiteral("enabled"), true}})
            .json()
            .value(QStringLiteral("demo_mode_enabled"))
            .toBool());
}

void TestDevplaneContract::unknownTasksReadPendingAndRevokeAlwaysAnswers()
{
    const QJsonObject status
        = m_viewer->get(QStringLiteral("/api/v1/admin/tasks/no-such-task/status")).json();
    QCOMPARE(status.value(QStringLiteral("status")).toString(), QStringLiteral("PENDING"));
    QVERIFY(status.value(QStringLiteral("result")).isNull());
    QCOMPARE(status.keys().size(), 6);
    const HttpAnswer revoke
        = m_viewer->post(QStringLiteral("/api/v1/admin/tasks/no-such-task/revoke"), {});
    QCOMPARE(revoke.status, 200);
    QCOMPARE(revoke.json().value(QStringLiteral("status")).toString(), QStringLiteral("REVOKED"));
}

void TestDevplaneContract::breakersListSingleForceAndReset()
{
    const HttpAnswer forced = m_anon->post(QStringLiteral("/_devplane/breakers/jamf/force"),
                                           {{QStringLiteral("state"), QStringLiteral("open")}});
    QCOMPARE(forced.status, 200);
    const HttpAnswer list = m_viewer->get(QStringLiteral("/api/v1/admin/health/circuit-breakers"));
    const QJsonObject breakers = list.json().value(QStringLiteral("breakers")).toObject();
    QCOMPARE(breakers.size(), 18);
    QVERIFY(list.body.indexOf("\"intune\"")
            < list.body.indexOf("\"external_api\"")); // table 5.1 order
    QCOMPARE(
        breakers.value(QStringLiteral("jamf")).toObject().value(QStringLiteral("state")).toString(),
        QStringLiteral("open"));
    QVERIFY(
        breakers.value(QStringLiteral("jamf")).toObject().value(QStringLiteral("opened")).toBool());
    QCOMPARE(breakers.value(QStringLiteral("database"))
                 .toObject()
                 .value(QStringLiteral("fail_max"))
                 .toInt(),
             10);
    const QJsonObject summary = list.json().value(QStringLiteral("summary")).toObject();
    QCOMPARE(summary.value(QStringLiteral("total")).toInt(), 18);
    QVERIFY(summary.value(QStringLiteral("open")).toInt() >= 1);
    QCOMPARE(summary.value(QStringLiteral("closed")).toInt(),
             18 - summary.value(QStringLiteral("open")).toInt());

    const QJsonObject single
        = m_viewer->get(QStringLiteral("/api/v1/admin/health/circuit-breakers/JAMF")).json();
    QCOMPARE(single.value(QStringLiteral("service")).toString(), QStringLiteral("JAMF"));
    QCOMPARE(single.value(QStringLiteral("state")).toString(), QStringLiteral("open"));
    const HttpAnswer unknown
        = m_viewer->get(QStringLiteral("/api/v1/admin/health/circuit-breakers/nope"));
    QCOMPARE(unknown.status, 404);
    QVERIFY(unknown.json()
                .value(QStringLiteral("error"))
                .toString()
                .startsWith(QLatin1String(
                    "Unknown service: nope. Available: active_directory, ai_provider, ansible")));

    QCOMPARE(m_viewer->post(QStringLiteral("/api/v1/admin/health/circuit-breakers/jamf/reset"), {})
                 .status,
             403);
    const HttpAnswer reset
        = m_operator->post(QStringLiteral("/api/v1/admin/health/circuit-breakers/jamf/reset"), {});
    QCOMPARE(reset.status, 200);
    QCOMPARE(reset.json().value(QStringLiteral("status")).toString(), QStringLiteral("reset"));
    QCOMPARE(m_viewer->get(QStringLiteral("/api/v1/admin/health/circuit-breakers/jamf"))
                 .json()
                 .value(QStringLiteral("state"))
                 .toString(),
             QStringLiteral("closed"));
}

void TestDevplaneContract::faultsDelayBreakAndCount()
{
    QCOMPARE(m_anon
                 ->post(QStringLiteral("/_devplane/faults"),
                        {{QStringLiteral("path"), QStringLiteral("^/health/ready$")},
                         {QStringLiteral("status"), 503},
                         {QStringLiteral("html"), true}})
                 .status,
             201);
    const HttpAnswer html = m_anon->get(QStringLiteral("/health/ready"));
    QCOMPARE(html.status, 503);
    QVERIFY(html.contentType.startsWith("text/html"));
    QCOMPARE(m_anon->get(QStringLiteral("/health/ready")).status, 200); // count 1: used up

    // Qt resends a GET once when a kept-alive connection dies, so the reset is armed twice.
    m_anon->post(QStringLiteral("/_devplane/faults"),
                 {{QStringLiteral("path"), QStringLiteral("^/health/ready$")},
                  {QStringLiteral("reset"), true},
                  {QStringLiteral("count"), 2}});
    QVERIFY(m_anon->get(QStringLiteral("/health/ready")).error != QNetworkReply::NoError);
    m_anon->send("DELETE", QStringLiteral("/_devplane/faults"));

    m_anon->post(QStringLiteral("/_devplane/faults"),
                 {{QStringLiteral("path"), QStringLiteral("^/health/ready$")},
                  {QStringLiteral("truncate"), true},
                  {QStringLiteral("count"), 2}});
    QVERIFY(m_anon->get(QStringLiteral("/health/ready")).error != QNetworkReply::NoError);
    m_anon->send("DELETE", QStringLiteral("/_devplane/faults"));

    m_anon->post(QStringLiteral("/_devplane/faults"),
                 {{QStringLiteral("path"), QStringLiteral("^/health/ready$")},
                  {QStringLiteral("delay_ms"), 1500}});
    const HttpAnswer late = m_anon->send("GET", QStringLiteral("/health/ready"), {}, {}, true, 500);
    QCOMPARE(late.error, QNetworkReply::TimeoutError);
    QCOMPARE(m_anon->send("DELETE", QStringLiteral("/_devplane/faults")).status, 200);
}

void TestDevplaneContract::metricsExposeAllSixteenFamilies()
{
    m_anon->post(QStringLiteral("/_devplane/clock"), {{QStringLiteral("advance_s"), 3600}});
    const QByteArray text = m_anon->get(QStringLiteral("/api/v1/metrics/")).body;
    const char *families[] = {"deployment_total",
                              "deployment_duration_seconds",
                              "deployment_time_to_compliance_seconds",
                              "risk_score_distribution",
                              "ring_promotion_total",
                              "promotion_gate_success_rate",
                              "circuit_breaker_state",
                              "circuit_breaker_failures_total",
                              "celery_task_duration_seconds",
                              "celery_task_retries_total",
                              "http_request_duration_seconds",
                              "http_requests_total",
                              "db_connection_pool_size",
                              "db_query_duration_seconds",
                              "connector_health",
                              "connector_operation_duration_seconds"};
    for (const char *family : families)
        QVERIFY2(text.contains(QByteArray("# TYPE ") + family + ' '), family);
    QVERIFY(text.contains("deployment_duration_seconds_bucket{app_name="));
    QVERIFY(text.contains("le=\"1800.0\""));
    QVERIFY(text.contains("http_requests_total{endpoint=\"/api/v1/deployments/<uuid>/rollback/"
                          "\",method=\"POST\",status=\"202\"}"));
    QVERIFY(QRegularExpression(QStringLiteral("circuit_breaker_state\\{connector_type=\"itsm\",pid="
                                              "\"\\d+\",service=\"jira\"\\} [012]\\.0"))
                .match(QString::fromUtf8(text))
                .hasMatch());
    QVERIFY(!text.contains("_created"));
}

void TestDevplaneContract::throttleAnswers429WithRetryAfter()
{
    DevplaneProcess throttled;
    QString error;
    QVERIFY2(throttled.start({QStringLiteral("--user"), QStringLiteral("burst:burst")}, &error),
             qPrintable(error));
    HttpTestClient client(throttled.url());
    QVERIFY(client.login(QStringLiteral("burst"), QStringLiteral("burst")));
    HttpAnswer answer;
    int accepted = 1; // the login counted for the client address, not the user
    for (int i = 0; i < 1001; ++i) {
        answer = client.get(QStringLiteral("/api/v1/deployments/list?limit=1"));
        if (answer.status != 200)
            break;
        ++accepted;
    }
    QCOMPARE(answer.status, 429);
    QCOMPARE(accepted, 1001);
    const int retryAfter = answer.header("Retry-After").toInt();
    QVERIFY(retryAfter > 3500 && retryAfter <= 3600);
    QCOMPARE(
        answer.json().value(QStringLiteral("error")).toString(),
        QStringLiteral("Request was throttled. Expected available in %1 seconds.").arg(retryAfter));
    // The probes and the metrics endpoint are plain Django views: never throttled.
    QCOMPARE(client.get(QStringLiteral("/api/v1/metrics/")).status, 200);
    QCOMPARE(client.get(QStringLiteral("/health/live")).status, 200);
}

void TestDevplaneContract::testControlIsHiddenWithoutTestMode()
{
    DevplaneProcess plain;
    QString error;
    QVERIFY2(plain.start({}, &error), qPrintable(error));
    HttpTestClient client(plain.url());
    QCOMPARE(client.get(QStringLiteral("/_devplane/requests")).status, 404);
    QCOMPARE(
        client.post(QStringLiteral("/_devplane/clock"), {{QStringLiteral("advance_s"), 5}}).status,
        404);
}

void TestDevplaneContract::dataDirKeepsStateThroughKillNine()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString error;
    QByteArray accepted;
    QString id;
    QJsonObject statsBefore;
    const QByteArray key = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    const QJsonObject body {{QStringLiteral("reason"), QStringLiteral("kill -9 drill")}};
    {
        DevplaneProcess first;
        QVERIFY2(first.start({QStringLiteral("--seed-demo"), QStringLiteral("--data-dir"),
                              dir.path(), QStringLiteral("--test-mode")},
                             &error),
                 qPrintable(error));
        HttpTestClient client(first.url());
        QVERIFY(client.login(QStringLiteral("operator"), QStringLiteral("operator")));
        // Simulated deployments before the restart: their ids come from the seeded generator.
        client.post(QStringLiteral("/_devplane/clock"), {{QStringLiteral("advance_s"), 600}});
        const QJsonArray completed
            = client
                  .get(QStringLiteral("/api/v1/deployments/list?include_demo=all&status=COMPLETED"))
                  .json()
                  .value(QStringLiteral("deployments"))
                  .toArray();
        QVERIFY(!completed.isEmpty());
        id = completed.first().toObject().value(QStringLiteral("correlation_id")).toString();
        const HttpAnswer answer
            = client.post(QStringLiteral("/api/v1/deployments/%1/rollback/").arg(id), body,
                          {{"Idempotency-Key", key}});
        QCOMPARE(answer.status, 202);
        accepted = answer.body;
        statsBefore = client.get(QStringLiteral("/api/v1/admin/demo-data-stats")).json();
        first.killHard(); // in the middle of the rollback: the task has not finished
    }
    DevplaneProcess second;
    QVERIFY2(second.start({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--test-mode")},
                          &error),
             qPrintable(error));
    HttpTestClient client(second.url());
    QVERIFY(client.login(QStringLiteral("operator"), QStringLiteral("operator")));
    QCOMPARE(client.get(QStringLiteral("/api/v1/admin/demo-data-stats")).json(), statsBefore);

    // The idempotency record survived whole: the same request replays the same 202.
    const HttpAnswer replay
        = client.post(QStringLiteral("/api/v1/deployments/%1/rollback/").arg(id), body,
                      {{"Idempotency-Key", key}});
    QCOMPARE(replay.status, 202);
    QCOMPARE(replay.header("Idempotent-Replayed"), QByteArray("true"));
    QCOMPARE(replay.body, accepted);

    // The rollback picks up where it stopped and finishes on the simulated clock.
    const QString task = QJsonDocument::fromJson(accepted)
                             .object()
                             .value(QStringLiteral("rollback"))
                             .toObject()
                             .value(QStringLiteral("task_id"))
                             .toString();
    client.post(QStringLiteral("/_devplane/clock"), {{QStringLiteral("advance_s"), 120}});
    const QString state = client.get(QStringLiteral("/api/v1/admin/tasks/%1/status").arg(task))
                              .json()
                              .value(QStringLiteral("status"))
                              .toString();
    QVERIFY2(state == QLatin1String("SUCCESS") || state == QLatin1String("FAILURE"),
             qPrintable(state));
    const QString status
        = client.get(QStringLiteral("/api/v1/deployments/%1/?include_demo=all").arg(id))
              .json()
              .value(QStringLiteral("status"))
              .toString();
    QCOMPARE(status,
             state == QLatin1String("SUCCESS") ? QStringLiteral("ROLLED_BACK")
                                               : QStringLiteral("COMPLETED"));

    // The restarted simulation goes on creating deployments with ids it has not used before
    // (same seed, same generator): they are saved, and a third start finds every one.
    const auto deploymentCount = [](HttpTestClient &c) {
        return c.get(QStringLiteral("/api/v1/deployments/list?include_demo=all&limit=100000"))
            .json()
            .value(QStringLiteral("deployments"))
            .toArray()
            .size();
    };
    const qsizetype before = deploymentCount(client);
    client.post(QStringLiteral("/_devplane/clock"), {{QStringLiteral("advance_s"), 900}});
    const qsizetype grown = deploymentCount(client);
    QVERIFY2(grown > before, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(grown)));
    QTest::qWait(1500); // the state is saved every second
    second.killHard();
    DevplaneProcess third;
    QVERIFY2(third.start({QStringLiteral("--data-dir"), dir.path()}, &error), qPrintable(error));
    HttpTestClient again(third.url());
    QVERIFY(again.login(QStringLiteral("operator"), QStringLiteral("operator")));
    QVERIFY(deploymentCount(again) >= grown);
}

void TestDevplaneContract::singleProcessShapeAndWorkerPids()
{
    QString error;
    DevplaneProcess single;
    QVERIFY2(single.start({QStringLiteral("--metrics-mode"), QStringLiteral("single")}, &error),
             qPrintable(error));
    const QByteArray text
        = HttpTestClient(single.url()).get(QStringLiteral("/api/v1/metrics/")).body;
    QVERIFY(text.contains("# TYPE celery_task_retries_total counter")); // printed even when empty
    QVERIFY(text.contains("# TYPE deployment_created gauge"));
    QVERIFY(!text.contains("pid=\""));

    DevplaneProcess workers;
    QVERIFY2(workers.start({QStringLiteral("--emulate-workers"), QStringLiteral("4")}, &error),
             qPrintable(error));
    const QString exposition = QString::fromUtf8(
        HttpTestClient(workers.url()).get(QStringLiteral("/api/v1/metrics/")).body);
    QSet<QString> pids;
    static const QRegularExpression pid(QStringLiteral("^connector_health\\{[^}]*pid=\"(\\d+)\""),
                                        QRegularExpression::MultilineOption);
    for (auto it = pid.globalMatch(exposition); it.hasNext();)
        pids.insert(it.next().captured(1));
    QCOMPARE(pids.size(), 4);
}

void TestDevplaneContract::refusesNonLoopbackWithoutExplicitUsers()
{
    QProcess devplane;
    devplane.start(QCoreApplication::applicationDirPath() + QStringLiteral("/eucora-devplane"),
                   {QStringLiteral("--listen"), QStringLiteral("0.0.0.0:0")});
    QVERIFY(devplane.waitForFinished(10000));
    QCOMPARE(devplane.exitCode(), 2);
    QVERIFY(devplane.readAllStandardError().contains("give --user explicitly"));
}

QTEST_GUILESS_MAIN(TestDevplaneContract)
#include "tst_devplanecontract.moc"
