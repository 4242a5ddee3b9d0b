#include "prometheus/expositionsyntax.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <string>

namespace eucora::prometheus::syntax {

namespace {

QString toQString(std::string_view view)
{
    return QString::fromUtf8(view.data(), qsizetype(view.size()));
}

} // namespace

bool isMetricName(std::string_view name)
{
    if (name.empty() || !isMetricNameStart(name.front()))
        return false;
    return std::all_of(name.begin(), name.end(), isMetricNameChar);
}

QString unescape(std::string_view raw, bool quotes)
{
    if (raw.find('\\') == std::string_view::npos)
        return toQString(raw);
    std::string out;
    out.reserve(raw.size());
    for (std::size_t i = 0; i < raw.size(); ++i) {
        const char c = raw[i];
        if (c == '\\' && i + 1 < raw.size()) {
            const char next = raw[i + 1];
            if (next == '\\' || next == 'n' || (quotes && next == '"')) {
                out += next == 'n' ? '\n' : next;
                ++i;
                continue;
            }
        }
        out += c;
    }
    return toQString(out);
}

bool parseValue(std::string_view text, double *out)
{
    const char *begin = text.data();
    const char *end = begin + text.size();
    if (begin < end && *begin == '+') {
        ++begin;
        if (begin == end || *begin == '+' || *begin == '-')
            return false;
    }
    if (begin == end)
        return false;
    const auto [ptr, ec] = std::from_chars(begin, end, *out);
    if (ptr != end)
        return false;
    if (ec == std::errc::result_out_of_range) {
        const std::string copy(begin, end);
        *out = std::strtod(copy.c_str(), nullptr);
        return true;
    }
    return ec == std::errc();
}

bool parseMilliseconds(std::string_view text, std::int64_t *out)
{
    const char *begin = text.data();
    const char *end = begin + text.size();
    if (begin < end && *begin == '+')
        ++begin;
    const auto [ptr, ec] = std::from_chars(begin, end, *out);
    return begin < end && ptr == end && ec == std::errc();
}

bool parseSecondsAsMilliseconds(std::string_view text, std::int64_t *out)
{
    double seconds = 0;
    if (!parseValue(text, &seconds) || !std::isfinite(seconds) || std::abs(seconds) > 9.2e15)
        return false;
    *out = std::llround(seconds * 1000.0);
    return true;
}

bool endsWithEof(const QByteArray &text)
{
    const char *begin = text.constData();
    const char *end = begin + text.size();
    while (end > begin && (isBlank(end[-1]) || end[-1] == '\n'))
        --end;
    const std::string_view tail(begin, std::size_t(end - begin));
    const std::string_view eof = "# EOF";
    if (tail.size() < eof.size() || tail.substr(tail.size() - eof.size()) != eof)
        return false;
    return tail.size() == eof.size() || tail[tail.size() - eof.size() - 1] == '\n';
}

} // namespace eucora::prometheus::syntax
