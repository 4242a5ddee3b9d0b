#include "views/auditview.h"

#include "actions/auditlog.h"
#include "models/auditlogmodel.h"
#include "views/tonedsortmodel.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace eucora::app {

AuditView::AuditView(QString path, QWidget *parent)
    : QWidget(parent)
    , m_path(std::move(path))
    , m_model(new models::AuditLogModel(this))
    , m_table(new QTableView(this))
    , m_status(new QLabel(this))
{
    auto *proxy = new TonedSortModel(this);
    proxy->setSourceModel(m_model);
    m_table->setModel(proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // newest first, as the model keeps them
    setUpReadOnlyTable(m_table);
    QHeaderView *header = m_table->horizontalHeader();
    // Short words fit their column; the long ones (target id, outcome, reason) get room and
    // their full text as tooltip.
    for (int column : {models::AuditLogModel::Time, models::AuditLogModel::Program,
                       models::AuditLogModel::User, models::AuditLogModel::Action,
                       models::AuditLogModel::State, models::AuditLogModel::HttpStatus})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->resizeSection(models::AuditLogModel::Target, 170);
    header->resizeSection(models::AuditLogModel::Outcome, 420);
    header->resizeSection(models::AuditLogModel::Reason, 260);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(m_status, 1);
    auto *reloadButton = new QPushButton(tr("Reload"), this);
    reloadButton->setObjectName(QStringLiteral("reloadButton"));
    connect(reloadButton, &QPushButton::clicked, this, &AuditView::reload);
    top->addWidget(reloadButton);
    layout->addLayout(top);
    layout->addWidget(m_table);

    m_settle.setSingleShot(true);
    m_settle.setInterval(150);
    connect(&m_settle, &QTimer::timeout, this, &AuditView::reload);
    // The whole file is read on the GUI thread: only while the tab is on screen (showEvent reads
    // it when the tab is opened), never at start-up.
    const auto changed = [this] {
        if (isVisible())
            m_settle.start();
    };
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, changed);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, changed);
    watch();
}

void AuditView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload(); // a glance at the tab shows the file as it is now
}

QString AuditView::statusText() const
{
    return m_status->text();
}

void AuditView::watch()
{
    // The folder tells when the file appears; the file tells when a line is appended. A file
    // replaced by a new one drops out of the watch and is added again here.
    const QString folder = QFileInfo(m_path).absolutePath();
    if (QDir(folder).exists() && !m_watcher.directories().contains(folder))
        m_watcher.addPath(folder);
    if (QFileInfo::exists(m_path) && !m_watcher.files().contains(m_path))
        m_watcher.addPath(m_path);
}

void AuditView::reload()
{
    watch();
    if (!QFileInfo::exists(m_path)) {
        m_model->setEntries({});
        m_status->setText(tr("No operator action recorded yet (%1).").arg(m_path));
        emit reloaded();
        return;
    }
    int skipped = 0;
    m_model->setEntries(actions::AuditLog::read(m_path, &skipped));
    const QString count = tr("Audit log %1 · entries: %2").arg(m_path).arg(m_model->rowCount());
    m_status->setText(skipped == 0 ? count
                                   : tr("%1; %2 unreadable lines skipped").arg(count).arg(skipped));
    emit reloaded();
}

} // namespace eucora::app
