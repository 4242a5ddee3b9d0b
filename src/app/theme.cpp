#include "theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

#include <memory>

namespace eucora::app {

namespace {

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x18, 0x1b, 0x1f);
    const QColor base(0x11, 0x12, 0x17);
    const QColor text(0xd8, 0xd9, 0xda);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, QColor(0x22, 0x25, 0x2b));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x8e, 0x8e, 0x8e));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x22, 0x25, 0x2b));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x71, 0xd9));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6e, 0x9f, 0xff));
    p.setColor(QPalette::Mid, QColor(0x2c, 0x30, 0x35));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x6e, 0x6e, 0x6e));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x6e, 0x6e, 0x6e));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x6e, 0x6e, 0x6e));
    return p;
}

QPalette lightPalette()
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette p = fusion->standardPalette();
    p.setColor(QPalette::Window, QColor(0xf4, 0xf5, 0xf5));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x6e, 0x72, 0x80));
    return p;
}

} // namespace

void applyTheme(QApplication &app, const QString &theme)
{
    if (theme.isEmpty())
        return;
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    app.setPalette(theme == QLatin1String("dark") ? darkPalette() : lightPalette());
}

} // namespace eucora::app
