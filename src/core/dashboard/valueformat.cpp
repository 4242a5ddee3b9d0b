#include "dashboard/valueformat.h"

#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <vector>

namespace eucora::dashboard {

namespace {

using Formatter = std::function<FormattedValue(double, std::optional<int>)>;

constexpr double kInf = std::numeric_limits<double>::infinity();

double jsRound(double value)
{
    return std::floor(value + 0.5);
}

FormattedValue fixedUnit(double value, std::optional<int> decimals, const QString &unit,
                         bool asPrefix)
{
    const QString text = toFixed(value, decimals);
    if (unit.isEmpty())
        return {{}, text, {}};
    if (asPrefix)
        return {unit, text, {}};
    return {{}, text, QLatin1Char(' ') + unit};
}

// Grafana's scaledUnits: the largest power of `factor` not above the value picks the entry of
// `units`; `offset` is the index of the unscaled entry (SI units can also scale down).
FormattedValue scaled(double value, std::optional<int> decimals, double factor,
                      const QStringList &units, int offset = 0)
{
    const int last = int(units.size()) - 1;
    // Zero has no magnitude: it keeps the unscaled unit ("0 B", not "0 fB").
    const double magnitude
        = value == 0 ? 0.0 : std::floor(std::log10(std::abs(value)) / std::log10(factor));
    const int index = int(std::clamp(magnitude, -1000.0, 1000.0));
    const int unitIndex = std::clamp(offset + index, 0, last);
    const int power = std::clamp(index, -offset, last - offset);
    return {{}, toFixed(value / std::pow(factor, power), decimals), units.at(unitIndex)};
}

Formatter suffixUnit(const QString &unit)
{
    return [unit](double v, std::optional<int> d) {
        return fixedUnit(v, d, unit, false);
    };
}

QStringList prefixed(const QStringList &prefixes, const QString &unit)
{
    QStringList units;
    for (const QString &prefix : prefixes)
        units << QLatin1Char(' ') + prefix + unit;
    return units;
}

Formatter binaryUnit(const QString &unit, int offset)
{
    const QStringList prefixes {QString(),
                                QStringLiteral("Ki"),
                                QStringLiteral("Mi"),
                                QStringLiteral("Gi"),
                                QStringLiteral("Ti"),
                                QStringLiteral("Pi"),
                                QStringLiteral("Ei"),
                                QStringLiteral("Zi"),
                                QStringLiteral("Yi")};
    const QStringList units = prefixed(prefixes.mid(offset), unit);
    return [units](double v, std::optional<int> d) {
        return scaled(v, d, 1024, units);
    };
}

Formatter siUnit(const QString &unit, int offset)
{
    const QStringList prefixes {QStringLiteral("f"), QStringLiteral("p"), QStringLiteral("n"),
                                QStringLiteral("µ"), QStringLiteral("m"), QString(),
                                QStringLiteral("k"), QStringLiteral("M"), QStringLiteral("G"),
                                QStringLiteral("T"), QStringLiteral("P"), QStringLiteral("E"),
                                QStringLiteral("Z"), QStringLiteral("Y")};
    constexpr int kBase = 5; // the index of the unprefixed unit
    const QStringList units = prefixed(prefixes, unit);
    return [units, offset](double v, std::optional<int> d) {
        return scaled(v, d, 1000, units, kBase + offset);
    };
}

const QStringList &countSuffixes()
{
    static const QStringList suffixes {QString(), QStringLiteral("K"), QStringLiteral("M"),
                                       QStringLiteral("B"), QStringLiteral("T")};
    return suffixes;
}

// Grafana's simpleCountUnit: "1.50K req/s", "10 req/s".
Formatter countUnit(const QString &symbol)
{
    return [symbol](double v, std::optional<int> d) {
        FormattedValue result = scaled(v, d, 1000, countSuffixes());
        result.suffix += QLatin1Char(' ') + symbol;
        return result;
    };
}

Formatter currency(const QString &symbol)
{
    return [symbol](double v, std::optional<int> d) {
        FormattedValue result = scaled(std::abs(v), d, 1000, countSuffixes());
        result.prefix = v < 0 ? QLatin1Char('-') + symbol : symbol;
        return result;
    };
}

struct TimeStep
{
    double below; // the step applies to magnitudes below this
    double divisor;
    const char *suffix;
};

// The time units: the first step whose limit the magnitude is below picks the scale.
Formatter timeUnit(std::vector<TimeStep> steps)
{
    return [steps](double v, std::optional<int> d) -> FormattedValue {
        for (const auto &step : steps) {
            if (std::abs(v) < step.below)
                return {{}, toFixed(v / step.divisor, d), QString::fromUtf8(step.suffix)};
        }
        return {};
    };
}

Formatter seconds()
{
    const Formatter scale = timeUnit({{1e-6, 1e-9, " ns"},
                                      {1e-3, 1e-6, " µs"},
                                      {1, 1e-3, " ms"},
                                      {60, 1, " s"},
                                      {3600, 60, " min"},
                                      {86400, 3600, " hour"},
                                      {604800, 86400, " day"},
                                      {31536000, 604800, " week"},
                                      {kInf, 3.15569e7, " year"}});
    return [scale](double v, std::optional<int> d) -> FormattedValue {
        if (v == 0) // Grafana: zero stays in seconds instead of becoming "0 ns"
            return {{}, QStringLiteral("0"), QStringLiteral(" s")};
        return scale(v, d);
    };
}

// Grafana's toDuration ("dtdurations", "dtdurationms"): "1 hour, 30 minutes" with as many
// parts after the first as `decimals` says.
Formatter duration(double unitMs)
{
    return [unitMs](double v, std::optional<int> d) -> FormattedValue {
        static const std::vector<std::pair<double, const char *>> units {
            {31536000000.0, "year"}, {2592000000.0, "month"}, {604800000.0, "week"},
            {86400000.0, "day"},     {3600000.0, "hour"},     {60000.0, "minute"},
            {1000.0, "second"},      {1.0, "millisecond"}};
        const char *scaleName = unitMs == 1.0 ? "millisecond" : "second";
        if (v == 0)
            return {{}, QStringLiteral("0"), QStringLiteral(" %1s").arg(QLatin1String(scaleName))};
        double rest = std::abs(v) * unitMs;
        QStringList parts;
        bool started = false;
        int remaining = d.value_or(0);
        for (const auto &[ms, name] : units) {
            if (remaining < 0)
                break;
            const double count = rest / ms;
            if (count >= 1 || started) {
                started = true;
                const auto whole = static_cast<qint64>(std::floor(count));
                parts << QStringLiteral("%1 %2%3").arg(whole).arg(
                    QLatin1String(name), whole != 1 ? QStringLiteral("s") : QString());
                rest = std::fmod(rest, ms);
                --remaining;
            }
        }
        return {{}, parts.join(QStringLiteral(", ")), v < 0 ? QStringLiteral(" ago") : QString()};
    };
}

std::optional<Formatter> formatterFor(const QString &unit)
{
    using Entry = std::pair<const char *, Formatter>;
    static const std::vector<Entry> table {
        {"none",
         [](double v, std::optional<int> d) {
             return fixedUnit(v, d, {}, false);
         }},
        {"short",
         [](double v, std::optional<int> d) {
             static const QStringList units {QString(),
                                             QStringLiteral(" K"),
                                             QStringLiteral(" Mil"),
                                             QStringLiteral(" Bil"),
                                             QStringLiteral(" Tri"),
                                             QStringLiteral(" Quadr"),
                                             QStringLiteral(" Quint"),
                                             QStringLiteral(" Sext"),
                                             QStringLiteral(" Sept")};
             return scaled(v, d, 1000, units);
         }},
        {"percent",
         [](double v, std::optional<int> d) {
             return FormattedValue {{}, toFixed(v, d), QStringLiteral("%")};
         }},
        {"percentunit",
         [](double v, std::optional<int> d) {
             return FormattedValue {{}, toFixed(100 * v, d), QStringLiteral("%")};
         }},
        {"ns",
         timeUnit({{1e3, 1, " ns"},
                   {1e6, 1e3, " µs"},
                   {1e9, 1e6, " ms"},
                   {6e10, 1e9, " s"},
                   {3.6e12, 6e10, " min"},
                   {8.64e13, 3.6e12, " hour"},
                   {kInf, 8.64e13, " day"}})},
        {"µs", timeUnit({{1e3, 1, " µs"}, {1e6, 1e3, " ms"}, {kInf, 1e6, " s"}})},
        {"ms",
         timeUnit({{1e3, 1, " ms"},
                   {6e4, 1e3, " s"},
                   {3.6e6, 6e4, " min"},
                   {8.64e7, 3.6e6, " hour"},
                   {3.1536e10, 8.64e7, " day"},
                   {kInf, 3.1536e10, " year"}})},
        {"s", seconds()},
        {"m",
         timeUnit({{60, 1, " min"},
                   {1440, 60, " hour"},
                   {10080, 1440, " day"},
                   {604800, 10080, " week"},
                   {kInf, 5.25948e5, " year"}})},
        {"h",
         timeUnit(
             {{24, 1, " hour"}, {168, 24, " day"}, {8760, 168, " week"}, {kInf, 8760, " year"}})},
        {"d", timeUnit({{7, 1, " day"}, {365, 7, " week"}, {kInf, 365, " year"}})},
        {"dtdurationms", duration(1)},
        {"dtdurations", duration(1000)},
        {"cps", countUnit(QStringLiteral("c/s"))},
        {"ops", countUnit(QStringLiteral("ops/s"))},
        {"reqps", countUnit(QStringLiteral("req/s"))},
        {"rps", countUnit(QStringLiteral("rd/s"))},
        {"wps", countUnit(QStringLiteral("wr/s"))},
        {"iops", countUnit(QStringLiteral("io/s"))},
        {"cpm", countUnit(QStringLiteral("c/m"))},
        {"opm", countUnit(QStringLiteral("ops/m"))},
        {"reqpm", countUnit(QStringLiteral("req/m"))},
        {"rpm", countUnit(QStringLiteral("rd/m"))},
        {"wpm", countUnit(QStringLiteral("wr/m"))},
        {"bytes", binaryUnit(QStringLiteral("B"), 0)},
        {"kbytes", binaryUnit(QStringLiteral("B"), 1)},
        {"mbytes", binaryUnit(QStringLiteral("B"), 2)},
        {"gbytes", binaryUnit(QStringLiteral("B"), 3)},
        {"bits", binaryUnit(QStringLiteral("b"), 0)},
        {"decbytes", siUnit(QStringLiteral("B"), 0)},
        {"deckbytes", siUnit(QStringLiteral("B"), 1)},
        {"decmbytes", siUnit(QStringLiteral("B"), 2)},
        {"decgbytes", siUnit(QStringLiteral("B"), 3)},
        {"decbits", siUnit(QStringLiteral("b"), 0)},
        {"Bps", siUnit(QStringLiteral("B/s"), 0)},
        {"bps", siUnit(QStringLiteral("bps"), 0)},
        {"pps", siUnit(QStringLiteral("pps"), 0)},
        {"hertz", siUnit(QStringLiteral("Hz"), 0)},
        {"currencyUSD", currency(QStringLiteral("$"))},
        {"currencyEUR", currency(QStringLiteral("€"))},
        {"currencyGBP", currency(QStringLiteral("£"))},
        {"celsius", suffixUnit(QStringLiteral("°C"))},
        {"fahrenheit", suffixUnit(QStringLiteral("°F"))},
        {"kelvin", suffixUnit(QStringLiteral("K"))},
        {"humidity", suffixUnit(QStringLiteral("%H"))},
        {"dB", suffixUnit(QStringLiteral("dB"))},
        {"ppm", suffixUnit(QStringLiteral("ppm"))},
        {"degree", suffixUnit(QStringLiteral("°"))},
        {"pixel", suffixUnit(QStringLiteral("px"))},
    };
    for (const auto &[name, formatter] : table) {
        if (unit == QString::fromUtf8(name))
            return formatter;
    }
    const int colon = unit.indexOf(QLatin1Char(':'));
    if (colon > 0) {
        const QString kind = unit.left(colon);
        const QString text = unit.mid(colon + 1);
        if (kind == QLatin1String("suffix"))
            return suffixUnit(text);
        if (kind == QLatin1String("prefix")) {
            return [text](double v, std::optional<int> d) {
                return fixedUnit(v, d, text, true);
            };
        }
        if (kind == QLatin1String("count"))
            return countUnit(text);
        if (kind == QLatin1String("currency"))
            return currency(text);
    }
    return std::nullopt;
}

} // namespace

QString jsNumberText(double value)
{
    if (std::isnan(value))
        return QStringLiteral("NaN");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("Infinity") : QStringLiteral("-Infinity");
    if (value == 0)
        return QStringLiteral("0");
    // ECMAScript Number::toString: the shortest digits, fixed notation for exponents -7..20.
    const QString exponential
        = QString::number(std::abs(value), 'e', QLocale::FloatingPointShortest);
    const int e = exponential.indexOf(QLatin1Char('e'));
    QString digits = exponential.left(e);
    digits.remove(QLatin1Char('.'));
    const int k = int(digits.size());
    const int n = exponential.mid(e + 1).toInt() + 1; // position of the decimal point
    QString text;
    if (k <= n && n <= 21) {
        text = digits + QString(n - k, QLatin1Char('0'));
    } else if (0 < n && n <= 21) {
        text = digits.left(n) + QLatin1Char('.') + digits.mid(n);
    } else if (-6 < n && n <= 0) {
        text = QStringLiteral("0.") + QString(-n, QLatin1Char('0')) + digits;
    } else {
        text = digits.left(1);
        if (k > 1)
            text += QLatin1Char('.') + digits.mid(1);
        text += QLatin1Char('e') + QLatin1String(n - 1 >= 0 ? "+" : "-")
            + QString::number(std::abs(n - 1));
    }
    return value < 0 ? QLatin1Char('-') + text : text;
}

int autoDecimals(double value)
{
    if (!std::isfinite(value) || value == 0 || std::fmod(value, 1.0) == 0)
        return 0;
    // Math.log(x) / Math.LN10 as Grafana writes it, not log10: they differ in the last bit.
    const double log10 = std::floor(std::log(std::abs(value)) / std::log(10.0));
    int decimals = int(-log10) + 1;
    const double magnitude = std::pow(10.0, -decimals);
    const double normalised = value / magnitude; // 1.0 .. 10.0 for positive values
    if (normalised > 2.25) // 2.5 needs an extra decimal
        ++decimals;
    return std::max(0, decimals);
}

QString toFixed(double value, std::optional<int> decimals)
{
    constexpr int kMaxDecimals = 100;
    const int places = std::clamp(decimals.value_or(autoDecimals(value)), 0, kMaxDecimals);
    if (value == 0)
        return QString::number(0.0, 'f', places);
    const double factor = std::pow(10.0, places);
    const double rounded = jsRound(value * factor) / factor;
    if (!std::isfinite(rounded))
        return jsNumberText(value);
    // JavaScript writes these with an exponent, and Grafana returns that text unpadded.
    if (rounded != 0 && (std::abs(rounded) < 1e-6 || std::abs(rounded) >= 1e21))
        return jsNumberText(rounded);
    return QString::number(rounded + 0.0, 'f', places);
}

bool isKnownUnit(const QString &unit)
{
    return unit.isEmpty() || formatterFor(unit).has_value();
}

FormattedValue formatValue(double value, const QString &unit, std::optional<int> decimals)
{
    if (std::isnan(value))
        return {{}, QStringLiteral("NaN"), {}};
    if (std::isinf(value))
        return {{}, value > 0 ? QStringLiteral("+Inf") : QStringLiteral("-Inf"), {}};
    if (unit.isEmpty())
        return fixedUnit(value, decimals, {}, false);
    if (const auto formatter = formatterFor(unit))
        return (*formatter)(value, decimals);
    return fixedUnit(value, decimals, unit, false);
}

} // namespace eucora::dashboard
