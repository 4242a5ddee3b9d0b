// Columnar time series as the panels consume them: labels, then parallel time and value arrays.
#pragma once

#include <QString>

#include <cstdint>
#include <memory>
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

// Series once made are shared, not copied: a panel's state, the chart drawing them on another
// thread and an export read the same points. Copies of a list share its series; changing them
// makes the list its own first (copy on write).
class SeriesList
{
public:
    using const_iterator = std::vector<Series>::const_iterator;

    SeriesList() = default;
    SeriesList(std::vector<Series> series) // implicit: a vector of series is a list of them
        : m_data(std::make_shared<std::vector<Series>>(std::move(series)))
    { }

    const std::vector<Series> &all() const { return m_data ? *m_data : none(); }
    std::size_t size() const { return all().size(); }
    bool empty() const { return all().empty(); }
    const_iterator begin() const { return all().begin(); }
    const_iterator end() const { return all().end(); }
    const Series &operator[](std::size_t i) const { return all()[i]; }
    const Series &front() const { return all().front(); }
    const Series &back() const { return all().back(); }

    // Series `i`, keeping the whole list alive while it is held (after this list has changed).
    std::shared_ptr<const Series> share(std::size_t i) const { return {m_data, &(*m_data)[i]}; }
    // The series to change in place: copied first when another holder shares them.
    std::vector<Series> &edit();
    // Empties this list and returns its series (copied only when another holder shares them).
    std::vector<Series> take();

    // True when both hold the very same series (no comparison of points).
    bool sameAs(const SeriesList &other) const { return m_data == other.m_data; }
    bool operator==(const SeriesList &other) const { return all() == other.all(); }
    bool operator!=(const SeriesList &other) const { return !(*this == other); }

private:
    static const std::vector<Series> &none();

    std::shared_ptr<std::vector<Series>> m_data;
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
