#include "dashboard/valuemapping.h"

#include "dashboard/grafanaregex.h"
#include "dashboard/valueformat.h"

#include <cmath>

namespace eucora::dashboard {

namespace {

bool inRange(const ValueMapping &mapping, double value)
{
    if (!mapping.from && !mapping.to)
        return false;
    return (!mapping.from || value >= *mapping.from) && (!mapping.to || value <= *mapping.to);
}

bool specialMatchesNumber(SpecialMatch match, std::optional<double> value)
{
    const bool isNull = !value.has_value();
    const bool isNaN = value && std::isnan(*value);
    switch (match) {
    case SpecialMatch::Null:
        return isNull;
    case SpecialMatch::NaN:
        return isNaN;
    case SpecialMatch::NullAndNaN:
        return isNull || isNaN;
    case SpecialMatch::True:
    case SpecialMatch::False:
    case SpecialMatch::Empty:
        return false;
    }
    return false;
}

bool specialMatchesText(SpecialMatch match, const QString &text)
{
    switch (match) {
    case SpecialMatch::True:
        return text == QLatin1String("true");
    case SpecialMatch::False:
        return text == QLatin1String("false");
    case SpecialMatch::Empty:
        return text.isEmpty();
    case SpecialMatch::Null:
    case SpecialMatch::NaN:
    case SpecialMatch::NullAndNaN:
        return false;
    }
    return false;
}

std::optional<MappingResult> valueEntry(const ValueMapping &mapping, const QString &key)
{
    const auto found = mapping.values.find(key);
    if (found == mapping.values.end())
        return std::nullopt;
    return found->second;
}

// The text with its first match replaced by the result text, "$1" being the first group, as
// JavaScript's String.replace does.
std::optional<MappingResult> regexEntry(const ValueMapping &mapping, const QString &text)
{
    const auto regex = grafanaRegex(mapping.pattern);
    if (!regex.ok())
        return std::nullopt;
    const auto match = regex.value().expression.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    MappingResult result = mapping.result;
    if (result.text.isEmpty())
        return result;
    QString replacement;
    const QString &pattern = mapping.result.text;
    for (int i = 0; i < pattern.size(); ++i) {
        if (pattern.at(i) == QLatin1Char('$') && i + 1 < pattern.size()
            && pattern.at(i + 1).isDigit()) {
            replacement += match.captured(pattern.at(++i).digitValue());
            continue;
        }
        replacement += pattern.at(i);
    }
    result.text = text.left(match.capturedStart()) + replacement + text.mid(match.capturedEnd());
    return result;
}

// The result of the first mapping `match` gives one for.
template<typename Match>
std::optional<MappingResult> firstMatch(const std::vector<ValueMapping> &mappings, Match match)
{
    for (const auto &mapping : mappings) {
        if (std::optional<MappingResult> result = match(mapping))
            return result;
    }
    return std::nullopt;
}

} // namespace

std::optional<MappingResult> mapValue(const std::vector<ValueMapping> &mappings,
                                      std::optional<double> value)
{
    const bool number = value && !std::isnan(*value);
    return firstMatch(mappings, [&](const ValueMapping &mapping) -> std::optional<MappingResult> {
        switch (mapping.type) {
        case MappingType::Value:
            return number ? valueEntry(mapping, jsNumberText(*value)) : std::nullopt;
        case MappingType::Range:
            if (number && inRange(mapping, *value))
                return mapping.result;
            break;
        case MappingType::Special:
            if (specialMatchesNumber(mapping.match, value))
                return mapping.result;
            break;
        case MappingType::Regex:
            break; // Grafana matches regex mappings against text values only
        }
        return std::nullopt;
    });
}

std::optional<MappingResult> mapText(const std::vector<ValueMapping> &mappings, const QString &text)
{
    return firstMatch(mappings, [&](const ValueMapping &mapping) -> std::optional<MappingResult> {
        switch (mapping.type) {
        case MappingType::Value:
            return valueEntry(mapping, text);
        case MappingType::Range: {
            bool ok = false;
            const double number = text.toDouble(&ok);
            if (ok && inRange(mapping, number))
                return mapping.result;
            break;
        }
        case MappingType::Special:
            if (specialMatchesText(mapping.match, text))
                return mapping.result;
            break;
        case MappingType::Regex:
            return regexEntry(mapping, text);
        }
        return std::nullopt;
    });
}

} // namespace eucora::dashboard
