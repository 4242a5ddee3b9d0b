#include "views/tonedsortmodel.h"

#include "models/modelroles.h"

#include <QBrush>
#include <QColor>

namespace eucora::app {

using models::Tone;

TonedSortModel::TonedSortModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(models::SortRole);
}

QVariant TonedSortModel::data(const QModelIndex &index, int role) const
{
    if (role != Qt::ForegroundRole && role != Qt::BackgroundRole)
        return QSortFilterProxyModel::data(index, role);
    const Tone tone = Tone(QSortFilterProxyModel::data(index, models::ToneRole).toInt());
    const bool text = role == Qt::ForegroundRole;
    switch (tone) {
    case Tone::Good:
        return text ? QBrush(QColor(0x1b, 0x6e, 0x35)) : QBrush(QColor(0xe3, 0xf4, 0xe6));
    case Tone::Warning:
        return text ? QBrush(QColor(0x80, 0x4d, 0x00)) : QBrush(QColor(0xff, 0xf1, 0xcc));
    case Tone::Bad:
        return text ? QBrush(QColor(0xa1, 0x1d, 0x14)) : QBrush(QColor(0xfb, 0xdf, 0xdc));
    case Tone::Neutral:
        break;
    }
    return QSortFilterProxyModel::data(index, role);
}

} // namespace eucora::app
