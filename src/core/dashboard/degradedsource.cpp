#include "dashboard/degradedsource.h"

#include "prometheus/counterrate.h"
#include "prometheus/expositionparser.h"
#include "serverurl.h"

#include <QDateTime>

#include <map>

namespace eucora::dashboard {

std::vector<prometheus::Series> degradedPoints(const Scrape &previous, const Scrape &current,
                                               const DegradedRecipe &recipe)
{
    std::map<QString, double> groups;
    const auto rates = prometheus::counterRates(previous.exposition, previous.atMs,
                                                current.exposition, current.atMs);
    for (const prometheus::MetricSample &rate : rates) {
        if (rate.name != recipe.sample)
            continue;
        groups[prometheus::labelValue(rate.labels, recipe.groupBy)] += rate.value * recipe.scale;
    }
    std::vector<prometheus::Series> out;
    for (const auto &[group, value] : groups) {
        prometheus::Series series;
        if (!recipe.groupBy.isEmpty())
            series.labels.emplace_back(recipe.groupBy, group);
        series.timestampsMs.push_back(current.atMs);
        series.values.push_back(value);
        out.push_back(std::move(series));
    }
    return out;
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
