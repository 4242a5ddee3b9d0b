#include "prometheus/prometheusclient.h"

#include "prometheus/responsedecoder.h"
#include "serverurl.h"

#include <QCoreApplication>
#include <QFuture>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QPromise>
#include <QThreadPool>
#include <QTimer>
#include <QUrlQuery>

#include <memory>

namespace eucora::prometheus {

namespace {

QString formatSeconds(const QDateTime &time)
{
    return QString::number(double(time.toMSecsSinceEpoch()) / 1000.0, 'f', 3);
}

QString formatStep(std::chrono::milliseconds step)
{
    return QString::number(double(step.count()) / 1000.0, 'g', 12);
}

// Decoding keeps per-thread buffers (see ondemanddecoder.cpp): a small pool of its own bounds
// how many exist, and keeps long parses from starving other users of the global pool.
QThreadPool &decoderPool()
{
    static QThreadPool pool;
    static const bool configured = [] {
        pool.setMaxThreadCount(2);
        pool.setExpiryTimeout(30000);
        return true;
    }();
    Q_UNUSED(configured)
    return pool;
}

} // namespace

struct PrometheusClient::Pending
{
    QPointer<QNetworkReply> reply;
    QPointer<QObject> context;
    QueryCallback done;
    QTimer deadline;
    bool timedOut = false;
    bool cancelled = false;
};

QUrl rangeQueryUrl(const QUrl &base, const RangeQuery &query)
{
    QUrl url = endpointUrl(base, QStringLiteral("/api/v1/query_range"));
    QUrlQuery params;
    params.addQueryItem(QStringLiteral("query"), query.promql);
    params.addQueryItem(QStringLiteral("start"), formatSeconds(query.start));
    params.addQueryItem(QStringLiteral("end"), formatSeconds(query.end));
    params.addQueryItem(QStringLiteral("step"), formatStep(query.step));
    url.setQuery(params.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return url;
}

PrometheusClient::PrometheusClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{ }

PrometheusClient::~PrometheusClient()
{
    for (Pending *pending : std::as_const(m_pending)) {
        if (pending->reply) {
            pending->reply->disconnect(this);
            pending->reply->abort();
            pending->reply->deleteLater();
        }
        delete pending;
    }
}

void PrometheusClient::setBaseUrl(const QUrl &url)
{
    m_baseUrl = url;
}

PrometheusClient::RequestId PrometheusClient::queryRange(const RangeQuery &query, QObject *context,
                                                         QueryCallback done)
{
    const RequestId id = m_nextId++;
    QNetworkRequest request(rangeQueryUrl(m_baseUrl, query));
    request.setRawHeader("Accept", "application/json");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);

    auto pending = std::make_unique<Pending>();
    pending->context = context;
    pending->done = std::move(done);
    pending->reply = m_network->get(request);
    pending->deadline.setSingleShot(true);
    pending->deadline.setInterval(m_timeout);
    Pending *raw = pending.get();
    connect(&raw->deadline, &QTimer::timeout, this, [raw] {
        raw->timedOut = true;
        if (raw->reply)
            raw->reply->abort();
    });
    connect(raw->reply, &QNetworkReply::finished, this, [this, id] { finish(id); });
    raw->deadline.start();
    m_pending.insert(id, pending.release());
    return id;
}

void PrometheusClient::cancel(RequestId id)
{
    Pending *pending = m_pending.value(id);
    if (!pending || !pending->reply)
        return;
    pending->cancelled = true;
    pending->reply->abort();
}

void PrometheusClient::cancelAll()
{
    const auto ids = m_pending.keys();
    for (RequestId id : ids)
        cancel(id);
}

void PrometheusClient::finish(RequestId id)
{
    std::unique_ptr<Pending> pending(m_pending.take(id));
    if (!pending)
        return;
    pending->deadline.stop();
    QNetworkReply *reply = pending->reply;
    reply->deleteLater();

    auto deliver = [context = pending->context,
                    done = std::move(pending->done)](const Result<QueryResult> &result) {
        if (context && done)
            done(result);
    };

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (pending->cancelled) {
        deliver(ApiError {ApiError::Kind::Cancelled, 0, {}, tr("request cancelled")});
        return;
    }
    if (pending->timedOut) {
        deliver(ApiError {ApiError::Kind::Timeout,
                          0,
                          {},
                          tr("no answer within %1 s").arg(double(m_timeout.count()) / 1000.0)});
        return;
    }
    // HTTP error statuses still carry a Prometheus envelope worth decoding; only transport
    // failures without any status are reported from the reply itself.
    if (reply->error() != QNetworkReply::NoError && status == 0) {
        deliver(ApiError {ApiError::Kind::Network, 0, {}, reply->errorString()});
        return;
    }

    // Decoding a large answer takes tens of milliseconds: keep it off the caller's thread.
    auto promise = std::make_shared<QPromise<Result<QueryResult>>>();
    QFuture<Result<QueryResult>> future = promise->future();
    decoderPool().start([promise, body = reply->readAll(), status] {
        promise->start();
        promise->addResult(decodeQueryResponse(body, status));
        promise->finish();
    });
    QObject *receiver = pending->context ? pending->context.data() : this;
    future.then(receiver, [deliver](const Result<QueryResult> &result) { deliver(result); });
}

} // namespace eucora::prometheus
