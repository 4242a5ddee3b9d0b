#include "http/gzipbody.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>
#include <zlib.h>

namespace eucora::http {

namespace {

struct GzipText
{
    Q_DECLARE_TR_FUNCTIONS(eucora::http::GzipBody)
};

QString mebibytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'g', 4);
}

// Real Prometheus answers compress 4 to 30 times; gzip cannot do better than about 1,030.
constexpr double kBombRatio = 200;

// `consumed` gzip bytes already expanded past the limit: a bomb when the ratio gives it away,
// otherwise simply an answer too large for this server's limit.
ApiError tooLargeError(qint64 consumed, qint64 produced, qint64 maxBytes, int httpStatus)
{
    if (double(produced) > kBombRatio * double(std::max<qint64>(consumed, 1))) {
        return ApiError {
            ApiError::Kind::TooLarge,
            httpStatus,
            {},
            GzipText::tr("refused: %1 bytes of gzip expand beyond the %2 MiB size limit, "
                         "more than %3 times their size (a decompression bomb)")
                .arg(consumed)
                .arg(mebibytes(maxBytes))
                .arg(kBombRatio)};
    }
    return ApiError {
        ApiError::Kind::TooLarge,
        httpStatus,
        {},
        GzipText::tr("the answer expands beyond the %1 MiB size limit when decompressed")
            .arg(mebibytes(maxBytes))};
}

// Owns the z_stream so every early return ends it.
class Inflater
{
public:
    Inflater()
    {
        // 16 + MAX_WBITS: gzip framing only, as announced by Content-Encoding: gzip.
        m_ok = inflateInit2(&m_stream, 16 + MAX_WBITS) == Z_OK;
    }
    ~Inflater()
    {
        if (m_ok)
            inflateEnd(&m_stream);
    }
    Inflater(const Inflater &) = delete;
    Inflater &operator=(const Inflater &) = delete;

    bool ok() const { return m_ok; }
    z_stream &stream() { return m_stream; }

private:
    z_stream m_stream {};
    bool m_ok = false;
};

} // namespace

Result<QByteArray> inflateGzipBody(const QByteArray &compressed, qint64 maxBytes, int httpStatus)
{
    maxBytes = std::clamp<qint64>(maxBytes, 0, std::numeric_limits<qsizetype>::max() / 2);
    Inflater inflater;
    if (!inflater.ok())
        return ApiError {
            ApiError::Kind::Decode, httpStatus, {}, GzipText::tr("cannot start gzip decoding")};
    z_stream &stream = inflater.stream();
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(compressed.constData()));
    stream.avail_in = uInt(compressed.size());

    // Grow the output in steps: a 4 KB answer must not reserve the whole cap up front.
    constexpr qsizetype kStep = 256 * 1024;
    QByteArray out;
    qsizetype produced = 0;
    for (;;) {
        if (produced == out.size()) {
            if (produced > maxBytes) {
                return tooLargeError(compressed.size() - qint64(stream.avail_in), produced,
                                     maxBytes, httpStatus);
            }
            const qsizetype grow = std::min<qsizetype>(std::max<qsizetype>(kStep, out.size()),
                                                       qsizetype(maxBytes) + 1 - out.size());
            out.resize(out.size() + std::max<qsizetype>(grow, 1));
        }
        stream.next_out = reinterpret_cast<Bytef *>(out.data() + produced);
        stream.avail_out = uInt(std::min<qsizetype>(out.size() - produced, 1 << 30));
        const uInt before = stream.avail_out;
        const int status = inflate(&stream, Z_NO_FLUSH);
        produced += qsizetype(before - stream.avail_out);
        if (status == Z_STREAM_END) {
            // A gzip body may hold several members one after another.
            if (stream.avail_in == 0)
                break;
            if (inflateReset(&stream) != Z_OK)
                return ApiError {ApiError::Kind::Decode,
                                 httpStatus,
                                 {},
                                 GzipText::tr("the gzip answer is corrupt")};
            continue;
        }
        // There is always room for output here, so Z_BUF_ERROR means no progress is possible.
        if (status == Z_BUF_ERROR && stream.avail_in == 0) {
            return ApiError {
                ApiError::Kind::Decode,
                httpStatus,
                {},
                GzipText::tr("the gzip answer ends early (%1 bytes)").arg(compressed.size())};
        }
        if (status != Z_OK) {
            return ApiError {ApiError::Kind::Decode,
                             httpStatus,
                             {},
                             GzipText::tr("the gzip answer is corrupt (%1)")
                                 .arg(QString::fromLatin1(stream.msg ? stream.msg : "zlib"))};
        }
    }
    if (produced > maxBytes) {
        return tooLargeError(compressed.size() - qint64(stream.avail_in), produced, maxBytes,
                             httpStatus);
    }
    out.truncate(produced);
    return out;
}

} // namespace eucora::http
