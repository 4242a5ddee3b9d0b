// Numbers as Grafana shows them: a unit picks the scale and suffix ("1.50 K", "250 ms",
// "1.50 min", "3.00 KiB"), decimals are automatic unless the panel fixes them. Follows
// packages/grafana-data/src/valueFormats (valueFormats.ts toFixed/getDecimalsForValue,
// categories.ts, dateTimeFormatters.ts, symbolFormatters.ts) of Grafana 10/11.
#pragma once

#include <QString>

#include <optional>

namespace eucora::dashboard {

struct FormattedValue
{
    QString prefix; // "$" for currencies
    QString text; // the number
    QString suffix; // " ms", " K", "%", " KiB"

    QString toString() const { return prefix + text + suffix; }
    bool operator==(const FormattedValue &o) const
    {
        return prefix == o.prefix && text == o.text && suffix == o.suffix;
    }
};

// `value` in `unit` ("short", "percent", "s", "bytes", ... or "" for none). NaN is "NaN" and
// infinities "+Inf"/"-Inf", without a unit. A unit the console does not know is written after
// the number, as Grafana does with custom units.
FormattedValue formatValue(double value, const QString &unit,
                           std::optional<int> decimals = std::nullopt);

// Units formatValue knows (the loader reports the others).
bool isKnownUnit(const QString &unit);

// Grafana's toFixed: `decimals` places, or automatic ones when empty.
QString toFixed(double value, std::optional<int> decimals);

// Grafana's getDecimalsForValue: about two significant digits, none for whole numbers.
int autoDecimals(double value);

// A number as JavaScript's String(number) writes it: "0.1", "250", "1e-7", "1.5e+21".
QString jsNumberText(double value);

} // namespace eucora::dashboard
