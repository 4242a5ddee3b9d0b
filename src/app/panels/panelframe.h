// One panel on a dashboard: its title (variables put in), the description as a tooltip, the
// state of its data (loading, live, stale with age, degraded, error in the server's words, and
// Prometheus' warnings), findings of a dashboard check, and the renderer that draws the data.
// The last good data stays on screen when a refresh fails.
#pragma once

#include "panels/panelrenderer.h"

#include <QFrame>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <functional>

class QLabel;
class QToolButton;

namespace eucora::dashboard {
class PanelFeed;
}

namespace eucora::app {

class PanelFrame : public QFrame
{
    Q_OBJECT

public:
    using ContextSource = std::function<PanelContext()>;

    // `feed` may be null: panels that read the control plane or nothing at all.
    PanelFrame(PanelRenderer *renderer, dashboard::PanelFeed *feed, ContextSource context,
               QWidget *parent = nullptr);

    PanelRenderer *renderer() const { return m_renderer; }
    dashboard::PanelFeed *feed() const { return m_feed; }
    const dashboard::Panel &panel() const { return m_renderer->panel(); }

    // On screen or not: a panel off screen does not poll.
    void setActive(bool active);
    bool isActive() const { return m_active; }

    void setTitle(const QString &title);
    // What a dashboard check found about this panel, shown as a warning badge.
    void setFindings(const QStringList &findings);
    const QStringList &findings() const { return m_findings; }
    // What the server behind the panel cannot answer (a panel over ALERTS on a server without a
    // rules API): `headline` above the content, the whole `note` in its tooltip and the export;
    // empty: nothing.
    void setEngineNote(const QString &headline, const QString &note);
    const QString &engineNote() const { return m_engineNote; }

    // "Loading", "Live", "Stale", "Error", "Degraded", or empty for a panel without a feed.
    QString stateName() const;
    QString errorText() const; // the server's words, empty when none
    // Answered at least once and drawn: what --screenshot waits for.
    bool settled() const;

    // Shows the feed's data again (a new window, variables, theme).
    void refreshView();

signals:
    void settledChanged();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateStatus();

    PanelRenderer *m_renderer; // a child
    QPointer<dashboard::PanelFeed> m_feed;
    ContextSource m_context;
    QLabel *m_title;
    QLabel *m_badge;
    QLabel *m_detail;
    QToolButton *m_info;
    QToolButton *m_findingsButton;
    QLabel *m_banner;
    QTimer m_ageTimer;
    QStringList m_findings;
    QString m_engineHeadline;
    QString m_engineNote;
    bool m_active = false;
};

} // namespace eucora::app
