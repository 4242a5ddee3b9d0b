// When panels refresh: interval, pause, refresh-now, and jittered exponential back-off that is
// capped — all on a controllable clock.
#include "refresh/refreshscheduler.h"

#include <QSignalSpy>
#include <QTest>

using namespace eucora;
using namespace std::chrono_literals;

class TestRefreshScheduler : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void newPanelsLoadAtOnceThenFollowTheirInterval();
    void aRunningRefreshIsNotStartedTwice();
    void failuresBackOffExponentiallyWithJitterUpToTheCap();
    void successEndsTheBackoff();
    void pauseHoldsEverythingAndRequestNowOverridesTheInterval();

private:
    QDateTime m_now;
    std::unique_ptr<RefreshScheduler> m_scheduler;
    std::unique_ptr<QSignalSpy> m_due;
};

void TestRefreshScheduler::init()
{
    m_now = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);
    m_scheduler = std::make_unique<RefreshScheduler>();
    m_scheduler->setClock([this] { return m_now; });
    m_scheduler->setJitterSeed(42);
    m_due = std::make_unique<QSignalSpy>(m_scheduler.get(), &RefreshScheduler::due);
}

void TestRefreshScheduler::newPanelsLoadAtOnceThenFollowTheirInterval()
{
    m_scheduler->add(QStringLiteral("a"), 15s);
    m_scheduler->add(QStringLiteral("b"), 60s);
    m_scheduler->tick(m_now);
    QCOMPARE(m_due->count(), 2);
    QCOMPARE(m_due->at(0).at(0).toString(), QStringLiteral("a"));
    m_scheduler->reportSuccess(QStringLiteral("a"));
    m_scheduler->reportSuccess(QStringLiteral("b"));
    m_due->clear();

    m_now = m_now.addSecs(14);
    m_scheduler->tick(m_now);
    QCOMPARE(m_due->count(), 0);
    m_now = m_now.addSecs(1);
    m_scheduler->tick(m_now);
    QCOMPARE(m_due->count(), 1);
    QCOMPARE(m_due->at(0).at(0).toString(), QStringLiteral("a"));
}

void TestRefreshScheduler::aRunningRefreshIsNotStartedTwice()
{
    m_scheduler->add(QStringLiteral("slow"), 1s);
    m_scheduler->tick(m_now);
    m_now = m_now.addSecs(30); // the server has not answered for 30 intervals
    m_scheduler->tick(m_now);
    m_scheduler->tick(m_now.addSecs(1));
    QCOMPARE(m_due->count(), 1);
}

void TestRefreshScheduler::failuresBackOffExponentiallyWithJitterUpToTheCap()
{
    m_scheduler->setBackoffPolicy({2s, 60s, 0.2});
    m_scheduler->add(QStringLiteral("p"), 15s);
    const qint64 expected[] = {2000, 4000, 8000, 16000, 32000, 60000, 60000, 60000};
    for (qint64 base : expected) {
        m_scheduler->tick(m_now);
        m_scheduler->reportFailure(QStringLiteral("p"));
        const qint64 delay = m_now.msecsTo(m_scheduler->nextDue(QStringLiteral("p")));
        QVERIFY2(delay >= qint64(base * 0.8)
                     && delay <= std::min<qint64>(qint64(base * 1.2), 60000),
                 qPrintable(QStringLiteral("%1 for base %2").arg(delay).arg(base)));
        m_now = m_scheduler->nextDue(QStringLiteral("p"));
    }
    QCOMPARE(m_scheduler->consecutiveFailures(QStringLiteral("p")), 8);

    // Jitter: two panels failing together do not retry at the same instant.
    QSet<qint64> delays;
    for (int i = 0; i < 10; ++i)
        delays.insert(m_scheduler->backoffDelay(3).count());
    QVERIFY(delays.size() > 5);
}

void TestRefreshScheduler::successEndsTheBackoff()
{
    m_scheduler->add(QStringLiteral("p"), 15s);
    m_scheduler->tick(m_now);
    m_scheduler->reportFailure(QStringLiteral("p"));
    m_now = m_scheduler->nextDue(QStringLiteral("p"));
    m_scheduler->tick(m_now);
    m_scheduler->reportSuccess(QStringLiteral("p"));
    QCOMPARE(m_scheduler->consecutiveFailures(QStringLiteral("p")), 0);
    QCOMPARE(m_now.msecsTo(m_scheduler->nextDue(QStringLiteral("p"))), qint64(15000));
}

void TestRefreshScheduler::pauseHoldsEverythingAndRequestNowOverridesTheInterval()
{
    m_scheduler->add(QStringLiteral("p"), 15s);
    m_scheduler->tick(m_now);
    m_scheduler->reportSuccess(QStringLiteral("p"));
    m_due->clear();
    m_scheduler->setPaused(true);
    m_now = m_now.addSecs(120);
    m_scheduler->tick(m_now);
    QCOMPARE(m_due->count(), 0);
    m_scheduler->setPaused(false);
    m_scheduler->tick(m_now);
    QCOMPARE(m_due->count(), 1);
    m_scheduler->reportSuccess(QStringLiteral("p"));

    m_scheduler->requestNow(QStringLiteral("p"));
    m_scheduler->tick(m_now.addMSecs(1));
    QCOMPARE(m_due->count(), 2);
}

QTEST_GUILESS_MAIN(TestRefreshScheduler)
#include "tst_refreshscheduler.moc"
