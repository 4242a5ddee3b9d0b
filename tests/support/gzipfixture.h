// gzip bodies for tests: real answers compressed, and "bombs" of repeated bytes streamed through
// zlib so that a gigabyte of input never has to exist in memory.
#pragma once

#include <QByteArray>

#include <algorithm>
#include <zlib.h>

namespace eucora::testing {

// gzip of `size` copies of `fill`.
inline QByteArray gzipOfRepeated(qint64 size, char fill)
{
    z_stream stream {};
    deflateInit2(&stream, 9, Z_DEFLATED, 16 + MAX_WBITS, 9, Z_DEFAULT_STRATEGY);
    const QByteArray chunk(1 << 20, fill);
    QByteArray out;
    char buffer[1 << 16];
    qint64 left = size;
    for (;;) {
        const qint64 take = std::min<qint64>(left, chunk.size());
        left -= take;
        const int flush = left == 0 ? Z_FINISH : Z_NO_FLUSH;
        stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(chunk.constData()));
        stream.avail_in = uInt(take);
        do {
            stream.next_out = reinterpret_cast<Bytef *>(buffer);
            stream.avail_out = sizeof buffer;
            deflate(&stream, flush);
            out.append(buffer, qsizetype(sizeof buffer - stream.avail_out));
        } while (stream.avail_out == 0);
        if (flush == Z_FINISH)
            break;
    }
    deflateEnd(&stream);
    return out;
}

// gzip of `text`, as a server would send it.
inline QByteArray gzipOf(const QByteArray &text)
{
    z_stream stream {};
    deflateInit2(&stream, 6, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(qsizetype(deflateBound(&stream, uLong(text.size()))), '\0');
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(text.constData()));
    stream.avail_in = uInt(text.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    deflate(&stream, Z_FINISH);
    out.truncate(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return out;
}

} // namespace eucora::testing
