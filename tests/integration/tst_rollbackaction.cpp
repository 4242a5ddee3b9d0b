// RollbackAction against eucora-devplane --test-mode over HTTP: one POST per confirmation, a
// refused second confirmation, the unknown outcome of a delayed or dropped answer reconciled from
// the server, "try again" with the same key, every refusal shown in the server's words, and an
// audit line for every transition that holds no secret.
#include "actions/actionpermissions.h"
#include "actions/auditlog.h"
#include "actions/rollbackaction.h"
#include "controlplane/controlplaneclient.h"
#include "devplaneprocess.h"
#include "httptestclient.h"
#include "refusal.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkCookieJar>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace eucora;
using namespace eucora::actions;
using namespace eucora::controlplane;
using namespace eucora::testing;
using namespace std::chrono_literals;

namespace {

const QString kPassword = QStringLiteral("op-Secret-4711");

} // namespace

class TestRollbackAction : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void rollsBackWithOnePostAndAnAuditTrail();
    void aSecondConfirmationInFlightIsRefused();
    void aDelayedAnswerIsUnknownThenReconciled();
    void tryAgainAfterADroppedConnectionReusesTheKey();
    void refusalsShowTheServersMessage();
    void anHtml404DisablesRollbackForThisServer();
    void throttlingStopsTrafficUntilRetryAfter();
    void theAuditTrailSurvivesKillDashNine();
    void aLostRequestIsFoundMissingAndSentAgain();
    void aProxyErrorIsUnknownNotRejected();
    void aRefusedRetryKeepsTheKey();

private:
    DeploymentSummary takeDeployment(const QString &status);
    DeploymentSummary takeRollbackable(); // COMPLETED or FAILED, not used by an earlier test
    std::unique_ptr<RollbackAction> draft(const DeploymentSummary &target);
    int postsArrived(const QString &correlationId);
    void injectFault(const QJsonObject &fault);
    QList<AuditEntry> auditFor(const QString &correlationId) const;
    bool waitUntilFinished(RollbackAction &action, int timeoutMs = 20000);

    DevplaneProcess m_devplane;
    std::unique_ptr<HttpTestClient> m_control;
    QTemporaryDir m_dir;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ControlPlaneClient> m_client;
    QStringList m_used;
};

void TestRollbackAction::initTestCase()
{
    QString error;
    QVERIFY2(m_devplane.start({QStringLiteral("--test-mode"), QStringLiteral("--seed-demo"),
                               QStringLiteral("--no-throttle"), QStringLiteral("--speed"),
                               QStringLiteral("20"), QStringLiteral("--user"),
                               QStringLiteral("operator:%1:staff").arg(kPassword)},
                              &error),
             qPrintable(error));
    m_control = std::make_unique<HttpTestClient>(m_devplane.url());
    // Rollbacks through a healthy connector always succeed: the happy path is deterministic.
    for (const QString &connector : connectorTypeNames())
        QCOMPARE(m_control
                     ->post(QStringLiteral("/_devplane/connectors/%1/force").arg(connector),
                            {{QStringLiteral("healthy"), true}})
                     .status,
                 200);
    QVERIFY(m_dir.isValid());
    m_audit = std::make_unique<AuditLog>(m_dir.filePath(QStringLiteral("audit.jsonl")));
}

void TestRollbackAction::init()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<ControlPlaneClient>(m_network.get(), m_devplane.url());
    std::optional<Result<User>> user;
    m_client->login(QStringLiteral("operator"), kPassword, this,
                    [&user](const Result<User> &r) { user = r; });
    QVERIFY(QTest::qWaitFor([&user] { return user.has_value(); }, 10000));
    QVERIFY(user->ok());
}

void TestRollbackAction::cleanup()
{
    m_control->send("DELETE", QStringLiteral("/_devplane/faults"));
    m_client.reset();
    m_network.reset();
}

DeploymentSummary TestRollbackAction::takeDeployment(const QString &status)
{
    std::optional<Result<std::vector<DeploymentSummary>>> list;
    QUrlQuery filter;
    filter.addQueryItem(QStringLiteral("include_demo"), QStringLiteral("all"));
    filter.addQueryItem(QStringLiteral("status"), status);
    m_client->deployments(filter, this, [&list](const auto &r) { list = r; });
    if (!QTest::qWaitFor([&list] { return list.has_value(); }, 10000) || !list->ok())
        return {};
    for (const DeploymentSummary &d : list->value()) {
        if (!m_used.contains(d.correlationId)) {
            m_used << d.correlationId;
            return d;
        }
    }
    return {};
}

DeploymentSummary TestRollbackAction::takeRollbackable()
{
    DeploymentSummary d = takeDeployment(QStringLiteral("COMPLETED"));
    return d.correlationId.isEmpty() ? takeDeployment(QStringLiteral("FAILED")) : d;
}

std::unique_ptr<RollbackAction> TestRollbackAction::draft(const DeploymentSummary &target)
{
    ActionContext context;
    context.client = m_client.get();
    context.audit = m_audit.get();
    context.user = QStringLiteral("operator");
    context.program = QStringLiteral("tst_rollbackaction");
    context.pollInterval = 200ms;
    return std::make_unique<RollbackAction>(context, target);
}

void TestRollbackAction::injectFault(const QJsonObject &fault)
{
    QCOMPARE(m_control->post(QStringLiteral("/_devplane/faults"), fault).status, 201);
}

int TestRollbackAction::postsArrived(const QString &correlationId)
{
    return m_control->get(QStringLiteral("/_devplane/requests"))
        .json()
        .value(QStringLiteral("requests"))
        .toObject()
        .value(QStringLiteral("POST /api/v1/deployments/%1/rollback/").arg(correlationId))
        .toInt();
}

QList<AuditEntry> TestRollbackAction::auditFor(const QString &correlationId) const
{
    QList<AuditEntry> out;
    for (const AuditEntry &e : AuditLog::read(m_audit->path())) {
        if (e.target == correlationId)
            out << e;
    }
    return out;
}

bool TestRollbackAction::waitUntilFinished(RollbackAction &action, int timeoutMs)
{
    return QTest::qWaitFor([&action] { return action.finished(); }, timeoutMs);
}

void TestRollbackAction::rollsBackWithOnePostAndAnAuditTrail()
{
    const DeploymentSummary target = takeRollbackable();
    QVERIFY(!target.correlationId.isEmpty());
    auto action = draft(target);
    QCOMPARE(action->state(), ActionState::Drafted);
    QSignalSpy progress(action.get(), &OperatorAction::progress);

    QString why;
    QVERIFY(!wentAhead(action->confirm(QStringLiteral("   ")), &why));
    QCOMPARE(why, QStringLiteral("a reason is required"));
    QVERIFY2(wentAhead(action->confirm(QStringLiteral("Crash reports after the upgrade")), &why),
             qPrintable(why));
    QVERIFY(!action->idempotencyKey().isEmpty());
    QVERIFY(waitUntilFinished(*action));
    QCOMPARE(action->state(), ActionState::Reconciled);
    QVERIFY2(action->succeeded(), qPrintable(action->message()));
    QCOMPARE(action->finalStatus(), QStringLiteral("ROLLED_BACK"));
    QVERIFY(action->accepted() && !action->accepted()->replayed);
    QCOMPARE(action->accepted()->requestedBy, QStringLiteral("operator"));
    QVERIFY(progress.size() >= 1); // PROGRESS {phase, done, total} reached the operator
    QCOMPARE(postsArrived(target.correlationId), 1);
    QCOMPARE(action->postsSent(), 1);

    std::optional<Result<EventPage>> events;
    m_client->events(target.correlationId, {}, {}, 0, this,
                     [&events](const auto &r) { events = r; });
    QVERIFY(QTest::qWaitFor([&events] { return events.has_value(); }, 10000) && events->ok());
    QStringList types;
    for (const EventRecord &e : events->value().events)
        types << e.eventType;
    QVERIFY(types.contains(QStringLiteral("ROLLBACK_INITIATED")));
    QVERIFY(types.contains(QStringLiteral("ROLLBACK_COMPLETED")));

    // Confirmed once, accepted: a second confirmation of the same action is refused.
    QVERIFY(!wentAhead(action->confirm(QStringLiteral("again")), &why));
    QCOMPARE(why, QStringLiteral("this rollback was already accepted by the server"));

    // One audit line per transition, all with the operator's reason and the same key.
    const QList<AuditEntry> trail = auditFor(target.correlationId);
    QStringList states;
    for (const AuditEntry &e : trail)
        states << e.state;
    QCOMPARE(states,
             (QStringList {QStringLiteral("drafted"), QStringLiteral("confirmed"),
                           QStringLiteral("sent"), QStringLiteral("accepted"),
                           QStringLiteral("reconciled")}));
    QCOMPARE(trail.at(3).httpStatus, 202);
    QCOMPARE(trail.last().reason, QStringLiteral("Crash reports after the upgrade"));
    QCOMPARE(trail.last().idempotencyKey, action->idempotencyKey());
    QCOMPARE(trail.last().user, QStringLiteral("operator"));
    QCOMPARE(trail.last().server, m_devplane.url().toString());
    QVERIFY(trail.last().outcome.contains(QLatin1String("ROLLED_BACK")));

    // Nothing secret in the file: not the password, not the session cookie, not the CSRF token.
    QFile file(m_audit->path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(!text.contains(kPassword.toUtf8()));
    QVERIFY(!text.contains("password"));
    const auto cookies = m_network->cookieJar()->cookiesForUrl(m_devplane.url());
    QVERIFY(cookies.size() >= 2);
    for (const QNetworkCookie &c : cookies) {
        QVERIFY(c.value().size() >= 32);
        QVERIFY2(!text.contains(c.value()), c.name().constData());
    }
    QVERIFY(!text.contains("sessionid"));
    QVERIFY(!text.contains("csrf"));
}

void TestRollbackAction::aSecondConfirmationInFlightIsRefused()
{
    const DeploymentSummary target = takeRollbackable();
    QVERIFY(!target.correlationId.isEmpty());
    m_control->send("DELETE", QStringLiteral("/_devplane/requests"));
    auto action = draft(target);
    QString why;
    QVERIFY(wentAhead(action->confirm(QStringLiteral("first click")), &why));
    const QString key = action->idempotencyKey();
    QVERIFY(!wentAhead(action->confirm(QStringLiteral("second click")), &why));
    QCOMPARE(why, QStringLiteral("a rollback of this deployment is already in flight"));
    QCOMPARE(action->idempotencyKey(), key);
    QVERIFY(!wentAhead(action->tryAgain(), &why)); // nothing went unanswered
    QVERIFY(waitUntilFinished(*action));
    QVERIFY2(action->succeeded(), qPrintable(action->message()));
    QCOMPARE(postsArrived(target.correlationId), 1);
    QCOMPARE(action->reason(), QStringLiteral("first click"));
}

void TestRollbackAction::aDelayedAnswerIsUnknownThenReconciled()
{
    const DeploymentSummary target = takeRollbackable();
    QVERIFY(!target.correlationId.isEmpty());
    m_control->send("DELETE", QStringLiteral("/_devplane/requests"));
    // The server acts at once but answers only after 3 s; the client gives up after 1 s.
    injectFault({{QStringLiteral("path"), QStringLiteral("/rollback/$")},
                 {QStringLiteral("method"), QStringLiteral("POST")},
                 {QStringLiteral("delay_ms"), 3000}});
    m_client->setTimeout(1s);
    auto action = draft(target);
    QList<ActionState> states;
    std::optional<bool> offeredWhileReadingBack;
    QString heldBecause;
    connect(action.get(), &OperatorAction::stateChanged, this,
            [&states, &offeredWhileReadingBack, &heldBecause, &action](ActionState s) {
                states << s;
                if (s == ActionState::Unknown && !offeredWhileReadingBack) {
                    offeredWhileReadingBack = action->canTryAgain();
                    wentAhead(action->tryAgain(), &heldBecause);
                }
            });
    QVERIFY(action->confirm(QStringLiteral("Timeout drill")));
    QVERIFY(QTest::qWaitFor([&states] { return states.contains(ActionState::Unknown); }, 5000));
    QVERIFY2(action->message().startsWith(
                 QLatin1String("no usable answer (timed out: no answer within 1 s)")),
             qPrintable(action->message()));
    // "Try again" is held back until the read-back has said what happened.
    QCOMPARE(offeredWhileReadingBack, std::optional<bool>(false));
    QCOMPARE(heldBecause, QStringLiteral("wait: a request or a read-back is in flight"));
    QVERIFY(QTest::qWaitFor([&states] { return states.contains(ActionState::Reconciled); }, 5000));
    QVERIFY(action->finding());
    QCOMPARE(action->finding()->received, RollbackFinding::Received::Yes);
    QVERIFY(!action->finding()->taskId.isEmpty());
    QVERIFY(action->message().startsWith(QLatin1String("the server received the rollback")));
    QVERIFY(waitUntilFinished(*action));
    QCOMPARE(action->finalStatus(), QStringLiteral("ROLLED_BACK"));
    QTest::qWait(2500); // past the delayed answer: nothing was sent again meanwhile
    QCOMPARE(postsArrived(target.correlationId), 1);
    QCOMPARE(action->postsSent(), 1);
    QCOMPARE(states.mid(0, 4),
             (QList<ActionState> {ActionState::Confirmed, ActionState::Sent, ActionState::Unknown,
                                  ActionState::Reconciled}));
}

void TestRollbackAction::tryAgainAfterADroppedConnectionReusesTheKey()
{
    const DeploymentSummary target = takeRollbackable();
    QVERIFY(!target.correlationId.isEmpty());
    m_control->send("DELETE", QStringLiteral("/_devplane/requests"));
    injectFault({{QStringLiteral("path"), QStringLiteral("/rollback/$")},
                 {QStringLiteral("method"), QStringLiteral("POST")},
                 {QStringLiteral("reset"), true}});
    auto action = draft(target);
    QVERIFY(action->confirm(QStringLiteral("Reset drill")));
    const QString key = action->idempotencyKey();
    QVERIFY(QTest::qWaitFor([&action] { return action->canTryAgain(); }, 5000));
    QCOMPARE(action->state(), ActionState::Reconciled);
    QCOMPARE(action->finding()->received, RollbackFinding::Received::Yes);
    QString why;
    QVERIFY2(wentAhead(action->tryAgain(), &why), qPrintable(why));
    QVERIFY(QTest::qWaitFor(
        [&action] { return action->accepted() && action->accepted()->replayed; }, 5000));
    QCOMPARE(action->idempotencyKey(), key);
    QVERIFY(waitUntilFinished(*action));
    QVERIFY2(action->succeeded(), qPrintable(action->message()));
    QCOMPARE(postsArrived(target.correlationId), 2); // the dropped one and the operator's retry
    QCOMPARE(action->postsSent(), 2);
    QVERIFY(!wentAhead(action->tryAgain(), &why));
    QCOMPARE(why, QStringLiteral("the rollback has already ended"));
    // Both POSTs carried the same key: the audit lines of both sends name it.
    int sends = 0;
    for (const AuditEntry &e : auditFor(target.correlationId)) {
        QCOMPARE(e.idempotencyKey.isEmpty() ? key : e.idempotencyKey, key);
        sends += e.state == QLatin1String("sent") ? 1 : 0;
    }
    QCOMPARE(sends, 2);
}

void TestRollbackAction::refusalsShowTheServersMessage()
{
    // 409 for a status that cannot be rolled back, with the server's text.
    const DeploymentSummary pending = takeDeployment(QStringLiteral("AWAITING_CAB"));
    QVERIFY(!pending.correlationId.isEmpty());
    auto action = draft(pending);
    QVERIFY(action->confirm(QStringLiteral("not possible")));
    QVERIFY(QTest::qWaitFor([&action] { return action->state() == ActionState::Rejected; }, 5000));
    QCOMPARE(action->httpStatus(), 409);
    QCOMPARE(action->message(),
             QStringLiteral("Deployment in status AWAITING_CAB cannot be rolled back"));

    // 409 "already in progress" for a second operator's rollback while the first runs.
    const DeploymentSummary busy = takeRollbackable();
    auto first = draft(busy);
    auto second = draft(busy);
    QVERIFY(first->confirm(QStringLiteral("first operator")));
    QVERIFY(QTest::qWaitFor([&first] { return first->accepted().has_value(); }, 5000));
    QVERIFY(second->confirm(QStringLiteral("second operator")));
    QVERIFY(QTest::qWaitFor([&second] { return second->state() == ActionState::Rejected; }, 5000));
    QCOMPARE(second->message(), QStringLiteral("Rollback already in progress"));
    QVERIFY(waitUntilFinished(*first));

    // 409 "already rolled back" afterwards.
    auto third = draft(busy);
    QVERIFY(third->confirm(QStringLiteral("once more")));
    QVERIFY(QTest::qWaitFor([&third] { return third->state() == ActionState::Rejected; }, 5000));
    QCOMPARE(third->message(), QStringLiteral("Deployment already rolled back"));
    // A rejected confirmation may be confirmed anew, with a fresh key.
    const QString oldKey = third->idempotencyKey();
    QVERIFY(third->confirm(QStringLiteral("once more, really")));
    QVERIFY(third->idempotencyKey() != oldKey);
    QVERIFY(QTest::qWaitFor([&third] { return third->state() == ActionState::Rejected; }, 5000));

    // 404 with its JSON body.
    DeploymentSummary ghost = busy;
    ghost.correlationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto missing = draft(ghost);
    QVERIFY(missing->confirm(QStringLiteral("no such deployment")));
    QVERIFY(
        QTest::qWaitFor([&missing] { return missing->state() == ActionState::Rejected; }, 5000));
    QCOMPARE(missing->httpStatus(), 404);
    QCOMPARE(missing->message(), QStringLiteral("Deployment not found"));

    // 400 (a reason over 1000 characters is refused before anything is sent; the server's own
    // 400 is read through the same path) and 422 (a key reused for another deployment).
    QString why;
    QVERIFY(!wentAhead(draft(busy)->confirm(QString(1001, QLatin1Char('x'))), &why));
    QCOMPARE(why, QStringLiteral("the reason is longer than 1000 characters"));
    std::optional<Result<RollbackAccepted>> invalid;
    m_client->requestRollback(pending.correlationId, QString(1001, QLatin1Char('x')),
                              QUuid::createUuid().toString(QUuid::WithoutBraces), this,
                              [&invalid](const auto &r) { invalid = r; });
    QVERIFY(QTest::qWaitFor([&invalid] { return invalid.has_value(); }, 5000));
    QCOMPARE(invalid->error().httpStatus, 400);
    QVERIFY2(invalid->error().message.startsWith(QLatin1String("reason: ")),
             qPrintable(invalid->error().message));
    std::optional<Result<RollbackAccepted>> reused;
    m_client->requestRollback(pending.correlationId, QStringLiteral("first operator"),
                              first->idempotencyKey(), this,
                              [&reused](const auto &r) { reused = r; });
    QVERIFY(QTest::qWaitFor([&reused] { return reused.has_value(); }, 5000));
    QCOMPARE(reused->error().httpStatus, 422);
    QCOMPARE(reused->error().message,
             QStringLiteral("Idempotency-Key reused with a different request"));
}

void TestRollbackAction::anHtml404DisablesRollbackForThisServer()
{
    const DeploymentSummary target = takeRollbackable();
    injectFault({{QStringLiteral("path"), QStringLiteral("/rollback/$")},
                 {QStringLiteral("method"), QStringLiteral("POST")},
                 {QStringLiteral("status"), 404},
                 {QStringLiteral("html"), true}});
    auto action = draft(target);
    QVERIFY(action->confirm(QStringLiteral("on plain EUCORA")));
    QVERIFY(QTest::qWaitFor([&action] { return action->state() == ActionState::Rejected; }, 5000));
    QCOMPARE(action->message(), QStringLiteral("this control plane has no rollback endpoint"));
    QVERIFY(m_client->rollbackEndpointMissing());
    PermissionInputs inputs;
    inputs.user = User {1, QStringLiteral("operator"), {}, true, false};
    inputs.rollbackEndpointMissing = m_client->rollbackEndpointMissing();
    const Availability rollback = availability(ActionKind::Rollback, inputs);
    QVERIFY(!rollback.allowed);
    QCOMPARE(rollback.reason, QStringLiteral("this control plane has no rollback endpoint"));
    QString why;
    QVERIFY(!wentAhead(draft(target)->confirm(QStringLiteral("again")), &why));
    QCOMPARE(why, QStringLiteral("this control plane has no rollback endpoint"));
}

void TestRollbackAction::throttlingStopsTrafficUntilRetryAfter()
{
    const DeploymentSummary target = takeRollbackable();
    m_control->send("DELETE", QStringLiteral("/_devplane/requests"));
    injectFault({{QStringLiteral("path"), QStringLiteral("/rollback/$")},
                 {QStringLiteral("status"), 429},
                 {QStringLiteral("retry_after"), 2}});
    QSignalSpy throttled(m_client.get(), &ControlPlaneClient::throttled);
    auto action = draft(target);
    QVERIFY(action->confirm(QStringLiteral("throttled")));
    QVERIFY(QTest::qWaitFor([&action] { return action->state() == ActionState::Rejected; }, 5000));
    QCOMPARE(action->httpStatus(), 429);
    QCOMPARE(throttled.size(), 1);
    const QDateTime until = m_client->throttledUntil();
    QVERIFY(until.isValid());
    const qint64 wait = QDateTime::currentDateTimeUtc().msecsTo(until);
    QVERIFY2(wait > 1000 && wait <= 2000, qPrintable(QString::number(wait)));

    // Until then nothing reaches the server: the call fails at once with the countdown.
    std::optional<Result<std::vector<BreakerStatus>>> early;
    m_client->breakers(this, [&early](const auto &r) { early = r; });
    QVERIFY(QTest::qWaitFor([&early] { return early.has_value(); }, 1000));
    QVERIFY(!early->ok());
    QCOMPARE(early->error().httpStatus, 429);
    QVERIFY2(early->error().message.startsWith(
                 QLatin1String("the control plane asked to wait: try again in ")),
             qPrintable(early->error().message));
    QCOMPARE(m_control->get(QStringLiteral("/_devplane/requests"))
                 .json()
                 .value(QStringLiteral("requests"))
                 .toObject()
                 .value(QStringLiteral("GET /api/v1/admin/health/circuit-breakers"))
                 .toInt(),
             0);
    QTRY_VERIFY_WITH_TIMEOUT(!m_client->throttledUntil().isValid(), 3000);
    std::optional<Result<std::vector<BreakerStatus>>> later;
    m_client->breakers(this, [&later](const auto &r) { later = r; });
    QVERIFY(QTest::qWaitFor([&later] { return later.has_value(); }, 5000));
    QVERIFY(later->ok());
}

void TestRollbackAction::theAuditTrailSurvivesKillDashNine()
{
    const DeploymentSummary target = takeRollbackable();
    QVERIFY(!target.correlationId.isEmpty());
    // The answer is held back 10 s: the child is killed while its rollback is in flight.
    injectFault({{QStringLiteral("path"), QStringLiteral("/rollback/$")},
                 {QStringLiteral("method"), QStringLiteral("POST")},
                 {QStringLiteral("delay_ms"), 10000}});
    const QString log = m_dir.filePath(QStringLiteral("killed.jsonl"));
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(
        QCoreApplication::applicationFilePath(),
        {QStringLiteral("--audit-child"), m_devplane.url().toString(), target.correlationId, log});
    QVERIFY(child.waitForStarted());
    QVERIFY(QTest::qWaitFor([&child] { return child.canReadLine(); }, 10000));
    QCOMPARE(child.readLine().trimmed(), QByteArray("sent"));
    // Killed once the server holds the POST and the answer is still being held back.
    QTRY_COMPARE_WITH_TIMEOUT(postsArrived(target.correlationId), 1, 5000);
    child.kill(); // SIGKILL: no destructor, no flush, no atexit
    QVERIFY(child.waitForFinished(5000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);

    const std::vector<AuditEntry> trail = AuditLog::read(log);
    QStringList states;
    for (const AuditEntry &e : trail)
        states << e.state;
    QCOMPARE(states,
             (QStringList {QStringLiteral("drafted"), QStringLiteral("confirmed"),
                           QStringLiteral("sent")}));
    QCOMPARE(trail.back().target, target.correlationId);
    QCOMPARE(trail.back().reason, QStringLiteral("killed mid-flight"));
    QVERIFY(!trail.back().idempotencyKey.isEmpty());
    QCOMPARE(postsArrived(target.correlationId), 1);
}

void TestRollbackAction::aLostRequestIsFoundMissingAndSentAgain()
{
    const DeploymentSummary target = takeRollbackable();
    QVERIFY(!target.correlationId.isEmpty());
    m_control->send("DELETE", QStringLiteral("/_devplane/requests"));
    // The connection dies before the server does anything with the request.
    injectFault({{QStringLiteral("path"), QStringLiteral("/rollback/$")},
                 {QStringLiteral("method"), QStringLiteral("POST")},
                 {QStringLiteral("reset_before"), true}});
    auto action = draft(target);
    QTest::qWait(300); // the draft's baseline read of the events lands first
    QVERIFY(action->confirm(QStringLiteral("Lost request drill")));
    QVERIFY(QTest::qWaitFor([&action] { return action->canTryAgain(); }, 5000));
    QVERIFY(action->finding());
    QCOMPARE(action->finding()->received, RollbackFinding::Received::No);
    QVERIFY2(action->message().startsWith(
                 QLatin1String("the server has no record of this rollback: nothing happened")),
             qPrintable(action->message()));
    QCOMPARE(action->state(), ActionState::Reconciled);
    QString why;
    QVERIFY(
        !wentAhead(action->confirm(QStringLiteral("a fresh confirmation")), &why)); // same key only
    const QString key = action->idempotencyKey();
    QVERIFY2(wentAhead(action->tryAgain(), &why), qPrintable(why));
    QVERIFY(waitUntilFinished(*action));
    QVERIFY2(action->succeeded(), qPrintable(action->message()));
    QVERIFY(action->accepted() && !action->accepted()->replayed); // the first one never landed
    QCOMPARE(action->idempotencyKey(), key);
    QCOMPARE(postsArrived(target.correlationId), 2);
}

void TestRollbackAction::aProxyErrorIsUnknownNotRejected()
{
    const DeploymentSummary target = takeRollbackable();
    QVERIFY(!target.correlationId.isEmpty());
    // A gateway's 502 page: the request may or may not have reached the control plane.
    injectFault({{QStringLiteral("path"), QStringLiteral("/rollback/$")},
                 {QStringLiteral("method"), QStringLiteral("POST")},
                 {QStringLiteral("status"), 502},
                 {QStringLiteral("html"), true}});
    auto action = draft(target);
    QList<ActionState> states;
    connect(action.get(), &OperatorAction::stateChanged, this,
            [&states](ActionState s) { states << s; });
    QVERIFY(action->confirm(QStringLiteral("Proxy drill")));
    QVERIFY(QTest::qWaitFor([&action] { return action->canTryAgain(); }, 5000));
    QVERIFY(states.contains(ActionState::Unknown));
    QVERIFY(!states.contains(ActionState::Rejected));
    QVERIFY(action->finding());
    QCOMPARE(action->finding()->received, RollbackFinding::Received::No);
    QString why;
    QVERIFY2(wentAhead(action->tryAgain(), &why), qPrintable(why));
    QVERIFY(waitUntilFinished(*action));
    QVERIFY2(action->succeeded(), qPrintable(action->message()));
}

void TestRollbackAction::aRefusedRetryKeepsTheKey()
{
    const DeploymentSummary target = takeRollbackable();
    QVERIFY(!target.correlationId.isEmpty());
    injectFault({{QStringLiteral("path"), QStringLiteral("/rollback/$")},
                 {QStringLiteral("method"), QStringLiteral("POST")},
                 {QStringLiteral("reset_before"), true}});
    auto action = draft(target);
    QVERIFY(action->confirm(QStringLiteral("Retry refused drill")));
    QVERIFY(QTest::qWaitFor([&action] { return action->canTryAgain(); }, 5000));
    const QString key = action->idempotencyKey();
    // The retry meets a 429: refused, but the first POST's fate is still open.
    injectFault({{QStringLiteral("path"), QStringLiteral("/rollback/$")},
                 {QStringLiteral("method"), QStringLiteral("POST")},
                 {QStringLiteral("status"), 429},
                 {QStringLiteral("retry_after"), 1}});
    QVERIFY(action->tryAgain());
    QVERIFY(QTest::qWaitFor([&action] { return action->state() == ActionState::Rejected; }, 5000));
    QCOMPARE(action->httpStatus(), 429);
    QVERIFY(action->canTryAgain());
    QString why;
    QVERIFY(!wentAhead(action->tryAgain(), &why)); // the server asked to wait
    QVERIFY2(why.startsWith(QLatin1String("the control plane asked to wait: try again in ")),
             qPrintable(why));
    QTRY_VERIFY_WITH_TIMEOUT(!m_client->throttledUntil().isValid(), 3000);
    QVERIFY2(wentAhead(action->tryAgain(), &why), qPrintable(why));
    QVERIFY(waitUntilFinished(*action));
    QVERIFY2(action->succeeded(), qPrintable(action->message()));
    QCOMPARE(action->idempotencyKey(), key);
    QCOMPARE(action->postsSent(), 3);
}

namespace {

// The child of theAuditTrailSurvivesKillDashNine: signs in, confirms a rollback, says "sent"
// once the POST is out, and waits to be killed.
int runAuditChild(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QNetworkAccessManager network;
    ControlPlaneClient client(&network, QUrl(args.value(2)));
    AuditLog audit(args.value(4));
    std::unique_ptr<RollbackAction> action;
    client.login(QStringLiteral("operator"), kPassword, &app, [&](const Result<User> &user) {
        if (!user.ok()) {
            qWarning("login failed: %s", qPrintable(user.error().summary()));
            QCoreApplication::exit(1);
            return;
        }
        ActionContext context {&client, &audit, QStringLiteral("operator"),
                               QStringLiteral("tst_rollbackaction-child"), 200ms};
        DeploymentSummary target;
        target.correlationId = args.value(3);
        action = std::make_unique<RollbackAction>(context, target);
        QObject::connect(action.get(), &OperatorAction::stateChanged, &app, [](ActionState s) {
            if (s == ActionState::Sent) {
                std::fputs("sent\n", stdout);
                std::fflush(stdout);
            }
        });
        action->confirm(QStringLiteral("killed mid-flight"));
    });
    return app.exec();
}

} // namespace

int main(int argc, char **argv)
{
    if (argc >= 5 && qstrcmp(argv[1], "--audit-child") == 0)
        return runAuditChild(argc, argv);
    QCoreApplication app(argc, argv);
    TestRollbackAction test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_rollbackaction.moc"
