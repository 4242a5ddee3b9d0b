// A table panel's Prometheus answer as rows: one per series with the time and value of its
// last point (an instant vector's only one), a column per label name and the value in the
// field's unit with its mappings applied. Keyed by the query and label set, so a refresh keeps
// each row where the operator sorted it.
#pragma once

#include "dashboard/panelseries.h"
#include "models/keyedtablemodel.h"

#include <QTimeZone>

#include <cstdint>
#include <optional>

namespace eucora::models {

struct SeriesRow
{
    QString key; // refId and label set
    std::optional<std::int64_t> timeMs; // of the last point that is not a gap
    std::optional<double> value; // NaN or infinite when Prometheus said so
    QStringList labels; // per label column; empty where the series lacks the label
    QString valueText; // as the field shows it

    bool operator==(const SeriesRow &o) const
    {
        return key == o.key && timeMs == o.timeMs && labels == o.labels && valueText == o.valueText
            && sameValue(o);
    }

private:
    bool sameValue(const SeriesRow &o) const;
};

class SeriesTableModel : public KeyedTableModel<SeriesRow>
{
    Q_OBJECT

public:
    // The columns: Time, one per entry of `labelNames`, Value. Another set of label names is
    // another model: the column count of a KeyedTableModel is fixed.
    explicit SeriesTableModel(QStringList labelNames, QObject *parent = nullptr);

    // Every label name the series carry, __name__ first, the others by name.
    static QStringList labelColumns(const std::vector<dashboard::ShownSeries> &series);

    // Rows in the series' order; labels outside this model's columns are not shown.
    void setSeries(const std::vector<dashboard::ShownSeries> &series);
    // The zone times are shown in (stored in UTC).
    void setTimeZone(const QTimeZone &zone);

    const QStringList &labelNames() const { return m_labelNames; }
    int valueColumn() const { return int(m_labelNames.size()) + 1; }
    static constexpr int timeColumn() { return 0; }

protected:
    QString keyOf(const SeriesRow &row) const override { return row.key; }
    QStringList titles() const override;
    QVariant titleToolTip(int column) const override;
    QVariant display(const SeriesRow &row, int column) const override;
    QVariant toolTip(const SeriesRow &row, int column) const override;
    QVariant sortValue(const SeriesRow &row, int column) const override;
    QVariant otherData(const SeriesRow &row, int column, int role) const override;

private:
    QStringList m_labelNames;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
};

} // namespace eucora::models
