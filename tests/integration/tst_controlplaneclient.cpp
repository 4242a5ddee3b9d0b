// ControlPlaneClient against eucora-devplane over HTTP: session login, CSRF on unsafe methods,
// the meaning of every error, timeouts and dropped connections — and no POST sent twice.
#include "controlplane/controlplaneclient.h"
#include "devplaneprocess.h"
#include "httptestclient.h"
#include "scriptedhttpserver.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTest>

using namespace eucora;
using namespace eucora::controlplane;
using namespace eucora::testing;
using namespace std::chrono_literals;
using M = ControlPlaneError::Meaning;

class TestControlPlaneClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void loginValidateLogout();
    void listsDeploymentsWithTimestamps();
    void unsafeRequestsCarryTheCsrfToken();
    void errorsKeepTheirMeaning();
    void aTimedOutPostIsNotSentAgain();
    void aResetPostIsNotSentAgain();
    void breakersComeInTableOrderAndResetNeedsStaff();
    void eventsAreWindowedAndSayWhenCapped();
    void rollbackSendsOnePostPerCallAndSeesReplays();
    void readsDetailApplicationsAndRings();
    void healthAndConnectorReportsSurviveA503();
    void demoStatsModeAndTaskRevoke();
    void aHugeAnswerIsRefusedUnread();

private:
    template<typename T>
    std::optional<ApiResult<T>>
    wait(std::function<void(typename ControlPlaneClient::Callback<T>)> call);
    bool logIn(ControlPlaneClient &client, const QString &user, const QString &password);
    ApiResult<ApiAnswer> send(ControlPlaneClient &client, const QByteArray &method,
                              const QString &path, const QByteArray &body = {});

    DevplaneProcess m_devplane;
    std::unique_ptr<HttpTestClient> m_control;
};

void TestControlPlaneClient::initTestCase()
{
    QString error;
    QVERIFY2(m_devplane.start({QStringLiteral("--test-mode"), QStringLiteral("--seed-demo"),
                               QStringLiteral("--no-throttle")},
                              &error),
             qPrintable(error));
    m_control = std::make_unique<HttpTestClient>(m_devplane.url());
}

template<typename T>
std::optional<ApiResult<T>>
TestControlPlaneClient::wait(std::function<void(typename ControlPlaneClient::Callback<T>)> call)
{
    std::optional<ApiResult<T>> answer;
    call([&answer](const ApiResult<T> &r) { answer = r; });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 15000))
        qWarning("no answer within 15 s");
    return answer;
}

bool TestControlPlaneClient::logIn(ControlPlaneClient &client, const QString &user,
                                   const QString &password)
{
    const auto answer = wait<User>([&](auto cb) { client.login(user, password, this, cb); });
    return answer && answer->ok();
}

ApiResult<ApiAnswer> TestControlPlaneClient::send(ControlPlaneClient &client,
                                                  const QByteArray &method, const QString &path,
                                                  const QByteArray &body)
{
    std::optional<ApiResult<ApiAnswer>> answer;
    client.send(method, path, {}, body, {}, this,
                [&answer](const ApiResult<ApiAnswer> &r) { answer = r; });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 15000))
        qWarning("no answer within 15 s");
    return answer ? *answer
                  : ApiResult<ApiAnswer>(ControlPlaneError(
                      ApiError {ApiError::Kind::Timeout, 0, {}, QStringLiteral("test timeout")}));
}

void TestControlPlaneClient::loginValidateLogout()
{
    QNetworkAccessManager network;
    ControlPlaneClient client(&network, m_devplane.url());
    auto bad = wait<User>([&](auto cb) {
        client.login(QStringLiteral("operator"), QStringLiteral("nope"), this, cb);
    });
    QVERIFY(bad && !bad->ok());
    QCOMPARE(bad->error().httpStatus, 401);
    QCOMPARE(bad->error().message, QStringLiteral("Invalid email or password"));

    auto user = wait<User>([&](auto cb) {
        client.login(QStringLiteral("operator"), QStringLiteral("operator"), this, cb);
    });
    QVERIFY(user && user->ok());
    QCOMPARE(user->value().username, QStringLiteral("operator"));
    QVERIFY(user->value().staff);
    auto valid = wait<User>([&](auto cb) { client.validate(this, cb); });
    QVERIFY(valid && valid->ok());

    auto out = wait<bool>([&](auto cb) { client.logout(this, cb); });
    QVERIFY(out && out->ok());
    auto after = wait<User>([&](auto cb) { client.validate(this, cb); });
    QVERIFY(after && !after->ok());
    QCOMPARE(after->error().meaning, M::NotAuthenticated); // "log in again"
}

void TestControlPlaneClient::listsDeploymentsWithTimestamps()
{
    QNetworkAccessManager network;
    ControlPlaneClient client(&network, m_devplane.url());
    QVERIFY(logIn(client, QStringLiteral("viewer"), QStringLiteral("viewer")));
    QUrlQuery filter;
    filter.addQueryItem(QStringLiteral("include_demo"), QStringLiteral("all"));
    filter.addQueryItem(QStringLiteral("limit"), QStringLiteral("20"));
    auto list = wait<std::vector<DeploymentSummary>>(
        [&](auto cb) { client.deployments(filter, this, cb); });
    QVERIFY(list && list->ok());
    QCOMPARE(list->value().size(), size_t(20));
    for (const DeploymentSummary &d : list->value()) {
        QVERIFY(d.createdAt.isValid());
        QVERIFY(deploymentStatusFromString(d.status).has_value());
        QVERIFY(!QUuid(d.correlationId).isNull());
    }
    QVERIFY(list->value().front().createdAt >= list->value().back().createdAt); // newest first
}

void TestControlPlaneClient::unsafeRequestsCarryTheCsrfToken()
{
    QNetworkAccessManager network;
    ControlPlaneClient client(&network, m_devplane.url());
    QVERIFY(logIn(client, QStringLiteral("operator"), QStringLiteral("operator")));
    const auto answer
        = send(client, "POST", QStringLiteral("/api/v1/admin/demo-mode"), R"({"enabled": true})");
    QVERIFY2(answer.ok(), qPrintable(answer.ok() ? QString() : answer.error().summary()));
    QVERIFY(answer.value().json.value(QStringLiteral("demo_mode_enabled")).toBool());
}

void TestControlPlaneClient::errorsKeepTheirMeaning()
{
    QNetworkAccessManager network;
    ControlPlaneClient client(&network, m_devplane.url());
    QVERIFY(logIn(client, QStringLiteral("viewer"), QStringLiteral("viewer")));
    const auto seed = send(client, "POST", QStringLiteral("/api/v1/admin/seed-demo-data"), "{}");
    QVERIFY(!seed.ok());
    QCOMPARE(seed.error().meaning, M::Forbidden);
    const auto promote = send(
        client, "POST",
        QStringLiteral("/api/v1/deployments/00000000-0000-4000-8000-000000000000/promote/"), "{}");
    QVERIFY(!promote.ok());
    QCOMPARE(promote.error().meaning, M::NoSuchEndpoint);
    QVERIFY(promote.error().message.contains(QLatin1String("HTML error page")));
    const auto missing = send(
        client, "GET", QStringLiteral("/api/v1/deployments/00000000-0000-4000-8000-000000000000/"));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().meaning, M::NotFound);
    QCOMPARE(missing.error().message, QStringLiteral("Deployment not found"));
}

void TestControlPlaneClient::aTimedOutPostIsNotSentAgain()
{
    QNetworkAccessManager network;
    ControlPlaneClient client(&network, m_devplane.url());
    client.setTimeout(500ms);
    QVERIFY(logIn(client, QStringLiteral("operator"), QStringLiteral("operator")));
    m_control->send("DELETE", QStringLiteral("/_devplane/requests"));
    m_control->post(QStringLiteral("/_devplane/faults"),
                    {{QStringLiteral("path"), QStringLiteral("^/api/v1/admin/demo-mode$")},
                     {QStringLiteral("method"), QStringLiteral("POST")},
                     {QStringLiteral("delay_ms"), 2000}});
    const auto answer
        = send(client, "POST", QStringLiteral("/api/v1/admin/demo-mode"), R"({"enabled": true})");
    QVERIFY(!answer.ok());
    QCOMPARE(answer.error().kind, ApiError::Kind::Timeout);
    QTest::qWait(2500); // anything resent would have arrived by now
    const QJsonObject counts = m_control->get(QStringLiteral("/_devplane/requests"))
                                   .json()
                                   .value(QStringLiteral("requests"))
                                   .toObject();
    QCOMPARE(counts.value(QStringLiteral("POST /api/v1/admin/demo-mode")).toInt(), 1);
}

void TestControlPlaneClient::aResetPostIsNotSentAgain()
{
    QNetworkAccessManager network;
    ControlPlaneClient client(&network, m_devplane.url());
    QVERIFY(logIn(client, QStringLiteral("operator"), QStringLiteral("operator")));
    m_control->send("DELETE", QStringLiteral("/_devplane/requests"));
    m_control->post(QStringLiteral("/_devplane/faults"),
                    {{QStringLiteral("path"), QStringLiteral("^/api/v1/admin/demo-mode$")},
                     {QStringLiteral("method"), QStringLiteral("POST")},
                     {QStringLiteral("reset"), true},
                     {QStringLiteral("count"), 3}});
    const auto answer
        = send(client, "POST", QStringLiteral("/api/v1/admin/demo-mode"), R"({"enabled": true})");
    QVERIFY(!answer.ok());
    QCOMPARE(answer.error().kind, ApiError::Kind::Network);
    QTest::qWait(500);
    const QJsonObject counts = m_control->get(QStringLiteral("/_devplane/requests"))
                                   .json()
                                   .value(QStringLiteral("requests"))
                                   .toObject();
    QCOMPARE(counts.value(QStringLiteral("POST /api/v1/admin/demo-mode")).toInt(), 1);
    m_control->send("DELETE", QStringLiteral("/_devplane/faults"));
}

void TestControlPlaneClient::breakersComeInTableOrderAndResetNeedsStaff()
{
    QNetworkAccessManager network;
    ControlPlaneClient viewer(&network, m_devplane.url());
    QVERIFY(logIn(viewer, QStringLiteral("viewer"), QStringLiteral("viewer")));
    auto list = wait<std::vector<BreakerStatus>>([&](auto cb) { viewer.breakers(this, cb); });
    QVERIFY(list && list->ok());
    QCOMPARE(list->value().size(), breakerCatalog().size());
    for (size_t i = 0; i < breakerCatalog().size(); ++i) {
        const BreakerSpec &spec = breakerCatalog()[i];
        const BreakerStatus &status = list->value()[i];
        QCOMPARE(status.service, spec.name);
        QCOMPARE(status.failMax, spec.failMax);
        QCOMPARE(status.resetTimeoutSeconds, double(spec.resetTimeoutSeconds));
    }
    QCOMPARE(list->value()[16].failMax, 10); // database
    auto denied
        = wait<bool>([&](auto cb) { viewer.resetBreaker(QStringLiteral("jamf"), this, cb); });
    QVERIFY(denied && !denied->ok());
    QCOMPARE(denied->error().meaning, M::Forbidden);

    QNetworkAccessManager other;
    ControlPlaneClient staff(&other, m_devplane.url());
    QVERIFY(logIn(staff, QStringLiteral("operator"), QStringLiteral("operator")));
    auto reset = wait<bool>([&](auto cb) { staff.resetBreaker(QStringLiteral("jamf"), this, cb); });
    QVERIFY(reset && reset->ok());
}

void TestControlPlaneClient::eventsAreWindowedAndSayWhenCapped()
{
    QNetworkAccessManager network;
    ControlPlaneClient client(&network, m_devplane.url());
    auto capped = wait<EventPage>([&](auto cb) { client.events({}, {}, {}, 5, this, cb); });
    QVERIFY(capped && capped->ok());
    QCOMPARE(capped->value().events.size(), size_t(5));
    QVERIFY(capped->value().capped); // "showing newest 5 — older entries may be missing"
    QVERIFY(capped->value().events.front().createdAt >= capped->value().events.back().createdAt);
    const QDateTime future = QDateTime::currentDateTimeUtc().addDays(1);
    auto none = wait<EventPage>([&](auto cb) { client.events({}, future, {}, 0, this, cb); });
    QVERIFY(none && none->ok());
    QVERIFY(none->value().events.empty());
    QVERIFY(!none->value().capped);
}

void TestControlPlaneClient::rollbackSendsOnePostPerCallAndSeesReplays()
{
    QNetworkAccessManager network;
    ControlPlaneClient client(&network, m_devplane.url());
    QVERIFY(logIn(client, QStringLiteral("operator"), QStringLiteral("operator")));
    QUrlQuery filter;
    filter.addQueryItem(QStringLiteral("include_demo"), QStringLiteral("all"));
    filter.addQueryItem(QStringLiteral("status"), QStringLiteral("FAILED"));
    auto failed = wait<std::vector<DeploymentSummary>>(
        [&](auto cb) { client.deployments(filter, this, cb); });
    QVERIFY(failed && failed->ok() && !failed->value().empty());
    const QString id = failed->value().front().correlationId;
    const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_control->send("DELETE", QStringLiteral("/_devplane/requests"));

    auto first = wait<RollbackAccepted>(
        [&](auto cb) { client.requestRollback(id, QStringLiteral("drill"), key, this, cb); });
    QVERIFY2(first && first->ok(),
             first && !first->ok() ? qPrintable(first->error().summary()) : "");
    QVERIFY(!first->value().replayed);
    QCOMPARE(first->value().requestedBy, QStringLiteral("operator"));
    auto again = wait<RollbackAccepted>(
        [&](auto cb) { client.requestRollback(id, QStringLiteral("drill"), key, this, cb); });
    QVERIFY(again && again->ok());
    QVERIFY(again->value().replayed);
    QCOMPARE(again->value().taskId, first->value().taskId);
    auto task
        = wait<TaskStatus>([&](auto cb) { client.taskStatus(first->value().taskId, this, cb); });
    QVERIFY(task && task->ok());
    QVERIFY(!task->value().state.isEmpty());

    auto malformed = wait<RollbackAccepted>(
        [&](auto cb) { client.requestRollback(QStringLiteral("not-a-uuid"), {}, key, this, cb); });
    QVERIFY(malformed && !malformed->ok());
    const QJsonObject counts = m_control->get(QStringLiteral("/_devplane/requests"))
                                   .json()
                                   .value(QStringLiteral("requests"))
                                   .toObject();
    QCOMPARE(counts.value(QStringLiteral("POST /api/v1/deployments/%1/rollback/").arg(id)).toInt(),
             2);
    for (auto it = counts.begin(); it != counts.end(); ++it)
        QVERIFY(!it.key().contains(QLatin1String("not-a-uuid")));
}

void TestControlPlaneClient::readsDetailApplicationsAndRings()
{
    QNetworkAccessManager network;
    ControlPlaneClient client(&network, m_devplane.url());
    QVERIFY(logIn(client, QStringLiteral("viewer"), QStringLiteral("viewer")));
    QUrlQuery filter;
    filter.addQueryItem(QStringLiteral("include_demo"), QStringLiteral("all"));
    auto apps
        = wait<std::vector<Application>>([&](auto cb) { client.applications(filter, this, cb); });
    QVERIFY(apps && apps->ok());
    QVERIFY(!apps->value().empty());
    int total = 0;
    for (const Application &app : apps->value()) {
        QVERIFY(!app.appName.isEmpty());
        QVERIFY(!app.versions.empty());
        QCOMPARE(app.latestVersion, app.versions.front().version);
        int count = 0;
        for (const ApplicationVersion &v : app.versions)
            count += int(v.deployments.size());
        QCOMPARE(count, app.deploymentCount);
        total += count;
    }
    const ApplicationDeployment &first = apps->value().front().versions.front().deployments.front();
    auto detail = wait<DeploymentDetail>(
        [&](auto cb) { client.deployment(first.correlationId, this, cb); });
    QVERIFY(detail && detail->ok());
    QCOMPARE(detail->value().summary.correlationId, first.correlationId);
    QCOMPARE(detail->value().summary.appName, apps->value().front().appName);
    QCOMPARE(detail->value().summary.status, first.status);
    QCOMPARE(detail->value().requiresCabApproval, first.requiresCabApproval);
    QVERIFY(!detail->value().submitter.isEmpty());
    QVERIFY(detail->value().summary.createdAt.isValid());

    auto rings = wait<std::vector<RingProgress>>(
        [&](auto cb) { client.rings(first.correlationId, this, cb); });
    QVERIFY(rings && rings->ok());
    QVERIFY(!rings->value().empty());
    for (const RingProgress &r : rings->value()) {
        QVERIFY(ringFromString(r.ring).has_value());
        QVERIFY(r.successRate >= 0 && r.successRate <= 1);
        QVERIFY(connectorTypeNames().contains(r.connectorType));
    }

    auto missing = wait<DeploymentDetail>([&](auto cb) {
        client.deployment(QUuid::createUuid().toString(QUuid::WithoutBraces), this, cb);
    });
    QVERIFY(missing && !missing->ok());
    QCOMPARE(missing->error().httpStatus, 404);
    QCOMPARE(missing->error().message, QStringLiteral("Deployment not found"));
    QCOMPARE(missing->error().meaning, M::NotFound);
}

void TestControlPlaneClient::healthAndConnectorReportsSurviveA503()
{
    QNetworkAccessManager network;
    ControlPlaneClient client(&network, m_devplane.url());
    QVERIFY(logIn(client, QStringLiteral("viewer"), QStringLiteral("viewer")));
    QCOMPARE(m_control
                 ->post(QStringLiteral("/_devplane/breakers/ansible/force"),
                        {{QStringLiteral("state"), QStringLiteral("open")}})
                 .status,
             200);
    auto health = wait<HealthReport>([&](auto cb) { client.health(this, cb); });
    QVERIFY(health && health->ok()); // 503 "degraded" is a report, not a failure
    QCOMPARE(health->value().status, QStringLiteral("degraded"));
    QVERIFY(health->value().timestamp.isValid());
    bool breakersSeen = false;
    for (const HealthCheck &c : health->value().checks) {
        if (c.name == QLatin1String("circuit_breakers")) {
            breakersSeen = true;
            QCOMPARE(c.status, QStringLiteral("degraded"));
            QVERIFY(c.details.value(QStringLiteral("open_count")).toInt() >= 1);
        }
    }
    QVERIFY(breakersSeen);
    auto single = wait<BreakerStatus>(
        [&](auto cb) { client.breaker(QStringLiteral("ansible"), this, cb); });
    QVERIFY(single && single->ok());
    QCOMPARE(single->value().state, QStringLiteral("open"));
    QCOMPARE(single->value().service, QStringLiteral("ansible"));

    auto connectors = wait<std::vector<Connector>>([&](auto cb) { client.connectors(this, cb); });
    QVERIFY(connectors && connectors->ok());
    QCOMPARE(connectors->value().size(), size_t(5));
    QCOMPARE(connectors->value().at(2).name, QStringLiteral("Sccm"));
    QCOMPARE(m_control
                 ->post(QStringLiteral("/_devplane/connectors/jamf/force"),
                        {{QStringLiteral("healthy"), false}})
                 .status,
             200);
    auto sick = wait<ConnectorHealth>(
        [&](auto cb) { client.connectorHealth(QStringLiteral("jamf"), this, cb); });
    QVERIFY(sick && sick->ok()); // 503 with a JSON report
    QCOMPARE(sick->value().status, QStringLiteral("unhealthy"));
    QCOMPARE(sick->value().message, QStringLiteral("Health check failed: Jamf API returned 503"));
    // An HTML 503 is still an error, said as such.
    QCOMPARE(m_control
                 ->post(QStringLiteral("/_devplane/faults"),
                        {{QStringLiteral("path"), QStringLiteral("^/api/v1/health/$")},
                         {QStringLiteral("status"), 503},
                         {QStringLiteral("html"), true}})
                 .status,
             201);
    auto html = wait<HealthReport>([&](auto cb) { client.health(this, cb); });
    QVERIFY(html && !html->ok());
    QCOMPARE(html->error().httpStatus, 503);
    QCOMPARE(m_control
                 ->post(QStringLiteral("/_devplane/breakers/ansible/force"),
                        {{QStringLiteral("state"), QStringLiteral("closed")}})
                 .status,
             200);
}

void TestControlPlaneClient::demoStatsModeAndTaskRevoke()
{
    QNetworkAccessManager network;
    ControlPlaneClient client(&network, m_devplane.url());
    QVERIFY(logIn(client, QStringLiteral("operator"), QStringLiteral("operator")));
    auto off = wait<bool>([&](auto cb) { client.setDemoMode(false, this, cb); });
    QVERIFY(off && off->ok() && !off->value());
    auto stats = wait<DemoStats>([&](auto cb) { client.demoStats(this, cb); });
    QVERIFY(stats && stats->ok());
    QVERIFY(!stats->value().demoModeEnabled);
    QVERIFY(stats->value().counts.deployments > 0);
    QVERIFY(stats->value().counts.users > 0);
    auto on = wait<bool>([&](auto cb) { client.setDemoMode(true, this, cb); });
    QVERIFY(on && on->ok() && on->value());
    auto mode = wait<bool>([&](auto cb) { client.demoMode(this, cb); });
    QVERIFY(mode && mode->ok() && mode->value());
    // The same state for anyone, signed in or not.
    QNetworkAccessManager anonymousNetwork;
    ControlPlaneClient anonymous(&anonymousNetwork, m_devplane.url());
    auto ready = wait<DemoReadiness>([&](auto cb) { anonymous.demoReadiness(this, cb); });
    QVERIFY(ready && ready->ok());
    QVERIFY(ready->value().demoModeEnabled);
    QVERIFY(ready->value().demoDataExists);
    QCOMPARE(ready->value().status, QStringLiteral("ready"));

    SeedRequest request;
    request.assets = 30000;
    auto queued = wait<SeedAnswer>([&](auto cb) { client.seed(request, this, cb); });
    QVERIFY(queued && queued->ok());
    QVERIFY(queued->value().queued);
    QCOMPARE(queued->value().method, QStringLiteral("async_seed"));
    auto revoked
        = wait<bool>([&](auto cb) { client.revokeTask(queued->value().taskId, this, cb); });
    QVERIFY(revoked && revoked->ok());
    auto task
        = wait<TaskStatus>([&](auto cb) { client.taskStatus(queued->value().taskId, this, cb); });
    QVERIFY(task && task->ok());
    QCOMPARE(task->value().state, QStringLiteral("REVOKED"));
    QVERIFY(task->value().finished());
}

void TestControlPlaneClient::aHugeAnswerIsRefusedUnread()
{
    // A server (or a proxy in front of it) answering with 8 MiB where a few KiB are expected.
    ScriptedHttpServer server([](const RecordedRequest &) {
        const QByteArray body = "{\"deployments\": [" + QByteArray(8 << 20, ' ') + "]}";
        return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    });
    QNetworkAccessManager network;
    ControlPlaneClient client(&network, server.url());
    client.setMaxAnswerBytes(1 << 20);
    auto list
        = wait<std::vector<DeploymentSummary>>([&](auto cb) { client.deployments({}, this, cb); });
    QVERIFY(list && !list->ok());
    QCOMPARE(list->error().kind, ApiError::Kind::TooLarge);
    // One request path for every client, one wording: the announced size is refused unread.
    QCOMPARE(list->error().message,
             QStringLiteral("the server announced 8388627 bytes, more than the 1 MiB size limit"));
    client.setMaxAnswerBytes(16 << 20);
    auto fits
        = wait<std::vector<DeploymentSummary>>([&](auto cb) { client.deployments({}, this, cb); });
    QVERIFY(fits && fits->ok());
    QVERIFY(fits->value().empty());
}

QTEST_GUILESS_MAIN(TestControlPlaneClient)
#include "tst_controlplaneclient.moc"
