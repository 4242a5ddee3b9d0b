// The console loads the translation for the system locale. ctest runs this with
// LANG=de_DE.UTF-8, as an operator with a German desktop would start the console.
#include "mainwindow.h"
#include "translations.h"

#include <QApplication>
#include <QMenuBar>
#include <QTest>

using namespace eucora;

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void menusAreGermanUnderAGermanLocale();
};

void TestTranslations::menusAreGermanUnderAGermanLocale()
{
    QCOMPARE(qEnvironmentVariable("LANG"), QStringLiteral("de_DE.UTF-8"));
    QCOMPARE(QLocale().language(), QLocale::German);
    QVERIFY(app::installTranslations(*qApp));

    app::ConsoleOptions options;
    app::MainWindow window(options);
    const QList<QAction *> menus = window.menuBar()->actions();
    QVERIFY(menus.size() >= 2);
    QCOMPARE(menus.first()->text(), QStringLiteral("&Datei"));
    QCOMPARE(menus.last()->text(), QStringLiteral("&Hilfe"));
    QCOMPARE(window.windowTitle(), QStringLiteral("EUCORA-Konsole"));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
