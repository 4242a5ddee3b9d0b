#include "panels/seriesexport.h"

#include "dashboard/reducers.h"

#include <cmath>

namespace eucora::app {

QJsonObject exportedSeries(const QString &name, const prometheus::Series &series)
{
    QJsonArray points;
    for (size_t i = 0; i < series.size(); ++i) {
        const double v = series.values[i];
        // JSON has no NaN or infinity: a value JSON cannot hold is written as null.
        points.append(QJsonArray {double(series.timestampsMs[i]),
                                  std::isfinite(v) ? QJsonValue(v) : QJsonValue()});
    }
    QJsonObject labels;
    for (const auto &[label, value] : series.labels)
        labels.insert(label, value);
    const auto last = dashboard::reduce(series.values, dashboard::Reducer::LastNotNull);
    return {
        {QStringLiteral("name"), name},
        {QStringLiteral("labels"), labels},
        {QStringLiteral("points"), points},
        {QStringLiteral("last"), last && std::isfinite(*last) ? QJsonValue(*last) : QJsonValue()}};
}

QJsonArray exportedSeries(const std::vector<dashboard::ShownSeries> &shown)
{
    QJsonArray out;
    for (const dashboard::ShownSeries &s : shown)
        out.append(exportedSeries(s.name, *s.data));
    return out;
}

} // namespace eucora::app
