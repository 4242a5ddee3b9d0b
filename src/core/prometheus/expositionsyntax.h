// The lexical rules of the text exposition format (0.0.4 and OpenMetrics): character classes,
// escapes, numbers and timestamps. Small and inline where the parser calls them per byte.
#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <string_view>

namespace eucora::prometheus::syntax {

inline bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\r';
}

inline bool isLabelNameStart(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

inline bool isLabelNameChar(char c)
{
    return isLabelNameStart(c) || (c >= '0' && c <= '9');
}

inline bool isMetricNameStart(char c)
{
    return isLabelNameStart(c) || c == ':';
}

inline bool isMetricNameChar(char c)
{
    return isLabelNameChar(c) || c == ':';
}

inline const char *skipBlanks(const char *p, const char *end)
{
    while (p < end && isBlank(*p))
        ++p;
    return p;
}

inline std::string_view token(const char *&p, const char *end)
{
    const char *begin = p;
    while (p < end && !isBlank(*p))
        ++p;
    return {begin, std::size_t(p - begin)};
}

bool isMetricName(std::string_view name);

// Label values know \\, \" and \n; HELP text knows \\ and \n (and \" in OpenMetrics, `quotes`).
// Anything else after a backslash is kept as written, as Prometheus does.
QString unescape(std::string_view raw, bool quotes);

// Go's strconv.ParseFloat as Prometheus uses it: decimals, exponents, "+Inf", "-Inf", "NaN"
// (any case). Out-of-range decimals become +/-Inf or 0 rather than errors.
bool parseValue(std::string_view text, double *out);

// Text 0.0.4 timestamps: integer milliseconds.
bool parseMilliseconds(std::string_view text, std::int64_t *out);

// OpenMetrics timestamps: seconds, possibly fractional.
bool parseSecondsAsMilliseconds(std::string_view text, std::int64_t *out);

// Whether the last non-blank line is "# EOF" (the text is OpenMetrics).
bool endsWithEof(const QByteArray &text);

} // namespace eucora::prometheus::syntax
