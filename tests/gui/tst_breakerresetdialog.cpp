// The breaker reset dialog against the real devplane: a breaker forced open is reset with one
// POST and read back closed; a user without staff rights sees the server's refusal.
#include "actions/breakerresetaction.h"
#include "actiontestkit.h"
#include "dialogs/breakerresetdialog.h"

#include <QLabel>
#include <QPushButton>

using namespace eucora;
using namespace eucora::testing;

class TestBreakerResetDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aBreakerForcedOpenIsResetAndReadBackClosed();
    void theServersRefusalIsShown();

private:
    std::optional<controlplane::BreakerStatus> breaker(controlplane::ControlPlaneClient *client,
                                                       const QString &service);

    ActionTestKit m_kit;
};

void TestBreakerResetDialog::initTestCase()
{
    QString error;
    QVERIFY2(m_kit.start(&error), qPrintable(error));
    QVERIFY(m_kit.signIn(QStringLiteral("operator"), QStringLiteral("operator")));
}

std::optional<controlplane::BreakerStatus>
TestBreakerResetDialog::breaker(controlplane::ControlPlaneClient *client, const QString &service)
{
    std::optional<Result<std::vector<controlplane::BreakerStatus>>> answer;
    client->breakers(this, [&answer](const auto &r) { answer = r; });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 10000) || !answer->ok())
        return std::nullopt;
    for (const auto &b : answer->value()) {
        if (b.service == service)
            return b;
    }
    return std::nullopt;
}

void TestBreakerResetDialog::aBreakerForcedOpenIsResetAndReadBackClosed()
{
    QCOMPARE(m_kit.control()
                 .post(QStringLiteral("/_devplane/breakers/jamf/force"),
                       {{QStringLiteral("state"), QStringLiteral("open")}})
                 .status,
             200);
    const auto before = breaker(m_kit.client(), QStringLiteral("jamf"));
    QVERIFY(before);
    QCOMPARE(before->state, QStringLiteral("open"));

    actions::BreakerResetAction action(m_kit.context(QStringLiteral("operator")),
                                       QStringLiteral("jamf"));
    app::BreakerResetDialog dialog(&action, *before);
    dialog.show();
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("service"))->text(), QStringLiteral("jamf"));
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("state"))->text(), QStringLiteral("open"));
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("failures"))->text(),
             QStringLiteral("%1 of %2").arg(before->failCounter).arg(before->failMax));
    QVERIFY(dialog.resultText().isEmpty());

    auto *reset = dialog.findChild<QPushButton *>(QStringLiteral("resetButton"));
    QTest::mouseClick(reset, Qt::LeftButton);
    QTest::mouseClick(reset, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog.stateText(), QStringLiteral("Reset."), 10000);
    QVERIFY2(dialog.resultText().startsWith(QLatin1String("Now: closed, 0 of ")),
             qPrintable(dialog.resultText()));
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("state"))->text(), QStringLiteral("closed"));
    QCOMPARE(
        m_kit.requestCount(QStringLiteral("POST /api/v1/admin/health/circuit-breakers/jamf/reset")),
        1);
    QVERIFY(!reset->isEnabled());
    QCOMPARE(breaker(m_kit.client(), QStringLiteral("jamf"))->state, QStringLiteral("closed"));
}

void TestBreakerResetDialog::theServersRefusalIsShown()
{
    QNetworkAccessManager network;
    controlplane::ControlPlaneClient viewer(&network, m_kit.url());
    std::optional<Result<controlplane::User>> login;
    viewer.login(QStringLiteral("viewer"), QStringLiteral("viewer"), this,
                 [&login](const auto &r) { login = r; });
    QTRY_VERIFY_WITH_TIMEOUT(login.has_value(), 10000);
    QVERIFY(login->ok());

    actions::ActionContext context = m_kit.context(QStringLiteral("viewer"));
    context.client = &viewer;
    actions::BreakerResetAction action(context, QStringLiteral("sccm"));
    const auto sccm = breaker(&viewer, QStringLiteral("sccm"));
    QVERIFY(sccm);
    app::BreakerResetDialog dialog(&action, *sccm);
    dialog.show();
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("resetButton")),
                      Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog.stateText(), QStringLiteral("Refused by the control plane."),
                              10000);
    QVERIFY2(dialog.messageText().contains(QLatin1String("permission")),
             qPrintable(dialog.messageText()));
    QCOMPARE(action.httpStatus(), 403);
}

QTEST_MAIN(TestBreakerResetDialog)
#include "tst_breakerresetdialog.moc"
