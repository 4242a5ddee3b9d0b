// Keeps the buttons and menu entries of one kind of operator action enabled exactly when
// actions::availability() allows it, with the reason as tooltip and, where there is room, as a
// visible label. Not being signed in does not disable anything: the click opens the login
// dialog first and then goes on, so the operator never hunts for a sign-in entry.
#pragma once

#include "actions/actionpermissions.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class QAbstractButton;
class QAction;
class QLabel;
class QWidget;

namespace eucora::app {

class OperatorSession;

class ActionGate : public QObject
{
    Q_OBJECT

public:
    ActionGate(OperatorSession *session, actions::ActionKind kind, QObject *parent = nullptr);

    void attach(QAction *action);
    void attach(QAbstractButton *button, QLabel *reasonLabel = nullptr);
    // A condition of the view (a row is selected): returns why it is not met, empty when met.
    void setPrecondition(std::function<QString()> unmet);

    // Re-reads availability and the precondition and updates every attached control.
    void refresh();
    bool clickable() const;
    // Why the action cannot run right now; empty when it can.
    QString reason() const;

    // Runs `then` when the action is available, after signing in when that is all it takes.
    void run(QWidget *parent, std::function<void()> then);

private:
    OperatorSession *m_session;
    actions::ActionKind m_kind;
    std::function<QString()> m_precondition;
    QList<QPointer<QAction>> m_actions;
    QList<QPointer<QAbstractButton>> m_buttons;
    QList<QPointer<QLabel>> m_labels;
};

} // namespace eucora::app
