// Light or dark for the whole application: the Fusion style with a light or a dark palette, so a
// screenshot looks the same on every machine; without a choice the system's style stays.
#pragma once

#include <QString>

class QApplication;

namespace eucora::app {

// "light", "dark" or empty (the system's).
void applyTheme(QApplication &app, const QString &theme);

} // namespace eucora::app
