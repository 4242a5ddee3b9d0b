// Metric families with labelled samples, written as text exposition 0.0.4 in the two shapes
// EUCORA's prometheus-client produces (multiprocess and single-process).
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <map>
#include <vector>

namespace eucora::metrics {

enum class MetricType { Counter, Gauge, Histogram };

struct MetricFamily
{
    QString name; // as exposed, e.g. "deployment_total"
    QString help;
    MetricType type = MetricType::Counter;
    QStringList labelNames;
    std::vector<double> buckets; // histogram upper bounds without +Inf
};

enum class ExpositionShape {
    // PROMETHEUS_MULTIPROC_DIR: no _created, gauges carry pid, empty families omitted.
    Multiprocess,
    // Default registry: every family printed, counters and histograms with _created.
    SingleProcess,
};

class MetricRegistry
{
public:
    void addFamily(const MetricFamily &family);
    bool hasFamily(const QString &name) const { return m_families.count(name) > 0; }

    // Label values in the order of the family's labelNames. Unknown families and wrong label
    // counts are programming errors and are ignored (with a warning) rather than crashing.
    void inc(const QString &name, const QStringList &labelValues, double amount = 1.0);
    void set(const QString &name, const QStringList &labelValues, double value,
             const QString &pid = {});
    void observe(const QString &name, const QStringList &labelValues, double value);

    double value(const QString &name, const QStringList &labelValues,
                 const QString &pid = {}) const;

    // `defaultPid` labels gauges that were set without a pid (multiprocess shape only).
    QByteArray exposition(ExpositionShape shape, const QString &defaultPid) const;

private:
    struct Histogram
    {
        std::vector<double> bucketCounts; // per bound, not cumulative; last is +Inf
        double sum = 0;
        double count = 0;
        double created = 0;
    };
    struct Family
    {
        MetricFamily spec;
        std::map<std::pair<QStringList, QString>, double> samples; // (labels, pid) -> value
        std::map<QStringList, double> created;
        std::map<QStringList, Histogram> histograms;
    };

    Family *find(const QString &name, const QStringList &labelValues);

    std::map<QString, Family> m_families;
    std::vector<QString> m_order;
};

} // namespace eucora::metrics
