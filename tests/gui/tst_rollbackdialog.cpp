// The rollback dialog against the real devplane: the operator must give a reason and type the
// application name exactly; one confirmation is one POST however fast the clicks come; the
// server's refusal, a lost answer and a retry with the same key are shown as they happened.
#include "actions/rollbackaction.h"
#include "actiontestkit.h"
#include "dialogs/rollbackdialog.h"

#include <QApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>

using namespace eucora;
using namespace eucora::testing;
using namespace std::chrono_literals;
using actions::ActionState;

class TestRollbackDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rollBackNeedsAReasonAndTheExactAppName();
    void aDoubleClickSendsOnePostAndEndsRolledBack();
    void aSecondRollbackShowsTheServersRefusal();
    void aLostAnswerShowsWhatTheServerReceived();
    void aDroppedRequestOffersTryAgainWithTheSameKey();
    void closingWhileInFlightCancelsAndResendsNothing();

private:
    struct Open
    {
        std::unique_ptr<actions::RollbackAction> action;
        std::unique_ptr<app::RollbackDialog> dialog;
        QPushButton *rollback = nullptr;
        QPlainTextEdit *reason = nullptr;
        QLineEdit *confirmName = nullptr;
    };
    Open open(const controlplane::DeploymentSummary &target);
    void fillIn(Open &open, const QString &reason);
    QString postPath(const QString &correlationId) const
    {
        return QStringLiteral("POST /api/v1/deployments/%1/rollback/").arg(correlationId);
    }

    ActionTestKit m_kit;
    QStringList m_used; // deployments already rolled back by earlier tests
    QString m_rolledBack;
};

void TestRollbackDialog::initTestCase()
{
    QString error;
    QVERIFY2(m_kit.start(&error, {QStringLiteral("--speed"), QStringLiteral("5")}),
             qPrintable(error));
    QVERIFY(m_kit.steadyConnectors());
    QVERIFY(m_kit.signIn(QStringLiteral("operator"), QStringLiteral("operator")));
}

TestRollbackDialog::Open TestRollbackDialog::open(const controlplane::DeploymentSummary &target)
{
    Open o;
    o.action = std::make_unique<actions::RollbackAction>(m_kit.context(QStringLiteral("operator")),
                                                         target);
    o.dialog = std::make_unique<app::RollbackDialog>(o.action.get());
    o.dialog->show();
    o.rollback = o.dialog->findChild<QPushButton *>(QStringLiteral("rollbackButton"));
    o.reason = o.dialog->findChild<QPlainTextEdit *>(QStringLiteral("reason"));
    o.confirmName = o.dialog->findChild<QLineEdit *>(QStringLiteral("confirmName"));
    return o;
}

void TestRollbackDialog::fillIn(Open &o, const QString &reason)
{
    QTest::keyClicks(o.reason, reason);
    QTest::keyClicks(o.confirmName, o.action->target().appName);
}

void TestRollbackDialog::rollBackNeedsAReasonAndTheExactAppName()
{
    const auto target = m_kit.rollbackCandidate();
    QVERIFY(target);
    Open o = open(*target);
    QVERIFY(o.rollback && o.reason && o.confirmName);
    QVERIFY(QTest::qWaitForWindowExposed(o.dialog.get()));
    QVERIFY(!o.rollback->isEnabled());

    QTest::keyClicks(o.reason, QStringLiteral("Crash loop on pilot devices"));
    QVERIFY2(!o.rollback->isEnabled(), "a reason alone is not enough");

    const QString app = target->appName;
    QTest::keyClicks(o.confirmName, app.toLower());
    QVERIFY2(!o.rollback->isEnabled(), "the name must match exactly, case included");
    o.confirmName->clear();
    QTest::keyClicks(o.confirmName, app.left(app.size() - 1));
    QVERIFY(!o.rollback->isEnabled());
    QTest::keyClicks(o.confirmName, app.right(1));
    QVERIFY(o.rollback->isEnabled());
    QTest::keyClick(o.confirmName, Qt::Key_Space);
    QVERIFY2(!o.rollback->isEnabled(), "a trailing space is not the app name");
    QTest::keyClick(o.confirmName, Qt::Key_Backspace);
    QVERIFY(o.rollback->isEnabled());

    o.reason->selectAll();
    QTest::keyClick(o.reason, Qt::Key_Delete);
    QVERIFY(!o.rollback->isEnabled());
    QTest::keyClicks(o.reason, QStringLiteral("   "));
    QVERIFY2(!o.rollback->isEnabled(), "a blank reason is no reason");

    // The reason is capped at 1000 characters, as the server requires.
    o.reason->setPlainText(QString(1200, QLatin1Char('x')));
    QCOMPARE(o.reason->toPlainText().size(), 1000);
    QVERIFY(o.rollback->isEnabled());

    QCOMPARE(m_kit.requestCount(postPath(target->correlationId)), 0);
}

void TestRollbackDialog::aDoubleClickSendsOnePostAndEndsRolledBack()
{
    const auto target = m_kit.rollbackCandidate(m_used);
    QVERIFY(target);
    m_used << target->correlationId;
    Open o = open(*target);
    QVERIFY(QTest::qWaitForWindowExposed(o.dialog.get()));
    fillIn(o, QStringLiteral("Crash loop on pilot devices after the update"));
    QVERIFY(o.rollback->isEnabled());
    o.dialog->grab().save(QStringLiteral(EUCORA_TEST_ARTIFACTS "/rollback-dialog.png"));

    QTest::mouseClick(o.rollback, Qt::LeftButton);
    QTest::mouseClick(o.rollback, Qt::LeftButton);
    QTest::mouseDClick(o.rollback, Qt::LeftButton);
    QVERIFY(!o.rollback->isEnabled());

    QTRY_COMPARE_WITH_TIMEOUT(o.dialog->stateText(), QStringLiteral("Rolled back."), 30000);
    QVERIFY2(o.dialog->messageText().contains(QLatin1String("ROLLED_BACK")),
             qPrintable(o.dialog->messageText()));
    QCOMPARE(m_kit.requestCount(postPath(target->correlationId)), 1);
    QCOMPARE(o.action->postsSent(), 1);
    QVERIFY(!o.rollback->isEnabled());
    QVERIFY(o.dialog->findChild<QProgressBar *>(QStringLiteral("progressBar"))->isVisible());
    o.dialog->grab().save(QStringLiteral(EUCORA_TEST_ARTIFACTS "/rollback-dialog-done.png"));

    // Every transition is in the audit log under the one key.
    QStringList states;
    for (const actions::AuditEntry &e : m_kit.auditEntries()) {
        if (e.idempotencyKey == o.action->idempotencyKey())
            states << e.state;
    }
    QCOMPARE(states.first(), QStringLiteral("confirmed"));
    QVERIFY(states.contains(QLatin1String("sent")));
    QVERIFY(states.contains(QLatin1String("accepted")));
    QCOMPARE(states.last(), QStringLiteral("reconciled"));
    m_rolledBack = target->correlationId;
}

void TestRollbackDialog::aSecondRollbackShowsTheServersRefusal()
{
    QVERIFY2(!m_rolledBack.isEmpty(), "needs the rollback of the previous test");
    controlplane::DeploymentSummary target;
    for (const auto &d : m_kit.deployments()) {
        if (d.correlationId == m_rolledBack)
            target = d;
    }
    QCOMPARE(target.status, QStringLiteral("ROLLED_BACK"));
    Open o = open(target);
    fillIn(o, QStringLiteral("Once more"));
    QTest::mouseClick(o.rollback, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(o.dialog->stateText(),
                              QStringLiteral("Refused by the control plane."), 10000);
    QVERIFY2(o.dialog->messageText().contains(QLatin1String("Deployment already rolled back")),
             qPrintable(o.dialog->messageText()));
    QCOMPARE(o.action->httpStatus(), 409);
    QCOMPARE(m_kit.requestCount(postPath(target.correlationId)), 2); // this one and the first
}

void TestRollbackDialog::aLostAnswerShowsWhatTheServerReceived()
{
    const auto target = m_kit.rollbackCandidate(m_used);
    QVERIFY(target);
    m_used << target->correlationId;
    m_kit.client()->setTimeout(1s);
    const auto restore = qScopeGuard([this] { m_kit.client()->setTimeout(30s); });
    QVERIFY(m_kit.addFault({{QStringLiteral("path"), QStringLiteral("rollback")},
                            {QStringLiteral("method"), QStringLiteral("POST")},
                            {QStringLiteral("delay_ms"), 3000}}));
    Open o = open(*target);
    fillIn(o, QStringLiteral("Answer lost on the way back"));
    QTest::mouseClick(o.rollback, Qt::LeftButton);

    auto *tryAgain = o.dialog->findChild<QPushButton *>(QStringLiteral("tryAgainButton"));
    QTRY_VERIFY_WITH_TIMEOUT(tryAgain->isVisible(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(o.dialog->findingText().contains(QLatin1String("received this")),
                             10000);
    QVERIFY(!o.rollback->isEnabled());
    QCOMPARE(m_kit.requestCount(postPath(target->correlationId)), 1);
    QVERIFY2(o.dialog->findingText().contains(o.action->finding()->taskId),
             qPrintable(o.dialog->findingText()));

    // Trying again is safe: the same key makes the server answer with its first acceptance.
    QTRY_VERIFY_WITH_TIMEOUT(tryAgain->isEnabled(), 10000);
    const QString key = o.action->idempotencyKey();
    QTest::mouseClick(tryAgain, Qt::LeftButton);
    QTest::mouseClick(tryAgain, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_kit.requestCount(postPath(target->correlationId)), 2, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(o.dialog->stateText(), QStringLiteral("Rolled back."), 30000);
    QCOMPARE(m_kit.requestCount(postPath(target->correlationId)), 2);
    QCOMPARE(o.action->idempotencyKey(), key);
    QVERIFY(o.action->accepted()->replayed);
    QVERIFY(!tryAgain->isEnabled());

    // One rollback on the server, however often the request came.
    std::optional<Result<controlplane::EventPage>> events;
    m_kit.client()->events(target->correlationId, {}, {}, 0, this,
                           [&events](const auto &r) { events = r; });
    QTRY_VERIFY_WITH_TIMEOUT(events.has_value(), 10000);
    QVERIFY(events->ok());
    const auto initiated = std::count_if(
        events->value().events.begin(), events->value().events.end(),
        [](const auto &e) { return e.eventType == QLatin1String("ROLLBACK_INITIATED"); });
    QCOMPARE(initiated, 1);
}

void TestRollbackDialog::aDroppedRequestOffersTryAgainWithTheSameKey()
{
    const auto target = m_kit.rollbackCandidate(m_used);
    QVERIFY(target);
    m_used << target->correlationId;
    // The connection is reset before the request reaches the view: nothing happened.
    QVERIFY(m_kit.addFault({{QStringLiteral("path"), QStringLiteral("rollback")},
                            {QStringLiteral("method"), QStringLiteral("POST")},
                            {QStringLiteral("status"), 503},
                            {QStringLiteral("reset"), true}}));
    Open o = open(*target);
    fillIn(o, QStringLiteral("Dropped connection"));
    QTest::mouseClick(o.rollback, Qt::LeftButton);

    auto *tryAgain = o.dialog->findChild<QPushButton *>(QStringLiteral("tryAgainButton"));
    auto *checkAgain = o.dialog->findChild<QPushButton *>(QStringLiteral("checkAgainButton"));
    QTRY_VERIFY_WITH_TIMEOUT(tryAgain->isEnabled(), 10000);
    QVERIFY(checkAgain->isVisible() && checkAgain->isEnabled());
    QVERIFY2(o.dialog->findingText().contains(QLatin1String("no record")),
             qPrintable(o.dialog->findingText()));
    QCOMPARE(o.dialog->stateText(),
             QStringLiteral("Checked: the control plane did not receive the request."));
    QVERIFY(!o.rollback->isEnabled());
    const QString key = o.action->idempotencyKey();

    QTest::mouseClick(checkAgain, Qt::LeftButton); // reads again; sends nothing
    QTRY_VERIFY_WITH_TIMEOUT(tryAgain->isEnabled(), 10000);
    QCOMPARE(m_kit.requestCount(postPath(target->correlationId)), 1);

    QTest::mouseClick(tryAgain, Qt::LeftButton);
    QTest::mouseClick(tryAgain, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(o.dialog->stateText(), QStringLiteral("Rolled back."), 30000);
    QCOMPARE(m_kit.requestCount(postPath(target->correlationId)), 2);
    QCOMPARE(o.action->idempotencyKey(), key);
    QVERIFY(!tryAgain->isEnabled());
}

void TestRollbackDialog::closingWhileInFlightCancelsAndResendsNothing()
{
    const auto target = m_kit.rollbackCandidate(m_used);
    QVERIFY(target);
    m_used << target->correlationId;
    QVERIFY(m_kit.addFault({{QStringLiteral("path"), QStringLiteral("rollback")},
                            {QStringLiteral("method"), QStringLiteral("POST")},
                            {QStringLiteral("delay_ms"), 1500}}));
    Open o = open(*target);
    fillIn(o, QStringLiteral("Closed while sending"));
    QTest::mouseClick(o.rollback, Qt::LeftButton);
    QCOMPARE(o.action->state(), ActionState::Sent);
    o.dialog->close();
    o.dialog.reset();

    QTRY_COMPARE_WITH_TIMEOUT(o.action->state(), ActionState::Reconciled, 30000);
    QVERIFY(o.action->succeeded());
    QCOMPARE(o.action->postsSent(), 1);
    QCOMPARE(m_kit.requestCount(postPath(target->correlationId)), 1);
}

QTEST_MAIN(TestRollbackDialog)
#include "tst_rollbackdialog.moc"
