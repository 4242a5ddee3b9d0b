#include "dialogs/logindialog.h"

#include "controlplane/controlplaneclient.h"
#include "dialogs/dialoglayout.h"
#include "session/operatorsession.h"
#include "ui_logindialog.h"

#include <QPushButton>

namespace eucora::app {

using controlplane::ControlPlaneError;

LoginDialog::LoginDialog(controlplane::ControlPlaneClient *client, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::LoginDialog>())
    , m_client(client)
{
    m_ui->setupUi(this);
    m_ui->serverUrl->setText(client->baseUrl().toString());
    m_ui->errorLabel->hide();
    m_ui->rememberPassword->hide();
    m_throttleTimer.setInterval(std::chrono::seconds(1));
    connect(&m_throttleTimer, &QTimer::timeout, this, &LoginDialog::updateThrottle);
    connect(m_ui->username, &QLineEdit::textChanged, this, &LoginDialog::updateButton);
    connect(m_ui->password, &QLineEdit::textChanged, this, &LoginDialog::updateButton);
    connect(m_ui->signInButton, &QPushButton::clicked, this, &LoginDialog::signIn);
    updateThrottle(); // a throttle from an earlier request still holds
    updateButton();
}

LoginDialog::~LoginDialog() = default;

void LoginDialog::setUsername(const QString &username)
{
    m_ui->username->setText(username);
    if (!username.isEmpty())
        m_ui->password->setFocus();
}

void LoginDialog::offerToRemember(bool remember)
{
    m_ui->rememberPassword->setChecked(remember);
    m_ui->rememberPassword->show();
}

LoginDialog *LoginDialog::forSession(OperatorSession *session, QWidget *parent)
{
    auto *dialog = new LoginDialog(session->client(), parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setUsername(session->defaultUsername());
    if (session->canRememberPassword())
        dialog->offerToRemember(session->rememberPasswordByDefault());
    connect(dialog, &QDialog::accepted, session, [session, dialog] {
        session->setSignedInByOperator(*dialog->user(), dialog->rememberedPassword());
    });
    return dialog;
}

QString LoginDialog::errorText() const
{
    return m_ui->errorLabel->isHidden() ? QString() : m_ui->errorLabel->text();
}

void LoginDialog::updateButton()
{
    const bool throttled = m_throttleTimer.isActive();
    m_ui->signInButton->setEnabled(!m_busy && !throttled && !m_ui->username->text().isEmpty()
                                   && !m_ui->password->text().isEmpty());
    m_ui->signInButton->setText(m_busy ? tr("Signing in…") : tr("Sign in"));
    m_ui->username->setEnabled(!m_busy);
    m_ui->password->setEnabled(!m_busy);
    m_ui->rememberPassword->setEnabled(!m_busy);
}

void LoginDialog::signIn()
{
    if (m_busy || !m_ui->signInButton->isEnabled())
        return;
    m_busy = true;
    m_ui->errorLabel->hide();
    updateButton();
    m_client->login(m_ui->username->text(), m_ui->password->text(), this,
                    [this](const controlplane::ApiResult<controlplane::User> &result) {
                        m_busy = false;
                        if (result.ok()) {
                            m_user = result.value();
                            if (m_ui->rememberPassword->isVisible()
                                && m_ui->rememberPassword->isChecked())
                                m_rememberedPassword = m_ui->password->text();
                            m_ui->password->clear();
                            accept();
                            return;
                        }
                        showFailure(result.error());
                        updateButton();
                    });
}

void LoginDialog::showFailure(const ControlPlaneError &error)
{
    if (error.is(ControlPlaneError::Meaning::Throttled)) {
        updateThrottle();
        if (m_throttleTimer.isActive())
            return;
    }
    QString text;
    if (error.httpStatus == 0 && error.kind != ApiError::Kind::Decode)
        text = tr("The control plane at %1 cannot be reached: %2")
                   .arg(m_client->baseUrl().toString(), error.message);
    else if (!error.message.isEmpty())
        text = error.message; // the server's own words: "Invalid email or password"
    else
        text = error.summary();
    m_ui->errorLabel->setText(text);
    m_ui->errorLabel->show();
    growToFitContents(this);
}

void LoginDialog::updateThrottle()
{
    const QDateTime until = m_client->throttledUntil();
    const qint64 msecs = until.isValid() ? QDateTime::currentDateTimeUtc().msecsTo(until) : 0;
    const qint64 seconds = (msecs + 999) / 1000; // "in 1 s" until it is over, never "in 0 s"
    if (msecs <= 0) {
        if (m_throttleTimer.isActive()) {
            m_throttleTimer.stop();
            m_ui->errorLabel->hide();
        }
        updateButton();
        return;
    }
    m_ui->errorLabel->setText(
        tr("The control plane throttled this client: try again in %1 s").arg(seconds));
    m_ui->errorLabel->show();
    growToFitContents(this);
    if (!m_throttleTimer.isActive())
        m_throttleTimer.start();
    updateButton();
}

void LoginDialog::signInThen(OperatorSession *session, QWidget *parent, std::function<void()> then)
{
    if (session->user()) {
        then();
        return;
    }
    LoginDialog *dialog = forSession(session, parent);
    connect(dialog, &QDialog::accepted, session, [then = std::move(then)] { then(); });
    dialog->open();
}

} // namespace eucora::app
