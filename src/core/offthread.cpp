#include "offthread.h"

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace eucora {

void yieldToInteractiveThreads()
{
#ifdef Q_OS_LINUX
    // On Linux a thread is a task with its own nice value; raising it is always allowed.
    thread_local const bool lowered = [] {
        const auto tid = static_cast<id_t>(::syscall(SYS_gettid));
        return ::setpriority(PRIO_PROCESS, tid, 10) == 0;
    }();
    (void)lowered;
#endif
}

} // namespace eucora
