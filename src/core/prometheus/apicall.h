// One call of the Prometheus HTTP API and how it goes on the wire: URL or form-encoded POST,
// credentials and headers from the server's options, and the secrets to keep out of messages.
#pragma once

#include "http/requestpolicy.h"
#include "prometheus/apiqueries.h"
#include "prometheus/prometheusserveroptions.h"

#include <QByteArray>
#include <QNetworkRequest>
#include <QString>
#include <QUrl>

#include <utility>
#include <vector>

namespace eucora::prometheus {

struct ApiCall
{
    QString path; // "/api/v1/query"
    std::vector<std::pair<QString, QString>> params; // in order; a key may repeat (match[])
    bool postWhenLong = false; // the endpoint takes the same parameters as a form POST

    bool operator==(const ApiCall &other) const
    {
        return path == other.path && params == other.params && postWhenLong == other.postWhenLong;
    }
};

// GET URLs longer than this go as POST where the endpoint allows it: proxies and servers cut
// or refuse long request lines (Go's default limit for the whole header is 1 MB, nginx's 8 KB).
constexpr qsizetype kMaxGetUrlLength = 4096;

struct WireRequest
{
    QNetworkRequest request;
    QByteArray method; // "GET" or "POST"
    QByteArray body; // the form-encoded parameters of a POST
    // gzip, size cap, stall timeout and redirects from the server's options (the deadline is
    // the client's).
    http::RequestPolicy policy;

    bool isPost() const { return method == "POST"; }
};

ApiCall instantQueryCall(const InstantQuery &query);
ApiCall rangeQueryCall(const RangeQuery &query);
ApiCall seriesCall(const SeriesSelection &selection);
ApiCall labelNamesCall(const SeriesSelection &selection);
ApiCall labelValuesCall(const QString &labelName, const SeriesSelection &selection);

// application/x-www-form-urlencoded, every byte outside [A-Za-z0-9-._~] percent-encoded: a '+'
// in PromQL must not reach Prometheus as a space.
QByteArray formEncode(const std::vector<std::pair<QString, QString>> &params);

// The GET URL of `call` under `base` (credentials in `base` left out).
QUrl callUrl(const QUrl &base, const ApiCall &call);

WireRequest buildWireRequest(const QUrl &base, const ApiCall &call,
                             const PrometheusServerOptions &options);

// `text` with every credential of `base` and `options` replaced by "***": for error messages
// that quote a URL, a header or a proxy's answer.
QString redactSecrets(QString text, const QUrl &base, const PrometheusServerOptions &options);

} // namespace eucora::prometheus
