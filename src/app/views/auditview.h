// The local audit log of operator actions, newest first, reread when the file changes (the
// console itself or eucora-ctl appended to it) or when the operator asks.
#pragma once

#include <QFileSystemWatcher>
#include <QTimer>
#include <QWidget>

class QLabel;
class QTableView;

namespace eucora::models {
class AuditLogModel;
}

namespace eucora::app {

class AuditView : public QWidget
{
    Q_OBJECT

public:
    explicit AuditView(QString path, QWidget *parent = nullptr);

    models::AuditLogModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QString statusText() const;
    const QString &path() const { return m_path; }
    // Rereads the file now.
    void reload();

signals:
    void reloaded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void watch();

    QString m_path;
    models::AuditLogModel *m_model;
    QTableView *m_table;
    QLabel *m_status;
    QFileSystemWatcher m_watcher;
    QTimer m_settle; // one reread for a burst of appended lines
};

} // namespace eucora::app
