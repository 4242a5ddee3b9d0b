#include "dashboard/queryplanner.h"

#include <algorithm>
#include <map>

namespace eucora::dashboard {

prometheus::RangeQuery planRangeQuery(const QString &promql, const QDateTime &now,
                                      std::chrono::seconds range, int pixelWidth)
{
    const qint64 rangeMs = std::max<qint64>(1000, std::chrono::milliseconds(range).count());
    const qint64 points = std::clamp(pixelWidth, 1, kMaxPointsPerSeries);
    // Whole seconds keep the grid stable across refreshes and readable in logs.
    qint64 stepMs = std::max<qint64>(1000, (rangeMs + points - 1) / points);
    stepMs = (stepMs + 999) / 1000 * 1000;

    const qint64 endMs = now.toMSecsSinceEpoch() / stepMs * stepMs;
    const qint64 startMs = (endMs - rangeMs) / stepMs * stepMs;
    prometheus::RangeQuery query;
    query.promql = promql;
    query.start = QDateTime::fromMSecsSinceEpoch(startMs, Qt::UTC);
    query.end = QDateTime::fromMSecsSinceEpoch(endMs, Qt::UTC);
    query.step = std::chrono::milliseconds(stepMs);
    return query;
}

std::vector<prometheus::RangeQuery> splitIntoChunks(const prometheus::RangeQuery &query,
                                                    int maxPoints)
{
    const qint64 stepMs = std::max<qint64>(1, query.step.count());
    const qint64 startMs = query.start.toMSecsSinceEpoch();
    const qint64 endMs = query.end.toMSecsSinceEpoch();
    const qint64 perChunk = std::max(1, maxPoints);
    std::vector<prometheus::RangeQuery> chunks;
    for (qint64 from = startMs; from <= endMs; from += perChunk * stepMs) {
        prometheus::RangeQuery chunk = query;
        chunk.start = QDateTime::fromMSecsSinceEpoch(from, Qt::UTC);
        chunk.end = QDateTime::fromMSecsSinceEpoch(std::min(endMs, from + (perChunk - 1) * stepMs),
                                                   Qt::UTC);
        chunks.push_back(chunk);
    }
    if (chunks.empty())
        chunks.push_back(query);
    return chunks;
}

std::vector<prometheus::Series>
joinChunks(const std::vector<std::vector<prometheus::Series>> &chunks)
{
    std::vector<prometheus::Series> joined;
    std::map<prometheus::LabelSet, size_t> index;
    for (const auto &chunk : chunks) {
        for (const prometheus::Series &part : chunk) {
            auto [it, fresh] = index.emplace(part.labels, joined.size());
            if (fresh) {
                joined.push_back(part);
                continue;
            }
            prometheus::Series &whole = joined[it->second];
            whole.timestampsMs.insert(whole.timestampsMs.end(), part.timestampsMs.begin(),
                                      part.timestampsMs.end());
            whole.values.insert(whole.values.end(), part.values.begin(), part.values.end());
        }
    }
    return joined;
}

} // namespace eucora::dashboard

namespace eucora::dashboard {

std::chrono::seconds parseDuration(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.size() < 2)
        return std::chrono::seconds(0);
    bool ok = false;
    const qint64 number = trimmed.chopped(1).toLongLong(&ok);
    if (!ok || number <= 0 || number > 10'000'000)
        return std::chrono::seconds(0);
    switch (trimmed.back().toLatin1()) {
    case 's':
        return std::chrono::seconds(number);
    case 'm':
        return std::chrono::seconds(number * 60);
    case 'h':
        return std::chrono::seconds(number * 3600);
    case 'd':
        return std::chrono::seconds(number * 86400);
    default:
        return std::chrono::seconds(0);
    }
}

QString formatDuration(std::chrono::seconds duration)
{
    const qint64 s = duration.count();
    if (s > 0 && s % 86400 == 0)
        return QStringLiteral("%1d").arg(s / 86400);
    if (s > 0 && s % 3600 == 0)
        return QStringLiteral("%1h").arg(s / 3600);
    if (s > 0 && s % 60 == 0)
        return QStringLiteral("%1m").arg(s / 60);
    return QStringLiteral("%1s").arg(s);
}

} // namespace eucora::dashboard
