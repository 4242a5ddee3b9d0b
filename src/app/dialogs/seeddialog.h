// Seeding demo data (contract 4.2, 11.10): the counts, whether existing demo data is cleared,
// the synchronous answer or the followed task with its progress and a Cancel, and afterwards
// the offer to switch demo mode on when the new rows would stay hidden.
#pragma once

#include "controlplane/apimodels.h"
#include "dialogs/actiondialog.h"

#include <QPointer>

#include <memory>

namespace Ui {
class SeedDialog;
}

namespace eucora::actions {
class SeedAction;
}

namespace eucora::app {

class SeedDialog : public ActionDialog
{
    Q_OBJECT

public:
    // `action` is not owned: a queued seed goes on when the dialog is closed.
    explicit SeedDialog(actions::SeedAction *action, QWidget *parent = nullptr);
    ~SeedDialog() override;

    controlplane::SeedRequest request() const;
    QString countsText() const;

private:
    void updateHints();
    void updateButtons();
    void seed();
    void cancelTask();
    void enableDemoMode();
    void showState(actions::ActionState state);
    void offerDemoMode();
    void showDemoMode(bool enabled);

    std::unique_ptr<Ui::SeedDialog> m_ui;
    QPointer<actions::SeedAction> m_action;
    QString m_refusal;
    bool m_cancelRequested = false;
};

// "100 assets, 20 applications, ..." for the kinds the server reported.
QString describeDemoCounts(const controlplane::DemoCounts &counts);

} // namespace eucora::app
