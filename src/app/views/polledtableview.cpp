#include "views/polledtableview.h"

#include "controlplane/controlplaneclient.h"
#include "models/modelroles.h"
#include "session/actiongate.h"
#include "session/apipoller.h"
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
    , m_poller(new ApiPoller(session, scheduler, std::move(refreshId), interval, this))
    , m_model(model)
    , m_proxy(new TonedSortModel(this))
    , m_table(new QTableView(this))
    , m_status(new QLabel(this))
    , m_topRow(new QHBoxLayout)
    , m_layout(new QVBoxLayout(this))
{
    model->setParent(this);
    m_proxy->setSourceModel(model);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the server's order until a header is clicked
    setUpReadOnlyTable(m_table);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    QVBoxLayout *layout = m_layout;
    m_topRow->addWidget(m_status, 1);
    auto *refresh = new QPushButton(tr("Refresh"), this);
    refresh->setObjectName(QStringLiteral("refreshButton"));
    connect(refresh, &QPushButton::clicked, this, &PolledTableView::refreshNow);
    m_topRow->addWidget(refresh);
    layout->addLayout(m_topRow);
    layout->addWidget(m_table);

    m_poller->setFetch([this] { fetch(); });
    m_poller->setSignInText([this] { return signInText(); });
    m_poller->watch(this);
    connect(m_poller, &ApiPoller::statusChanged, this, &PolledTableView::showStatus);
    connect(m_poller, &ApiPoller::refreshed, this, &PolledTableView::refreshed);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PolledTableView::selectionChanged);
    connect(model, &QAbstractItemModel::modelReset, this, &PolledTableView::selectionChanged);
}

PolledTableView::~PolledTableView() = default;

QString PolledTableView::statusText() const
{
    return m_status->text();
}

void PolledTableView::start()
{
    m_poller->start();
}

void PolledTableView::refreshNow()
{
    m_poller->refreshNow();
}

bool PolledTableView::fetching() const
{
    return m_poller->fetching();
}

bool PolledTableView::hasAnswered() const
{
    return m_poller->hasAnswered();
}

QString PolledTableView::failure() const
{
    return m_poller->failure();
}

void PolledTableView::fetchSucceeded(const QString &summary)
{
    m_poller->succeeded(summary);
}

void PolledTableView::fetchFailed(const ControlPlaneError &error)
{
    m_poller->failed(error);
}

void PolledTableView::addRowAboveTable(QLayout *row)
{
    m_layout->insertLayout(m_layout->indexOf(m_table), row);
}

void PolledTableView::showStatus()
{
    m_status->setText(m_poller->statusText());
    m_status->setStyleSheet(m_poller->statusIsError() ? QStringLiteral("color: #a11d14;")
                                                      : QString());
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

} // namespace eucora::app
