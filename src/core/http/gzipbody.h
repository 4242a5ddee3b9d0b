// Expands a gzip-encoded answer with a hard limit on what it may expand to. The client asks for
// gzip itself (so QNetworkReply hands over the compressed bytes) because Qt's transparent
// decompression either expands a whole received chunk at once (a 1 MB bomb becomes 1 GB before
// the first readyRead) or, with its safety check on, fails bombs and corrupt streams with the
// same empty "Decompression failed". Pure function: runs on the decoder threads.
#pragma once

#include "result.h"

#include <QByteArray>

namespace eucora::http {

// The expanded body; ApiError::Kind::TooLarge as soon as the output would pass `maxBytes` (a
// decompression bomb never gets further than that), Kind::Decode for a corrupt or cut stream.
Result<QByteArray> inflateGzipBody(const QByteArray &compressed, qint64 maxBytes, int httpStatus);

} // namespace eucora::http
