#include "views/alertlist.h"

#include "dashboard/panelstatus.h"
#include "feeds/alertsfeed.h"
#include "models/modelroles.h"
#include "views/tonedsortmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

#include <map>

namespace eucora::app {

using namespace prometheus;
using models::Tone;

namespace {

const QString kSeverity = QStringLiteral("severity");

QStandardItem *cell(const QString &text, Tone tone = Tone::Neutral, const QVariant &sort = {})
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    item->setData(int(tone), models::ToneRole);
    item->setData(sort.isValid() ? sort : QVariant(text), models::SortRole);
    return item;
}

QString labelsText(const LabelSet &labels)
{
    QStringList parts;
    for (const auto &[name, value] : labels) {
        if (name != QLatin1String("alertname") && name != kSeverity)
            parts << QStringLiteral("%1=%2").arg(name, value);
    }
    return parts.join(QStringLiteral(", "));
}

QString since(const QDateTime &at, const QDateTime &now)
{
    if (!at.isValid())
        return AlertList::tr("—");
    return AlertList::tr("%1 (%2)").arg(
        dashboard::formatLocalTime(at),
        dashboard::describeAge(std::max<qint64>(0, at.secsTo(now))));
}

Tone severityTone(const QString &severity, bool firing)
{
    if (!firing)
        return Tone::Warning;
    return severityRank(severity) == 0 ? Tone::Bad : Tone::Warning;
}

QLabel *statusLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("statusLine"));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

// --- AlertList --------------------------------------------------------------------------------

AlertList::AlertList(AlertsFeed *feed, QWidget *parent)
    : QWidget(parent)
    , m_feed(feed)
    , m_status(statusLabel(this))
    , m_open(new QPushButton(tr("Open what it is about"), this))
    , m_model(new QStandardItemModel(0, ColumnCount, this))
    , m_proxy(new TonedSortModel(this))
    , m_tree(new QTreeView(this))
{
    m_model->setHorizontalHeaderLabels(
        {tr("Alert"), tr("State"), tr("Active since"), tr("Summary"), tr("Labels"), tr("Value")});
    m_proxy->setSourceModel(m_model);
    m_tree->setModel(m_proxy);
    m_tree->setObjectName(QStringLiteral("alertTree"));
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setUniformRowHeights(true);
    m_tree->setRootIsDecorated(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setColumnWidth(Name, 240);
    m_tree->setColumnWidth(State, 80);
    m_tree->setColumnWidth(ActiveSince, 190);
    m_tree->setColumnWidth(Summary, 330);
    m_tree->setColumnWidth(Labels, 330);
    m_open->setObjectName(QStringLiteral("openAlertButton"));
    m_open->setEnabled(false);
    m_open->setToolTip(tr("Select an alert: opens the view and time window of what it is about "
                          "(a breaker, a connector, deployments, ring promotions)."));
    auto *top = new QHBoxLayout;
    top->addWidget(m_status, 1);
    top->addWidget(m_open);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_tree, 1);
    connect(m_feed, &AlertsFeed::changed, this, &AlertList::update);
    connect(m_tree, &QTreeView::activated, this,
            [this](const QModelIndex &index) { openRow(m_proxy->mapToSource(index)); });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                m_open->setEnabled(alertAt(m_proxy->mapToSource(current)) != nullptr);
            });
    connect(m_open, &QPushButton::clicked, this,
            [this] { openRow(m_proxy->mapToSource(m_tree->currentIndex())); });
    update();
}

QString AlertList::statusText() const
{
    return m_status->text();
}

const Alert *AlertList::alertAt(const QModelIndex &index) const
{
    if (!index.isValid() || !index.parent().isValid())
        return nullptr;
    const QModelIndex first = index.siblingAtColumn(Name);
    const int at = m_model->itemFromIndex(first)->data(models::KeyRole).toInt();
    return at >= 0 && at < int(m_shown.size()) ? &m_shown[std::size_t(at)] : nullptr;
}

void AlertList::openRow(const QModelIndex &index)
{
    if (const Alert *alert = alertAt(index))
        emit openRequested(alertTarget(*alert, QDateTime::currentDateTimeUtc()));
}

void AlertList::update()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const int firing = m_feed->firingCount();
    const int pending = m_feed->pendingCount();
    QString text;
    if (!m_feed->noRulesApi().isEmpty()) {
        text = m_feed->noRulesApi();
    } else if (!m_feed->hasAlerts()) {
        text = m_feed->alertsError().isEmpty()
            ? tr("Reading Prometheus' alerts…")
            : tr("Prometheus' alerts could not be read: %1").arg(m_feed->alertsError());
    } else {
        text = firing + pending == 0
            ? tr("No alert is firing or pending (Prometheus /api/v1/alerts).")
            : tr("%n firing, ", nullptr, firing)
                + tr("%n pending (Prometheus /api/v1/alerts)", nullptr, pending);
        if (!m_feed->alertsError().isEmpty())
            text += tr(" · not refreshed: %1").arg(m_feed->alertsError());
    }
    m_status->setText(text);
    // The selection is kept by the alert's labels.
    QString selected;
    if (const Alert *alert = alertAt(m_proxy->mapToSource(m_tree->currentIndex())))
        selected
            = labelsText(alert->labels) + labelValue(alert->labels, QStringLiteral("alertname"));
    m_shown = m_feed->alerts();
    m_model->removeRows(0, m_model->rowCount());
    std::map<std::pair<int, QString>, QList<QList<QStandardItem *>>> groups;
    QModelIndex toSelect;
    for (std::size_t i = 0; i < m_shown.size(); ++i) {
        const Alert &a = m_shown[i];
        if (a.state == AlertState::Inactive)
            continue;
        const QString severity = labelValue(a.labels, kSeverity);
        const bool isFiring = a.state == AlertState::Firing;
        const Tone tone = severityTone(severity, isFiring);
        const QString summary = labelValue(a.annotations, QStringLiteral("summary"));
        const QString description = labelValue(a.annotations, QStringLiteral("description"));
        QList<QStandardItem *> row {
            cell(labelValue(a.labels, QStringLiteral("alertname")), tone),
            cell(alertStateName(a.state), tone),
            cell(since(a.activeAt, now), Tone::Neutral, a.activeAt),
            cell(summary),
            cell(labelsText(a.labels)),
            cell(std::isnan(a.value) ? QStringLiteral("NaN") : QString::number(a.value, 'g', 6),
                 Tone::Neutral, a.value),
        };
        row[Name]->setData(int(i), models::KeyRole);
        const QString tip
            = description.isEmpty() ? summary : summary + QStringLiteral("\n") + description;
        for (QStandardItem *item : row)
            item->setToolTip(tip);
        groups[{severityRank(severity), severity.isEmpty() ? tr("no severity") : severity}] << row;
    }
    for (auto &[key, rows] : groups) {
        int groupFiring = 0;
        for (const auto &row : rows)
            groupFiring += row[State]->text() == alertStateName(AlertState::Firing) ? 1 : 0;
        QStandardItem *head
            = cell(tr("%1 — %2 firing, %3 pending")
                       .arg(key.second)
                       .arg(groupFiring)
                       .arg(rows.size() - groupFiring),
                   groupFiring > 0 ? severityTone(key.second, true) : Tone::Neutral, key.first);
        QFont bold = head->font();
        bold.setBold(true);
        head->setFont(bold);
        QList<QStandardItem *> headRow {head};
        for (int c = 1; c < ColumnCount; ++c)
            headRow << cell(QString());
        m_model->appendRow(headRow);
        for (const auto &row : rows) {
            head->appendRow(row);
            if (!selected.isEmpty()) {
                const Alert &a = m_shown[std::size_t(row[Name]->data(models::KeyRole).toInt())];
                if (labelsText(a.labels) + labelValue(a.labels, QStringLiteral("alertname"))
                    == selected)
                    toSelect = row[Name]->index();
            }
        }
    }
    m_tree->expandAll();
    if (toSelect.isValid())
        m_tree->setCurrentIndex(m_proxy->mapFromSource(toSelect));
    m_open->setEnabled(alertAt(m_proxy->mapToSource(m_tree->currentIndex())) != nullptr);
}

QJsonObject AlertList::exported() const
{
    QJsonArray rows;
    for (const Alert &a : m_shown) {
        if (a.state == AlertState::Inactive)
            continue;
        QJsonObject labels;
        for (const auto &[name, value] : a.labels)
            labels.insert(name, value);
        QJsonObject annotations;
        for (const auto &[name, value] : a.annotations)
            annotations.insert(name, value);
        const AlertTarget target = alertTarget(a, QDateTime::currentDateTimeUtc());
        QJsonObject row {
            {QStringLiteral("alertname"), labelValue(a.labels, QStringLiteral("alertname"))},
            {QStringLiteral("severity"), labelValue(a.labels, kSeverity)},
            {QStringLiteral("state"), alertStateName(a.state)},
            {QStringLiteral("labels"), labels},
            {QStringLiteral("annotations"), annotations},
            {QStringLiteral("opens"), target.view}};
        if (a.activeAt.isValid())
            row.insert(QStringLiteral("active_since"), a.activeAt.toString(Qt::ISODate));
        if (!target.breaker.isEmpty())
            row.insert(QStringLiteral("breaker"), target.breaker);
        rows.append(row);
    }
    return {{QStringLiteral("rows"), rows}, {QStringLiteral("status"), m_status->text()}};
}

// --- RuleHealthTable --------------------------------------------------------------------------

RuleHealthTable::RuleHealthTable(AlertsFeed *feed, QWidget *parent)
    : QWidget(parent)
    , m_feed(feed)
    , m_status(statusLabel(this))
    , m_model(new QStandardItemModel(0, ColumnCount, this))
    , m_proxy(new TonedSortModel(this))
    , m_table(new QTableView(this))
{
    m_model->setHorizontalHeaderLabels({tr("Group"), tr("Rule"), tr("Type"), tr("State"),
                                        tr("Health"), tr("Last evaluation"), tr("Took"),
                                        tr("Last error")});
    m_proxy->setSourceModel(m_model);
    m_table->setModel(m_proxy);
    m_table->setObjectName(QStringLiteral("ruleTable"));
    setUpReadOnlyTable(m_table);
    QHeaderView *header = m_table->horizontalHeader();
    header->resizeSection(Group, 130);
    header->resizeSection(Rule, 230);
    header->resizeSection(Type, 70);
    header->resizeSection(State, 80);
    header->resizeSection(Health, 70);
    header->resizeSection(LastEvaluation, 190);
    header->resizeSection(Took, 70);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    connect(m_feed, &AlertsFeed::changed, this, &RuleHealthTable::update);
    update();
}

QString RuleHealthTable::statusText() const
{
    return m_status->text();
}

void RuleHealthTable::update()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    int total = 0;
    QStringList broken;
    m_model->removeRows(0, m_model->rowCount());
    for (const RuleGroup &group : m_feed->ruleGroups()) {
        for (const prometheus::Rule &rule : group.rules) {
            ++total;
            const bool err = rule.health == RuleHealth::Err;
            if (err)
                broken << rule.name;
            const Tone tone = err ? Tone::Bad : Tone::Neutral;
            const QString state = rule.state ? alertStateName(*rule.state) : tr("—");
            const Tone stateTone = rule.state == AlertState::Firing ? Tone::Bad
                : rule.state == AlertState::Pending                 ? Tone::Warning
                                                                    : Tone::Neutral;
            const QString health = rule.health == RuleHealth::Ok ? tr("ok")
                : err                                            ? tr("err")
                                                                 : tr("unknown");
            QList<QStandardItem *> row {
                cell(group.name, tone),
                cell(rule.name, tone),
                cell(rule.type == RuleType::Alerting ? tr("alerting") : tr("recording")),
                cell(state, stateTone),
                cell(health,
                     err ? Tone::Bad : (rule.health == RuleHealth::Ok ? Tone::Good : Tone::Neutral),
                     err ? 0 : 1),
                cell(since(rule.lastEvaluation, now), Tone::Neutral, rule.lastEvaluation),
                cell(tr("%1 ms").arg(rule.evaluationSeconds * 1000, 0, 'f', 1), Tone::Neutral,
                     rule.evaluationSeconds),
                cell(rule.evaluationError, tone),
            };
            row[Rule]->setToolTip(rule.query);
            row[LastError]->setToolTip(rule.evaluationError);
            m_model->appendRow(row);
        }
    }
    // Broken rules first, then as Prometheus lists them.
    m_proxy->sort(-1);
    m_table->sortByColumn(Health, Qt::AscendingOrder);
    QString text;
    if (!m_feed->noRulesApi().isEmpty()) {
        text = m_feed->noRulesApi();
    } else if (!m_feed->hasRules()) {
        text = m_feed->rulesError().isEmpty()
            ? tr("Reading Prometheus' rules…")
            : tr("Prometheus' rules could not be read: %1").arg(m_feed->rulesError());
    } else {
        text = tr("%n rule(s) in ", nullptr, total)
            + tr("%n group(s)", nullptr, int(m_feed->ruleGroups().size()));
        text += broken.isEmpty() ? tr(" · every rule evaluates")
                                 : tr(" · failing: %1").arg(broken.join(QStringLiteral(", ")));
        if (!m_feed->rulesError().isEmpty())
            text += tr(" · not refreshed: %1").arg(m_feed->rulesError());
    }
    m_status->setText(text);
}

} // namespace eucora::app
