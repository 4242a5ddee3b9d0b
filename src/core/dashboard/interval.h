// $__interval and the query step as Grafana computes them: the range divided by the points the
// panel can show, rounded to a "nice" interval, never below the panel's min interval (or the
// datasource's scrape interval) nor above 11,000 points per series.
#pragma once

#include <QString>

#include <optional>

namespace eucora::dashboard {

// Grafana's default scrape interval for a Prometheus datasource without "timeInterval".
constexpr qint64 kDefaultScrapeIntervalMs = 15'000;
// Prometheus refuses range queries of more points per series.
constexpr qint64 kPrometheusMaxPoints = 11'000;
// Grafana's resolution when nothing says how many points a panel shows.
constexpr int kDefaultMaxDataPoints = 1500;

// "10ms", "30s", "5m", "1h", "1d", "1w", "1M" (30 days), "1y" (365 days); a bare number is
// seconds, as in Grafana's rangeutil.describeInterval. Empty for anything else.
std::optional<qint64> parseIntervalMs(const QString &text);

// The exact duration in the largest unit that divides it: "15s", "1m", "90s", "500ms".
QString formatIntervalMs(qint64 ms);

// Grafana's rangeutil.roundInterval (formerly kbn.round_interval): the "nice" interval for a
// raw one, from 1 ms to 1 year.
qint64 roundInterval(qint64 ms);

// rangeutil.calculateInterval: the rounded range / resolution, not below `lowLimitMs`.
qint64 calculateIntervalMs(qint64 rangeMs, int resolution, qint64 lowLimitMs);

// max(interval + scrape, 4 x scrape), Grafana's $__rate_interval.
qint64 rateIntervalMs(qint64 intervalMs, qint64 scrapeIntervalMs);

} // namespace eucora::dashboard
