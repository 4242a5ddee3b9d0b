#include "controlplane/breakerboard.h"

#include <algorithm>
#include <cmath>

namespace eucora::controlplane {

std::optional<BreakerState> breakerStateFromMetric(double value)
{
    for (BreakerState state : {BreakerState::Closed, BreakerState::Open, BreakerState::HalfOpen}) {
        if (value == double(breakerMetricValue(state)))
            return state;
    }
    return std::nullopt;
}

int breakerStateSeverity(BreakerState state)
{
    switch (state) {
    case BreakerState::Open:
        return 2;
    case BreakerState::HalfOpen:
        return 1;
    case BreakerState::Closed:
        break;
    }
    return 0;
}

std::optional<BreakerState> BreakerTile::apiState() const
{
    return api ? breakerStateFromString(api->state) : std::nullopt;
}

std::optional<BreakerState> BreakerTile::metricState() const
{
    return metric ? breakerStateFromMetric(*metric) : std::nullopt;
}

bool BreakerTile::disagrees() const
{
    if (!api || !metric)
        return false;
    return apiState() != metricState();
}

std::optional<BreakerState> BreakerTile::worstState() const
{
    const std::optional<BreakerState> a = apiState();
    const std::optional<BreakerState> m = metricState();
    if (a && m)
        return breakerStateSeverity(*a) >= breakerStateSeverity(*m) ? a : m;
    return a ? a : m;
}

std::optional<int> BreakerTile::resetSecondsLeft(const QDateTime &now) const
{
    if (worstState() != BreakerState::Open || !lastChange.isValid())
        return std::nullopt;
    const double timeout
        = api && api->resetTimeoutSeconds > 0 ? api->resetTimeoutSeconds : spec.resetTimeoutSeconds;
    const qint64 left = qint64(std::ceil(timeout)) - lastChange.secsTo(now);
    return int(std::max<qint64>(0, left));
}

std::vector<BreakerTile> breakerBoard(const std::vector<BreakerStatus> *api,
                                      const std::vector<prometheus::PidAggregate> *metric,
                                      const std::map<QString, QDateTime> &lastChanges)
{
    std::vector<BreakerTile> tiles;
    const auto tileFor = [&tiles](const QString &name) -> BreakerTile & {
        const QString key = name.toLower();
        for (BreakerTile &tile : tiles) {
            if (tile.spec.name == key)
                return tile;
        }
        BreakerTile tile;
        if (const BreakerSpec *spec = findBreaker(key))
            tile.spec = *spec;
        else
            tile.spec = BreakerSpec {key, BreakerGroup::Generic, 0, 0};
        tiles.push_back(std::move(tile));
        return tiles.back();
    };
    for (const BreakerSpec &spec : breakerCatalog())
        tileFor(spec.name);
    if (api) {
        for (const BreakerStatus &status : *api)
            tileFor(status.service).api = status;
    }
    if (metric) {
        for (const prometheus::PidAggregate &aggregate : *metric) {
            const QString name = prometheus::breakerNameOf(aggregate.labels);
            if (name.isEmpty())
                continue;
            BreakerTile &tile = tileFor(name);
            // Two series for one breaker (other labels differ): the more severe one is shown.
            if (tile.metric
                && prometheus::breakerSeverity(aggregate.value)
                    <= prometheus::breakerSeverity(*tile.metric)) {
                tile.workers += aggregate.pidCount;
                continue;
            }
            tile.metric = aggregate.value;
            tile.workers += aggregate.pidCount;
            tile.worstPid = aggregate.worstPid;
        }
    }
    for (BreakerTile &tile : tiles) {
        const auto it = lastChanges.find(tile.spec.name);
        if (it != lastChanges.end())
            tile.lastChange = it->second;
    }
    std::stable_sort(tiles.begin(), tiles.end(), [](const BreakerTile &a, const BreakerTile &b) {
        return breakerRank(a.spec.name) < breakerRank(b.spec.name);
    });
    return tiles;
}

std::optional<bool> ConnectorTile::metricHealthy() const
{
    if (!health)
        return std::nullopt;
    if (*health == 1.0)
        return true;
    if (*health == 0.0)
        return false;
    return std::nullopt;
}

std::optional<bool> ConnectorTile::apiHealthy() const
{
    if (!api)
        return std::nullopt;
    if (api->status == QLatin1String("healthy"))
        return true;
    if (api->status == QLatin1String("unhealthy"))
        return false;
    return std::nullopt;
}

bool ConnectorTile::disagrees() const
{
    return api && health && apiHealthy() != metricHealthy();
}

std::vector<ConnectorTile> connectorStrip(const std::vector<prometheus::PidAggregate> *metric,
                                          const std::map<QString, ConnectorHealth> &api,
                                          const std::map<QString, QString> &apiErrors,
                                          const std::map<QString, QDateTime> &lastChanges)
{
    std::vector<ConnectorTile> tiles;
    const auto tileFor = [&tiles](const QString &type) -> ConnectorTile & {
        for (ConnectorTile &tile : tiles) {
            if (tile.type == type)
                return tile;
        }
        tiles.emplace_back();
        tiles.back().type = type;
        return tiles.back();
    };
    for (const QString &type : connectorTypeNames())
        tileFor(type);
    if (metric) {
        for (const prometheus::PidAggregate &aggregate : *metric) {
            const QString type
                = prometheus::labelValue(aggregate.labels, QStringLiteral("connector_type"));
            if (type.isEmpty())
                continue;
            ConnectorTile &tile = tileFor(type);
            if (!tile.health || aggregate.value < *tile.health || std::isnan(*tile.health)) {
                tile.health = aggregate.value;
                tile.worstPid = aggregate.worstPid;
            }
            tile.workers += aggregate.pidCount;
        }
    }
    for (ConnectorTile &tile : tiles) {
        if (const auto it = api.find(tile.type); it != api.end())
            tile.api = it->second;
        if (const auto it = apiErrors.find(tile.type); it != apiErrors.end())
            tile.apiError = it->second;
        if (const auto it = lastChanges.find(tile.type); it != lastChanges.end())
            tile.lastChange = it->second;
    }
    return tiles;
}

std::map<QString, QDateTime> lastValueChanges(const std::vector<prometheus::Series> &series,
                                              const QString &nameLabel)
{
    std::map<QString, QDateTime> out;
    for (const prometheus::Series &s : series) {
        const QString name = prometheus::labelValue(s.labels, nameLabel);
        for (std::size_t i = s.size(); i-- > 1;) {
            const double a = s.values[i - 1];
            const double b = s.values[i];
            if (a == b || (std::isnan(a) && std::isnan(b)))
                continue;
            const QDateTime at = QDateTime::fromMSecsSinceEpoch(s.timestampsMs[i], Qt::UTC);
            QDateTime &kept = out[name];
            if (!kept.isValid() || at > kept)
                kept = at;
            break;
        }
    }
    return out;
}

} // namespace eucora::controlplane
