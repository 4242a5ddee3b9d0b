// A light reading of PromQL for the dashboard check: which metrics an expression selects, which
// of them it takes rate() of, how a histogram_quantile aggregates, and which labels a legend
// template uses. Not a parser: Prometheus itself says whether an expression parses.
#pragma once

#include <QString>
#include <QStringList>

namespace eucora::dashboard {

// Metric names the expression selects (not functions, keywords, label names or durations), in
// order of appearance, each once.
QStringList selectedMetrics(const QString &expr);

// Metrics directly under rate(), irate() or increase().
QStringList ratedMetrics(const QString &expr);

// Metrics directly under quantile_over_time() or as the buckets of histogram_quantile().
QStringList quantiledMetrics(const QString &expr);

// histogram_quantile() calls whose buckets are not aggregated by (le, ...) (or without a list
// that keeps le): each answer is a per-series quantile. Their text, each once.
QStringList quantilesWithoutLe(const QString &expr);

// The labels a legend format refers to ({{label}} and {{ label }}).
QStringList legendLabels(const QString &legendFormat);

// The family a series name belongs to in Prometheus' metadata ("x_bucket" -> "x").
QString metricFamily(const QString &seriesName);

} // namespace eucora::dashboard
