// Sits between the panels and one Prometheus: identical queries (range or instant) in flight are
// sent once and shared, at most N requests run at a time (the rest wait in order), and a panel that
// no longer wants an answer leaves without cancelling it for the others.
#pragma once

#include "prometheus/prometheusclient.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <deque>
#include <variant>
#include <vector>

namespace eucora {

class QueryRunner : public QObject
{
    Q_OBJECT

public:
    using Ticket = quint64;

    QueryRunner(prometheus::PrometheusClient *client, int maxConcurrent = 4,
                QObject *parent = nullptr);

    Ticket run(const prometheus::RangeQuery &query, QObject *context,
               prometheus::PrometheusClient::QueryCallback done);
    Ticket run(const prometheus::InstantQuery &query, QObject *context,
               prometheus::PrometheusClient::QueryCallback done);
    // The subscriber leaves; the request is cancelled when nobody else waits for it.
    void cancel(Ticket ticket);

    // The newest span the engine holds back (VictoriaMetrics' -search.latencyOffset): a panel
    // refreshing its tail reads that span again.
    std::chrono::milliseconds heldBack() const;

    int running() const { return m_running; }
    int queued() const { return int(m_queue.size()); }
    quint64 sent() const { return m_sent; } // requests actually sent to the server

private:
    struct Subscriber
    {
        Ticket ticket;
        QPointer<QObject> context;
        prometheus::PrometheusClient::QueryCallback done;
    };
    using Query = std::variant<prometheus::RangeQuery, prometheus::InstantQuery>;
    struct Job
    {
        Query query;
        std::vector<Subscriber> subscribers;
        std::optional<prometheus::PrometheusClient::RequestId> request;
    };

    Ticket enqueue(Query query, QObject *context, prometheus::PrometheusClient::QueryCallback done);
    void startNext();
    void finish(quint64 jobId, Result<prometheus::QueryResult> result);

    prometheus::PrometheusClient *m_client;
    int m_maxConcurrent;
    int m_running = 0;
    quint64 m_sent = 0;
    Ticket m_nextTicket = 1;
    quint64 m_nextJob = 1;
    QHash<quint64, Job> m_jobs;
    std::deque<quint64> m_queue;
};

} // namespace eucora
