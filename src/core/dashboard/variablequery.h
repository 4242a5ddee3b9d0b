// What a Prometheus query variable asks for, read from its definition the way Grafana's
// Prometheus datasource reads it (metric_find_query): the app makes the call, this says which
// one, and turns the answers into the variable's options.
#pragma once

#include "dashboard/templating.h"
#include "prometheus/series.h"
#include "result.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace eucora::dashboard {

struct VariableQuery
{
    enum class Kind {
        LabelNames, // label_names(): GET /api/v1/labels
        LabelValues, // label_values([selector,] label): GET /api/v1/label/<label>/values[?match[]=]
        MetricNames, // metrics(regex): the values of __name__, filtered by the regex
        QueryResult, // query_result(expr): an instant query; each series as one text
        Series, // anything else: GET /api/v1/series?match[]=<definition>
    };
    Kind kind = Kind::Series;
    QString label; // LabelValues
    QString match; // LabelValues: the optional selector; Series: the definition
    QString expr; // QueryResult
    QString metricRegex; // MetricNames

    bool operator==(const VariableQuery &o) const
    {
        return kind == o.kind && label == o.label && match == o.match && expr == o.expr
            && metricRegex == o.metricRegex;
    }
};

VariableQuery parseVariableQuery(const QString &definition);

// query_result's text per series, as Grafana writes it: `name{a="b",c="d"} value timestampMs`.
QStringList queryResultTexts(const std::vector<prometheus::Series> &series);

// A Series query's text per series: `name{a="b",c="d"}`.
QStringList seriesTexts(const std::vector<prometheus::Series> &series);

// Grafana's metricNamesToVariableValues: the variable's regex filters the answers and picks a
// capture group (the first one, or the named groups "text" and "value"); duplicates go; then
// the variable's sort. An invalid regex is an error.
Result<std::vector<VariableOption>, QString>
variableOptionsFromAnswers(const QStringList &answers, const QString &regex, VariableSort sort);

std::vector<VariableOption> sortVariableOptions(std::vector<VariableOption> options,
                                                VariableSort sort);

} // namespace eucora::dashboard
