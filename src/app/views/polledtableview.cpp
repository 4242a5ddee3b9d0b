#include "views/polledtableview.h"

#include "controlplane/controlplaneclient.h"
#include "models/modelroles.h"
#include "session/actiongate.h"
#include "session/apipoller.h"
#include "session/operatorsession.h"
#include "views/tonedsortmodel.h"

#include <QAbstractTableModel>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
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

void PolledTableView::addFilterRow(std::vector<Filter> filters)
{
    auto *row = new QHBoxLayout;
    for (Filter &filter : filters) {
        auto *box = new QComboBox(this);
        box->setObjectName(filter.name);
        box->addItem(filter.any, QString());
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        row->addWidget(box);
        connect(box, &QComboBox::currentIndexChanged, this, &PolledTableView::applyFilters);
        m_filters.emplace_back(std::move(filter), box);
    }
    m_textFilter = new QLineEdit(this);
    m_textFilter->setObjectName(QStringLiteral("textFilter"));
    m_textFilter->setPlaceholderText(tr("Filter by text…"));
    m_textFilter->setClearButtonEnabled(true);
    row->addWidget(m_textFilter, 1);
    m_filterSummary = new QLabel(this);
    m_filterSummary->setObjectName(QStringLiteral("filterSummary"));
    m_filterSummary->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    row->addWidget(m_filterSummary);
    connect(m_textFilter, &QLineEdit::textChanged, this, &PolledTableView::applyFilters);
    m_layout->insertLayout(m_layout->indexOf(m_table), row);
}

void PolledTableView::updateFilterChoices()
{
    for (auto &[filter, box] : m_filters) {
        QStringList values;
        for (int r = 0; r < m_model->rowCount(); ++r)
            values << m_model->index(r, filter.column).data().toString();
        values.removeAll(QString());
        values.removeDuplicates();
        const QStringList &order = filter.order;
        std::stable_sort(values.begin(), values.end(),
                         [&order](const QString &a, const QString &b) {
                             const qsizetype ia = order.indexOf(a);
                             const qsizetype ib = order.indexOf(b);
                             if (ia != ib)
                                 return (ia < 0 ? order.size() : ia) < (ib < 0 ? order.size() : ib);
                             return a < b;
                         });
        const QString current = box->currentData().toString();
        const QSignalBlocker blocker(box);
        while (box->count() > 1)
            box->removeItem(1);
        for (const QString &value : values)
            box->addItem(value, value);
        if (!current.isEmpty() && box->findData(current) < 0)
            box->addItem(current, current); // the operator's choice stays, even with no rows
        box->setCurrentIndex(std::max(0, box->findData(current)));
    }
    if (m_filterSummary)
        m_filterSummary->setText(filterSummaryText());
}

void PolledTableView::applyFilters()
{
    keepSelection([this] {
        for (const auto &[filter, box] : m_filters)
            m_proxy->setExactFilter(filter.column, box->currentData().toString());
        m_proxy->setTextFilter(m_textFilter ? m_textFilter->text().trimmed() : QString());
    });
    if (m_filterSummary)
        m_filterSummary->setText(filterSummaryText());
}

void PolledTableView::setFilters(const QStringList &values, const QString &text)
{
    for (size_t i = 0; i < m_filters.size(); ++i) {
        QComboBox *box = m_filters[i].second;
        const QString value = values.value(qsizetype(i));
        if (!value.isEmpty() && box->findData(value) < 0)
            box->addItem(value, value);
        box->setCurrentIndex(std::max(0, box->findData(value)));
    }
    if (m_textFilter)
        m_textFilter->setText(text);
    applyFilters();
}

int PolledTableView::shownRows() const
{
    return m_proxy->rowCount();
}

QString PolledTableView::filterSummary() const
{
    return m_filterSummary ? m_filterSummary->text() : QString();
}

QString PolledTableView::filterSummaryText() const
{
    return shownRows() == m_model->rowCount()
        ? QString()
        : tr("showing %1 of %2").arg(shownRows()).arg(m_model->rowCount());
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
