// A control-plane table that refreshes itself: registered with the RefreshScheduler (interval,
// pause, back-off after errors), fetched only while signed in and while the table is on
// screen, with a status line saying how fresh the rows are or why they are not. The rows keep
// their selection across refreshes.
#pragma once

#include "controlplane/controlplaneerror.h"

#include <QWidget>

#include <chrono>
#include <functional>
#include <vector>

class QAbstractTableModel;
class QHBoxLayout;
class QComboBox;
class QLayout;
class QLineEdit;
class QVBoxLayout;
class QLabel;
class QPushButton;
class QTableView;

namespace eucora {
class RefreshScheduler;
}

namespace eucora::app {

class ActionGate;
class ApiPoller;
class OperatorSession;
class TonedSortModel;

class PolledTableView : public QWidget
{
    Q_OBJECT

public:
    QTableView *table() const { return m_table; }
    QString statusText() const;
    // Registers with the scheduler: the first fetch follows at once when signed in.
    void start();
    // Fetch now, whatever the interval (the Refresh button, after an action).
    void refreshNow();
    bool fetching() const;
    // A fetch ended (rows or an error), or there is nobody signed in to fetch for: what a
    // headless run waits for.
    bool hasAnswered() const;
    // Why the table shows no current rows ("not signed in", the server's words); empty when it
    // does.
    QString failure() const;
    ApiPoller *poller() const { return m_poller; }

    // The filters above the table, in the order they were added (empty: any), and the text.
    void setFilters(const QStringList &values, const QString &text);
    int shownRows() const;
    QString filterSummary() const;

    // The row's key (models::KeyRole) of the selected row, empty when none.
    QString selectedKey() const;
    bool selectKey(const QString &key);

signals:
    void selectionChanged();
    void refreshed(); // a fetch ended, with or without rows

protected:
    PolledTableView(OperatorSession *session, RefreshScheduler *scheduler, QString refreshId,
                    std::chrono::milliseconds interval, QAbstractTableModel *model,
                    QWidget *parent);
    ~PolledTableView() override;

    // Fetches the rows and ends with fetchSucceeded() or fetchFailed().
    virtual void fetch() = 0;
    // What the status line says before the first rows, when nobody is signed in.
    virtual QString signInText() const = 0;

    void fetchSucceeded(const QString &summary);
    void fetchFailed(const controlplane::ControlPlaneError &error);
    // Sets the rows through `apply` and selects the previously selected key again.
    void keepSelection(const std::function<void()> &apply);
    // A button in the top row whose enabled state `gate` decides; its reason is shown beside.
    QPushButton *addGatedButton(const QString &text, ActionGate *gate);

    QAbstractTableModel *sourceModel() const { return m_model; }
    TonedSortModel *proxy() const { return m_proxy; }
    struct Filter
    {
        int column = 0;
        QString name; // object name of its combo box ("statusFilter")
        QString any; // the entry that filters nothing ("Any status")
        QStringList order; // known values first, in this order; others after, sorted
    };
    // A row above the table: a combo box per filter (its choices are the column's values), a
    // text filter, and a summary of the rows (filterSummaryText()).
    void addFilterRow(std::vector<Filter> filters);
    // The choices follow the rows: call after new rows are set.
    void updateFilterChoices();
    // What the filter row says of the rows; the default counts shown rows when filtered.
    virtual QString filterSummaryText() const;

    OperatorSession *m_session;

private:
    void showStatus();

    ApiPoller *m_poller;
    QAbstractTableModel *m_model;
    TonedSortModel *m_proxy;
    QTableView *m_table;
    QLabel *m_status;
    QHBoxLayout *m_topRow;
    QVBoxLayout *m_layout;
    std::vector<std::pair<Filter, QComboBox *>> m_filters;
    QLineEdit *m_textFilter = nullptr;
    QLabel *m_filterSummary = nullptr;

    void applyFilters();
};

} // namespace eucora::app
