#include "prometheus/metadatadecoder.h"

#include "prometheus/envelope.h"
#include "prometheus/samplevalue.h"

#include <QRegularExpression>

#include <cmath>
#include <simdjson.h>
#include <string_view>
#include <utility>

namespace eucora::prometheus {

namespace {

using simdjson::dom::array;
using simdjson::dom::element;
using simdjson::dom::object;

// Field readers: a missing field leaves the default (Prometheus leaves out empty parts), a field
// of the wrong type fails the whole answer.
bool readString(element parent, const char *key, QString *out)
{
    element value;
    if (parent[key].get(value) != simdjson::SUCCESS)
        return true;
    std::string_view text;
    if (value.get_string().get(text) != simdjson::SUCCESS)
        return false;
    *out = toQString(text);
    return true;
}

bool readNumber(element parent, const char *key, double *out)
{
    element value;
    if (parent[key].get(value) != simdjson::SUCCESS)
        return true;
    return value.get_double().get(*out) == simdjson::SUCCESS;
}

bool readLabels(element parent, const char *key, LabelSet *out)
{
    element value;
    if (parent[key].get(value) != simdjson::SUCCESS)
        return true;
    return readLabelSet(value, out);
}

bool readTime(element parent, const char *key, QDateTime *out)
{
    QString text;
    if (!readString(parent, key, &text))
        return false;
    if (text.isEmpty())
        return true;
    bool ok = false;
    *out = parseRfc3339(text, &ok);
    return ok;
}

// An enum field read with its fromString: unknown words fail instead of being guessed.
template<typename Enum, typename FromString>
bool readEnum(element parent, const char *key, FromString fromString, Enum *out)
{
    QString text;
    if (!readString(parent, key, &text))
        return false;
    if (text.isEmpty())
        return true;
    const std::optional<Enum> value = fromString(text);
    if (value)
        *out = *value;
    return value.has_value();
}

bool readArray(element parent, const char *key, array *out, bool *present)
{
    element value;
    // Go servers write an empty list as null (vmalert's "alerts": null): no items either way.
    *present = parent[key].get(value) == simdjson::SUCCESS && !value.is_null();
    if (!*present)
        return true;
    return value.get_array().get(*out) == simdjson::SUCCESS;
}

// Reads `data` with `read` and wraps it with the envelope's warnings and infos.
template<typename T, typename Read>
Result<ApiResponse<T>> decodeWith(const QByteArray &body, int httpStatus, Read read)
{
    simdjson::dom::parser parser;
    auto envelope = readEnvelope(parser, body, httpStatus);
    if (!envelope)
        return envelope.error();
    ApiResponse<T> out;
    if (const auto problem = read(envelope.value().data, &out.data))
        return decodeError(httpStatus, *problem);
    out.warnings = std::move(envelope.value().warnings);
    out.infos = std::move(envelope.value().infos);
    return out;
}

using Problem = std::optional<QString>;

Problem malformed(const char *what)
{
    return DecoderText::tr("the answer has a malformed %1").arg(QLatin1String(what));
}

bool isObject(element item)
{
    return item.type() == simdjson::dom::element_type::OBJECT;
}

Problem readTarget(element item, Target *target)
{
    if (!isObject(item) || !readString(item, "scrapePool", &target->scrapePool)
        || !readString(item, "scrapeUrl", &target->scrapeUrl)
        || !readString(item, "lastError", &target->scrapeError)
        || !readTime(item, "lastScrape", &target->lastScrape)
        || !readNumber(item, "lastScrapeDuration", &target->lastScrapeDurationSeconds)
        || !readLabels(item, "labels", &target->labels)
        || !readLabels(item, "discoveredLabels", &target->discoveredLabels))
        return malformed("target");
    if (!readEnum(item, "health", targetHealthFromString, &target->health))
        return DecoderText::tr("a target has an unknown health");
    return std::nullopt;
}

Problem readAlert(element item, Alert *alert)
{
    QString value;
    if (!isObject(item) || !readLabels(item, "labels", &alert->labels)
        || !readLabels(item, "annotations", &alert->annotations)
        || !readTime(item, "activeAt", &alert->activeAt) || !readString(item, "value", &value))
        return malformed("alert");
    if (!readEnum(item, "state", alertStateFromString, &alert->state))
        return DecoderText::tr("an alert has an unknown state");
    const QByteArray utf8 = value.toUtf8();
    if (!value.isEmpty()
        && !parseSampleValue({utf8.constData(), size_t(utf8.size())}, &alert->value))
        return malformed("alert value");
    return std::nullopt;
}

Problem readAlertList(element parent, const char *key, std::vector<Alert> *out)
{
    array items;
    bool present = false;
    if (!readArray(parent, key, &items, &present))
        return malformed("alert list");
    if (!present)
        return std::nullopt;
    for (const element item : items) {
        Alert alert;
        if (auto problem = readAlert(item, &alert))
            return problem;
        out->push_back(std::move(alert));
    }
    return std::nullopt;
}

Problem readRule(element item, Rule *rule)
{
    std::optional<RuleType> type;
    QString typeText;
    if (!isObject(item))
        return malformed("rule");
    if (!readString(item, "type", &typeText) || !(type = ruleTypeFromString(typeText)))
        return DecoderText::tr("a rule has an unknown type");
    rule->type = *type;
    if (!readString(item, "name", &rule->name) || !readString(item, "query", &rule->query)
        || !readString(item, "lastError", &rule->evaluationError)
        || !readTime(item, "lastEvaluation", &rule->lastEvaluation)
        || !readNumber(item, "evaluationTime", &rule->evaluationSeconds)
        || !readLabels(item, "labels", &rule->labels))
        return malformed("rule");
    if (!readEnum(item, "health", ruleHealthFromString, &rule->health))
        return DecoderText::tr("a rule has an unknown health");
    if (rule->type == RuleType::Recording)
        return std::nullopt;
    AlertState state = AlertState::Inactive;
    if (!readEnum(item, "state", alertStateFromString, &state))
        return DecoderText::tr("a rule has an unknown state");
    rule->state = state;
    if (!readNumber(item, "duration", &rule->durationSeconds)
        || !readLabels(item, "annotations", &rule->annotations))
        return malformed("rule");
    return readAlertList(item, "alerts", &rule->alerts);
}

Problem readRuleGroup(element item, RuleGroup *group)
{
    array rules;
    bool present = false;
    if (!isObject(item) || !readString(item, "name", &group->name)
        || !readString(item, "file", &group->file)
        || !readNumber(item, "interval", &group->intervalSeconds)
        || !readArray(item, "rules", &rules, &present))
        return malformed("rule group");
    if (!present)
        return std::nullopt;
    for (const element ruleItem : rules) {
        Rule rule;
        if (auto problem = readRule(ruleItem, &rule))
            return problem;
        group->rules.push_back(std::move(rule));
    }
    return std::nullopt;
}

} // namespace

QDateTime parseRfc3339(const QString &text, bool *ok)
{
    static const QRegularExpression shape(
        QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})[Tt ](\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d+))?"
                       "(?:([Zz])|([+-])(\\d{2}):(\\d{2}))$"));
    *ok = false;
    const auto match = shape.match(text);
    if (!match.hasMatch())
        return {};
    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(),
                     match.captured(3).toInt());
    // Milliseconds: the first three fraction digits (Go writes up to nine).
    const int ms = (match.captured(7) + QLatin1String("000")).left(3).toInt();
    const QTime time(match.captured(4).toInt(), match.captured(5).toInt(),
                     match.captured(6).toInt(), ms);
    if (!date.isValid() || !time.isValid())
        return {};
    *ok = true;
    if (date.year() == 1) // Go's zero time.Time: "never"
        return {};
    QDateTime utc(date, time, Qt::UTC);
    if (!match.captured(9).isEmpty()) {
        const int offset = match.captured(10).toInt() * 3600 + match.captured(11).toInt() * 60;
        utc = utc.addSecs(match.captured(9) == QLatin1String("+") ? -offset : offset);
    }
    return utc;
}

Result<ApiResponse<std::vector<LabelSet>>> decodeSeriesResponse(const QByteArray &body,
                                                                int httpStatus)
{
    return decodeWith<std::vector<LabelSet>>(
        body, httpStatus, [](element data, std::vector<LabelSet> *out) -> Problem {
            array items;
            if (data.get_array().get(items) != simdjson::SUCCESS)
                return DecoderText::tr("the series list is not a list");
            out->reserve(items.size());
            for (const element item : items) {
                LabelSet labels;
                if (!readLabelSet(item, &labels))
                    return malformed("series");
                out->push_back(std::move(labels));
            }
            return std::nullopt;
        });
}

Result<ApiResponse<QStringList>> decodeStringListResponse(const QByteArray &body, int httpStatus)
{
    return decodeWith<QStringList>(body, httpStatus, [](element data, QStringList *out) -> Problem {
        array items;
        if (data.get_array().get(items) != simdjson::SUCCESS)
            return DecoderText::tr("the label list is not a list");
        out->reserve(qsizetype(items.size()));
        for (const element item : items) {
            std::string_view text;
            if (item.get_string().get(text) != simdjson::SUCCESS)
                return malformed("label list");
            out->push_back(toQString(text));
        }
        return std::nullopt;
    });
}

Result<ApiResponse<Targets>> decodeTargetsResponse(const QByteArray &body, int httpStatus)
{
    return decodeWith<Targets>(body, httpStatus, [](element data, Targets *out) -> Problem {
        array active;
        array dropped;
        bool hasActive = false;
        bool hasDropped = false;
        if (!readArray(data, "activeTargets", &active, &hasActive)
            || !readArray(data, "droppedTargets", &dropped, &hasDropped)
            || (!hasActive && !hasDropped))
            return malformed("target list");
        if (hasActive) {
            for (const element item : active) {
                Target target;
                if (auto problem = readTarget(item, &target))
                    return problem;
                out->active.push_back(std::move(target));
            }
        }
        if (hasDropped) {
            for (const element item : dropped) {
                LabelSet labels;
                if (!isObject(item) || !readLabels(item, "discoveredLabels", &labels))
                    return malformed("dropped target");
                out->dropped.push_back(std::move(labels));
            }
        }
        return std::nullopt;
    });
}

Result<ApiResponse<std::vector<Alert>>> decodeAlertsResponse(const QByteArray &body, int httpStatus)
{
    return decodeWith<std::vector<Alert>>(body, httpStatus,
                                          [](element data, std::vector<Alert> *out) -> Problem {
                                              if (data["alerts"].error() != simdjson::SUCCESS)
                                                  return malformed("alert list");
                                              return readAlertList(data, "alerts", out);
                                          });
}

Result<ApiResponse<std::vector<RuleGroup>>> decodeRulesResponse(const QByteArray &body,
                                                                int httpStatus)
{
    return decodeWith<std::vector<RuleGroup>>(
        body, httpStatus, [](element data, std::vector<RuleGroup> *out) -> Problem {
            array groups;
            bool present = false;
            if (!readArray(data, "groups", &groups, &present)
                || data["groups"].error() != simdjson::SUCCESS)
                return malformed("rule group list");
            if (!present) // null
                return std::nullopt;
            for (const element item : groups) {
                RuleGroup group;
                if (auto problem = readRuleGroup(item, &group))
                    return problem;
                out->push_back(std::move(group));
            }
            return std::nullopt;
        });
}

Result<ApiResponse<BuildInfo>> decodeBuildInfoResponse(const QByteArray &body, int httpStatus)
{
    return decodeWith<BuildInfo>(body, httpStatus, [](element data, BuildInfo *out) -> Problem {
        if (!isObject(data) || !readString(data, "version", &out->version)
            || !readString(data, "revision", &out->revision)
            || !readString(data, "branch", &out->branch)
            || !readString(data, "buildUser", &out->buildUser)
            || !readString(data, "buildDate", &out->buildDate)
            || !readString(data, "goVersion", &out->goVersion))
            return malformed("build information");
        if (out->version.isEmpty())
            return DecoderText::tr("the build information has no version");
        return std::nullopt;
    });
}

Result<ApiResponse<std::map<QString, std::vector<MetricMetadata>>>>
decodeMetadataResponse(const QByteArray &body, int httpStatus)
{
    using Metadata = std::map<QString, std::vector<MetricMetadata>>;
    return decodeWith<Metadata>(body, httpStatus, [](element data, Metadata *out) -> Problem {
        if (!isObject(data))
            return malformed("metadata");
        for (auto field : data.get_object()) {
            array entries;
            if (field.value.get_array().get(entries) != simdjson::SUCCESS)
                return malformed("metadata");
            std::vector<MetricMetadata> &list = (*out)[toQString(field.key)];
            for (element entry : entries) {
                MetricMetadata m;
                if (!isObject(entry) || !readString(entry, "type", &m.type)
                    || !readString(entry, "help", &m.help) || !readString(entry, "unit", &m.unit))
                    return malformed("metadata");
                list.push_back(std::move(m));
            }
        }
        return std::nullopt;
    });
}

} // namespace eucora::prometheus
