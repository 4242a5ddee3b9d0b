#include "views/eventsview.h"

#include "controlplane/controlplaneclient.h"
#include "models/eventsmodel.h"
#include "models/modelroles.h"
#include "session/operatorsession.h"

#include <QHeaderView>
#include <QTableView>

namespace eucora::app {

EventsView::EventsView(OperatorSession *session, RefreshScheduler *scheduler,
                       std::chrono::milliseconds interval, QWidget *parent)
    : PolledTableView(session, scheduler, QStringLiteral("controlplane/events"), interval,
                      new models::EventsModel, parent)
    , m_model(static_cast<models::EventsModel *>(sourceModel()))
{
    QHeaderView *header = table()->horizontalHeader();
    header->resizeSection(models::EventsModel::Time, 170);
    header->resizeSection(models::EventsModel::Type, 180);
    header->resizeSection(models::EventsModel::Deployment, 280);
    header->resizeSection(models::EventsModel::Actor, 110);
    header->resizeSection(models::EventsModel::App, 160);
    header->resizeSection(models::EventsModel::Ring, 100);
    table()->sortByColumn(models::EventsModel::Time, Qt::DescendingOrder);
    QStringList types;
    for (int t = 0; t <= int(controlplane::EventType::RollbackCompleted); ++t)
        types << controlplane::toString(controlplane::EventType(t));
    using M = models::EventsModel;
    addFilterRow(
        {{M::Type, QStringLiteral("typeFilter"), tr("Any event"), types},
         {M::App, QStringLiteral("appFilter"), tr("Any application"), {}},
         {M::Ring, QStringLiteral("ringFilter"), tr("Any ring"), controlplane::allRingNames()},
         {M::Actor, QStringLiteral("actorFilter"), tr("Any actor"), {}}});
    table()->setToolTip(tr("Click an event to open its deployment"));
    // Applications named from the deployments list arrive between refreshes.
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                if (topLeft.column() <= models::EventsModel::App
                    && bottomRight.column() >= models::EventsModel::App)
                    updateFilterChoices();
            });
    connect(table(), &QTableView::clicked, this, [this](const QModelIndex &index) {
        const QString id = index.data(models::KeyRole).toString();
        if (!id.isEmpty())
            emit openRequested(id);
    });
}

void EventsView::setFilters(const QString &type, const QString &app, const QString &ring,
                            const QString &actor, const QString &text)
{
    PolledTableView::setFilters({type, app, ring, actor}, text);
}

void EventsView::setWindow(const QDateTime &from, const QDateTime &to)
{
    // A relative window moves every second; only a change worth a request refetches.
    const bool moved
        = std::abs(from.msecsTo(m_from)) > 60'000 || std::abs(to.msecsTo(m_to)) > 60'000;
    m_from = from;
    m_to = to;
    if (moved)
        refreshNow();
}

QString EventsView::signInText() const
{
    return tr("Sign in to the control plane to see its deployment events.");
}

void EventsView::fetch()
{
    m_session->client()->events(
        {}, m_from, m_to, 0, this,
        [this](const controlplane::ApiResult<controlplane::EventPage> &result) {
            if (!result.ok())
                return fetchFailed(result.error());
            const int count = int(result.value().events.size());
            const bool capped = result.value().capped;
            keepSelection([this, &result] { m_model->setEvents(result.value().events); });
            updateFilterChoices();
            fetchSucceeded(capped
                               ? tr("Events: the newest %1 (the window may hold more)").arg(count)
                               : tr("Events: %1").arg(count));
        });
}

} // namespace eucora::app
