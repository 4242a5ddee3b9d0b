// How to talk to one Prometheus server: credentials, extra headers, compression and the limits
// that keep a slow, huge or hostile answer from hanging or flooding the console.
#pragma once

#include <QByteArray>
#include <QString>

#include <chrono>
#include <utility>
#include <vector>

namespace eucora::prometheus {

struct PrometheusServerOptions
{
    static constexpr qint64 kDefaultMaxResponseBytes = 256LL * 1024 * 1024;

    // HTTP basic auth, sent with every request when basicAuthUser is set. Credentials in the
    // base URL (http://user:password@host) are used the same way and never sent in the URL.
    QString basicAuthUser;
    QString basicAuthPassword;
    // "Authorization: Bearer <token>" when set; takes precedence over basic auth.
    QString bearerToken;
    // Sent as given, after the client's own headers (a tenant header for a multi-tenant proxy).
    std::vector<std::pair<QByteArray, QByteArray>> headers;
    // Ask for gzip. Worth it on slow links; on loopback or a LAN Prometheus' own compression
    // costs more than the transfer (docs/performance.md), so a local server is faster without.
    bool gzip = true;
    // Largest answer accepted, compressed on the wire and again after decompression.
    qint64 maxResponseBytes = kDefaultMaxResponseBytes;
    // A request that receives nothing for this long ends with ApiError::Kind::Timeout; zero
    // switches it off (the overall deadline still holds).
    std::chrono::milliseconds transferTimeout {std::chrono::seconds(15)};

    bool operator==(const PrometheusServerOptions &other) const
    {
        return basicAuthUser == other.basicAuthUser && basicAuthPassword == other.basicAuthPassword
            && bearerToken == other.bearerToken && headers == other.headers && gzip == other.gzip
            && maxResponseBytes == other.maxResponseBytes
            && transferTimeout == other.transferTimeout;
    }
};

} // namespace eucora::prometheus
