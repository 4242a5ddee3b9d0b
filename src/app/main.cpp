// eucora-console: the operations console for the EUCORA control plane.
#include "consolelauncher.h"
#include "consoleoptions.h"
#include "theme.h"
#include "translations.h"

#include <QApplication>

#ifdef __GLIBC__
#include <malloc.h>
#endif

int main(int argc, char *argv[])
{
#ifdef __GLIBC__
    // A panel's points and a large answer are blocks of megabytes that live for one refresh.
    // Served from mmap they go back to the system when freed; glibc otherwise raises this
    // threshold after the first such free, and the freed heap stays resident.
    mallopt(M_MMAP_THRESHOLD, 1 << 20);
#endif
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("eucora-console"));
    QApplication::setApplicationDisplayName(QStringLiteral("EUCORA Console"));
    QApplication::setOrganizationName(QStringLiteral("EUCORA"));
    QApplication::setApplicationVersion(QStringLiteral(EUCORA_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.eucora.Console"));
    eucora::app::installTranslations(app);

    const eucora::app::ConsoleOptions options = eucora::app::parseConsoleOptions(app);
    eucora::app::applyTheme(app, options.theme);
    eucora::app::ConsoleLauncher launcher(options);
    if (const int code = launcher.start(); code >= 0)
        return code;
    return app.exec();
}
