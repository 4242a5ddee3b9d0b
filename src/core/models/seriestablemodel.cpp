#include "models/seriestablemodel.h"

#include "dashboard/displayvalue.h"

#include <QDateTime>

#include <cmath>
#include <limits>
#include <set>

namespace eucora::models {

namespace {

const QString kMetricName = QStringLiteral("__name__");

QString labelSetKey(const QString &refId, const prometheus::LabelSet &labels)
{
    QStringList pairs;
    for (const auto &[name, value] : labels)
        pairs << name + QLatin1String("=\"") + value + QLatin1Char('"');
    return refId + QLatin1Char('{') + pairs.join(QLatin1Char(',')) + QLatin1Char('}');
}

SeriesRow seriesRow(const dashboard::ShownSeries &shown, const QStringList &labelNames)
{
    const prometheus::Series &series = *shown.data;
    SeriesRow row;
    row.key = labelSetKey(shown.refId, series.labels);
    for (const QString &name : labelNames)
        row.labels << prometheus::labelValue(series.labels, name);
    // The last point that says something; a series of nothing but gaps shows its last one.
    for (size_t i = series.size(); i-- > 0;) {
        if (!std::isnan(series.values[i]) || !row.timeMs) {
            row.timeMs = series.timestampsMs[i];
            row.value = series.values[i];
        }
        if (!std::isnan(series.values[i]))
            break;
    }
    if (row.value)
        row.valueText = dashboard::displayValue(*row.value, shown.field).toString();
    return row;
}

} // namespace

bool SeriesRow::sameValue(const SeriesRow &o) const
{
    if (value.has_value() != o.value.has_value())
        return false;
    // NaN is never equal to itself, yet a NaN that stays NaN is no change.
    return !value || *value == *o.value || (std::isnan(*value) && std::isnan(*o.value));
}

SeriesTableModel::SeriesTableModel(QStringList labelNames, QObject *parent)
    : KeyedTableModel(int(labelNames.size()) + 2, parent)
    , m_labelNames(std::move(labelNames))
{ }

QStringList SeriesTableModel::labelColumns(const std::vector<dashboard::ShownSeries> &series)
{
    std::set<QString> names;
    bool metricName = false;
    for (const dashboard::ShownSeries &s : series) {
        for (const auto &label : s.data->labels) {
            if (label.first == kMetricName)
                metricName = true;
            else
                names.insert(label.first);
        }
    }
    QStringList columns;
    if (metricName)
        columns << kMetricName;
    for (const QString &name : names)
        columns << name;
    return columns;
}

void SeriesTableModel::setSeries(const std::vector<dashboard::ShownSeries> &series)
{
    std::vector<SeriesRow> rows;
    rows.reserve(series.size());
    for (const dashboard::ShownSeries &s : series)
        rows.push_back(seriesRow(s, m_labelNames));
    setRows(std::move(rows));
}

void SeriesTableModel::setTimeZone(const QTimeZone &zone)
{
    if (zone == m_zone)
        return;
    m_zone = zone;
    if (rowCount() > 0)
        emit dataChanged(index(0, timeColumn()), index(rowCount() - 1, timeColumn()));
}

QStringList SeriesTableModel::titles() const
{
    return QStringList {tr("Time")} + m_labelNames + QStringList {tr("Value")};
}

QVariant SeriesTableModel::titleToolTip(int column) const
{
    if (column == timeColumn())
        return tr("Time of the series' last value, in %1").arg(QString::fromUtf8(m_zone.id()));
    return {};
}

QVariant SeriesTableModel::display(const SeriesRow &row, int column) const
{
    if (column == timeColumn())
        return row.timeMs ? QDateTime::fromMSecsSinceEpoch(*row.timeMs, m_zone)
                                .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                          : QString();
    if (column == valueColumn())
        return row.valueText;
    return row.labels.value(column - 1);
}

QVariant SeriesTableModel::toolTip(const SeriesRow &row, int column) const
{
    if (column == timeColumn() && row.timeMs)
        return utcTime(QDateTime::fromMSecsSinceEpoch(*row.timeMs, QTimeZone::utc()));
    if (column == valueColumn() && row.value && std::isfinite(*row.value))
        return QString::number(*row.value, 'g', 17);
    return display(row, column);
}

QVariant SeriesTableModel::sortValue(const SeriesRow &row, int column) const
{
    // Rows without a time or a number sort before every other.
    constexpr double kNothing = std::numeric_limits<double>::lowest();
    if (column == timeColumn())
        return row.timeMs ? double(*row.timeMs) : kNothing;
    if (column == valueColumn())
        return row.value && !std::isnan(*row.value) ? *row.value : kNothing;
    return display(row, column);
}

QVariant SeriesTableModel::otherData(const SeriesRow &, int column, int role) const
{
    if (role == Qt::TextAlignmentRole && column == valueColumn())
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

} // namespace eucora::models
