// SeedAction against eucora-devplane: the synchronous 200, the queued 202 followed through
// PROGRESS to its end, cancelling by revoking the task, the offer to switch demo mode on, an
// answerless POST read back from demo-data-stats, and a non-staff user refused.
#include "actions/seedaction.h"
#include "controlplane/controlplaneclient.h"
#include "refusal.h"
#include "testcontrolplane.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace eucora;
using namespace eucora::actions;
using namespace eucora::controlplane;
using namespace eucora::testing;
using namespace std::chrono_literals;

class TestSeedAction : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void seedsSynchronouslyAndOffersDemoMode();
    void followsAQueuedSeedToItsEnd();
    void cancelsAQueuedSeed();
    void anAnswerlessSeedIsReadBack();
    void aViewerIsRefused();
    void followingATaskEndsAtItsDeadline();
    void aFailedDemoModeSwitchIsReported();

private:
    std::unique_ptr<ControlPlaneClient> signIn(const QString &user);
    std::unique_ptr<SeedAction> draft(ControlPlaneClient *client, const QString &user);
    bool demoModeOn(ControlPlaneClient &client);

    TestControlPlane m_plane;
    QNetworkAccessManager m_network;
    QNetworkAccessManager m_viewerNetwork;
};

void TestSeedAction::initTestCase()
{
    QString error;
    QVERIFY2(m_plane.start({}, &error), qPrintable(error));
}

std::unique_ptr<ControlPlaneClient> TestSeedAction::signIn(const QString &user)
{
    auto client = std::make_unique<ControlPlaneClient>(
        user == QLatin1String("viewer") ? &m_viewerNetwork : &m_network, m_plane.url());
    if (!signInClient(*client, user, user))
        return nullptr;
    return client;
}

std::unique_ptr<SeedAction> TestSeedAction::draft(ControlPlaneClient *client, const QString &user)
{
    return std::make_unique<SeedAction>(
        ActionContext {client, m_plane.audit(), user, QStringLiteral("tst_seedaction"), 200ms});
}

bool TestSeedAction::demoModeOn(ControlPlaneClient &client)
{
    std::optional<Result<bool>> mode;
    client.demoMode(this, [&mode](const Result<bool> &r) { mode = r; });
    return QTest::qWaitFor([&mode] { return mode.has_value(); }, 5000) && mode->ok()
        && mode->value();
}

void TestSeedAction::seedsSynchronouslyAndOffersDemoMode()
{
    auto client = signIn(QStringLiteral("operator"));
    QVERIFY(client);
    std::optional<Result<bool>> off;
    client->setDemoMode(false, this, [&off](const Result<bool> &r) { off = r; });
    QVERIFY(QTest::qWaitFor([&off] { return off.has_value(); }, 5000) && off->ok());
    QVERIFY(!off->value());

    auto action = draft(client.get(), QStringLiteral("operator"));
    QSignalSpy offered(action.get(), &SeedAction::demoModeOffered);
    SeedRequest request;
    request.assets = 30;
    request.applications = 6;
    request.deployments = 25;
    request.events = 40;
    request.users = 2;
    QVERIFY(!request.runsAsTask());
    QVERIFY(action->confirm(request));
    QString why;
    QVERIFY(!wentAhead(action->confirm(request), &why));
    QCOMPARE(why, QStringLiteral("a seed is already in flight"));
    QVERIFY(
        QTest::qWaitFor([&action] { return action->state() == ActionState::Reconciled; }, 30000));
    QVERIFY2(action->succeeded(), qPrintable(action->message()));
    QVERIFY(!action->queued());
    QVERIFY(action->counts());
    QCOMPARE(action->counts()->deployments, 25); // targets are totals
    QCOMPARE(action->counts()->assets, 30);
    QCOMPARE(action->counts()->users, 3); // "demo" plus demo_1, demo_2
    QCOMPARE(action->demoModeEnabled(), std::optional<bool>(false));
    QCOMPARE(offered.size(), 1);
    QVERIFY(
        action->message().endsWith(QLatin1String("demo mode is off, so the new rows are hidden")));

    QSignalSpy changed(action.get(), &SeedAction::demoModeChanged);
    action->enableDemoMode();
    QVERIFY(changed.wait(5000));
    QCOMPARE(changed.first().first().toBool(), true);
    QVERIFY(demoModeOn(*client));

    QStringList trail;
    for (const AuditEntry &e : AuditLog::read(m_plane.audit()->path()))
        trail << e.action + QLatin1Char(':') + e.state;
    QCOMPARE(trail.mid(trail.size() - 7),
             (QStringList {QStringLiteral("seed:drafted"), QStringLiteral("seed:confirmed"),
                           QStringLiteral("seed:sent"), QStringLiteral("seed:accepted"),
                           QStringLiteral("seed:reconciled"), QStringLiteral("demo-mode:sent"),
                           QStringLiteral("demo-mode:accepted")}));
}

void TestSeedAction::followsAQueuedSeedToItsEnd()
{
    auto client = signIn(QStringLiteral("operator"));
    QVERIFY(client);
    auto action = draft(client.get(), QStringLiteral("operator"));
    QSignalSpy progress(action.get(), &OperatorAction::progress);
    SeedRequest request;
    request.assets = 1500;
    request.events = 1500;
    request.forceAsync = true;
    QVERIFY(action->confirm(request));
    QVERIFY(
        QTest::qWaitFor([&action] { return action->state() == ActionState::Reconciled; }, 30000));
    QVERIFY2(action->succeeded(), qPrintable(action->message()));
    QVERIFY(action->queued());
    QVERIFY(!action->taskId().isEmpty());
    QVERIFY(progress.size() >= 2);
    const QList<QVariant> first = progress.first();
    QVERIFY(!first.at(0).toString().isEmpty()); // phase
    QVERIFY(first.at(2).toInt() > 0); // total
    QCOMPARE(action->counts()->assets, 1500);
    QCOMPARE(action->counts()->events, 1500);
}

void TestSeedAction::cancelsAQueuedSeed()
{
    auto client = signIn(QStringLiteral("operator"));
    QVERIFY(client);
    auto action = draft(client.get(), QStringLiteral("operator"));
    SeedRequest request;
    request.assets = 40000; // one simulated second per thousand: long enough to cancel
    QVERIFY(request.runsAsTask());
    QString why;
    QVERIFY(!wentAhead(action->cancel(), &why)); // nothing queued yet
    QVERIFY(action->confirm(request));
    QVERIFY(QTest::qWaitFor([&action] { return action->queued(); }, 10000));
    QVERIFY2(wentAhead(action->cancel(), &why), qPrintable(why));
    QVERIFY(
        QTest::qWaitFor([&action] { return action->state() == ActionState::Reconciled; }, 10000));
    QVERIFY(action->cancelled());
    QVERIFY(!action->succeeded());
    QVERIFY2(action->message().startsWith(QLatin1String("cancelled; demo data now: ")),
             qPrintable(action->message()));
    QVERIFY(action->counts());
    QVERIFY(action->counts()->assets < 40000);
    std::optional<Result<TaskStatus>> task;
    client->taskStatus(action->taskId(), this, [&task](const auto &r) { task = r; });
    QVERIFY(QTest::qWaitFor([&task] { return task.has_value(); }, 5000) && task->ok());
    QCOMPARE(task->value().state, QStringLiteral("REVOKED"));
}

void TestSeedAction::anAnswerlessSeedIsReadBack()
{
    auto client = signIn(QStringLiteral("operator"));
    QVERIFY(client);
    m_plane.control().send("DELETE", QStringLiteral("/_devplane/requests"));
    QCOMPARE(m_plane.control()
                 .post(QStringLiteral("/_devplane/faults"),
                       {{QStringLiteral("path"), QStringLiteral("seed-demo-data")},
                        {QStringLiteral("method"), QStringLiteral("POST")},
                        {QStringLiteral("reset"), true}})
                 .status,
             201);
    auto action = draft(client.get(), QStringLiteral("operator"));
    SeedRequest request;
    request.deployments = 12;
    QVERIFY(action->confirm(request));
    QVERIFY(
        QTest::qWaitFor([&action] { return action->state() == ActionState::Reconciled; }, 10000));
    QVERIFY2(action->message().startsWith(
                 QLatin1String("after the request without a usable answer; demo data "
                               "now: ")),
             qPrintable(action->message()));
    QCOMPARE(action->counts()->deployments, 12); // the server had seeded before the reset
    QCOMPARE(m_plane.control()
                 .get(QStringLiteral("/_devplane/requests"))
                 .json()
                 .value(QStringLiteral("requests"))
                 .toObject()
                 .value(QStringLiteral("POST /api/v1/admin/seed-demo-data"))
                 .toInt(),
             1);
}

void TestSeedAction::aViewerIsRefused()
{
    auto client = signIn(QStringLiteral("viewer"));
    QVERIFY(client);
    auto action = draft(client.get(), QStringLiteral("viewer"));
    QVERIFY(action->confirm(SeedRequest {}));
    QVERIFY(QTest::qWaitFor([&action] { return action->state() == ActionState::Rejected; }, 10000));
    QCOMPARE(action->httpStatus(), 403);
    QCOMPARE(action->message(),
             QStringLiteral("You do not have permission to perform this action."));
}

void TestSeedAction::followingATaskEndsAtItsDeadline()
{
    auto client = signIn(QStringLiteral("operator"));
    QVERIFY(client);
    ActionContext context {
        client.get(), m_plane.audit(), QStringLiteral("operator"), QStringLiteral("tst_seedaction"),
        200ms,        1500ms};
    SeedAction action(context);
    SeedRequest request;
    request.assets = 60000; // a minute of simulated work
    QVERIFY(action.confirm(request));
    QVERIFY(
        QTest::qWaitFor([&action] { return action.state() == ActionState::Reconciled; }, 10000));
    QVERIFY(!action.succeeded());
    QVERIFY2(
        action.message().startsWith(
            QStringLiteral("task %1 had not ended after 1 s (last state ").arg(action.taskId())),
        qPrintable(action.message()));
    const auto polls = [this, &action] {
        return m_plane.control()
            .get(QStringLiteral("/_devplane/requests"))
            .json()
            .value(QStringLiteral("requests"))
            .toObject()
            .value(QStringLiteral("GET /api/v1/admin/tasks/%1/status").arg(action.taskId()))
            .toInt();
    };
    const int before = polls();
    QVERIFY(before >= 2);
    QTest::qWait(1000); // nothing polls after giving up
    QCOMPARE(polls(), before);
    QVERIFY(!action.cancel()); // no longer following: a new action would be needed
}

void TestSeedAction::aFailedDemoModeSwitchIsReported()
{
    auto client = signIn(QStringLiteral("operator"));
    QVERIFY(client);
    QCOMPARE(m_plane.control()
                 .post(QStringLiteral("/_devplane/faults"),
                       {{QStringLiteral("path"), QStringLiteral("demo-mode")},
                        {QStringLiteral("method"), QStringLiteral("POST")},
                        {QStringLiteral("status"), 500}})
                 .status,
             201);
    auto action = draft(client.get(), QStringLiteral("operator"));
    QSignalSpy changed(action.get(), &SeedAction::demoModeChanged);
    action->enableDemoMode();
    QVERIFY(changed.wait(5000));
    QCOMPARE(changed.first().first().toBool(), false);
    QVERIFY2(action->demoModeError().contains(QLatin1String("Injected fault")),
             qPrintable(action->demoModeError()));
    QVERIFY(action->message().startsWith(QLatin1String("demo mode could not be switched on: ")));
}

QTEST_GUILESS_MAIN(TestSeedAction)
#include "tst_seedaction.moc"
