#include "dashboard/interval.h"

#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <cmath>
#include <utility>

namespace eucora::dashboard {

namespace {
constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
constexpr qint64 kWeek = 7 * kDay;
constexpr qint64 kMonth = 30 * kDay;
constexpr qint64 kYear = 365 * kDay;
} // namespace

std::optional<qint64> parseIntervalMs(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d+(?:\\.\\d+)?)(ms|[smhdwMy])?$"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const double count = match.captured(1).toDouble();
    const QString unit = match.captured(2);
    static const std::array<std::pair<const char *, qint64>, 8> units {{{"ms", 1},
                                                                        {"s", kSecond},
                                                                        {"m", kMinute},
                                                                        {"h", kHour},
                                                                        {"d", kDay},
                                                                        {"w", kWeek},
                                                                        {"M", kMonth},
                                                                        {"y", kYear}}};
    qint64 factor = kSecond; // a bare number is seconds
    for (const auto &[name, ms] : units) {
        if (unit == QLatin1String(name))
            factor = ms;
    }
    const double ms = count * double(factor);
    if (!std::isfinite(ms) || ms > 1e15)
        return std::nullopt;
    return qint64(std::llround(ms));
}

QString formatIntervalMs(qint64 ms)
{
    static const std::array<std::pair<qint64, const char *>, 6> units {
        {{kYear, "y"}, {kWeek, "w"}, {kDay, "d"}, {kHour, "h"}, {kMinute, "m"}, {kSecond, "s"}}};
    if (ms <= 0)
        return QStringLiteral("0s");
    for (const auto &[size, name] : units) {
        if (ms % size == 0)
            return QString::number(ms / size) + QLatin1String(name);
    }
    return QString::number(ms) + QStringLiteral("ms");
}

qint64 roundInterval(qint64 ms)
{
    // Grafana's table (packages/grafana-data/src/datetime/rangeutil.ts, roundInterval): each
    // row is "below this, use that".
    static const std::array<std::pair<qint64, qint64>, 29> table {{
        {10, 1},
        {15, 10},
        {35, 20},
        {75, 50},
        {150, 100},
        {350, 200},
        {750, 500},
        {1500, 1000},
        {3500, 2000},
        {7500, 5000},
        {12500, 10000},
        {17500, 15000},
        {25000, 20000},
        {45000, 30000},
        {90000, 60000},
        {210000, 120000},
        {450000, 300000},
        {750000, 600000},
        {1050000, 900000},
        {1500000, 1200000},
        {2700000, 1800000},
        {5400000, 3600000},
        {9000000, 7200000},
        {16200000, 10800000},
        {32400000, 21600000},
        {86400000, 43200000},
        {604800000, 86400000},
        {1814400000, 604800000},
        {3628800000, 2592000000},
    }};
    for (const auto &[below, nice] : table) {
        if (ms < below)
            return nice;
    }
    return kYear; // Grafana's default branch: 1y
}

qint64 calculateIntervalMs(qint64 rangeMs, int resolution, qint64 lowLimitMs)
{
    const int points = resolution > 0 ? resolution : kDefaultMaxDataPoints;
    return std::max(roundInterval(rangeMs / points), lowLimitMs);
}

qint64 rateIntervalMs(qint64 intervalMs, qint64 scrapeIntervalMs)
{
    const qint64 scrape = scrapeIntervalMs > 0 ? scrapeIntervalMs : kDefaultScrapeIntervalMs;
    return std::max(intervalMs + scrape, 4 * scrape);
}

} // namespace eucora::dashboard
