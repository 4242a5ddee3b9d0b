#include "views/tonedsortmodel.h"

#include "models/modelroles.h"

#include <QBrush>
#include <QColor>
#include <QGuiApplication>
#include <QHeaderView>
#include <QPalette>
#include <QTableView>

namespace eucora::app {

using models::Tone;

void setUpReadOnlyTable(QTableView *table)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setStretchLastSection(true);
}

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
    // On a dark palette the tones are lighter text on a faint wash of the same hue.
    const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
    const auto brush = [text, dark](QColor ink, QColor paper, QColor darkInk) {
        if (!dark)
            return QBrush(text ? ink : paper);
        darkInk.setAlphaF(text ? 1.0f : 0.18f);
        return QBrush(darkInk);
    };
    switch (tone) {
    case Tone::Good:
        return brush(QColor(0x1b, 0x6e, 0x35), QColor(0xe3, 0xf4, 0xe6), QColor(0x73, 0xbf, 0x69));
    case Tone::Warning:
        return brush(QColor(0x80, 0x4d, 0x00), QColor(0xff, 0xf1, 0xcc), QColor(0xfa, 0xde, 0x2a));
    case Tone::Bad:
        return brush(QColor(0xa1, 0x1d, 0x14), QColor(0xfb, 0xdf, 0xdc), QColor(0xff, 0x73, 0x83));
    case Tone::Neutral:
        break;
    }
    return QSortFilterProxyModel::data(index, role);
}

void TonedSortModel::setExactFilter(int column, const QString &value)
{
    if (m_exact.value(column) == value)
        return;
    if (value.isEmpty())
        m_exact.remove(column);
    else
        m_exact.insert(column, value);
    invalidateRowsFilter();
}

void TonedSortModel::setTextFilter(const QString &text)
{
    if (m_text == text)
        return;
    m_text = text;
    invalidateRowsFilter();
}

bool TonedSortModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    for (auto it = m_exact.begin(); it != m_exact.end(); ++it) {
        if (source->index(sourceRow, it.key(), sourceParent).data().toString() != it.value())
            return false;
    }
    if (m_text.isEmpty())
        return true;
    for (int column = 0; column < source->columnCount(sourceParent); ++column) {
        if (source->index(sourceRow, column, sourceParent)
                .data()
                .toString()
                .contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace eucora::app
