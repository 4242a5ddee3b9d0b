// The Alerts view's panels. AlertList (eucora-alert-list): firing and pending alerts from
// Prometheus grouped by severity, each with its labels, summary and description, active since,
// and "Open" to the view and window of what it is about. RuleHealthTable (eucora-rule-health):
// every rule's state, health, last evaluation, evaluation time and last error, broken ones first.
#pragma once

#include "prometheus/alertbook.h"

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;
class QTreeView;

namespace eucora::app {

class AlertsFeed;
class TonedSortModel;

class AlertList : public QWidget
{
    Q_OBJECT

public:
    enum Column { Name, State, ActiveSince, Summary, Labels, Value, ColumnCount };

    explicit AlertList(AlertsFeed *feed, QWidget *parent = nullptr);

    QStandardItemModel *model() const { return m_model; }
    QTreeView *tree() const { return m_tree; }
    QPushButton *openButton() const { return m_open; }
    QString statusText() const;
    QJsonObject exported() const;
    // Opens what the alert in `row` (a child row of the model) is about.
    void openRow(const QModelIndex &index);

signals:
    void openRequested(const eucora::prometheus::AlertTarget &target);

private:
    void update();
    const prometheus::Alert *alertAt(const QModelIndex &index) const;

    AlertsFeed *m_feed;
    QLabel *m_status;
    QPushButton *m_open;
    QStandardItemModel *m_model;
    TonedSortModel *m_proxy;
    QTreeView *m_tree;
    std::vector<prometheus::Alert> m_shown;
};

class RuleHealthTable : public QWidget
{
    Q_OBJECT

public:
    enum Column { Group, Rule, Type, State, Health, LastEvaluation, Took, LastError, ColumnCount };

    explicit RuleHealthTable(AlertsFeed *feed, QWidget *parent = nullptr);

    QStandardItemModel *model() const { return m_model; }
    QString statusText() const;

private:
    void update();

    AlertsFeed *m_feed;
    QLabel *m_status;
    QStandardItemModel *m_model;
    TonedSortModel *m_proxy;
    QTableView *m_table;
};

} // namespace eucora::app
