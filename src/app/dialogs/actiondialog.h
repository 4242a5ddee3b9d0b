// What every operator-action dialog shows the same way: the line naming the action's state, the
// action's message with any audit-log failure under it, and the task's progress. A dialog words
// only the states that depend on its own action.
#pragma once

#include "actions/actionstate.h"

#include <QDialog>

class QLabel;
class QProgressBar;

namespace eucora::actions {
class OperatorAction;
}

namespace eucora::app {

class ActionDialog : public QDialog
{
    Q_OBJECT

public:
    QString stateText() const;
    QString messageText() const;

protected:
    // The titles of the states whose wording depends on the dialog's action.
    struct OwnTitles
    {
        QString accepted;
        QString unknown;
        QString reconciled;
    };
    // Widgets of the dialog's form (owned by the dialog) that the shared parts are shown in.
    struct StatusWidgets
    {
        QLabel *state = nullptr;
        QLabel *message = nullptr;
        QWidget *outcome = nullptr;
        QProgressBar *progress = nullptr; // none for an action without a task to follow
    };

    explicit ActionDialog(QWidget *parent);

    // Called once after setupUi().
    void setStatusWidgets(const StatusWidgets &widgets);
    // The state's title, or why the action refused the last click; the action's message; the
    // outcome box once there is something to say.
    void showStatus(const actions::OperatorAction &action, actions::ActionState state,
                    const OwnTitles &own, const QString &refusal);
    void showProgress(const QString &phase, int done, int total);
    // The progress bar full or empty, saying whether the task got to its end.
    void showEnded(bool succeeded);

private:
    StatusWidgets m_status;
};

} // namespace eucora::app
