#include "http/httpchannel.h"

#include "http/gzipbody.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <algorithm>
#include <cstring>
#include <optional>

namespace eucora::http {

namespace {

QString mebibytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'g', 4);
}

QString seconds(std::chrono::milliseconds duration)
{
    return QString::number(double(duration.count()) / 1000.0);
}

// A request body that can be read once and never rewound: QNetworkAccessManager resends a
// request whose kept-alive connection died before the answer only when it can rewind the body;
// with this one it reports the error instead.
class OneShotBody : public QIODevice
{
public:
    explicit OneShotBody(QByteArray data)
        : m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override
    {
        return qint64(m_data.size()) - m_pos + QIODevice::bytesAvailable();
    }

protected:
    qint64 readData(char *out, qint64 max) override
    {
        const qint64 n = std::min(max, qint64(m_data.size()) - m_pos);
        std::memcpy(out, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

QNetworkRequest::RedirectPolicy qtPolicy(Redirects redirects)
{
    switch (redirects) {
    case Redirects::None:
        return QNetworkRequest::ManualRedirectPolicy;
    case Redirects::SameOrigin:
        return QNetworkRequest::SameOriginRedirectPolicy;
    case Redirects::NoLessSafe:
        return QNetworkRequest::NoLessSafeRedirectPolicy;
    }
    return QNetworkRequest::ManualRedirectPolicy;
}

QNetworkReply *dispatch(QNetworkAccessManager *network, HttpRequest &request)
{
    QNetworkRequest &r = request.request;
    if (request.atMostOnce) {
        r.setHeader(QNetworkRequest::ContentLengthHeader, request.body.size());
        r.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        // HTTP/1.1 only: OneShotBody is what keeps Qt from resending on that path.
        r.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        auto *upload = new OneShotBody(request.body); // parented to the reply below
        QNetworkReply *reply = network->sendCustomRequest(r, request.method, upload);
        upload->setParent(reply);
        return reply;
    }
    if (request.method == "GET")
        return network->get(r);
    if (request.method == "POST")
        return network->post(r, request.body);
    return network->sendCustomRequest(r, request.method, request.body);
}

} // namespace

QByteArray HttpAnswer::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

struct HttpChannel::Exchange
{
    QPointer<QNetworkReply> reply;
    QPointer<QObject> context;
    bool hasContext = false;
    RequestPolicy policy;
    // As read, one array per readyRead: joined off the GUI thread (expand), so a large answer
    // is never copied into a growing buffer on it.
    std::vector<QByteArray> chunks;
    qint64 bytes = 0;
    QTimer *deadline = nullptr; // children of the reply: they go when it goes
    QTimer *stall = nullptr; // nullptr when the stall timeout is off
    std::optional<ApiError> failure; // why the channel aborted (size cap, stalled transfer)
    bool timedOut = false;
    bool cancelled = false;
    Finished finished;
};

HttpChannel::HttpChannel(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
    m_pool.setMaxThreadCount(2);
    m_pool.setExpiryTimeout(30000);
}

HttpChannel::~HttpChannel()
{
    for (Exchange *exchange : std::as_const(m_exchanges)) {
        if (exchange->reply) {
            exchange->reply->disconnect(this);
            exchange->reply->abort();
            exchange->reply->deleteLater();
        }
        delete exchange;
    }
    m_pool.waitForDone();
}

HttpChannel::RequestId HttpChannel::start(HttpRequest request, const RequestPolicy &policy,
                                          QObject *context, Finished finished)
{
    const RequestId id = m_nextId++;
    QNetworkRequest &r = request.request;
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, qtPolicy(policy.redirects));
    // Setting Accept-Encoding ourselves also stops QNetworkReply from decompressing on its own:
    // the answer is expanded with a size limit (gzipbody.h).
    r.setRawHeader("Accept-Encoding", policy.gzip ? "gzip" : "identity");

    auto exchange = std::make_unique<Exchange>();
    exchange->context = context;
    exchange->hasContext = context != nullptr;
    exchange->policy = policy;
    exchange->finished = std::move(finished);

    QNetworkReply *reply = dispatch(m_network, request);
    // Bounded reads: each readyRead hands over at most this much, so taking it is quick.
    reply->setReadBufferSize(kReadBufferBytes);
    exchange->reply = reply;
    exchange->deadline = new QTimer(reply);
    exchange->deadline->setSingleShot(true);
    exchange->deadline->setInterval(policy.deadline);
    connect(exchange->deadline, &QTimer::timeout, this, [this, id] {
        Exchange *e = m_exchanges.value(id);
        if (!e || !e->reply)
            return;
        e->timedOut = true;
        e->reply->abort();
    });
    if (policy.stallTimeout.count() > 0) {
        exchange->stall = new QTimer(reply);
        exchange->stall->setSingleShot(true);
        exchange->stall->setInterval(policy.stallTimeout);
        connect(exchange->stall, &QTimer::timeout, this, [this, id] {
            if (Exchange *e = m_exchanges.value(id))
                failAndAbort(
                    e,
                    ApiError {ApiError::Kind::Timeout,
                              0,
                              {},
                              tr("no data for %1 s").arg(seconds(e->policy.stallTimeout))});
        });
        // Any sign of life restarts it; readyRead does so in receive().
        auto restart = [stall = QPointer<QTimer>(exchange->stall)] {
            if (stall)
                stall->start();
        };
        connect(reply, &QNetworkReply::uploadProgress, exchange->stall, restart);
        connect(reply, &QNetworkReply::downloadProgress, exchange->stall, restart);
        exchange->stall->start();
    }
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, id] { checkAnnouncedSize(id); });
    connect(reply, &QNetworkReply::readyRead, this, [this, id] { receive(id); });
    connect(reply, &QNetworkReply::finished, this, [this, id] { finish(id); });
    exchange->deadline->start();
    m_exchanges.insert(id, exchange.release());
    return id;
}

void HttpChannel::checkAnnouncedSize(RequestId id)
{
    Exchange *exchange = m_exchanges.value(id);
    if (!exchange || !exchange->reply || exchange->failure)
        return;
    if (exchange->stall)
        exchange->stall->start();
    bool known = false;
    const qint64 announced
        = exchange->reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&known);
    if (known && announced > exchange->policy.maxBytes) {
        failAndAbort(exchange,
                     ApiError {ApiError::Kind::TooLarge,
                               0,
                               {},
                               tr("the server announced %1 bytes, more than the %2 MiB "
                                  "size limit")
                                   .arg(announced)
                                   .arg(mebibytes(exchange->policy.maxBytes))});
    }
}

void HttpChannel::receive(RequestId id)
{
    Exchange *exchange = m_exchanges.value(id);
    if (!exchange || !exchange->reply)
        return;
    if (exchange->failure) {
        exchange->reply->skip(exchange->reply->bytesAvailable());
        return;
    }
    if (exchange->stall)
        exchange->stall->start();
    keep(exchange, exchange->reply->readAll());
    if (exchange->bytes > exchange->policy.maxBytes) {
        failAndAbort(exchange,
                     ApiError {ApiError::Kind::TooLarge,
                               0,
                               {},
                               tr("the answer is larger than the %1 MiB size limit")
                                   .arg(mebibytes(exchange->policy.maxBytes))});
    }
}

// Aborting from inside one of the reply's own signals upsets QNetworkReply ("this method must
// only be called once"): the abort waits for the event loop, and what arrives until then is
// dropped. finish() then reports `error`.
void HttpChannel::failAndAbort(Exchange *exchange, ApiError error)
{
    if (exchange->failure)
        return;
    exchange->failure = std::move(error);
    exchange->chunks.clear();
    QMetaObject::invokeMethod(
        exchange->reply, [reply = exchange->reply] { reply->abort(); }, Qt::QueuedConnection);
}

void HttpChannel::cancel(RequestId id)
{
    Exchange *exchange = m_exchanges.value(id);
    if (!exchange || !exchange->reply)
        return;
    exchange->cancelled = true;
    exchange->reply->abort();
}

void HttpChannel::cancelAll()
{
    const auto ids = m_exchanges.keys();
    for (RequestId id : ids)
        cancel(id);
}

void HttpChannel::finish(RequestId id)
{
    std::unique_ptr<Exchange> exchange(m_exchanges.take(id));
    if (!exchange)
        return;
    exchange->deadline->stop();
    if (exchange->stall)
        exchange->stall->stop();
    QNetworkReply *reply = exchange->reply;
    reply->deleteLater();
    if (exchange->hasContext && !exchange->context)
        return;
    QObject *receiver = exchange->context ? exchange->context.data() : this;
    const auto fail = [&](ApiError error) {
        exchange->finished(error, receiver);
    };

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (exchange->cancelled)
        return fail(ApiError {ApiError::Kind::Cancelled, 0, {}, tr("request cancelled")});
    if (exchange->failure) {
        exchange->failure->httpStatus = status;
        return fail(*exchange->failure);
    }
    if (exchange->timedOut)
        return fail(ApiError {ApiError::Kind::Timeout,
                              0,
                              {},
                              tr("no answer within %1 s").arg(seconds(exchange->policy.deadline))});
    // HTTP error statuses still carry a body worth decoding; transport failures (connection
    // refused or reset, TLS, proxy: codes below 200) are reported from the reply.
    const QNetworkReply::NetworkError error = reply->error();
    if (error != QNetworkReply::NoError && (status == 0 || error < 200)) {
        const QString refusal = reply->property(kTlsRefusalProperty).toString();
        if (!refusal.isEmpty())
            return fail(ApiError {ApiError::Kind::Network, status, {}, refusal});
        const bool closedOnUs = error == QNetworkReply::UnknownNetworkError
            || error == QNetworkReply::RemoteHostClosedError
            || error == QNetworkReply::SslHandshakeFailedError
            || error == QNetworkReply::ContentReSendError; // a POST's connection closed
        if (closedOnUs && reply->property(kNoClientCertificateProperty).toBool())
            return fail(ApiError {ApiError::Kind::Network,
                                  status,
                                  {},
                                  tr("%1 (no client certificate was offered: the server may "
                                     "require one)")
                                      .arg(reply->errorString())});
        return fail(ApiError {ApiError::Kind::Network, status, {}, reply->errorString()});
    }

    keep(exchange.get(), reply->readAll());
    if (exchange->bytes > exchange->policy.maxBytes)
        return fail(ApiError {ApiError::Kind::TooLarge,
                              status,
                              {},
                              tr("the answer is larger than the %1 MiB size limit")
                                  .arg(mebibytes(exchange->policy.maxBytes))});
    const QByteArray encoding = reply->rawHeader("Content-Encoding").trimmed().toLower();
    const bool gzip = encoding == "gzip" || encoding == "x-gzip";
    if (!gzip && !encoding.isEmpty() && encoding != "identity")
        return fail(ApiError {ApiError::Kind::Decode,
                              status,
                              {},
                              tr("the answer uses an encoding the client did not ask for (%1)")
                                  .arg(QString::fromLatin1(encoding))});
    exchange->finished(
        Received {status, std::move(exchange->chunks), reply->rawHeaderPairs(), gzip}, receiver);
}

void HttpChannel::keep(Exchange *exchange, QByteArray chunk)
{
    if (chunk.isEmpty())
        return;
    exchange->bytes += chunk.size();
    exchange->chunks.push_back(std::move(chunk));
}

QByteArray HttpChannel::Received::body() const
{
    if (chunks.size() == 1)
        return chunks.front();
    QByteArray all;
    qsizetype size = 0;
    for (const QByteArray &chunk : chunks)
        size += chunk.size();
    all.reserve(size);
    for (const QByteArray &chunk : chunks)
        all.append(chunk);
    return all;
}

Result<HttpAnswer> HttpChannel::expand(const Received &received, qint64 maxBytes)
{
    HttpAnswer answer {received.status, received.body(), received.headers};
    if (!received.gzip || answer.body.isEmpty())
        return answer;
    Result<QByteArray> inflated = inflateGzipBody(answer.body, maxBytes, received.status);
    if (!inflated.ok())
        return inflated.error();
    answer.body = std::move(inflated).value();
    return answer;
}

} // namespace eucora::http
