#include "refresh/refreshscheduler.h"

#include <algorithm>
#include <cmath>

namespace eucora {

RefreshScheduler::RefreshScheduler(QObject *parent)
    : QObject(parent)
{
    connect(&m_timer, &QTimer::timeout, this, [this] { tick(m_clock()); });
}

void RefreshScheduler::startTimer(std::chrono::milliseconds resolution)
{
    m_timer.start(resolution);
}

void RefreshScheduler::add(const QString &id, std::chrono::milliseconds interval)
{
    Entry entry;
    entry.interval = interval;
    entry.nextDue = m_clock(); // a new panel loads at once
    m_entries.insert(id, entry);
}

void RefreshScheduler::remove(const QString &id)
{
    m_entries.remove(id);
}

void RefreshScheduler::setInterval(const QString &id, std::chrono::milliseconds interval)
{
    auto it = m_entries.find(id);
    if (it == m_entries.end())
        return;
    it->interval = interval;
    if (it->failures == 0)
        it->nextDue = std::min(it->nextDue, m_clock().addMSecs(interval.count()));
}

void RefreshScheduler::setPaused(bool paused)
{
    m_paused = paused;
}

void RefreshScheduler::requestNow(const QString &id)
{
    auto it = m_entries.find(id);
    if (it != m_entries.end())
        it->nextDue = m_clock();
}

void RefreshScheduler::reportSuccess(const QString &id)
{
    auto it = m_entries.find(id);
    if (it == m_entries.end())
        return;
    it->running = false;
    it->failures = 0;
    it->nextDue = m_clock().addMSecs(it->interval.count());
}

void RefreshScheduler::reportFailure(const QString &id)
{
    auto it = m_entries.find(id);
    if (it == m_entries.end())
        return;
    it->running = false;
    ++it->failures;
    // Retry sooner than the interval at first, never later than the cap.
    const auto delay = std::min(backoffDelay(it->failures), std::max(it->interval, m_policy.cap));
    it->nextDue = m_clock().addMSecs(delay.count());
}

int RefreshScheduler::consecutiveFailures(const QString &id) const
{
    return m_entries.value(id).failures;
}

QDateTime RefreshScheduler::nextDue(const QString &id) const
{
    return m_entries.value(id).nextDue;
}

std::chrono::milliseconds RefreshScheduler::backoffDelay(int failures)
{
    const double base
        = double(m_policy.initial.count()) * std::pow(2.0, std::clamp(failures - 1, 0, 30));
    const double capped = std::min(base, double(m_policy.cap.count()));
    const double factor = std::uniform_real_distribution<double>(1.0 - m_policy.jitter,
                                                                 1.0 + m_policy.jitter)(m_rng);
    return std::chrono::milliseconds(
        qint64(std::llround(std::min(capped * factor, double(m_policy.cap.count())))));
}

void RefreshScheduler::tick(const QDateTime &now)
{
    if (m_paused)
        return;
    QStringList dueIds;
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        if (!it->running && it->nextDue <= now) {
            it->running = true;
            dueIds << it.key();
        }
    }
    dueIds.sort(); // a stable order for the same tick
    for (const QString &id : std::as_const(dueIds))
        emit due(id);
}

} // namespace eucora
