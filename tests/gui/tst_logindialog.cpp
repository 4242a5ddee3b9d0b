// The login dialog against the real devplane: Sign in waits for both fields, a wrong password
// shows the server's own message, an unreachable server says so, and success gives the user.
#include "actiontestkit.h"
#include "dialogs/logindialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>

using namespace eucora;
using namespace eucora::testing;

namespace {

void typeCredentials(app::LoginDialog &dialog, const QString &user, const QString &password)
{
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("username")), user);
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("password")), password);
}

QPushButton *signInButton(const app::LoginDialog &dialog)
{
    return dialog.findChild<QPushButton *>(QStringLiteral("signInButton"));
}

} // namespace

class TestLoginDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void signInNeedsBothFields();
    void aWrongPasswordShowsTheServersMessage();
    void successGivesTheUser();
    void anUnreachableServerIsNamed();
    void throttlingShowsACountdown();

private:
    ActionTestKit m_kit;
};

void TestLoginDialog::initTestCase()
{
    QString error;
    QVERIFY2(m_kit.start(&error), qPrintable(error));
}

void TestLoginDialog::signInNeedsBothFields()
{
    app::LoginDialog dialog(m_kit.client());
    dialog.show();
    auto *button = signInButton(dialog);
    auto *user = dialog.findChild<QLineEdit *>(QStringLiteral("username"));
    auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("password"));
    QVERIFY(button && user && password);
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("serverUrl"))->text(),
             m_kit.url().toString());
    QVERIFY(!button->isEnabled());
    QTest::keyClicks(user, QStringLiteral("operator"));
    QVERIFY(!button->isEnabled());
    QTest::keyClicks(password, QStringLiteral("x"));
    QVERIFY(button->isEnabled());
    user->clear();
    QVERIFY(!button->isEnabled());
}

void TestLoginDialog::aWrongPasswordShowsTheServersMessage()
{
    app::LoginDialog dialog(m_kit.client());
    dialog.show();
    typeCredentials(dialog, QStringLiteral("operator"), QStringLiteral("wrong"));
    auto *button = signInButton(dialog);
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY2(!button->isEnabled(), "no second login while the first is on its way");
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.errorText().isEmpty(), 10000);
    QCOMPARE(dialog.errorText(), QStringLiteral("Invalid email or password"));
    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.user());
    QVERIFY(button->isEnabled()); // the operator may correct the password
}

void TestLoginDialog::successGivesTheUser()
{
    app::LoginDialog dialog(m_kit.client());
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.show();
    typeCredentials(dialog, QStringLiteral("viewer"), QStringLiteral("viewer"));
    QTest::keyClick(dialog.findChild<QLineEdit *>(QStringLiteral("password")), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(accepted.count(), 1, 10000);
    QVERIFY(dialog.user());
    QCOMPARE(dialog.user()->username, QStringLiteral("viewer"));
    QVERIFY(!dialog.user()->staff);
    QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("password"))->text().isEmpty());
}

void TestLoginDialog::anUnreachableServerIsNamed()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const QUrl url(QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort()));
    closed.close(); // nothing listens there now: connection refused
    QNetworkAccessManager network;
    controlplane::ControlPlaneClient client(&network, url);
    app::LoginDialog dialog(&client);
    dialog.show();
    typeCredentials(dialog, QStringLiteral("operator"), QStringLiteral("operator"));
    QTest::mouseClick(signInButton(dialog), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.errorText().isEmpty(), 10000);
    QVERIFY2(dialog.errorText().contains(QLatin1String("cannot be reached")),
             qPrintable(dialog.errorText()));
    QVERIFY(dialog.errorText().contains(url.toString()));
    QVERIFY(dialog.errorText().contains(QLatin1String("refused"), Qt::CaseInsensitive));
}

void TestLoginDialog::throttlingShowsACountdown()
{
    QVERIFY(m_kit.addFault({{QStringLiteral("path"), QStringLiteral("auth/login")},
                            {QStringLiteral("method"), QStringLiteral("POST")},
                            {QStringLiteral("status"), 429},
                            {QStringLiteral("retry_after"), 3}}));
    QNetworkAccessManager network;
    controlplane::ControlPlaneClient client(&network, m_kit.url()); // throttled on its own
    app::LoginDialog dialog(&client);
    dialog.show();
    typeCredentials(dialog, QStringLiteral("operator"), QStringLiteral("operator"));
    auto *button = signInButton(dialog);
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.errorText().contains(QLatin1String("try again in")), 10000);
    QVERIFY2(dialog.errorText().contains(QLatin1String(" 3 s"))
                 || dialog.errorText().contains(QLatin1String(" 2 s")),
             qPrintable(dialog.errorText()));
    QVERIFY2(!button->isEnabled(), "no sign-in while the server asks to wait");
    QTRY_VERIFY_WITH_TIMEOUT(dialog.errorText().contains(QLatin1String("in 1 s")), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 5000);
    QVERIFY(dialog.errorText().isEmpty());

    QTest::mouseClick(button, Qt::LeftButton); // the fault is spent: this one goes through
    QTRY_VERIFY_WITH_TIMEOUT(dialog.user().has_value(), 10000);
}

QTEST_MAIN(TestLoginDialog)
#include "tst_logindialog.moc"
