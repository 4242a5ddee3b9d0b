// The deployment events of the dashboard's window, newest first (contract 7 and 11.9: at most the
// newest 100 per request, so the view says when the window may hold more).
#pragma once

#include "views/polledtableview.h"

#include <QDateTime>

namespace eucora::models {
class EventsModel;
}

namespace eucora::app {

class EventsView : public PolledTableView
{
    Q_OBJECT

public:
    EventsView(OperatorSession *session, RefreshScheduler *scheduler,
               std::chrono::milliseconds interval, QWidget *parent = nullptr);

    models::EventsModel *model() const { return m_model; }
    // The window the events are read for; a new one is fetched at once.
    void setWindow(const QDateTime &from, const QDateTime &to);
    // Type, application, ring, actor (empty: any) and text.
    void setFilters(const QString &type, const QString &app, const QString &ring,
                    const QString &actor, const QString &text);

signals:
    // A row was clicked: open its deployment.
    void openRequested(const QString &correlationId);

protected:
    void fetch() override;
    QString signInText() const override;

private:
    models::EventsModel *m_model;
    QDateTime m_from;
    QDateTime m_to;
};

} // namespace eucora::app
