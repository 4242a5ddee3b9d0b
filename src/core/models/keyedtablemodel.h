// What every table of the console shares: rows with a key that survives refreshes, replaced
// by diffing, so that views hear exactly which rows went, moved, came or changed and a
// selection or scroll position follows its row.
#pragma once

#include "models/modelroles.h"
#include "models/rowdiff.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QStringList>

#include <algorithm>
#include <iterator>
#include <utility>
#include <vector>

namespace eucora::models {

// The concrete model supplies the key, the column titles and the cells, and carries Q_OBJECT
// (moc cannot process a template, and tr() needs the concrete class). `Row` needs operator==;
// `Key` needs operator== and qHash().
template<typename Row, typename Key = QString> class KeyedTableModel : public QAbstractTableModel
{
public:
    // Afterwards the rows are exactly `rows`, in their order. Rows whose key is gone are
    // removed, new keys inserted where they stand, rows that changed place moved, rows whose
    // content changed announced with dataChanged; identical rows announce nothing.
    void setRows(std::vector<Row> rows);
    // Replaces the row with the same key; false when there is none.
    bool updateRow(const Row &row);

    const std::vector<Row> &rows() const { return m_rows; }
    const Row *rowAt(int row) const; // nullptr outside the rows
    int rowOf(const Key &key) const; // -1 when absent
    const Row *find(const Key &key) const { return rowAt(rowOf(key)); }
    template<typename Predicate> int countIf(Predicate predicate) const
    {
        return int(std::count_if(m_rows.begin(), m_rows.end(), predicate));
    }

    int rowCount(const QModelIndex &parent = {}) const final;
    int columnCount(const QModelIndex &parent = {}) const final;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const final;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const final;

protected:
    KeyedTableModel(int columnCount, QObject *parent)
        : QAbstractTableModel(parent)
        , m_columnCount(columnCount)
    { }

    virtual Key keyOf(const Row &row) const = 0;
    // One form for keys that name the same row in different spellings (a service written
    // "jamf" or "JAMF"); every comparison and lookup goes through it.
    virtual Key canonicalKey(const Key &key) const { return key; }

    // In column order.
    virtual QStringList titles() const = 0;
    virtual QVariant titleToolTip(int) const { return {}; }

    // The time a cell shows, for the columns that show one (nullptr for the others): the model
    // then displays it local with the zone named, gives it in UTC as the tooltip and sorts by
    // it, before display(), toolTip() and sortValue() are asked.
    virtual const QDateTime *timeAt(const Row &, int) const { return nullptr; }
    // One function per role of models/modelroles.h; all but display() have a default.
    virtual QVariant display(const Row &row, int column) const = 0;
    virtual QVariant toolTip(const Row &row, int column) const { return display(row, column); }
    virtual Tone tone(const Row &, int) const { return Tone::Neutral; }
    virtual QVariant sortValue(const Row &row, int column) const { return display(row, column); }
    virtual QVariant keyData(const Row &row) const { return QVariant::fromValue(keyOf(row)); }
    // Any other role (alignment, ...).
    virtual QVariant otherData(const Row &, int, int) const { return {}; }

    // Times as every table shows them: local, with the zone named; the tooltip in UTC.
    static QVariant timeData(const QDateTime &time, int role)
    {
        switch (role) {
        case Qt::DisplayRole:
            return localTime(time);
        case Qt::ToolTipRole:
            return time.isValid() ? QVariant(utcTime(time)) : QVariant();
        case SortRole:
            return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant(qint64(-1));
        default:
            return {};
        }
    }
    static QString localTime(const QDateTime &time)
    {
        return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss t"))
                              : QString();
    }
    static QString utcTime(const QDateTime &time)
    {
        return time.toUTC().toString(Qt::ISODateWithMs);
    }

private:
    std::vector<int> newIndexOfOld(const std::vector<Row> &rows) const;
    void applyMoves(const std::vector<RowDiff::Move> &moves);
    void emitRowChanged(int row) { emit dataChanged(index(row, 0), index(row, m_columnCount - 1)); }

    std::vector<Row> m_rows;
    int m_columnCount;
};

template<typename Row, typename Key> void KeyedTableModel<Row, Key>::setRows(std::vector<Row> rows)
{
    const RowDiff diff = RowDiff::between(newIndexOfOld(rows), int(rows.size()));
    if (diff.keptRows.empty() && !m_rows.empty() && !rows.empty()) {
        // Nothing to follow: a new table. One reset costs views one relayout where removing
        // and inserting every row costs two.
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        return;
    }
    for (const RowDiff::Range &range : diff.removals) {
        beginRemoveRows({}, range.first, range.last);
        m_rows.erase(m_rows.begin() + range.first, m_rows.begin() + range.last + 1);
        endRemoveRows();
    }
    applyMoves(diff.moves);
    for (const RowDiff::Range &range : diff.insertions) {
        beginInsertRows({}, range.first, range.last);
        m_rows.insert(m_rows.begin() + range.first,
                      std::make_move_iterator(rows.begin() + range.first),
                      std::make_move_iterator(rows.begin() + range.last + 1));
        endInsertRows();
    }
    for (const int row : diff.keptRows) {
        Row &shown = m_rows[size_t(row)];
        if (shown == rows[size_t(row)])
            continue;
        shown = std::move(rows[size_t(row)]);
        emitRowChanged(row);
    }
}

template<typename Row, typename Key>
void KeyedTableModel<Row, Key>::applyMoves(const std::vector<RowDiff::Move> &moves)
{
    for (const RowDiff::Move &move : moves) {
        const auto from = m_rows.begin() + move.from;
        const auto to = m_rows.begin() + move.to;
        // Qt names the destination by the row it goes before, counted before the move.
        beginMoveRows({}, move.from, move.from, {}, move.to > move.from ? move.to + 1 : move.to);
        if (move.to > move.from)
            std::rotate(from, from + 1, to + 1);
        else
            std::rotate(to, from, from + 1);
        endMoveRows();
    }
}

template<typename Row, typename Key>
std::vector<int> KeyedTableModel<Row, Key>::newIndexOfOld(const std::vector<Row> &rows) const
{
    // A key repeated in one list (a server should not send that) is told apart by its
    // occurrence, so no row is lost and no two rows are taken for one.
    using Identity = std::pair<Key, int>;
    QHash<Key, int> seen;
    QHash<Identity, int> newIndex;
    newIndex.reserve(qsizetype(rows.size()));
    for (size_t i = 0; i < rows.size(); ++i) {
        const Key key = canonicalKey(keyOf(rows[i]));
        newIndex.insert(Identity(key, seen[key]++), int(i));
    }
    seen.clear();
    std::vector<int> result;
    result.reserve(m_rows.size());
    for (const Row &row : m_rows) {
        const Key key = canonicalKey(keyOf(row));
        result.push_back(newIndex.value(Identity(key, seen[key]++), -1));
    }
    return result;
}

template<typename Row, typename Key> bool KeyedTableModel<Row, Key>::updateRow(const Row &row)
{
    const int at = rowOf(keyOf(row));
    if (at < 0)
        return false;
    Row &shown = m_rows[size_t(at)];
    if (shown == row)
        return true;
    shown = row;
    emitRowChanged(at);
    return true;
}

template<typename Row, typename Key> const Row *KeyedTableModel<Row, Key>::rowAt(int row) const
{
    if (row < 0 || size_t(row) >= m_rows.size())
        return nullptr;
    return &m_rows[size_t(row)];
}

template<typename Row, typename Key> int KeyedTableModel<Row, Key>::rowOf(const Key &key) const
{
    const Key wanted = canonicalKey(key);
    const auto found = std::find_if(m_rows.begin(), m_rows.end(), [this, &wanted](const Row &row) {
        return canonicalKey(keyOf(row)) == wanted;
    });
    return found == m_rows.end() ? -1 : int(found - m_rows.begin());
}

template<typename Row, typename Key>
int KeyedTableModel<Row, Key>::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

template<typename Row, typename Key>
int KeyedTableModel<Row, Key>::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columnCount;
}

template<typename Row, typename Key>
QVariant KeyedTableModel<Row, Key>::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == SortRole) {
        if (const QDateTime *time = timeAt(row, index.column()))
            return timeData(*time, role);
    }
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        return toolTip(row, index.column());
    case ToneRole:
        return int(tone(row, index.column()));
    case SortRole:
        return sortValue(row, index.column());
    case KeyRole:
        return keyData(row);
    default:
        return otherData(row, index.column(), role);
    }
}

template<typename Row, typename Key>
QVariant KeyedTableModel<Row, Key>::headerData(int section, Qt::Orientation orientation,
                                               int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section < 0 || section >= m_columnCount)
        return {};
    if (role == Qt::ToolTipRole)
        return titleToolTip(section);
    if (role != Qt::DisplayRole)
        return {};
    const QStringList all = titles();
    Q_ASSERT(all.size() == m_columnCount);
    return all.value(section);
}

} // namespace eucora::models
