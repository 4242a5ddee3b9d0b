// Loads the console's translation (and Qt's own) for the system locale.
#pragma once

class QCoreApplication;

namespace eucora::app {

// Returns true when a translation for the system locale was found and installed.
bool installTranslations(QCoreApplication &app);

} // namespace eucora::app
