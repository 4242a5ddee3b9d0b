// How one request may go: how long it may take, how much it may bring back, whether to ask for
// gzip and which redirects to follow. Each client sets it per server (and per endpoint where one
// needs more time, such as a synchronous seed).
#pragma once

#include <QtGlobal>

#include <chrono>

namespace eucora::http {

enum class Redirects {
    None, // a 3xx is the answer: a POST answered 301 must never come back as a GET
    SameOrigin, // credentials go only to the server they were configured for
    NoLessSafe, // follow, but never from https to http
};

struct RequestPolicy
{
    static constexpr qint64 kDefaultMaxBytes = qint64(64) << 20;

    // From sending to the last byte.
    std::chrono::milliseconds deadline {std::chrono::seconds(30)};
    // Nothing received for this long ends the request as a timeout; zero switches it off.
    std::chrono::milliseconds stallTimeout {0};
    // Largest answer accepted, on the wire and again after expanding gzip. A server announcing
    // more is cut off before the first byte is read.
    qint64 maxBytes = kDefaultMaxBytes;
    // Ask for gzip. Worth it on slow links; on loopback or a LAN a server's own compression
    // costs more than the transfer (docs/performance.md).
    bool gzip = false;
    Redirects redirects = Redirects::NoLessSafe;

    bool operator==(const RequestPolicy &o) const
    {
        return deadline == o.deadline && stallTimeout == o.stallTimeout && maxBytes == o.maxBytes
            && gzip == o.gzip && redirects == o.redirects;
    }
};

} // namespace eucora::http
