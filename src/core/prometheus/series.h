// Columnar time series as the panels consume them: labels, then parallel time and value arrays.
#pragma once

#include <QString>

#include <cstdint>
#include <utility>
#include <vector>

namespace eucora::prometheus {

// Label pairs sorted by name; __name__ included when Prometheus sent it.
using LabelSet = std::vector<std::pair<QString, QString>>;

QString labelValue(const LabelSet &labels, const QString &name);

struct Series
{
    LabelSet labels;
    std::vector<std::int64_t> timestampsMs; // Unix epoch milliseconds, ascending
    std::vector<double> values; // same length as timestampsMs; NaN and +/-Inf kept

    std::size_t size() const { return timestampsMs.size(); }
    bool operator==(const Series &other) const;
};

enum class ResultType { Matrix, Vector, Scalar, String };

QString resultTypeName(ResultType type);

// A decoded Prometheus query answer. Scalars and vectors become series with one point; a
// string result keeps its text in stringValue.
struct QueryResult
{
    ResultType resultType = ResultType::Matrix;
    std::vector<Series> series;
    QString stringValue;
    std::vector<QString> warnings;
    std::vector<QString> infos;

    bool operator==(const QueryResult &other) const;
};

} // namespace eucora::prometheus
