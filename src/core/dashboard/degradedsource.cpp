#include "dashboard/degradedsource.h"

#include "prometheus/counterrate.h"
#include "prometheus/expositionparser.h"
#include "prometheus/histogramquantile.h"
#include "serverurl.h"

#include <QDateTime>

#include <cmath>
#include <limits>
#include <map>

namespace eucora::dashboard {

std::vector<prometheus::Series> degradedPoints(const std::deque<Scrape> &history,
                                               const DegradedRecipe &recipe,
                                               std::chrono::milliseconds *covered)
{
    if (covered)
        *covered = std::chrono::milliseconds(0);
    if (history.size() < 2)
        return {};
    const std::int64_t newest = history.back().atMs;
    const std::int64_t start
        = newest - std::int64_t(std::chrono::milliseconds(recipe.window).count());
    // The oldest scrape inside the window; with none older than the newest, the one before it.
    size_t first = history.size() - 1;
    while (first > 0 && history[first - 1].atMs >= start)
        --first;
    if (first == history.size() - 1)
        --first;
    std::map<std::pair<QString, prometheus::LabelSet>, double> increase;
    for (size_t i = first + 1; i < history.size(); ++i) {
        const Scrape &a = history[i - 1];
        const Scrape &b = history[i];
        for (const prometheus::MetricSample &rate :
             prometheus::counterRates(a.exposition, a.atMs, b.exposition, b.atMs)) {
            if (rate.name == recipe.sample)
                increase[{rate.name, rate.labels}] += rate.value * double(b.atMs - a.atMs) / 1000.0;
        }
    }
    const double seconds = double(newest - history[first].atMs) / 1000.0;
    if (!(seconds > 0))
        return {};
    if (covered)
        *covered = std::chrono::milliseconds(newest - history[first].atMs);
    if (recipe.quantile) {
        // sum by (le) of the buckets' increases, then the quantile over those buckets.
        std::map<double, double> byBound;
        for (const auto &[key, amount] : increase) {
            const QString le = prometheus::labelValue(key.second, QStringLiteral("le"));
            bool ok = false;
            const double bound = le == QLatin1String("+Inf")
                ? std::numeric_limits<double>::infinity()
                : le.toDouble(&ok);
            if (ok || std::isinf(bound))
                byBound[bound] += amount;
        }
        std::vector<prometheus::HistogramBucket> buckets;
        for (const auto &[bound, count] : byBound)
            buckets.push_back({bound, count});
        const double value = prometheus::histogramQuantile(*recipe.quantile, std::move(buckets));
        if (std::isnan(value))
            return {};
        prometheus::Series series;
        series.timestampsMs.push_back(newest);
        series.values.push_back(value * recipe.scale);
        return {series};
    }
    std::map<QString, double> groups;
    for (const auto &[key, amount] : increase)
        groups[prometheus::labelValue(key.second, recipe.groupBy)]
            += amount / seconds * recipe.scale;
    std::vector<prometheus::Series> out;
    for (const auto &[group, value] : groups) {
        prometheus::Series series;
        if (!recipe.groupBy.isEmpty())
            series.labels.emplace_back(recipe.groupBy, group);
        series.timestampsMs.push_back(newest);
        series.values.push_back(value);
        out.push_back(std::move(series));
    }
    return out;
}

std::vector<prometheus::Series> degradedPoints(const Scrape &previous, const Scrape &current,
                                               const DegradedRecipe &recipe)
{
    return degradedPoints(std::deque<Scrape> {previous, current}, recipe);
}

ControlPlaneScraper::ControlPlaneScraper(QNetworkAccessManager *network,
                                         const QUrl &controlPlaneBase, QObject *parent)
    : QObject(parent)
    , m_channel(network)
    , m_url(endpointUrl(controlPlaneBase, QStringLiteral("/api/v1/metrics/")))
{
    m_policy.deadline = std::chrono::seconds(10);
}

void ControlPlaneScraper::scrape(QObject *context, Callback done)
{
    m_channel.send<Scrape, ApiError>(
        http::HttpRequest {QNetworkRequest(m_url), "GET", {}, false}, m_policy, context,
        [](const http::HttpAnswer &answer) -> Result<Scrape> {
            const qint64 at = QDateTime::currentMSecsSinceEpoch();
            if (answer.status != 200)
                return ApiError {ApiError::Kind::Http,
                                 answer.status,
                                 {},
                                 QStringLiteral("HTTP %1").arg(answer.status)};
            return Scrape {prometheus::parseExposition(answer.body), at};
        },
        std::move(done));
}

} // namespace eucora::dashboard
