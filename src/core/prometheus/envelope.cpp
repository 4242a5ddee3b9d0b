#include "prometheus/envelope.h"

#include "prometheus/responsedecoder.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace eucora::prometheus {

namespace {

void collectStrings(simdjson::dom::element parent, const char *key, std::vector<QString> *out)
{
    simdjson::dom::array items;
    if (parent[key].get_array().get(items) != simdjson::SUCCESS)
        return;
    for (const simdjson::dom::element item : items) {
        std::string_view text;
        if (item.get_string().get(text) == simdjson::SUCCESS)
            out->push_back(toQString(text));
    }
}

} // namespace

QString toQString(std::string_view view)
{
    return QString::fromUtf8(view.data(), qsizetype(view.size()));
}

bool readLabelSet(simdjson::dom::element object, LabelSet *labels)
{
    simdjson::dom::object fields;
    if (object.get_object().get(fields) != simdjson::SUCCESS)
        return false;
    labels->reserve(fields.size());
    for (const auto field : fields) {
        std::string_view value;
        if (field.value.get_string().get(value) != simdjson::SUCCESS)
            return false;
        labels->emplace_back(toQString(field.key), toQString(value));
    }
    std::sort(labels->begin(), labels->end());
    return true;
}

ApiError decodeError(int httpStatus, const QString &message)
{
    return ApiError {ApiError::Kind::Decode, httpStatus, {}, message};
}

QString describeNonJsonBody(const QByteArray &body, int httpStatus)
{
    QString text = QString::fromUtf8(body.left(4096));
    const bool html = text.contains(QLatin1String("<html"), Qt::CaseInsensitive)
        || text.contains(QLatin1String("<!doctype"), Qt::CaseInsensitive);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    static const QRegularExpression space(QStringLiteral("\\s+"));
    if (html)
        text.remove(tags);
    text = text.replace(space, QStringLiteral(" ")).trimmed().left(200);
    const QString kind = html ? DecoderText::tr("HTML error page") : DecoderText::tr("not JSON");
    if (httpStatus > 0)
        return DecoderText::tr("%1 (HTTP %2): %3").arg(kind).arg(httpStatus).arg(text);
    return DecoderText::tr("%1: %2").arg(kind, text);
}

std::optional<ApiError> rejectNonJsonBody(const QByteArray &body, int httpStatus)
{
    const auto kind = httpStatus >= 400 ? ApiError::Kind::Http : ApiError::Kind::Decode;
    if (body.trimmed().isEmpty())
        return ApiError {kind, httpStatus, {}, DecoderText::tr("the server sent an empty answer")};
    if (!body.left(64).trimmed().startsWith('{'))
        return ApiError {kind, httpStatus, {}, describeNonJsonBody(body, httpStatus)};
    return std::nullopt;
}

Result<Envelope> readEnvelope(simdjson::dom::parser &parser, const QByteArray &body, int httpStatus)
{
    if (auto rejected = rejectNonJsonBody(body, httpStatus))
        return *rejected;

    simdjson::dom::element doc;
    if (const auto error = parser.parse(body.constData(), size_t(body.size())).get(doc)) {
        return decodeError(httpStatus,
                           DecoderText::tr("malformed JSON (%1)")
                               .arg(QString::fromUtf8(simdjson::error_message(error))));
    }

    Envelope out;
    collectStrings(doc, "warnings", &out.warnings);
    collectStrings(doc, "infos", &out.infos);

    std::string_view status;
    if (doc["status"].get_string().get(status) != simdjson::SUCCESS)
        return decodeError(httpStatus, DecoderText::tr("the answer has no status field"));

    if (status == "error") {
        std::string_view errorType;
        std::string_view message;
        if (doc["errorType"].get_string().get(errorType) != simdjson::SUCCESS)
            errorType = {};
        if (doc["error"].get_string().get(message) != simdjson::SUCCESS)
            message = {};
        return ApiError {ApiError::Kind::Server, httpStatus, toQString(errorType),
                         toQString(message)};
    }
    if (status != "success")
        return decodeError(httpStatus,
                           DecoderText::tr("unknown status \"%1\"").arg(toQString(status)));

    if (doc["data"].get(out.data) != simdjson::SUCCESS)
        return decodeError(httpStatus, DecoderText::tr("the answer has no data"));
    return out;
}

} // namespace eucora::prometheus
