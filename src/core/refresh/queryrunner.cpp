#include "refresh/queryrunner.h"

#include <algorithm>

namespace eucora {

QueryRunner::QueryRunner(prometheus::PrometheusClient *client, int maxConcurrent, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_maxConcurrent(std::max(1, maxConcurrent))
{ }

std::chrono::milliseconds QueryRunner::heldBack() const
{
    return m_client ? m_client->engine().heldBack : std::chrono::milliseconds(0);
}

QueryRunner::Ticket QueryRunner::run(const prometheus::RangeQuery &query, QObject *context,
                                     prometheus::PrometheusClient::QueryCallback done)
{
    return enqueue(query, context, std::move(done));
}

QueryRunner::Ticket QueryRunner::run(const prometheus::InstantQuery &query, QObject *context,
                                     prometheus::PrometheusClient::QueryCallback done)
{
    return enqueue(query, context, std::move(done));
}

QueryRunner::Ticket QueryRunner::enqueue(Query query, QObject *context,
                                         prometheus::PrometheusClient::QueryCallback done)
{
    const Ticket ticket = m_nextTicket++;
    Subscriber subscriber {ticket, context, std::move(done)};
    for (auto it = m_jobs.begin(); it != m_jobs.end(); ++it) {
        if (it->query == query) { // the same question is already asked: share the answer
            it->subscribers.push_back(std::move(subscriber));
            return ticket;
        }
    }
    const quint64 jobId = m_nextJob++;
    m_jobs.insert(jobId, Job {std::move(query), {std::move(subscriber)}, std::nullopt});
    m_queue.push_back(jobId);
    startNext();
    return ticket;
}

void QueryRunner::cancel(Ticket ticket)
{
    for (auto it = m_jobs.begin(); it != m_jobs.end(); ++it) {
        auto &subs = it->subscribers;
        const auto sub = std::find_if(subs.begin(), subs.end(),
                                      [ticket](const Subscriber &s) { return s.ticket == ticket; });
        if (sub == subs.end())
            continue;
        subs.erase(sub);
        if (!subs.empty())
            return;
        if (it->request) {
            m_client->cancel(*it->request); // its callback finishes the job
        } else {
            m_queue.erase(std::remove(m_queue.begin(), m_queue.end(), it.key()), m_queue.end());
            m_jobs.erase(it);
        }
        return;
    }
}

void QueryRunner::startNext()
{
    while (m_running < m_maxConcurrent && !m_queue.empty()) {
        const quint64 jobId = m_queue.front();
        m_queue.pop_front();
        auto it = m_jobs.find(jobId);
        if (it == m_jobs.end())
            continue;
        ++m_running;
        ++m_sent;
        auto done = [this, jobId](Result<prometheus::QueryResult> &&result) {
            finish(jobId, std::move(result));
        };
        if (const auto *range = std::get_if<prometheus::RangeQuery>(&it->query))
            it->request = m_client->queryRange(*range, this, std::move(done));
        else
            it->request = m_client->query(std::get<prometheus::InstantQuery>(it->query), this,
                                          std::move(done));
    }
}

void QueryRunner::finish(quint64 jobId, Result<prometheus::QueryResult> result)
{
    --m_running;
    const Job job = m_jobs.take(jobId);
    std::vector<const Subscriber *> waiting;
    for (const Subscriber &subscriber : job.subscribers) {
        if (subscriber.context && subscriber.done)
            waiting.push_back(&subscriber);
    }
    // Every subscriber but the last gets a copy; the last one gets the answer itself.
    for (size_t i = 0; i + 1 < waiting.size(); ++i)
        waiting[i]->done(Result<prometheus::QueryResult>(result));
    if (!waiting.empty())
        waiting.back()->done(std::move(result));
    startNext();
}

} // namespace eucora
