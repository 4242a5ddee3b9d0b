#include "series.h"

#include <cmath>
#include <cstring>

namespace eucora::prometheus {

QString labelValue(const LabelSet &labels, const QString &name)
{
    for (const auto &[key, value] : labels) {
        if (key == name)
            return value;
    }
    return {};
}

namespace {
// NaN compares equal to NaN here: a series is the same series when it has the same bits.
bool sameValues(const std::vector<double> &a, const std::vector<double> &b)
{
    return a.size() == b.size()
        && (a.empty() || std::memcmp(a.data(), b.data(), a.size() * sizeof(double)) == 0);
}
} // namespace

bool Series::operator==(const Series &other) const
{
    return labels == other.labels && timestampsMs == other.timestampsMs
        && sameValues(values, other.values);
}

const std::vector<Series> &SeriesList::none()
{
    static const std::vector<Series> none;
    return none;
}

std::vector<Series> &SeriesList::edit()
{
    // use_count() == 1: no other holder, and none can appear meanwhile (only this list could
    // hand out another).
    if (!m_data)
        m_data = std::make_shared<std::vector<Series>>();
    else if (m_data.use_count() > 1)
        m_data = std::make_shared<std::vector<Series>>(*m_data);
    return *m_data;
}

std::vector<Series> SeriesList::take()
{
    if (!m_data)
        return {};
    std::vector<Series> series = m_data.use_count() == 1 ? std::move(*m_data) : *m_data;
    m_data.reset();
    return series;
}

QString resultTypeName(ResultType type)
{
    switch (type) {
    case ResultType::Matrix:
        return QStringLiteral("matrix");
    case ResultType::Vector:
        return QStringLiteral("vector");
    case ResultType::Scalar:
        return QStringLiteral("scalar");
    case ResultType::String:
        return QStringLiteral("string");
    }
    return {};
}

bool QueryResult::operator==(const QueryResult &other) const
{
    return resultType == other.resultType && series == other.series
        && stringValue == other.stringValue && warnings == other.warnings && infos == other.infos;
}

} // namespace eucora::prometheus
