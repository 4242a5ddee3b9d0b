#include "models/breakersmodel.h"

#include "controlplane/domaintypes.h"
#include "models/modelroles.h"

namespace eucora::models {

namespace {

Tone stateTone(const QString &state)
{
    using controlplane::BreakerState;
    const auto known = controlplane::breakerStateFromString(state);
    if (!known)
        return Tone::Warning;
    switch (*known) {
    case BreakerState::Closed:
        return Tone::Good;
    case BreakerState::Open:
        return Tone::Bad;
    case BreakerState::HalfOpen:
        return Tone::Warning;
    }
    return Tone::Neutral;
}

} // namespace

BreakersModel::BreakersModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void BreakersModel::setBreakers(std::vector<controlplane::BreakerStatus> breakers)
{
    const bool sameRows = breakers.size() == m_rows.size()
        && std::equal(m_rows.begin(), m_rows.end(), breakers.begin(),
                      [](const auto &a, const auto &b) { return a.service == b.service; });
    if (!sameRows) {
        beginResetModel();
        m_rows = std::move(breakers);
        endResetModel();
        return;
    }
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i] == breakers[i])
            continue;
        m_rows[i] = std::move(breakers[i]);
        emit dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
    }
}

bool BreakersModel::updateBreaker(const controlplane::BreakerStatus &breaker)
{
    const int row = rowOf(breaker.service);
    if (row < 0)
        return false;
    m_rows[size_t(row)] = breaker;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

const controlplane::BreakerStatus *BreakersModel::breakerAt(int row) const
{
    if (row < 0 || size_t(row) >= m_rows.size())
        return nullptr;
    return &m_rows[size_t(row)];
}

int BreakersModel::rowOf(const QString &service) const
{
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].service.compare(service, Qt::CaseInsensitive) == 0)
            return int(i);
    }
    return -1;
}

int BreakersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BreakersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BreakersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const controlplane::BreakerStatus &row = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return display(row, index.column());
    case ToneRole:
        return index.column() == State ? int(stateTone(row.state)) : int(Tone::Neutral);
    case SortRole:
        if (index.column() == Failures)
            return row.failCounter;
        if (index.column() == ResetTimeout)
            return row.resetTimeoutSeconds;
        return display(row, index.column());
    case KeyRole:
        return row.service;
    default:
        return {};
    }
}

QVariant BreakersModel::display(const controlplane::BreakerStatus &row, int column) const
{
    switch (column) {
    case Service:
        return row.service;
    case State:
        return row.state;
    case Failures:
        return tr("%1 of %2").arg(row.failCounter).arg(row.failMax);
    case ResetTimeout:
        return tr("%1 s").arg(row.resetTimeoutSeconds);
    default:
        return {};
    }
}

QVariant BreakersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Service:
        return tr("Service");
    case State:
        return tr("State");
    case Failures:
        return tr("Failures");
    case ResetTimeout:
        return tr("Reset timeout");
    default:
        return {};
    }
}

} // namespace eucora::models
