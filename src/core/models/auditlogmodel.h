// The operator's audit log (actions/auditlog.h) as an item model, newest entry first.
#pragma once

#include "actions/auditlog.h"
#include "models/keyedtablemodel.h"

#include <utility>

namespace eucora::models {

// An entry with its place in the log: entries carry no id of their own.
struct AuditLine
{
    int number = 0; // counted from the oldest readable entry
    actions::AuditEntry entry;

    bool operator==(const AuditLine &other) const
    {
        return number == other.number && entry == other.entry;
    }
};

// (line number, time written in ms since the epoch)
using AuditLineKey = std::pair<int, qint64>;

class AuditLogModel : public KeyedTableModel<AuditLine, AuditLineKey>
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
    // entries are inserted at the top and the old rows stay as they are.
    void setEntries(std::vector<actions::AuditEntry> entries);
    const actions::AuditEntry *entryAt(int row) const; // row 0 = newest; nullptr outside

protected:
    AuditLineKey keyOf(const AuditLine &line) const override;
    QStringList titles() const override;
    QVariant titleToolTip(int column) const override;
    const QDateTime *timeAt(const AuditLine &line, int column) const override;
    QVariant display(const AuditLine &line, int column) const override;
    QVariant toolTip(const AuditLine &line, int column) const override;
    Tone tone(const AuditLine &line, int column) const override;
    QVariant sortValue(const AuditLine &line, int column) const override;
    QVariant keyData(const AuditLine &line) const override;
};

} // namespace eucora::models
