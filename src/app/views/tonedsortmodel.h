// Sorting proxy for the console's tables that also turns the models' Tone (models/modelroles.h)
// into colours: core decides what is good or bad, the GUI decides how that looks.
#pragma once

#include <QSortFilterProxyModel>

namespace eucora::app {

class TonedSortModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit TonedSortModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
};

} // namespace eucora::app
