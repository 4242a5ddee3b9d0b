// Resetting one circuit breaker (contract 5.4): the breaker as the operator saw it, one Reset,
// and the breaker as read back afterwards.
#pragma once

#include "controlplane/apimodels.h"
#include "dialogs/actiondialog.h"

#include <QPointer>

#include <memory>

namespace Ui {
class BreakerResetDialog;
}

namespace eucora::actions {
class BreakerResetAction;
}

namespace eucora::app {

class BreakerResetDialog : public ActionDialog
{
    Q_OBJECT

public:
    // `breaker` is the row the operator chose; `action` is not owned.
    BreakerResetDialog(actions::BreakerResetAction *action,
                       const controlplane::BreakerStatus &breaker, QWidget *parent = nullptr);
    ~BreakerResetDialog() override;

    QString resultText() const;

private:
    void reset();
    void showState(actions::ActionState state);
    void showBreaker(const controlplane::BreakerStatus &breaker);

    std::unique_ptr<Ui::BreakerResetDialog> m_ui;
    QPointer<actions::BreakerResetAction> m_action;
    QString m_refusal;
};

} // namespace eucora::app
