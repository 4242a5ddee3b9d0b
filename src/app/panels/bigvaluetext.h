// Text painted as big as its box allows, as Grafana's stat and gauge values are, and the colours
// that keep it readable on a coloured tile in the light and the dark theme.
#pragma once

#include <QColor>
#include <QFont>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <vector>

class QPainter;
class QPalette;

namespace eucora::app {

struct BigText
{
    QString text;
    QColor color;
    Qt::Alignment alignment = Qt::AlignCenter;
    qreal maxPixelSize = 0; // 0: as tall as the box
    QFont::Weight weight = QFont::DemiBold;
};

// The largest pixel size, at most `maxPixelSize` (0: the box's height), at which `text` fits
// `box` on one line; never below a readable minimum.
qreal fittedPixelSize(const QFont &base, const QString &text, const QSizeF &box,
                      qreal maxPixelSize = 0, QFont::Weight weight = QFont::DemiBold);

// Paints `text` at its fitted size in `box`, elided when even the minimum size is too wide.
// Returns the rectangle the text took.
QRectF drawBigText(QPainter &painter, const QRectF &box, const BigText &text);

// Near-black or white, whichever reads better on `background`.
QColor readableOn(const QColor &background);

// The unfilled part of a gauge's arc or a bar: the palette's text colour, faint, so it shows on
// light and dark backgrounds alike.
QColor trackColor(const QPalette &palette);

// A stat tile's sparkline: `points` (x = ms since the epoch, y = value; non-finite y breaks the
// line) drawn over [fromMs, toMs] (or the points' own span when that is empty), scaled to their
// own range, with the area under it filled when `area`.
void drawSparkline(QPainter &painter, const QRectF &box, const std::vector<QPointF> &points,
                   const QColor &color, double fromMs, double toMs, bool area);

// `color` laid over `background` at `opacity` (0..1), as one opaque colour.
QColor blended(const QColor &color, const QColor &background, qreal opacity);

} // namespace eucora::app
