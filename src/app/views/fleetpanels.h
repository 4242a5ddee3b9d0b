// The control plane's side of the Overview and Rings views, read from one DeploymentsFeed: tiles
// that count deployments by status (in progress, awaiting CAB), the "needs attention" list (a
// click opens the deployment) and the deployments per target ring by status. Each says where its
// numbers come from and how fresh they are.
#pragma once

#include "controlplane/attention.h"
#include "dashboard/panelmodel.h"

#include <QDateTime>
#include <QJsonObject>
#include <QPointF>
#include <QWidget>

class QLabel;
class QStandardItemModel;
class QTableView;

namespace eucora::models {
class AttentionModel;
}

namespace eucora::app {

class DeploymentsFeed;
class TonedSortModel;

// A stat tile of the control plane: how many listed deployments have one of the panel's
// options.statuses, coloured by the panel's thresholds.
class DeploymentCountTile : public QWidget
{
    Q_OBJECT

public:
    DeploymentCountTile(DeploymentsFeed *feed, const dashboard::Panel &panel,
                        QWidget *parent = nullptr);

    void setDarkTheme(bool dark);
    // Empty before the first answer.
    std::optional<int> value() const;
    QString valueText() const;
    QString sourceText() const;
    QJsonObject exported() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    DeploymentsFeed *m_feed;
    dashboard::Panel m_panel;
    void record();

    std::vector<controlplane::DeploymentStatus> m_statuses;
    std::vector<QPointF> m_history; // (ms, count) of every answer since the console started
    QStringList m_statusNames;
    bool m_dark = false;
};

// The "needs attention" list: failed (on a gate), rolling back, stalled; newest first, inside the
// window. options.kinds (GateFailed, Failed, RollbackInFlight, Stalled) narrows it.
class AttentionList : public QWidget
{
    Q_OBJECT

public:
    AttentionList(DeploymentsFeed *feed, const dashboard::Panel &panel, QWidget *parent = nullptr);

    void setWindow(const QDateTime &from, const QDateTime &to);
    models::AttentionModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QString statusText() const;

signals:
    void openRequested(const QString &correlationId);

private:
    void update();

    DeploymentsFeed *m_feed;
    std::vector<controlplane::AttentionItem::Kind> m_kinds;
    QDateTime m_from;
    QDateTime m_to;
    QLabel *m_status;
    models::AttentionModel *m_model;
    TonedSortModel *m_proxy;
    QTableView *m_table;
};

// Deployments per target ring (LAB -> GLOBAL, then rings this console does not know) and status.
class RingOccupancyTable : public QWidget
{
    Q_OBJECT

public:
    explicit RingOccupancyTable(DeploymentsFeed *feed, QWidget *parent = nullptr);

    QStandardItemModel *model() const { return m_model; }
    QString statusText() const;
    // The count in `ring`'s row under `status`; 0 when there is none.
    int count(const QString &ring, const QString &status) const;

private:
    void update();
    void showStatus();

    DeploymentsFeed *m_feed;
    QLabel *m_status;
    QStandardItemModel *m_model;
    QTableView *m_table;
};

} // namespace eucora::app
