// BreakerResetAction against eucora-devplane: a forced-open breaker reset and read back closed,
// a non-staff user refused in the server's words, an answerless reset read back.
#include "actions/breakerresetaction.h"
#include "controlplane/controlplaneclient.h"
#include "refusal.h"
#include "testcontrolplane.h"

#include <QNetworkAccessManager>
#include <QPointer>
#include <QTest>

using namespace eucora;
using namespace eucora::actions;
using namespace eucora::controlplane;
using namespace eucora::testing;
using namespace std::chrono_literals;

class TestBreakerResetAction : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void resetsAnOpenBreaker();
    void aViewerIsRefused();
    void anAnswerlessResetIsReadBack();
    void aReleasedActionGoesOnceSettled();

private:
    std::unique_ptr<BreakerResetAction> draft(const QString &user, const QString &service);
    void forceOpen(const QString &service);

    TestControlPlane m_plane;
    std::map<QString, std::unique_ptr<QNetworkAccessManager>> m_networks;
    std::map<QString, std::unique_ptr<ControlPlaneClient>> m_clients;
};

void TestBreakerResetAction::initTestCase()
{
    QString error;
    QVERIFY2(m_plane.start({}, &error), qPrintable(error));
    for (const QString &user : {QStringLiteral("operator"), QStringLiteral("viewer")}) {
        m_networks[user] = std::make_unique<QNetworkAccessManager>();
        m_clients[user]
            = std::make_unique<ControlPlaneClient>(m_networks[user].get(), m_plane.url());
        QVERIFY(signInClient(*m_clients[user], user, user));
    }
}

std::unique_ptr<BreakerResetAction> TestBreakerResetAction::draft(const QString &user,
                                                                  const QString &service)
{
    return std::make_unique<BreakerResetAction>(
        ActionContext {m_clients[user].get(), m_plane.audit(), user,
                       QStringLiteral("tst_breakerresetaction"), 200ms},
        service);
}

void TestBreakerResetAction::forceOpen(const QString &service)
{
    QCOMPARE(m_plane.control()
                 .post(QStringLiteral("/_devplane/breakers/%1/force").arg(service),
                       {{QStringLiteral("state"), QStringLiteral("open")}})
                 .status,
             200);
}

void TestBreakerResetAction::resetsAnOpenBreaker()
{
    forceOpen(QStringLiteral("jamf"));
    auto action = draft(QStringLiteral("operator"), QStringLiteral("jamf"));
    QVERIFY(action->confirm());
    QString why;
    QVERIFY(!wentAhead(action->confirm(), &why));
    QCOMPARE(why, QStringLiteral("a reset of this breaker is already in flight"));
    QVERIFY(
        QTest::qWaitFor([&action] { return action->state() == ActionState::Reconciled; }, 10000));
    QVERIFY(action->succeeded());
    QVERIFY(action->breakerAfter());
    QCOMPARE(action->breakerAfter()->state, QStringLiteral("closed"));
    QCOMPARE(action->breakerAfter()->failCounter, 0);
    QVERIFY2(action->message().startsWith(QLatin1String("reset; the breaker is now closed")),
             qPrintable(action->message()));
    QStringList states;
    for (const AuditEntry &e : AuditLog::read(m_plane.audit()->path())) {
        if (e.target == QLatin1String("jamf"))
            states << e.state;
    }
    QCOMPARE(states,
             (QStringList {QStringLiteral("drafted"), QStringLiteral("confirmed"),
                           QStringLiteral("sent"), QStringLiteral("accepted"),
                           QStringLiteral("reconciled")}));
}

// The dialog closed while the reset was in flight: the action finishes (and is audited), then
// deletes itself; one released while still a draft goes at once.
void TestBreakerResetAction::aReleasedActionGoesOnceSettled()
{
    forceOpen(QStringLiteral("splunk"));
    // The answer takes 400 ms: the action is certainly in flight when the dialog closes.
    QCOMPARE(m_plane.control()
                 .post(QStringLiteral("/_devplane/faults"),
                       {{QStringLiteral("path"), QStringLiteral("splunk/reset")},
                        {QStringLiteral("method"), QStringLiteral("POST")},
                        {QStringLiteral("delay_ms"), 400}})
                 .status,
             201);
    QPointer<BreakerResetAction> action
        = draft(QStringLiteral("operator"), QStringLiteral("splunk")).release();
    QVERIFY(action->confirm());
    QVERIFY(!action->settled());
    action->releaseWhenSettled();
    QTest::qWait(50);
    QVERIFY(action); // a request is in flight: it stays
    QTRY_VERIFY_WITH_TIMEOUT(!action, 10000);
    const std::vector<AuditEntry> log = AuditLog::read(m_plane.audit()->path());
    QVERIFY(std::any_of(log.begin(), log.end(), [](const AuditEntry &e) {
        return e.target == QLatin1String("splunk") && e.state == QLatin1String("reconciled");
    }));

    QPointer<BreakerResetAction> drafted
        = draft(QStringLiteral("operator"), QStringLiteral("elastic")).release();
    QVERIFY(drafted->settled());
    drafted->releaseWhenSettled();
    QTRY_VERIFY_WITH_TIMEOUT(!drafted, 5000);
}

void TestBreakerResetAction::aViewerIsRefused()
{
    forceOpen(QStringLiteral("sccm"));
    auto action = draft(QStringLiteral("viewer"), QStringLiteral("sccm"));
    QVERIFY(action->confirm());
    QVERIFY(QTest::qWaitFor([&action] { return action->state() == ActionState::Rejected; }, 10000));
    QCOMPARE(action->httpStatus(), 403);
    QCOMPARE(action->message(),
             QStringLiteral("You do not have permission to perform this action."));
    auto unknown = draft(QStringLiteral("operator"), QStringLiteral("no_such_service"));
    QVERIFY(unknown->confirm());
    QVERIFY(
        QTest::qWaitFor([&unknown] { return unknown->state() == ActionState::Rejected; }, 10000));
    QCOMPARE(unknown->httpStatus(), 404);
    QVERIFY(unknown->message().startsWith(QLatin1String("Unknown service: no_such_service.")));
}

void TestBreakerResetAction::anAnswerlessResetIsReadBack()
{
    forceOpen(QStringLiteral("intune"));
    QCOMPARE(m_plane.control()
                 .post(QStringLiteral("/_devplane/faults"),
                       {{QStringLiteral("path"), QStringLiteral("intune/reset")},
                        {QStringLiteral("reset"), true}})
                 .status,
             201);
    auto action = draft(QStringLiteral("operator"), QStringLiteral("intune"));
    QList<ActionState> states;
    connect(action.get(), &OperatorAction::stateChanged, this,
            [&states](ActionState s) { states << s; });
    QVERIFY(action->confirm());
    QVERIFY(
        QTest::qWaitFor([&action] { return action->state() == ActionState::Reconciled; }, 10000));
    QVERIFY(states.contains(ActionState::Unknown));
    QCOMPARE(action->breakerAfter()->state, QStringLiteral("closed"));
    QVERIFY(action->succeeded());
}

QTEST_GUILESS_MAIN(TestBreakerResetAction)
#include "tst_breakerresetaction.moc"
