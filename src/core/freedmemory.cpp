#include "freedmemory.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace eucora {

void returnFreedMemorySoon()
{
#ifdef __GLIBC__
    static QPointer<QTimer> timer; // goes with the application
    if (!timer) {
        timer = new QTimer(QCoreApplication::instance());
        timer->setSingleShot(true);
        timer->setInterval(1000);
        QObject::connect(timer, &QTimer::timeout, [] {
            static QThreadPool pool; // one thread; trimming never blocks the GUI thread
            pool.setMaxThreadCount(1);
            pool.start([] { malloc_trim(0); });
        });
    }
    timer->start();
#endif
}

} // namespace eucora
