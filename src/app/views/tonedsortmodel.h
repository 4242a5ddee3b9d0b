// Sorting proxy for the console's tables that also turns the models' Tone (models/modelroles.h)
// into colours: core decides what is good or bad, the GUI decides how that looks.
#pragma once

#include <QHash>
#include <QSortFilterProxyModel>

class QTableView;

namespace eucora::app {

// How the console's read-only tables look and select: whole rows, one at a time, alternating
// colours, one line per row, no row numbers, the last column stretched.
void setUpReadOnlyTable(QTableView *table);

class TonedSortModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit TonedSortModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // Rows whose `column` shows exactly `value` (empty: any).
    void setExactFilter(int column, const QString &value);
    // Rows where any column contains `text`, ignoring case (empty: any).
    void setTextFilter(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QHash<int, QString> m_exact;
    QString m_text;
};

} // namespace eucora::app
