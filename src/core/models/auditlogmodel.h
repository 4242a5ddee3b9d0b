// The operator's audit log (actions/auditlog.h) as an item model, newest entry first.
#pragma once

#include "actions/auditlog.h"

#include <QAbstractTableModel>

#include <vector>

namespace eucora::models {

class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Time,
        Program,
        User,
        Action,
        Target,
        State,
        HttpStatus,
        Outcome,
        Reason,
        Key,
        ColumnCount
    };

    explicit AuditLogModel(QObject *parent = nullptr);

    // `entries` oldest first, as AuditLog::read() returns them. When the log only grew, the new
    // entries are inserted at the top and the old rows stay where they are.
    void setEntries(std::vector<actions::AuditEntry> entries);
    const actions::AuditEntry *entryAt(int row) const; // row 0 = newest; nullptr outside

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const actions::AuditEntry &entry, int column) const;

    std::vector<actions::AuditEntry> m_entries; // oldest first; row r shows m_entries[size-1-r]
};

} // namespace eucora::models
