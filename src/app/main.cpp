// eucora-console: the operations console for the EUCORA control plane.
#include "consoleoptions.h"
#include "headless/benchrun.h"
#include "headless/headlessrun.h"
#include "mainwindow.h"
#include "theme.h"
#include "translations.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("eucora-console"));
    QApplication::setApplicationDisplayName(QStringLiteral("EUCORA Console"));
    QApplication::setOrganizationName(QStringLiteral("EUCORA"));
    QApplication::setApplicationVersion(QStringLiteral(EUCORA_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.eucora.Console"));
    eucora::app::installTranslations(app);

    const eucora::app::ConsoleOptions options = eucora::app::parseConsoleOptions(app);
    eucora::app::applyTheme(app, options.theme);
    eucora::app::MainWindow window(options);
    if (options.bench)
        return eucora::app::runBench(window, options);
    if (options.headless())
        return eucora::app::runHeadless(window, options);
    window.show();
    window.startRefreshing();
    return app.exec();
}
