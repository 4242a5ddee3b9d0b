#include "panels/bigvaluetext.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPalette>

#include <algorithm>
#include <cmath>

namespace eucora::app {

namespace {

constexpr qreal kMinPixelSize = 8;

QFont sized(const QFont &base, qreal pixelSize, QFont::Weight weight)
{
    QFont font = base;
    font.setPixelSize(std::max(1, int(std::floor(pixelSize))));
    font.setWeight(weight);
    return font;
}

} // namespace

qreal fittedPixelSize(const QFont &base, const QString &text, const QSizeF &box, qreal maxPixelSize,
                      QFont::Weight weight)
{
    const qreal ceiling = maxPixelSize > 0 ? std::min(maxPixelSize, box.height()) : box.height();
    if (!(ceiling > kMinPixelSize) || text.isEmpty())
        return kMinPixelSize;
    // Text width grows linearly with the pixel size, so one measurement at the ceiling gives
    // the size that fits; fonts round sizes, hence a small margin.
    const QFontMetricsF metrics(sized(base, ceiling, weight));
    const qreal width = metrics.horizontalAdvance(text);
    const qreal height = metrics.height();
    qreal size = ceiling;
    if (width > 0)
        size = std::min(size, ceiling * box.width() / width * 0.95);
    if (height > 0)
        size = std::min(size, ceiling * box.height() / height);
    return std::max(kMinPixelSize, std::floor(size));
}

QRectF drawBigText(QPainter &painter, const QRectF &box, const BigText &text)
{
    if (text.text.isEmpty() || box.width() < 1 || box.height() < 1)
        return {};
    const qreal size
        = fittedPixelSize(painter.font(), text.text, box.size(), text.maxPixelSize, text.weight);
    const QFont font = sized(painter.font(), size, text.weight);
    const QFontMetricsF metrics(font);
    const QString shown = metrics.elidedText(text.text, Qt::ElideRight, box.width());
    painter.save();
    painter.setFont(font);
    painter.setPen(text.color);
    QRectF taken;
    painter.drawText(box, int(text.alignment) | Qt::TextSingleLine, shown, &taken);
    painter.restore();
    return taken;
}

QColor readableOn(const QColor &background)
{
    // Perceived brightness (YIQ), the test Grafana's getTextColorForBackground makes: white on
    // red, green and blue tiles, dark text on yellow and light shades.
    const int brightness
        = (background.red() * 299 + background.green() * 587 + background.blue() * 114) / 1000;
    return brightness >= 128 ? QColor(0x20, 0x22, 0x26) : QColor(Qt::white);
}

QColor trackColor(const QPalette &palette)
{
    QColor track = palette.color(QPalette::WindowText);
    track.setAlphaF(0.12);
    return track;
}

QColor blended(const QColor &color, const QColor &background, qreal opacity)
{
    const qreal a = std::clamp(opacity, 0.0, 1.0) * color.alphaF();
    return QColor::fromRgbF(float(color.redF() * a + background.redF() * (1 - a)),
                            float(color.greenF() * a + background.greenF() * (1 - a)),
                            float(color.blueF() * a + background.blueF() * (1 - a)));
}

} // namespace eucora::app
