// Asynchronous client for the Prometheus HTTP API. Answers are decoded on a worker thread and
// delivered on the caller's thread; a context object that dies first drops the delivery.
#pragma once

#include "prometheus/series.h"
#include "result.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QUrl>

#include <chrono>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace eucora::prometheus {

struct RangeQuery
{
    QString promql;
    QDateTime start; // UTC
    QDateTime end; // UTC
    std::chrono::milliseconds step {15000};

    bool operator==(const RangeQuery &other) const
    {
        return promql == other.promql && start == other.start && end == other.end
            && step == other.step;
    }
};

class PrometheusClient : public QObject
{
    Q_OBJECT

public:
    using RequestId = quint64;
    using QueryCallback = std::function<void(const Result<QueryResult> &)>;

    explicit PrometheusClient(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~PrometheusClient() override;

    void setBaseUrl(const QUrl &url);
    QUrl baseUrl() const { return m_baseUrl; }

    // Overall deadline for one request, from send to the last byte.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }

    // GET /api/v1/query_range. `done` runs on this object's thread unless `context` is gone.
    RequestId queryRange(const RangeQuery &query, QObject *context, QueryCallback done);

    // Aborts a request; its callback then receives ApiError::Kind::Cancelled.
    void cancel(RequestId id);
    void cancelAll();

    int inFlight() const { return int(m_pending.size()); }

private:
    struct Pending;
    void finish(RequestId id);

    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
    std::chrono::milliseconds m_timeout {std::chrono::seconds(30)};
    RequestId m_nextId = 1;
    QHash<RequestId, Pending *> m_pending;
};

// The query URL for a range query against `base` (exposed for tests and logs).
QUrl rangeQueryUrl(const QUrl &base, const RangeQuery &query);

} // namespace eucora::prometheus
