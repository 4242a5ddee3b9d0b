// The one request path every client of the console uses (Prometheus, the control plane, the
// degraded-mode scraper, the status-bar probe): an overall deadline, a stalled-transfer timeout,
// a size cap on the wire and again after gzip, the redirect policy, and decoding on the
// channel's own small thread pool with the result delivered on the caller's thread.
#pragma once

#include "http/requestpolicy.h"
#include "offthread.h"
#include "result.h"

#include <QHash>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>

#include <functional>
#include <memory>
#include <vector>

class QNetworkAccessManager;

namespace eucora::http {

// A reply property holding why the server's certificate was refused, in the operator's words
// (set by the network access that checked it: settings/connectionnetwork.h). A failed request
// reports it instead of the TLS backend's own sentence.
inline constexpr char kTlsRefusalProperty[] = "eucoraTlsRefusal";
// Set on HTTPS replies sent without a client certificate: a server that demands one closes the
// connection without saying why, and the failure then says what may be missing.
inline constexpr char kNoClientCertificateProperty[] = "eucoraNoClientCertificate";

struct HttpAnswer
{
    int status = 0;
    QByteArray body; // expanded when it came gzip-encoded
    QList<QPair<QByteArray, QByteArray>> headers;

    QByteArray header(const QByteArray &name) const;
};

struct HttpRequest
{
    QNetworkRequest request;
    QByteArray method = "GET";
    QByteArray body;
    // The body is handed to Qt once and can never be rewound, and HTTP/2 is off: Qt then cannot
    // quietly resend the request when a kept-alive connection died before the answer, so an
    // operator's POST reaches the server at most once.
    bool atMostOnce = false;
};

class HttpChannel : public QObject
{
    Q_OBJECT

public:
    using RequestId = quint64;
    template<typename T, typename E>
    using Decoder = std::function<Result<T, E>(const HttpAnswer &)>;
    // Answers are handed over, not copied: a range query's answer may be tens of megabytes.
    template<typename T, typename E> using Callback = std::function<void(Result<T, E> &&)>;

    explicit HttpChannel(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~HttpChannel() override;

    QNetworkAccessManager *network() const { return m_network; }
    // Threads that decode answers for this channel (default 2): decoding keeps per-thread
    // buffers, and a pool of its own keeps long parses from starving anyone else.
    void setDecodeThreads(int threads) { m_pool.setMaxThreadCount(threads); }

    // Sends `request` under `policy`. An answer with any HTTP status goes to `decode` on the
    // channel's pool; a failure before that (no connection, deadline, size cap, cancel, an
    // encoding not asked for) reaches `done` as an E made from the ApiError. `done` runs once on
    // the thread of `context` (of this channel when null), unless `context` was given and is
    // gone by then.
    template<typename T, typename E>
    RequestId send(HttpRequest request, const RequestPolicy &policy, QObject *context,
                   Decoder<T, E> decode, Callback<T, E> done);

    // A call refused before anything was sent still answers from the event loop, like a reply.
    template<typename T, typename E> void failSoon(QObject *context, Callback<T, E> done, E error);

    // Aborts a request; its callback receives ApiError::Kind::Cancelled.
    void cancel(RequestId id);
    void cancelAll();
    int inFlight() const { return int(m_exchanges.size()); }

private:
    struct Exchange;
    // The bytes as received, before expanding gzip.
    struct Received
    {
        int status = 0;
        std::vector<QByteArray> chunks;
        QList<QPair<QByteArray, QByteArray>> headers;
        bool gzip = false;
        QByteArray body() const; // the chunks joined
    };
    static constexpr qint64 kReadBufferBytes = 1 << 20;
    using Finished = std::function<void(const Result<Received> &received, QObject *receiver)>;

    RequestId start(HttpRequest request, const RequestPolicy &policy, QObject *context,
                    Finished finished);
    void receive(RequestId id);
    void checkAnnouncedSize(RequestId id);
    void failAndAbort(Exchange *exchange, ApiError error);
    static void keep(Exchange *exchange, QByteArray chunk);
    void finish(RequestId id);
    static Result<HttpAnswer> expand(const Received &received, qint64 maxBytes);

    QNetworkAccessManager *m_network;
    QThreadPool m_pool;
    RequestId m_nextId = 1;
    QHash<RequestId, Exchange *> m_exchanges;
};

template<typename T, typename E>
HttpChannel::RequestId HttpChannel::send(HttpRequest request, const RequestPolicy &policy,
                                         QObject *context, Decoder<T, E> decode,
                                         Callback<T, E> done)
{
    auto deliver = [context = QPointer<QObject>(context), hasContext = context != nullptr,
                    done = std::move(done)](Result<T, E> &&result) {
        if ((hasContext && !context) || !done)
            return;
        done(std::move(result));
    };
    return start(std::move(request), policy, context,
                 [this, decode = std::move(decode), deliver,
                  maxBytes = policy.maxBytes](const Result<Received> &received, QObject *receiver) {
                     if (!received.ok())
                         return deliver(E(received.error()));
                     runOffThread(
                         &m_pool, receiver,
                         [decode, received = received.value(), maxBytes]() -> Result<T, E> {
                             const Result<HttpAnswer> answer = expand(received, maxBytes);
                             if (!answer.ok())
                                 return E(answer.error());
                             return decode(answer.value());
                         },
                         deliver);
                 });
}

template<typename T, typename E>
void HttpChannel::failSoon(QObject *context, Callback<T, E> done, E error)
{
    QTimer::singleShot(0, context ? context : this,
                       [done = std::move(done), error = std::move(error)] { done(error); });
}

} // namespace eucora::http
