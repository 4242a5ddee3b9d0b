#include "headless/benchrun.h"

#include "mainwindow.h"
#include "panels/dashboardpage.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTabWidget>
#include <QTimer>

#include <cstdio>
#include <sys/resource.h>
#include <unistd.h>

namespace eucora::app {

namespace {

// Milliseconds since this process started, from the kernel's start time of it.
qint64 sinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    QFile uptime(QStringLiteral("/proc/uptime"));
    if (!stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // Fields after the command (which may hold spaces) start after the last ')'.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    const double startTicks = fields.value(19).toDouble(); // field 22 overall
    const double up = uptime.readAll().split(' ').value(0).toDouble();
    return qint64((up - startTicks / double(sysconf(_SC_CLK_TCK))) * 1000.0);
}

double residentMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

double cpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

bool waitFor(const std::function<bool()> &done, qint64 ms)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    return done();
}

void pause(qint64 ms)
{
    waitFor([] { return false; }, ms);
}

// A 1 ms timer; the largest gap between its ticks is how long the GUI thread stalled.
class StallProbe : public QObject
{
public:
    StallProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this,
                [this] { m_max = std::max(m_max, m_clock.restart()); });
    }
    void start()
    {
        m_max = 0;
        m_clock.start();
        m_timer.start();
    }
    qint64 stop()
    {
        m_timer.stop();
        return std::max(m_max, m_clock.elapsed());
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_max = 0;
};

} // namespace

int runBench(MainWindow &window, const ConsoleOptions &options)
{
    QJsonObject out;
    const QString stallView = options.view;
    window.showPage(QStringLiteral("overview"));
    window.resize(options.size);
    window.show();
    window.startRefreshing();
    DashboardPage *overview = window.currentPage();
    if (!waitFor([overview] { return overview->settled(); }, 60'000)) {
        std::fprintf(stderr, "eucora-console: Overview did not settle\n");
        return 4;
    }
    out.insert(QStringLiteral("cold_start_ms"), sinceProcessStart());

    if (!stallView.isEmpty() && window.page(stallView)) {
        StallProbe probe;
        probe.start();
        window.showPage(stallView);
        DashboardPage *big = window.currentPage();
        waitFor([big] { return big->settled(); }, 120'000);
        pause(200);
        big->refreshNow(); // the second answer: a refresh of what is on screen
        pause(50);
        waitFor([big] { return big->settled(); }, 120'000);
        out.insert(QStringLiteral("max_stall_ms"), probe.stop());
    }

    for (DashboardPage *page : window.pages()) { // every view once
        window.showPage(page->uid());
        waitFor([page] { return page->settled(); }, 30'000);
    }
    out.insert(QStringLiteral("rss_mb"), qRound(residentMb() * 10) / 10.0);

    window.showPage(QStringLiteral("overview"));
    pause(2000); // let the switch settle before counting
    const qint64 idleMs = qEnvironmentVariableIntValue("EUCORA_BENCH_IDLE_S") > 0
        ? qEnvironmentVariableIntValue("EUCORA_BENCH_IDLE_S") * 1000LL
        : 60'000;
    const double before = cpuSeconds();
    QElapsedTimer wall;
    wall.start();
    QEventLoop idle;
    QTimer::singleShot(idleMs, &idle, &QEventLoop::quit);
    idle.exec();
    const double cpu = (cpuSeconds() - before) / (double(wall.elapsed()) / 1000.0) * 100.0;
    out.insert(QStringLiteral("idle_cpu_percent"), qRound(cpu * 100) / 100.0);
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return 0;
}

} // namespace eucora::app
