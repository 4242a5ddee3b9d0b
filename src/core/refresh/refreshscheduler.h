// Decides when each panel refreshes: its own interval, a global pause, and jittered
// exponential back-off after errors (capped), so a dead server is not hammered and many panels
// do not retry in lock-step. Driven by tick(now) — a QTimer in the console, the test's own
// clock in tests.
#pragma once

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QString>
#include <QTimer>

#include <chrono>
#include <functional>
#include <random>

namespace eucora {

class RefreshScheduler : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    struct BackoffPolicy
    {
        std::chrono::milliseconds initial {std::chrono::seconds(2)};
        std::chrono::milliseconds cap {std::chrono::minutes(2)};
        double jitter = 0.2; // +/- 20 %
    };

    explicit RefreshScheduler(QObject *parent = nullptr);

    void setClock(Clock clock) { m_clock = std::move(clock); }
    void setBackoffPolicy(BackoffPolicy policy) { m_policy = policy; }
    void setJitterSeed(quint64 seed) { m_rng.seed(seed); }
    // Starts the wall-clock timer that calls tick(); tests call tick() themselves instead.
    void startTimer(std::chrono::milliseconds resolution = std::chrono::milliseconds(250));

    void add(const QString &id, std::chrono::milliseconds interval);
    void remove(const QString &id);
    void setInterval(const QString &id, std::chrono::milliseconds interval);

    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }

    // Due now, whatever the interval (a refresh button, a range change).
    void requestNow(const QString &id);
    // The refresh that `due` started has ended.
    void reportSuccess(const QString &id);
    void reportFailure(const QString &id);

    int consecutiveFailures(const QString &id) const;
    QDateTime nextDue(const QString &id) const;

    // The delay before retry number `failures` (1 = first retry), jitter included.
    std::chrono::milliseconds backoffDelay(int failures);

    // Emits due() for every entry whose time has come and that has no refresh running.
    void tick(const QDateTime &now);

signals:
    void due(const QString &id);

private:
    struct Entry
    {
        std::chrono::milliseconds interval {15000};
        QDateTime nextDue;
        int failures = 0;
        bool running = false;
    };

    QHash<QString, Entry> m_entries;
    QTimer m_timer;
    Clock m_clock = [] {
        return QDateTime::currentDateTimeUtc();
    };
    BackoffPolicy m_policy;
    std::mt19937_64 m_rng {std::random_device {}()};
    bool m_paused = false;
};

} // namespace eucora
