#include "prometheus/ondemanddecoder.h"

#include "prometheus/samplevalue.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <simdjson.h>
#include <string_view>
#include <utility>
#include <vector>

namespace eucora::prometheus {

namespace {

namespace ondemand = simdjson::ondemand;

QString toQString(std::string_view view)
{
    return QString::fromUtf8(view.data(), qsizetype(view.size()));
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Powers of ten that doubles hold exactly.
constexpr double kPowersOfTen[]
    = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
       1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

// The point lists of one answer, read from their raw JSON text. Any byte outside the compact
// shape Prometheus writes (an escape inside a string, say) ends the fast path with false.
class PointScanner
{
public:
    explicit PointScanner(std::string_view json)
        : m_p(json.data())
        , m_end(json.data() + json.size())
    { }

    // [[t,"v"],[t,"v"],...] into the columns.
    bool readPoints(Series *series)
    {
        skipBlanks();
        if (!take('['))
            return false;
        skipBlanks();
        if (take(']'))
            return atEnd();
        for (;;) {
            std::int64_t t = 0;
            double v = 0;
            if (!readCompactPoint(&t, &v) && !readPoint(&t, &v))
                return false;
            series->timestampsMs.push_back(t);
            series->values.push_back(v);
            skipBlanks();
            if (take(','))
                continue;
            return take(']') && atEnd();
        }
    }

    // One [t,"v"] and nothing after it.
    bool readSinglePoint(std::int64_t *t, double *v) { return readPoint(t, v) && atEnd(); }

private:
    // The shape Prometheus writes, [1700000015.5,"12.25"], in one straight pass: no blanks, at
    // most 11 + 3 timestamp digits, a plain decimal value of at most 15 digits. Leaves the
    // position alone and answers false for anything else; readPoint then takes its time.
    bool readCompactPoint(std::int64_t *t, double *v)
    {
        const char *p = m_p;
        const char *end = m_end;
        if (p == end || *p != '[')
            return false;
        ++p;
        const char *intBegin = p;
        std::int64_t ms = 0;
        // Twelve digits are enough to know there are too many, and cannot overflow.
        while (p < end && isDigit(*p) && p - intBegin < 12)
            ms = ms * 10 + (*p++ - '0');
        const auto intDigits = p - intBegin;
        if (intDigits == 0 || intDigits > 11 || (*intBegin == '0' && intDigits > 1))
            return false;
        int fractionDigits = 0;
        if (p < end && *p == '.') {
            ++p;
            for (; p < end && isDigit(*p) && fractionDigits < 4; ++p, ++fractionDigits)
                ms = ms * 10 + (*p - '0');
            if (fractionDigits == 0 || fractionDigits > 3)
                return false;
        }
        static constexpr std::int64_t kToMs[] = {1000, 100, 10, 1};
        ms *= kToMs[fractionDigits];
        if (end - p < 2 || p[0] != ',' || p[1] != '"')
            return false;
        p += 2;

        const bool negative = p < end && *p == '-';
        if (negative)
            ++p;
        const char *digitsBegin = p;
        std::uint64_t mantissa = 0;
        while (p < end && isDigit(*p))
            mantissa = mantissa * 10 + std::uint64_t(*p++ - '0');
        if (p == digitsBegin)
            return false;
        int fraction = 0;
        if (p < end && *p == '.') {
            ++p;
            for (; p < end && isDigit(*p); ++p, ++fraction)
                mantissa = mantissa * 10 + std::uint64_t(*p - '0');
            if (fraction == 0)
                return false;
        }
        if (p - digitsBegin - (fraction > 0 ? 1 : 0) > 15)
            return false;
        if (end - p < 2 || p[0] != '"' || p[1] != ']')
            return false;
        const double value = double(mantissa) / kPowersOfTen[fraction];
        *v = negative ? -value : value;
        *t = ms;
        m_p = p + 2;
        return true;
    }

    bool readPoint(std::int64_t *t, double *v)
    {
        skipBlanks();
        if (!take('['))
            return false;
        skipBlanks();
        if (!readTimestamp(t))
            return false;
        skipBlanks();
        if (!take(','))
            return false;
        skipBlanks();
        if (!take('"'))
            return false;
        const char *close = static_cast<const char *>(std::memchr(m_p, '"', size_t(m_end - m_p)));
        if (!close)
            return false;
        const std::string_view text(m_p, size_t(close - m_p));
        if (text.find('\\') != std::string_view::npos)
            return false;
        m_p = close + 1;
        if (!readValue(text, v))
            return false;
        skipBlanks();
        return take(']');
    }

    // A JSON number of Unix seconds. Up to 11 integer and 3 fraction digits (every timestamp
    // Prometheus writes) give the milliseconds exactly in integers, which is what rounding the
    // double would give; anything else goes through the double as the DOM path does.
    bool readTimestamp(std::int64_t *out)
    {
        const char *begin = m_p;
        const bool negative = take('-');
        const char *intBegin = m_p;
        if (m_p == m_end || !isDigit(*m_p))
            return false;
        if (*m_p == '0')
            ++m_p;
        else
            skipDigits();
        const char *intEnd = m_p;
        const char *fracBegin = intEnd;
        if (take('.')) {
            fracBegin = m_p;
            if (m_p == m_end || !isDigit(*m_p))
                return false;
            skipDigits();
        }
        const char *fracEnd = fracBegin == intEnd ? intEnd : m_p;
        bool exponent = false;
        if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
            exponent = true;
            ++m_p;
            if (m_p < m_end && (*m_p == '+' || *m_p == '-'))
                ++m_p;
            if (m_p == m_end || !isDigit(*m_p))
                return false;
            skipDigits();
        }
        if (!negative && !exponent && intEnd - intBegin <= 11 && fracEnd - fracBegin <= 3) {
            std::int64_t ms = 0;
            for (const char *c = intBegin; c < intEnd; ++c)
                ms = ms * 10 + (*c - '0');
            for (const char *c = fracBegin; c < fracEnd; ++c)
                ms = ms * 10 + (*c - '0');
            for (auto digits = fracEnd - fracBegin; digits < 3; ++digits)
                ms *= 10;
            *out = ms;
            return true;
        }
        double seconds = 0;
        const auto [end, ec] = std::from_chars(begin, m_p, seconds);
        if (ec != std::errc() || end != m_p || !std::isfinite(seconds))
            return false;
        *out = secondsToMs(seconds);
        return true;
    }

    // Plain decimals with at most 15 digits are exact integers divided by an exact power of ten,
    // and IEEE division rounds that correctly: the same double from_chars gives. Everything else
    // ("NaN", "+Inf", exponents, long digit strings) goes through parseSampleValue.
    static bool readValue(std::string_view text, double *out)
    {
        const char *p = text.data();
        const char *end = p + text.size();
        const bool negative = p < end && *p == '-';
        if (negative)
            ++p;
        std::uint64_t mantissa = 0;
        int digits = 0;
        int fraction = 0;
        const char *intBegin = p;
        for (; p < end && isDigit(*p); ++p, ++digits)
            mantissa = mantissa * 10 + std::uint64_t(*p - '0');
        const bool hasInteger = p > intBegin;
        if (p < end && *p == '.') {
            ++p;
            for (; p < end && isDigit(*p); ++p, ++digits, ++fraction)
                mantissa = mantissa * 10 + std::uint64_t(*p - '0');
        }
        if (p == end && hasInteger && digits <= 15 && (fraction > 0 || p[-1] != '.')) {
            const double value = double(mantissa) / kPowersOfTen[fraction];
            *out = negative ? -value : value;
            return true;
        }
        return parseSampleValue(text, out);
    }

    void skipBlanks()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }
    void skipDigits()
    {
        while (m_p < m_end && isDigit(*m_p))
            ++m_p;
    }
    bool take(char c)
    {
        if (m_p == m_end || *m_p != c)
            return false;
        ++m_p;
        return true;
    }
    bool atEnd()
    {
        skipBlanks();
        return m_p == m_end;
    }

    const char *m_p;
    const char *m_end;
};

bool readLabels(ondemand::object metric, LabelSet *labels)
{
    for (auto fieldResult : metric) {
        ondemand::field field;
        std::string_view key;
        std::string_view value;
        if (std::move(fieldResult).get(field) || field.unescaped_key().get(key))
            return false;
        const QString name = toQString(key);
        if (field.value().get_string().get(value))
            return false;
        labels->emplace_back(name, toQString(value));
    }
    std::sort(labels->begin(), labels->end());
    return true;
}

bool readRawArray(ondemand::value value, std::string_view *raw)
{
    ondemand::array array;
    return value.get_array().get(array) == simdjson::SUCCESS
        && array.raw_json().get(*raw) == simdjson::SUCCESS;
}

// One result item. The first occurrence of a key counts, as with the DOM's lookups.
bool readSeries(ondemand::value itemValue, bool matrix, std::size_t expectedPoints, Series *series,
                bool *histograms)
{
    ondemand::object item;
    if (itemValue.get_object().get(item))
        return false;
    bool seenMetric = false;
    bool seenPoints = false;
    for (auto fieldResult : item) {
        ondemand::field field;
        std::string_view key;
        if (std::move(fieldResult).get(field) || field.unescaped_key().get(key))
            return false;
        if (key == "metric" && !seenMetric) {
            seenMetric = true;
            ondemand::object metric;
            if (field.value().get_object().get(metric) || !readLabels(metric, &series->labels))
                return false;
        } else if (key == (matrix ? "values" : "value") && !seenPoints) {
            seenPoints = true;
            std::string_view raw;
            if (!readRawArray(field.value(), &raw))
                return false;
            if (matrix) {
                // The series of one answer usually have one length: reserve the previous one's.
                series->timestampsMs.reserve(expectedPoints);
                series->values.reserve(expectedPoints);
                if (!PointScanner(raw).readPoints(series))
                    return false;
            } else {
                std::int64_t t = 0;
                double v = 0;
                if (!PointScanner(raw).readSinglePoint(&t, &v))
                    return false;
                series->timestampsMs.push_back(t);
                series->values.push_back(v);
            }
        } else if (key == (matrix ? "histograms" : "histogram")) {
            *histograms = true;
        }
    }
    return true;
}

bool readData(ondemand::object data, OnDemandDecode *out)
{
    bool matrix = false;
    bool seenType = false;
    bool seenResult = false;
    for (auto fieldResult : data) {
        ondemand::field field;
        std::string_view key;
        if (std::move(fieldResult).get(field) || field.unescaped_key().get(key))
            return false;
        if (key == "resultType" && !seenType) {
            seenType = true;
            std::string_view type;
            if (field.value().get_string().get(type) || (type != "matrix" && type != "vector"))
                return false;
            matrix = type == "matrix";
        } else if (key == "result" && !seenResult) {
            seenResult = true;
            ondemand::array items;
            if (!seenType || field.value().get_array().get(items))
                return false;
            out->result.resultType = matrix ? ResultType::Matrix : ResultType::Vector;
            for (auto itemResult : items) {
                ondemand::value item;
                Series series;
                const std::size_t expected
                    = out->result.series.empty() ? 0 : out->result.series.back().size();
                if (std::move(itemResult).get(item)
                    || !readSeries(item, matrix, expected, &series, &out->skippedHistograms))
                    return false;
                out->result.series.push_back(std::move(series));
            }
        }
    }
    return seenResult;
}

bool readStrings(ondemand::value value, std::vector<QString> *out)
{
    ondemand::array items;
    if (value.get_array().get(items))
        return true; // not a list: ignored, as the DOM path does
    for (auto itemResult : items) {
        ondemand::value item;
        if (std::move(itemResult).get(item))
            return false;
        std::string_view text;
        if (item.get_string().get(text) == simdjson::SUCCESS)
            out->push_back(toQString(text));
    }
    return true;
}

// A parser and a padding buffer per thread, kept between calls: allocating and faulting in
// fresh buffers (about five bytes per byte of JSON) costs more than parsing a big answer does.
// Bodies above kRetainedBodySize get buffers of their own, so one freak answer does not stay
// resident. PrometheusClient decodes on its own pool of at most two threads, which end after
// 30 s without work, so at most two sets of buffers exist and only while panels refresh.
constexpr qsizetype kRetainedBodySize = 32 * 1024 * 1024;

struct ThreadBuffers
{
    ondemand::parser parser;
    std::vector<char> padded;
};

} // namespace

std::optional<OnDemandDecode> decodeSeriesOnDemand(const QByteArray &body)
{
    thread_local ThreadBuffers retained;
    std::optional<ThreadBuffers> oneOff;
    ThreadBuffers &buffers = body.size() > kRetainedBodySize ? oneOff.emplace() : retained;

    // Parse in place when the buffer has simdjson's padding to spare after its end (bytes that
    // are allocated, whatever they hold); copy otherwise. data_ptr() does not detach.
    const qsizetype spare = const_cast<QByteArray &>(body).data_ptr().freeSpaceAtEnd();
    simdjson::padded_string_view view(body.constData(), size_t(body.size()),
                                      size_t(body.size() + std::max<qsizetype>(spare, 0)));
    if (spare < qsizetype(simdjson::SIMDJSON_PADDING)) {
        buffers.padded.resize(size_t(body.size()) + simdjson::SIMDJSON_PADDING);
        std::copy(body.constBegin(), body.constEnd(), buffers.padded.begin());
        view = simdjson::padded_string_view(buffers.padded.data(), size_t(body.size()),
                                            buffers.padded.size());
    }

    ondemand::document doc;
    ondemand::object root;
    if (buffers.parser.iterate(view).get(doc) || doc.get_object().get(root))
        return std::nullopt;

    OnDemandDecode out;
    bool seenStatus = false;
    bool seenData = false;
    bool seenWarnings = false;
    bool seenInfos = false;
    for (auto fieldResult : root) {
        ondemand::field field;
        std::string_view key;
        if (std::move(fieldResult).get(field) || field.unescaped_key().get(key))
            return std::nullopt;
        if (key == "status" && !seenStatus) {
            seenStatus = true;
            std::string_view status;
            if (field.value().get_string().get(status) || status != "success")
                return std::nullopt;
        } else if (key == "data" && !seenData) {
            seenData = true;
            ondemand::object data;
            if (field.value().get_object().get(data) || !readData(data, &out))
                return std::nullopt;
        } else if (key == "warnings" && !seenWarnings) {
            seenWarnings = true;
            if (!readStrings(field.value(), &out.result.warnings))
                return std::nullopt;
        } else if (key == "infos" && !seenInfos) {
            seenInfos = true;
            if (!readStrings(field.value(), &out.result.infos))
                return std::nullopt;
        }
    }
    // Nothing may follow the root object (current_location() says OUT_OF_BOUNDS at the end).
    const char *location = nullptr;
    if (!seenStatus || !seenData || doc.current_location().get(location) != simdjson::OUT_OF_BOUNDS)
        return std::nullopt;
    return out;
}

} // namespace eucora::prometheus
