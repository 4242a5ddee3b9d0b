#include "models/auditlogmodel.h"

#include "models/modelroles.h"

namespace eucora::models {

namespace {

Tone stateTone(const QString &state)
{
    // "reconciled" says the console read the outcome back, not that it was good: neutral.
    if (state == QLatin1String("accepted"))
        return Tone::Good;
    if (state == QLatin1String("rejected"))
        return Tone::Bad;
    if (state == QLatin1String("unknown"))
        return Tone::Warning;
    return Tone::Neutral;
}

} // namespace

AuditLogModel::AuditLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void AuditLogModel::setEntries(std::vector<actions::AuditEntry> entries)
{
    const bool grew = entries.size() > m_entries.size()
        && std::equal(m_entries.begin(), m_entries.end(), entries.begin());
    if (grew) {
        const int added = int(entries.size() - m_entries.size());
        beginInsertRows({}, 0, added - 1);
        m_entries = std::move(entries);
        endInsertRows();
        return;
    }
    if (entries == m_entries)
        return;
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

const actions::AuditEntry *AuditLogModel::entryAt(int row) const
{
    if (row < 0 || size_t(row) >= m_entries.size())
        return nullptr;
    return &m_entries[m_entries.size() - 1 - size_t(row)];
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const actions::AuditEntry &entry = *entryAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(entry, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Time)
            return entry.time.toUTC().toString(Qt::ISODateWithMs);
        if (index.column() == Target && !entry.server.isEmpty())
            return tr("%1 on %2").arg(entry.target, entry.server);
        return display(entry, index.column());
    case ToneRole:
        return index.column() == State ? int(stateTone(entry.state)) : int(Tone::Neutral);
    case SortRole:
        if (index.column() == Time)
            return entry.time.toMSecsSinceEpoch();
        if (index.column() == HttpStatus)
            return entry.httpStatus;
        return display(entry, index.column());
    case KeyRole:
        return entry.idempotencyKey;
    default:
        return {};
    }
}

QVariant AuditLogModel::display(const actions::AuditEntry &entry, int column) const
{
    switch (column) {
    case Time:
        return entry.time.isValid()
            ? entry.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss t"))
            : QString();
    case Program:
        return entry.program;
    case User:
        return entry.user;
    case Action:
        return entry.action;
    case Target:
        return entry.target;
    case State:
        return entry.state;
    case HttpStatus:
        return entry.httpStatus > 0 ? QString::number(entry.httpStatus) : QString();
    case Outcome:
        return entry.outcome;
    case Reason:
        return entry.reason;
    case Key:
        return entry.idempotencyKey;
    default:
        return {};
    }
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == HttpStatus)
        return tr("HTTP status of the server's answer; empty when no answer arrived");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case Program:
        return tr("Program");
    case User:
        return tr("User");
    case Action:
        return tr("Action");
    case Target:
        return tr("Target");
    case State:
        return tr("State");
    case HttpStatus:
        return tr("HTTP");
    case Outcome:
        return tr("Outcome");
    case Reason:
        return tr("Reason");
    case Key:
        return tr("Idempotency key");
    default:
        return {};
    }
}

} // namespace eucora::models
