#include "session/actiongate.h"

#include "dialogs/logindialog.h"
#include "session/operatorsession.h"

#include <QAbstractButton>
#include <QAction>
#include <QLabel>
#include <QMessageBox>

namespace eucora::app {

ActionGate::ActionGate(OperatorSession *session, actions::ActionKind kind, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_kind(kind)
{
    connect(session, &OperatorSession::changed, this, &ActionGate::refresh);
    connect(session, &OperatorSession::availabilityChanged, this, &ActionGate::refresh);
}

void ActionGate::attach(QAction *action)
{
    m_actions << action;
    refresh();
}

void ActionGate::attach(QAbstractButton *button, QLabel *reasonLabel)
{
    m_buttons << button;
    if (reasonLabel)
        m_labels << reasonLabel;
    refresh();
}

void ActionGate::setPrecondition(std::function<QString()> unmet)
{
    m_precondition = std::move(unmet);
    refresh();
}

QString ActionGate::reason() const
{
    const actions::Availability availability = m_session->availability(m_kind);
    if (!availability.allowed)
        return availability.reason;
    return m_precondition ? m_precondition() : QString();
}

bool ActionGate::clickable() const
{
    const QString unmet = m_precondition ? m_precondition() : QString();
    if (!unmet.isEmpty())
        return false;
    return m_session->availability(m_kind).allowed || m_session->signInWouldAllow(m_kind);
}

void ActionGate::refresh()
{
    const bool enabled = clickable();
    const QString why = reason();
    for (const QPointer<QAction> &action : std::as_const(m_actions)) {
        if (!action)
            continue;
        action->setEnabled(enabled);
        action->setToolTip(why.isEmpty() ? action->text().remove(QLatin1Char('&')) : why);
    }
    for (const QPointer<QAbstractButton> &button : std::as_const(m_buttons)) {
        if (!button)
            continue;
        button->setEnabled(enabled);
        button->setToolTip(why);
    }
    for (const QPointer<QLabel> &label : std::as_const(m_labels)) {
        if (!label)
            continue;
        label->setText(why);
        label->setVisible(!why.isEmpty());
    }
}

void ActionGate::run(QWidget *parent, std::function<void()> then)
{
    if (!clickable())
        return;
    if (m_session->availability(m_kind).allowed) {
        then();
        return;
    }
    LoginDialog::signInThen(m_session, parent, [this, parent, then = std::move(then)] {
        const actions::Availability availability = m_session->availability(m_kind);
        if (availability.allowed) {
            then();
            return;
        }
        auto *box = new QMessageBox(QMessageBox::Information, tr("Action not available"),
                                    availability.reason, QMessageBox::Ok, parent);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
}

} // namespace eucora::app
