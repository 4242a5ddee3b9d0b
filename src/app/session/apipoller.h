// One control-plane read kept fresh for the widgets that show it: registered with the
// RefreshScheduler (interval, pause, back-off after errors), fetched only while someone is signed
// in and one of its widgets is on screen, and fetched again when a widget is shown after a skipped
// refresh. It says how fresh its answer is or why there is none. The fetch itself is the owner's:
// it ends with succeeded() or failed().
#pragma once

#include "controlplane/controlplaneerror.h"
#include "dashboard/panelstatus.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <functional>
#include <vector>

class QWidget;

namespace eucora {
class RefreshScheduler;
}

namespace eucora::app {

class OperatorSession;

class ApiPoller : public QObject
{
    Q_OBJECT

public:
    ApiPoller(OperatorSession *session, RefreshScheduler *scheduler, QString refreshId,
              std::chrono::milliseconds interval, QObject *parent);
    ~ApiPoller() override;

    void setFetch(std::function<void()> fetch) { m_fetch = std::move(fetch); }
    // What the status says before the first answer when nobody is signed in.
    void setSignInText(std::function<QString()> text) { m_signInText = std::move(text); }
    // A widget whose being on screen makes a refresh worth its request.
    void watch(QWidget *widget);

    // Registers with the scheduler: the first fetch follows at once when signed in.
    void start();
    // Inactive: due refreshes are skipped (nothing selected, a final deployment); active again
    // fetches at once.
    void setActive(bool active);
    bool isActive() const { return m_active; }
    // Fetch now, whatever the interval (a Refresh button, after an action, a new selection).
    void refreshNow();

    // The fetch started by this poller has ended.
    void succeeded(const QString &summary);
    void failed(const controlplane::ControlPlaneError &error);

    bool fetching() const { return m_fetching; }
    // A fetch ended, or there is nobody signed in to fetch for: what a headless run waits for.
    bool hasAnswered() const;
    // Why there is no current answer ("not signed in", the server's words); empty when there is.
    QString failure() const;
    // "summary · updated 12:00:03", "Loading…", "Not refreshed: ..." and the like.
    QString statusText() const { return m_status; }
    bool statusIsError() const { return m_statusIsError; }
    QDateTime updatedAt() const { return m_updatedAt; }
    // What a panel's header says of this read at `now`: Live, Stale, Error, Throttled (with the
    // seconds left), Signed out, Final (a deployment that no longer moves), Loading.
    dashboard::PanelStatus panelStatus(const QDateTime &now) const;

signals:
    void statusChanged();
    void refreshed(); // a fetch ended, with or without an answer

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onDue(const QString &id);
    void startFetch();
    void onSessionChanged();
    void setStatus(const QString &text, bool error);
    bool anyWidgetVisible() const;

    OperatorSession *m_session;
    QPointer<RefreshScheduler> m_scheduler; // may go first when the main window is torn down
    QString m_refreshId;
    std::chrono::milliseconds m_interval;
    std::function<void()> m_fetch;
    std::function<QString()> m_signInText;
    std::vector<QPointer<QWidget>> m_widgets;
    QString m_status;
    QString m_lastError;
    QDateTime m_updatedAt;
    bool m_started = false;
    bool m_active = true;
    bool m_fetching = false;
    bool m_refetch = false; // asked for while a fetch ran
    bool m_stale = true; // skipped a fetch while hidden, inactive or signed out
    bool m_statusIsError = false;
    bool m_answered = false;
};

} // namespace eucora::app
