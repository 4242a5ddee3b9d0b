// The main window's operator actions against the real devplane: which are enabled for whom and
// why (not signed in, not staff, --read-only, no rollback endpoint), the deployments, breakers
// and audit tables, and the pictures of them kept as artifacts.
#include "actiontestkit.h"
#include "dialogs/logindialog.h"
#include "dialogs/rollbackdialog.h"
#include "dialogs/seeddialog.h"
#include "mainwindow.h"
#include "models/auditlogmodel.h"
#include "models/breakersmodel.h"
#include "models/deploymentsmodel.h"
#include "session/operatorsession.h"
#include "views/auditview.h"
#include "views/breakersview.h"
#include "views/deploymentsview.h"

#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTcpServer>

using namespace eucora;
using namespace eucora::testing;

class TestActionPermissions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void actionsAskForASignInFirst();
    void aViewerCannotSeedOrResetAndIsToldWhy();
    void readOnlyDisablesEveryAction();
    void anOperatorRollsBackFromTheDeploymentsTable();
    void aServerWithoutRollbackEndpointDisablesRollback();

private:
    std::unique_ptr<app::MainWindow> openWindow(bool readOnly = false);
    bool signIn(app::MainWindow &window, const QString &user, const QString &password);
    static QString label(const QWidget *view);

    ActionTestKit m_kit;
    QUrl m_deadPrometheus;
};

void TestActionPermissions::initTestCase()
{
    QString error;
    QVERIFY2(m_kit.start(&error, {QStringLiteral("--speed"), QStringLiteral("20")}),
             qPrintable(error));
    QVERIFY(m_kit.steadyConnectors());
    QVERIFY(m_kit.signIn(QStringLiteral("operator"), QStringLiteral("operator"))); // test's view
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    m_deadPrometheus = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort()));
}

std::unique_ptr<app::MainWindow> TestActionPermissions::openWindow(bool readOnly)
{
    app::ConsoleOptions options;
    options.prometheusUrl = m_deadPrometheus;
    options.controlPlaneUrl = m_kit.url();
    options.refreshSeconds = 5;
    options.readOnly = readOnly;
    auto window = std::make_unique<app::MainWindow>(options);
    window->resize(1200, 640);
    window->show();
    window->startRefreshing();
    return window;
}

bool TestActionPermissions::signIn(app::MainWindow &window, const QString &user,
                                   const QString &password)
{
    auto *dialog = window.findChild<app::LoginDialog *>();
    if (!dialog) {
        window.signInAction()->trigger();
        dialog = window.findChild<app::LoginDialog *>();
    }
    if (!dialog || !dialog->isVisible())
        return false;
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("username")), user);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("password")), password);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("signInButton")),
                      Qt::LeftButton);
    return QTest::qWaitFor(
        [&] { return window.session()->user() && window.session()->user()->username == user; },
        10000);
}

QString TestActionPermissions::label(const QWidget *view)
{
    const auto *reason = view->findChild<QLabel *>(QStringLiteral("actionReason"));
    return reason && !reason->isHidden() ? reason->text() : QString();
}

void TestActionPermissions::actionsAskForASignInFirst()
{
    auto window = openWindow();
    QTRY_COMPARE_WITH_TIMEOUT(window->session()->phase(), app::OperatorSession::Phase::SignedOut,
                              10000);
    const auto *sessionLabel
        = window->statusBar()->findChild<QLabel *>(QStringLiteral("sessionLabel"));
    QCOMPARE(sessionLabel->text(), QStringLiteral("Not signed in"));
    QVERIFY(!window->signOutAction()->isEnabled());

    // Not signed in: the entry stays usable and says what it will take.
    QVERIFY(window->seedAction()->isEnabled());
    QCOMPARE(window->seedAction()->toolTip(), QStringLiteral("sign in to the control plane first"));
    window->showPageOf(window->deploymentsView());
    QVERIFY2(window->deploymentsView()->statusText().contains(QLatin1String("Sign in")),
             qPrintable(window->deploymentsView()->statusText()));

    window->seedAction()->trigger();
    auto *login = window->findChild<app::LoginDialog *>();
    QVERIFY2(login && login->isVisible(), "seeding without a session opens the login dialog");
    QVERIFY(signIn(*window, QStringLiteral("operator"), QStringLiteral("operator")));
    QTRY_VERIFY_WITH_TIMEOUT(window->findChild<app::SeedDialog *>() != nullptr, 5000);
    QCOMPARE(sessionLabel->text(), QStringLiteral("Signed in as operator (staff)"));
    QVERIFY(window->signOutAction()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(window->deploymentsView()->model()->rowCount() > 0, 10000);

    window->signOutAction()->trigger();
    QCOMPARE(sessionLabel->text(), QStringLiteral("Not signed in"));
    QVERIFY(window->seedAction()->isEnabled());
}

void TestActionPermissions::aViewerCannotSeedOrResetAndIsToldWhy()
{
    auto window = openWindow();
    QVERIFY(signIn(*window, QStringLiteral("viewer"), QStringLiteral("viewer")));
    QCOMPARE(window->statusBar()->findChild<QLabel *>(QStringLiteral("sessionLabel"))->text(),
             QStringLiteral("Signed in as viewer (not staff)"));

    const QString seedReason = QStringLiteral(
        "only staff users can seed demo data or switch demo mode (viewer is not staff)");
    QVERIFY(!window->seedAction()->isEnabled());
    QCOMPARE(window->seedAction()->toolTip(), seedReason);

    app::BreakersView *breakers = window->breakersView();
    window->showPageOf(breakers);
    QTRY_VERIFY_WITH_TIMEOUT(breakers->model()->rowCount() > 0, 10000);
    breakers->table()->selectRow(0);
    const QString resetReason
        = QStringLiteral("only staff users can reset circuit breakers (viewer is not staff)");
    QVERIFY(!breakers->resetButton()->isEnabled());
    QCOMPARE(breakers->resetButton()->toolTip(), resetReason);
    QCOMPARE(label(breakers), resetReason);
    QVERIFY(!window->resetAction()->isEnabled());

    // A viewer may roll back (IsAuthenticated on the server): that stays available.
    app::DeploymentsView *deployments = window->deploymentsView();
    window->showPageOf(deployments);
    QTRY_VERIFY_WITH_TIMEOUT(deployments->model()->rowCount() > 0, 10000);
    QVERIFY(!deployments->rollbackButton()->isEnabled());
    QCOMPARE(label(deployments), QStringLiteral("select a deployment to roll back"));
    deployments->table()->selectRow(0);
    QVERIFY(deployments->rollbackButton()->isEnabled());
    QVERIFY(label(deployments).isEmpty());
}

void TestActionPermissions::readOnlyDisablesEveryAction()
{
    auto window = openWindow(true);
    const auto *readOnly
        = window->statusBar()->findChild<QLabel *>(QStringLiteral("readOnlyLabel"));
    QVERIFY(readOnly && readOnly->isVisible());
    QCOMPARE(readOnly->text(), QStringLiteral("read-only mode (--read-only)"));
    QVERIFY(signIn(*window, QStringLiteral("operator"), QStringLiteral("operator")));

    const QString reason = QStringLiteral("read-only mode (--read-only)");
    app::DeploymentsView *deployments = window->deploymentsView();
    window->showPageOf(deployments);
    QTRY_VERIFY_WITH_TIMEOUT(deployments->model()->rowCount() > 0, 10000);
    deployments->table()->selectRow(0);
    app::BreakersView *breakers = window->breakersView();
    window->showPageOf(breakers);
    QTRY_VERIFY_WITH_TIMEOUT(breakers->model()->rowCount() > 0, 10000);
    breakers->table()->selectRow(0);

    for (QAction *action :
         {window->seedAction(), window->rollbackAction(), window->resetAction()}) {
        QVERIFY2(!action->isEnabled(), qPrintable(action->text()));
        QCOMPARE(action->toolTip(), reason);
    }
    for (QPushButton *button : {deployments->rollbackButton(), breakers->resetButton()}) {
        QVERIFY(!button->isEnabled());
        QCOMPARE(button->toolTip(), reason);
    }
    QCOMPARE(label(deployments), reason);
    QCOMPARE(label(breakers), reason);
    window->seedAction()->trigger();
    deployments->rollBackSelected();
    QVERIFY(!window->findChild<app::SeedDialog *>());
    QVERIFY(!window->findChild<app::RollbackDialog *>());
}

void TestActionPermissions::anOperatorRollsBackFromTheDeploymentsTable()
{
    auto window = openWindow();
    QVERIFY(signIn(*window, QStringLiteral("operator"), QStringLiteral("operator")));
    app::DeploymentsView *view = window->deploymentsView();
    window->showPageOf(view);
    QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() > 0, 10000);
    // The devplane starts with demo mode on (--seed-demo): the list says which rows it shows.
    QTRY_VERIFY2_WITH_TIMEOUT(
        view->statusText().startsWith(QLatin1String("Deployments: "))
            && view->statusText().contains(QStringLiteral(" · demo mode on: demo rows only")),
        qPrintable(view->statusText()), 10000);
    QVERIFY(view->rollbackButton()->isEnabled() == false);

    const auto target = m_kit.rollbackCandidate();
    QVERIFY(target);
    QVERIFY(view->selectKey(target->correlationId));
    QVERIFY(view->rollbackButton()->isEnabled());
    QTest::qWait(200);
    QVERIFY(window->grab().save(QStringLiteral(EUCORA_TEST_ARTIFACTS "/deployments.png")));

    QTest::mouseClick(view->rollbackButton(), Qt::LeftButton);
    auto *dialog = window->findChild<app::RollbackDialog *>();
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("correlationId"))->text(),
             target->correlationId);
    QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("reason")),
                     QStringLiteral("Crash loop on pilot devices after the update (INC-4711)"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("confirmName")),
                     target->appName);
    QVERIFY(dialog->grab().save(QStringLiteral(EUCORA_TEST_ARTIFACTS "/rollback-dialog.png")));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("rollbackButton")),
                      Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->stateText(), QStringLiteral("Rolled back."), 30000);
    dialog->close();

    // The table follows: the row now reads ROLLED_BACK.
    QTRY_COMPARE_WITH_TIMEOUT(
        view->model()->deploymentAt(view->model()->rowOf(target->correlationId))->status,
        QStringLiteral("ROLLED_BACK"), 15000);

    // The audit tab shows every step, newest first, reread as the file grew.
    app::AuditView *audit = window->auditView();
    window->showPageOf(audit);
    QTRY_VERIFY_WITH_TIMEOUT(audit->model()->rowCount() >= 5, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(audit->model()->entryAt(0)->state, QStringLiteral("reconciled"),
                              5000);
    const actions::AuditEntry *newest = audit->model()->entryAt(0);
    QCOMPARE(newest->target, target->correlationId);
    QCOMPARE(newest->user, QStringLiteral("operator"));
    QCOMPARE(newest->program, QStringLiteral("eucora-console"));
    QTest::qWait(200);
    QVERIFY(window->grab().save(QStringLiteral(EUCORA_TEST_ARTIFACTS "/audit.png")));

    window->showPageOf(window->breakersView());
    QTRY_VERIFY_WITH_TIMEOUT(window->breakersView()->model()->rowCount() > 0, 10000);
    QTest::qWait(200);
    QVERIFY(window->grab().save(QStringLiteral(EUCORA_TEST_ARTIFACTS "/breakers.png")));
}

void TestActionPermissions::aServerWithoutRollbackEndpointDisablesRollback()
{
    auto window = openWindow();
    QVERIFY(signIn(*window, QStringLiteral("operator"), QStringLiteral("operator")));
    app::DeploymentsView *view = window->deploymentsView();
    window->showPageOf(view);
    QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() > 0, 10000);
    const auto target = m_kit.rollbackCandidate();
    QVERIFY(target);
    QVERIFY(view->selectKey(target->correlationId));
    // EUCORA as shipped: Django's HTML 404 page for the rollback path.
    QVERIFY(m_kit.addFault({{QStringLiteral("path"), QStringLiteral("rollback")},
                            {QStringLiteral("method"), QStringLiteral("POST")},
                            {QStringLiteral("status"), 404},
                            {QStringLiteral("html"), true}}));
    view->rollBackSelected();
    auto *dialog = window->findChild<app::RollbackDialog *>();
    QVERIFY(dialog);
    QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("reason")),
                     QStringLiteral("Bad build"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("confirmName")),
                     target->appName);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("rollbackButton")),
                      Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->stateText(), QStringLiteral("Refused by the control plane."),
                              10000);
    QCOMPARE(dialog->messageText(), QStringLiteral("this control plane has no rollback endpoint"));
    dialog->close();

    const QString reason = QStringLiteral("this control plane has no rollback endpoint");
    QVERIFY(!view->rollbackButton()->isEnabled());
    QCOMPARE(view->rollbackButton()->toolTip(), reason);
    QCOMPARE(label(view), reason);
    QVERIFY(!window->rollbackAction()->isEnabled());
}

QTEST_MAIN(TestActionPermissions)
#include "tst_actionpermissions.moc"
