// Work that must not stall the GUI thread (decoding, merging, drawing) runs on a thread pool;
// its result comes back on the receiver's thread.
#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QPromise>
#include <QThreadPool>

#include <memory>
#include <type_traits>
#include <utility>

namespace eucora {

// Lowers the calling pool thread's scheduling weight once (Linux: nice +10 for this thread
// only), so that with as many busy workers as cores the GUI thread still gets the CPU when an
// event arrives. Elsewhere it does nothing.
void yieldToInteractiveThreads();

// Runs `work()` on `pool` and calls `then(result)` on the receiver's thread with the result
// moved, never copied. When the receiver is destroyed first, the result goes nowhere. `work`
// must own what it reads (captured by value): it may outlive the receiver.
template<typename Work, typename Then>
void runOffThread(QThreadPool *pool, QObject *receiver, Work work, Then then)
{
    using R = std::invoke_result_t<Work &>;
    auto promise = std::make_shared<QPromise<R>>();
    // A watcher owned by the receiver goes with it. (QFuture::then with a context asserts in
    // Qt 6.4 when the context died meanwhile.)
    auto *watcher = new QFutureWatcher<R>(receiver);
    QObject::connect(watcher, &QFutureWatcherBase::finished, watcher,
                     [watcher, then = std::move(then)]() mutable {
                         QFuture<R> done = watcher->future();
                         watcher->deleteLater();
                         if (done.resultCount() > 0)
                             then(done.takeResult());
                     });
    watcher->setFuture(promise->future());
    pool->start([promise, work = std::move(work)]() mutable {
        yieldToInteractiveThreads();
        promise->start();
        promise->addResult(work());
        promise->finish();
    });
}

} // namespace eucora
