#include "metrics/expositionformat.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <string>

namespace eucora::metrics {

namespace {

// Python's repr(float): shortest round-trip digits; fixed notation for exponents -4..15,
// scientific ("1e-05", "1.5e+16") otherwise; integral values keep ".0".
std::string pythonRepr(double value)
{
    char buffer[64];
    const auto result
        = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific);
    std::string sci(buffer, result.ptr);
    const bool negative = !sci.empty() && sci.front() == '-';
    if (negative)
        sci.erase(0, 1);
    const auto ePos = sci.find('e');
    std::string digits = sci.substr(0, ePos);
    const int exponent = std::atoi(sci.c_str() + ePos + 1);
    digits.erase(std::remove(digits.begin(), digits.end(), '.'), digits.end());

    std::string out;
    if (exponent >= -4 && exponent < 16) {
        if (exponent < 0) {
            out = "0." + std::string(size_t(-exponent - 1), '0') + digits;
        } else if (size_t(exponent) + 1 >= digits.size()) {
            out = digits + std::string(size_t(exponent) + 1 - digits.size(), '0') + ".0";
        } else {
            out = digits.substr(0, size_t(exponent) + 1) + "."
                + digits.substr(size_t(exponent) + 1);
        }
    } else {
        out = digits.substr(0, 1);
        if (digits.size() > 1)
            out += "." + digits.substr(1);
        const int magnitude = std::abs(exponent);
        out += exponent < 0 ? "e-" : "e+";
        if (magnitude < 10)
            out += '0';
        out += std::to_string(magnitude);
    }
    return negative ? "-" + out : out;
}

} // namespace

QByteArray formatValue(double value)
{
    if (std::isnan(value))
        return QByteArrayLiteral("NaN");
    if (std::isinf(value))
        return value > 0 ? QByteArrayLiteral("+Inf") : QByteArrayLiteral("-Inf");
    std::string text = pythonRepr(value);
    const auto dot = text.find('.');
    if (value > 0 && dot != std::string::npos && dot > 6) {
        std::string mantissa
            = text.substr(0, 1) + "." + text.substr(1, dot - 1) + text.substr(dot + 1);
        while (!mantissa.empty() && (mantissa.back() == '0' || mantissa.back() == '.'))
            mantissa.pop_back();
        text = mantissa + "e+0" + std::to_string(dot - 1);
    }
    return QByteArray::fromStdString(text);
}

QByteArray escapeLabelValue(const QString &value)
{
    QByteArray out;
    const QByteArray utf8 = value.toUtf8();
    out.reserve(utf8.size());
    for (const char c : utf8) {
        if (c == '\\')
            out += "\\\\";
        else if (c == '"')
            out += "\\\"";
        else if (c == '\n')
            out += "\\n";
        else
            out += c;
    }
    return out;
}

QByteArray escapeHelp(const QString &help)
{
    QByteArray out;
    for (const char c : help.toUtf8()) {
        if (c == '\\')
            out += "\\\\";
        else if (c == '\n')
            out += "\\n";
        else
            out += c;
    }
    return out;
}

} // namespace eucora::metrics
