// The envelope every Prometheus API answer shares: {"status", "data", "errorType", "error",
// "warnings", "infos"}. One reader for all endpoints, so that an error, a warning or an HTML page
// from a proxy reads the same whichever endpoint it came from. Internal to eucora_core (it
// exposes simdjson types).
#pragma once

#include "prometheus/decodertext.h"
#include "prometheus/series.h"
#include "result.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <simdjson.h>
#include <string_view>
#include <vector>

namespace eucora::prometheus {

struct Envelope
{
    simdjson::dom::element data; // valid while the parser that read it lives
    std::vector<QString> warnings;
    std::vector<QString> infos;
};

// An empty or non-JSON body (an HTML error page, say) as an ApiError; nullopt for a body that
// looks like JSON. Cheap: only looks at the first bytes.
std::optional<ApiError> rejectNonJsonBody(const QByteArray &body, int httpStatus);

// The envelope of `body`, or the error it carries (Kind::Server with errorType and message) or
// the reason it cannot be read (Kind::Decode, or Kind::Http for a bare error status).
Result<Envelope> readEnvelope(simdjson::dom::parser &parser, const QByteArray &body,
                              int httpStatus);

// Helpers for the endpoint decoders.
// A JSON object of string values ({"job":"x",...}) as labels sorted by name.
bool readLabelSet(simdjson::dom::element object, LabelSet *labels);
QString toQString(std::string_view view);
ApiError decodeError(int httpStatus, const QString &message);

} // namespace eucora::prometheus
