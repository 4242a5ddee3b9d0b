#include "prometheus/prometheusclient.h"

#include "prometheus/apicall.h"
#include "prometheus/gzipbody.h"
#include "prometheus/metadatadecoder.h"
#include "prometheus/responsedecoder.h"

#include <QFuture>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QPromise>
#include <QThreadPool>
#include <QTimer>

#include <memory>
#include <optional>

namespace eucora::prometheus {

namespace {

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

QString mebibytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'g', 4);
}

QString seconds(std::chrono::milliseconds duration)
{
    return QString::number(double(duration.count()) / 1000.0);
}

// The body as the endpoint's decoder wants it: gzip expanded within the size cap first.
template<typename T>
Result<T> decodeBody(const QByteArray &body, int status, bool gzip, qint64 maxBytes,
                     Result<T> (*decode)(const QByteArray &, int))
{
    if (!gzip || body.isEmpty())
        return decode(body, status);
    const auto inflated = inflateGzipBody(body, maxBytes, status);
    if (!inflated)
        return inflated.error();
    return decode(inflated.value(), status);
}

} // namespace

struct PrometheusClient::Pending
{
    QPointer<QNetworkReply> reply;
    QPointer<QObject> context;
    bool hasContext = false;
    QByteArray body;
    qint64 maxBytes = 0;
    std::chrono::milliseconds transferTimeout {0};
    QTimer *deadline = nullptr; // children of the reply: they go when it goes
    QTimer *stall = nullptr; // nullptr when the transfer timeout is off
    std::optional<ApiError> failure; // why the client aborted (size cap, stalled transfer)
    bool timedOut = false;
    bool cancelled = false;
    std::function<void(const ApiError &)> fail;
    std::function<void(QByteArray body, int status, bool gzip, qint64 maxBytes, QObject *receiver)>
        decode;
};

QUrl rangeQueryUrl(const QUrl &base, const RangeQuery &query)
{
    return callUrl(base, rangeQueryCall(query));
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
    return send<QueryResult>(rangeQueryCall(query), context, std::move(done), decodeQueryResponse);
}

PrometheusClient::RequestId PrometheusClient::query(const InstantQuery &query, QObject *context,
                                                    QueryCallback done)
{
    return send<QueryResult>(instantQueryCall(query), context, std::move(done),
                             decodeQueryResponse);
}

PrometheusClient::RequestId PrometheusClient::series(const SeriesSelection &selection,
                                                     QObject *context, SeriesCallback done)
{
    return send<ApiResponse<std::vector<LabelSet>>>(seriesCall(selection), context, std::move(done),
                                                    decodeSeriesResponse);
}

PrometheusClient::RequestId PrometheusClient::labels(const SeriesSelection &selection,
                                                     QObject *context, LabelsCallback done)
{
    return send<ApiResponse<QStringList>>(labelNamesCall(selection), context, std::move(done),
                                          decodeStringListResponse);
}

PrometheusClient::RequestId PrometheusClient::labelValues(const QString &labelName,
                                                          const SeriesSelection &selection,
                                                          QObject *context, LabelsCallback done)
{
    return send<ApiResponse<QStringList>>(labelValuesCall(labelName, selection), context,
                                          std::move(done), decodeStringListResponse);
}

PrometheusClient::RequestId PrometheusClient::targets(QObject *context, TargetsCallback done)
{
    return send<ApiResponse<Targets>>(ApiCall {QStringLiteral("/api/v1/targets"), {}, false},
                                      context, std::move(done), decodeTargetsResponse);
}

PrometheusClient::RequestId PrometheusClient::alerts(QObject *context, AlertsCallback done)
{
    return send<ApiResponse<std::vector<Alert>>>(
        ApiCall {QStringLiteral("/api/v1/alerts"), {}, false}, context, std::move(done),
        decodeAlertsResponse);
}

PrometheusClient::RequestId PrometheusClient::rules(QObject *context, RulesCallback done)
{
    return send<ApiResponse<std::vector<RuleGroup>>>(
        ApiCall {QStringLiteral("/api/v1/rules"), {}, false}, context, std::move(done),
        decodeRulesResponse);
}

PrometheusClient::RequestId PrometheusClient::buildInfo(QObject *context, BuildInfoCallback done)
{
    return send<ApiResponse<BuildInfo>>(
        ApiCall {QStringLiteral("/api/v1/status/buildinfo"), {}, false}, context, std::move(done),
        decodeBuildInfoResponse);
}

template<typename T>
PrometheusClient::RequestId PrometheusClient::send(const ApiCall &call, QObject *context,
                                                   std::function<void(const Result<T> &)> done,
                                                   Result<T> (*decode)(const QByteArray &, int))
{
    const RequestId id = m_nextId++;
    const WireRequest wire = buildWireRequest(m_baseUrl, call, m_options);

    // Every outcome reaches `done` through here, errors without the server's credentials.
    auto deliver
        = [context = QPointer<QObject>(context), hasContext = context != nullptr,
           done = std::move(done), base = m_baseUrl, options = m_options](const Result<T> &result) {
              if ((hasContext && !context) || !done)
                  return;
              if (result.ok()) {
                  done(result);
                  return;
              }
              ApiError error = result.error();
              error.message = redactSecrets(error.message, base, options);
              done(error);
          };

    auto pending = std::make_unique<Pending>();
    pending->context = context;
    pending->hasContext = context != nullptr;
    pending->maxBytes = m_options.maxResponseBytes;
    pending->transferTimeout = m_options.transferTimeout;
    pending->fail = [deliver](const ApiError &error) {
        deliver(error);
    };
    pending->decode = [deliver, decode](QByteArray body, int status, bool gzip, qint64 maxBytes,
                                        QObject *receiver) {
        // Decoding a large answer takes tens of milliseconds: keep it off the caller's thread.
        auto promise = std::make_shared<QPromise<Result<T>>>();
        QFuture<Result<T>> future = promise->future();
        decoderPool().start([promise, body = std::move(body), status, gzip, maxBytes, decode] {
            promise->start();
            promise->addResult(decodeBody<T>(body, status, gzip, maxBytes, decode));
            promise->finish();
        });
        future.then(receiver, [deliver](const Result<T> &result) { deliver(result); });
    };

    QNetworkReply *reply
        = wire.isPost() ? m_network->post(wire.request, wire.body) : m_network->get(wire.request);
    pending->reply = reply;
    pending->deadline = new QTimer(reply);
    pending->deadline->setSingleShot(true);
    pending->deadline->setInterval(m_timeout);
    connect(pending->deadline, &QTimer::timeout, this, [this, id] {
        Pending *p = m_pending.value(id);
        if (!p || !p->reply)
            return;
        p->timedOut = true;
        p->reply->abort();
    });
    if (pending->transferTimeout.count() > 0) {
        pending->stall = new QTimer(reply);
        pending->stall->setSingleShot(true);
        pending->stall->setInterval(pending->transferTimeout);
        connect(pending->stall, &QTimer::timeout, this, [this, id] {
            if (Pending *p = m_pending.value(id)) {
                failAndAbort(p,
                             ApiError {ApiError::Kind::Timeout,
                                       0,
                                       {},
                                       tr("no data for %1 s").arg(seconds(p->transferTimeout))});
            }
        });
        // Any sign of life restarts it; readyRead does so in receive().
        auto restart = [stall = QPointer<QTimer>(pending->stall)] {
            if (stall)
                stall->start();
        };
        connect(reply, &QNetworkReply::uploadProgress, pending->stall, restart);
        connect(reply, &QNetworkReply::downloadProgress, pending->stall, restart);
        pending->stall->start();
    }
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, id] { checkAnnouncedSize(id); });
    connect(reply, &QNetworkReply::readyRead, this, [this, id] { receive(id); });
    connect(reply, &QNetworkReply::finished, this, [this, id] { finish(id); });
    pending->deadline->start();
    m_pending.insert(id, pending.release());
    return id;
}

void PrometheusClient::checkAnnouncedSize(RequestId id)
{
    Pending *pending = m_pending.value(id);
    if (!pending || !pending->reply || pending->failure)
        return;
    if (pending->stall)
        pending->stall->start();
    bool known = false;
    const qint64 announced
        = pending->reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&known);
    if (known && announced > pending->maxBytes) {
        failAndAbort(pending,
                     ApiError {ApiError::Kind::TooLarge,
                               0,
                               {},
                               tr("the server announced %1 bytes, more than the %2 MiB "
                                  "size limit")
                                   .arg(announced)
                                   .arg(mebibytes(pending->maxBytes))});
    }
}

void PrometheusClient::receive(RequestId id)
{
    Pending *pending = m_pending.value(id);
    if (!pending || !pending->reply)
        return;
    if (pending->failure) {
        pending->reply->skip(pending->reply->bytesAvailable());
        return;
    }
    if (pending->stall)
        pending->stall->start();
    pending->body += pending->reply->readAll();
    if (pending->body.size() > pending->maxBytes) {
        failAndAbort(pending,
                     ApiError {ApiError::Kind::TooLarge,
                               0,
                               {},
                               tr("the answer is larger than the %1 MiB size limit")
                                   .arg(mebibytes(pending->maxBytes))});
    }
}

// Aborting from inside one of the reply's own signals upsets QNetworkReply ("this method must
// only be called once"): the abort waits for the event loop, and what arrives until then is
// dropped. finish() then reports `error`.
void PrometheusClient::failAndAbort(Pending *pending, ApiError error)
{
    if (pending->failure)
        return;
    pending->failure = std::move(error);
    pending->body.clear();
    QMetaObject::invokeMethod(
        pending->reply, [reply = pending->reply] { reply->abort(); }, Qt::QueuedConnection);
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
    pending->deadline->stop();
    if (pending->stall)
        pending->stall->stop();
    QNetworkReply *reply = pending->reply;
    reply->deleteLater();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (pending->cancelled) {
        pending->fail(ApiError {ApiError::Kind::Cancelled, 0, {}, tr("request cancelled")});
        return;
    }
    if (pending->failure) {
        pending->failure->httpStatus = status;
        pending->fail(*pending->failure);
        return;
    }
    if (pending->timedOut) {
        pending->fail(ApiError {
            ApiError::Kind::Timeout, 0, {}, tr("no answer within %1 s").arg(seconds(m_timeout))});
        return;
    }
    // HTTP error statuses still carry a Prometheus envelope worth decoding; transport failures
    // (connection refused or reset, TLS, proxy: codes below 200) are reported from the reply.
    const QNetworkReply::NetworkError error = reply->error();
    if (error != QNetworkReply::NoError && (status == 0 || error < 200)) {
        pending->fail(ApiError {ApiError::Kind::Network, status, {}, reply->errorString()});
        return;
    }

    pending->body += reply->readAll();
    if (pending->body.size() > pending->maxBytes) {
        pending->fail(ApiError {ApiError::Kind::TooLarge,
                                status,
                                {},
                                tr("the answer is larger than the %1 MiB size limit")
                                    .arg(mebibytes(pending->maxBytes))});
        return;
    }
    const QByteArray encoding = reply->rawHeader("Content-Encoding").trimmed().toLower();
    const bool gzip = encoding == "gzip" || encoding == "x-gzip";
    if (!gzip && !encoding.isEmpty() && encoding != "identity") {
        pending->fail(ApiError {ApiError::Kind::Decode,
                                status,
                                {},
                                tr("the answer uses an encoding the client did not ask for (%1)")
                                    .arg(QString::fromLatin1(encoding))});
        return;
    }
    if (pending->hasContext && !pending->context)
        return;
    QObject *receiver = pending->context ? pending->context.data() : this;
    pending->decode(std::move(pending->body), status, gzip, pending->maxBytes, receiver);
}

} // namespace eucora::prometheus
