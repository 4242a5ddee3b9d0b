#include "views/polledtableview.h"

#include "controlplane/controlplaneclient.h"
#include "dashboard/panelstatus.h"
#include "models/modelroles.h"
#include "refresh/refreshscheduler.h"
#include "session/actiongate.h"
#include "session/operatorsession.h"
#include "views/tonedsortmodel.h"

#include <QAbstractTableModel>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace eucora::app {

using controlplane::ControlPlaneError;

PolledTableView::PolledTableView(OperatorSession *session, RefreshScheduler *scheduler,
                                 QString refreshId, std::chrono::milliseconds interval,
                                 QAbstractTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_scheduler(scheduler)
    , m_refreshId(std::move(refreshId))
    , m_interval(interval)
    , m_model(model)
    , m_proxy(new TonedSortModel(this))
    , m_table(new QTableView(this))
    , m_status(new QLabel(this))
    , m_topRow(new QHBoxLayout)
{
    model->setParent(this);
    m_proxy->setSourceModel(model);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the server's order until a header is clicked
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    m_topRow->addWidget(m_status, 1);
    auto *refresh = new QPushButton(tr("Refresh"), this);
    refresh->setObjectName(QStringLiteral("refreshButton"));
    connect(refresh, &QPushButton::clicked, this, &PolledTableView::refreshNow);
    m_topRow->addWidget(refresh);
    layout->addLayout(m_topRow);
    layout->addWidget(m_table);

    connect(m_scheduler, &RefreshScheduler::due, this, &PolledTableView::onDue);
    connect(m_session, &OperatorSession::changed, this, &PolledTableView::onSessionChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PolledTableView::selectionChanged);
    connect(model, &QAbstractItemModel::modelReset, this, &PolledTableView::selectionChanged);
}

PolledTableView::~PolledTableView()
{
    if (m_started && m_scheduler)
        m_scheduler->remove(m_refreshId);
}

QString PolledTableView::statusText() const
{
    return m_status->text();
}

void PolledTableView::start()
{
    if (m_started)
        return;
    m_started = true;
    m_scheduler->add(m_refreshId, m_interval);
    onSessionChanged();
}

bool PolledTableView::hasAnswered() const
{
    const auto phase = m_session->phase();
    return m_answered || phase == OperatorSession::Phase::SignedOut
        || phase == OperatorSession::Phase::Expired;
}

QString PolledTableView::failure() const
{
    if (!m_session->user())
        return tr("not signed in");
    return m_statusIsError ? m_status->text() : QString();
}

void PolledTableView::onSessionChanged()
{
    if (!m_session->user()) {
        switch (m_session->phase()) {
        case OperatorSession::Phase::Checking:
            setStatus(tr("Checking the session…"), false);
            break;
        case OperatorSession::Phase::Expired:
            setStatus(tr("The session has expired: sign in again to see current rows."), true);
            break;
        default:
            setStatus(signInText(), false);
            break;
        }
        m_stale = true;
        return;
    }
    refreshNow(); // signed in (again): the rows may differ for this user
}

void PolledTableView::refreshNow()
{
    if (m_fetching) {
        m_refetch = true;
        return;
    }
    startFetch();
}

void PolledTableView::onDue(const QString &id)
{
    if (id != m_refreshId || m_fetching)
        return; // a fetch is running: its end reports to the scheduler
    if (!m_session->user() || !isVisible()) {
        m_stale = true; // nothing spent on a table nobody sees; shown again -> fetched
        m_scheduler->reportSuccess(m_refreshId);
        return;
    }
    startFetch();
}

void PolledTableView::startFetch()
{
    if (!m_session->user()) {
        setStatus(signInText(), false);
        m_stale = true;
        return;
    }
    m_fetching = true;
    m_stale = false;
    if (m_status->text().isEmpty() || m_statusIsError)
        setStatus(tr("Loading…"), false);
    fetch();
}

void PolledTableView::fetchSucceeded(const QString &summary)
{
    m_answered = true;
    m_fetching = false;
    m_scheduler->reportSuccess(m_refreshId);
    setStatus(tr("%1 · updated %2")
                  .arg(summary, dashboard::formatLocalTime(QDateTime::currentDateTimeUtc())),
              false);
    emit refreshed();
    if (std::exchange(m_refetch, false))
        startFetch();
}

void PolledTableView::fetchFailed(const ControlPlaneError &error)
{
    m_answered = true;
    m_fetching = false;
    m_scheduler->reportFailure(m_refreshId);
    if (error.is(ControlPlaneError::Meaning::NotAuthenticated))
        m_session->markExpired(); // the status line follows the session
    else
        setStatus(tr("Not refreshed: %1").arg(error.summary()), true);
    emit refreshed();
    if (std::exchange(m_refetch, false) && m_session->user())
        startFetch();
}

void PolledTableView::setStatus(const QString &text, bool error)
{
    m_statusIsError = error;
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #a11d14;") : QString());
}

QString PolledTableView::selectedKey() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(models::KeyRole).toString();
}

bool PolledTableView::selectKey(const QString &key)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(models::KeyRole).toString() == key) {
            m_table->selectRow(row);
            return true;
        }
    }
    return false;
}

void PolledTableView::keepSelection(const std::function<void()> &apply)
{
    const QString selected = selectedKey();
    apply();
    if (!selected.isEmpty() && selectedKey() != selected)
        selectKey(selected);
}

QPushButton *PolledTableView::addGatedButton(const QString &text, ActionGate *gate)
{
    auto *reason = new QLabel(this);
    reason->setStyleSheet(QStringLiteral("color: #5f6368;"));
    reason->setObjectName(QStringLiteral("actionReason"));
    auto *button = new QPushButton(text, this);
    m_topRow->insertWidget(m_topRow->count() - 1, reason);
    m_topRow->insertWidget(m_topRow->count() - 1, button);
    gate->attach(button, reason);
    return button;
}

void PolledTableView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_started && m_stale && m_session->user())
        refreshNow();
}

} // namespace eucora::app
