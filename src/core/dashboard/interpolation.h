// Putting variables and built-in macros into PromQL, titles and legends, as Grafana's template
// service and Prometheus datasource do: $var, ${var}, ${var:format}, [[var]], [[var:format]],
// $__interval, $__rate_interval, $__range..., and {{label}} in legend formats.
#pragma once

#include "dashboard/templating.h"
#include "dashboard/timerange.h"
#include "prometheus/series.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace eucora::dashboard {

struct MacroContext
{
    TimeRange range;
    qint64 intervalMs = 0; // $__interval, $__interval_ms
    qint64 rateIntervalMs = 0; // $__rate_interval, $__rate_interval_ms
};

struct Interpolation
{
    QString text;
    // References left as written because nothing defines them: "job", or "job:lucene" for a
    // format the console does not know. Each once, in order of appearance.
    QStringList unresolved;

    bool operator==(const Interpolation &o) const
    {
        return text == o.text && unresolved == o.unresolved;
    }
};

// For PromQL. A multi-value or "All" variable becomes (a|b) with each value escaped for a
// regex inside a PromQL string; "All" uses the variable's allValue as written when it has one.
Interpolation interpolateQuery(const QString &text, const std::vector<Variable> &variables,
                               const MacroContext &macros);

// For titles and legends: the values' display texts, several joined with " + ", "All" for all.
Interpolation interpolateText(const QString &text, const std::vector<Variable> &variables,
                              const MacroContext &macros);

// The names of every variable a text refers to, macros included, in order.
QStringList referencedVariables(const QString &text);

// A series' legend: {{label}} and {{ label }} replaced by the label's value, a missing label by
// nothing (as Grafana up to 8 did). An empty format, or "__auto", is seriesName().
QString legendName(const QString &legendFormat, const prometheus::LabelSet &labels);

// The series as Grafana names it without a legend format: metric{a="b", c="d"}.
QString seriesName(const prometheus::LabelSet &labels);

} // namespace eucora::dashboard
