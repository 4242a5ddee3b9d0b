#include "metrics/metricregistry.h"

#include "metrics/expositionformat.h"

#include <QDateTime>
#include <QtDebug>

#include <algorithm>
#include <cmath>

namespace eucora::metrics {

namespace {

using LabelPairs = std::vector<std::pair<QString, QString>>;

QByteArray typeName(MetricType type)
{
    switch (type) {
    case MetricType::Counter:
        return "counter";
    case MetricType::Gauge:
        return "gauge";
    case MetricType::Histogram:
        return "histogram";
    }
    return "untyped";
}

LabelPairs pairs(const QStringList &names, const QStringList &values)
{
    LabelPairs out;
    for (qsizetype i = 0; i < names.size() && i < values.size(); ++i)
        out.emplace_back(names.at(i), values.at(i));
    return out;
}

void writeSample(QByteArray &out, const QString &name, LabelPairs labels, double value)
{
    std::sort(labels.begin(), labels.end());
    out += name.toUtf8();
    if (!labels.empty()) {
        out += '{';
        bool first = true;
        for (const auto &[key, val] : labels) {
            if (!first)
                out += ',';
            first = false;
            out += key.toUtf8() + "=\"" + escapeLabelValue(val) + '"';
        }
        out += '}';
    }
    out += ' ' + formatValue(value) + '\n';
}

// Counter families are declared without the _total suffix in prometheus-client; _created
// samples use the base name ("deployment_created").
QString baseName(const MetricFamily &spec)
{
    if (spec.type == MetricType::Counter && spec.name.endsWith(QLatin1String("_total")))
        return spec.name.chopped(6);
    return spec.name;
}

} // namespace

void MetricRegistry::addFamily(const MetricFamily &family)
{
    if (m_families.count(family.name) == 0)
        m_order.push_back(family.name);
    m_families[family.name] = Family {family, {}, {}, {}};
}

MetricRegistry::Family *MetricRegistry::find(const QString &name, const QStringList &labelValues)
{
    auto it = m_families.find(name);
    if (it == m_families.end()) {
        qWarning("metric family %s is not registered", qPrintable(name));
        return nullptr;
    }
    if (labelValues.size() != it->second.spec.labelNames.size()) {
        qWarning("metric family %s expects %d labels, got %d", qPrintable(name),
                 int(it->second.spec.labelNames.size()), int(labelValues.size()));
        return nullptr;
    }
    return &it->second;
}

void MetricRegistry::inc(const QString &name, const QStringList &labelValues, double amount)
{
    Family *family = find(name, labelValues);
    if (!family || amount < 0)
        return;
    family->samples[{labelValues, QString()}] += amount;
    family->created.emplace(labelValues, double(QDateTime::currentMSecsSinceEpoch()) / 1000.0);
}

void MetricRegistry::set(const QString &name, const QStringList &labelValues, double value,
                         const QString &pid)
{
    if (Family *family = find(name, labelValues))
        family->samples[{labelValues, pid}] = value;
}

void MetricRegistry::observe(const QString &name, const QStringList &labelValues, double value)
{
    Family *family = find(name, labelValues);
    if (!family || family->spec.type != MetricType::Histogram)
        return;
    Histogram &h = family->histograms[labelValues];
    if (h.bucketCounts.empty()) {
        h.bucketCounts.assign(family->spec.buckets.size() + 1, 0.0);
        h.created = double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
    }
    const auto &bounds = family->spec.buckets;
    const auto index
        = size_t(std::lower_bound(bounds.begin(), bounds.end(), value) - bounds.begin());
    h.bucketCounts[index] += 1;
    h.sum += value;
    h.count += 1;
}

double MetricRegistry::value(const QString &name, const QStringList &labelValues,
                             const QString &pid) const
{
    auto it = m_families.find(name);
    if (it == m_families.end())
        return std::nan("");
    if (it->second.spec.type == MetricType::Histogram) {
        auto h = it->second.histograms.find(labelValues);
        return h == it->second.histograms.end() ? 0.0 : h->second.count;
    }
    auto sample = it->second.samples.find({labelValues, pid});
    return sample == it->second.samples.end() ? 0.0 : sample->second;
}

QByteArray MetricRegistry::exposition(ExpositionShape shape, const QString &defaultPid) const
{
    const bool multiprocess = shape == ExpositionShape::Multiprocess;
    QByteArray out;
    for (const QString &name : m_order) {
        const Family &family = m_families.at(name);
        const MetricFamily &spec = family.spec;
        const bool empty = family.samples.empty() && family.histograms.empty();
        if (multiprocess && empty)
            continue;

        out += "# HELP " + spec.name.toUtf8() + ' ' + escapeHelp(spec.help) + '\n';
        out += "# TYPE " + spec.name.toUtf8() + ' ' + typeName(spec.type) + '\n';

        if (spec.type == MetricType::Histogram) {
            for (const auto &[labels, h] : family.histograms) {
                const LabelPairs base = pairs(spec.labelNames, labels);
                double cumulative = 0;
                for (size_t i = 0; i < h.bucketCounts.size(); ++i) {
                    cumulative += h.bucketCounts[i];
                    LabelPairs withLe = base;
                    const double bound = i < spec.buckets.size() ? spec.buckets[i] : INFINITY;
                    withLe.emplace_back(QStringLiteral("le"),
                                        QString::fromUtf8(formatValue(bound)));
                    writeSample(out, spec.name + QLatin1String("_bucket"), withLe, cumulative);
                }
                writeSample(out, spec.name + QLatin1String("_count"), base, h.count);
                writeSample(out, spec.name + QLatin1String("_sum"), base, h.sum);
            }
            if (!multiprocess) {
                out += "# HELP " + spec.name.toUtf8() + "_created " + escapeHelp(spec.help) + '\n';
                out += "# TYPE " + spec.name.toUtf8() + "_created gauge\n";
                for (const auto &[labels, h] : family.histograms)
                    writeSample(out, spec.name + QLatin1String("_created"),
                                pairs(spec.labelNames, labels), h.created);
            }
            continue;
        }

        for (const auto &[key, value] : family.samples) {
            LabelPairs labels = pairs(spec.labelNames, key.first);
            if (multiprocess && spec.type == MetricType::Gauge)
                labels.emplace_back(QStringLiteral("pid"),
                                    key.second.isEmpty() ? defaultPid : key.second);
            writeSample(out, spec.name, labels, value);
        }
        if (!multiprocess && spec.type == MetricType::Counter) {
            const QString created = baseName(spec) + QLatin1String("_created");
            out += "# HELP " + created.toUtf8() + ' ' + escapeHelp(spec.help) + '\n';
            out += "# TYPE " + created.toUtf8() + " gauge\n";
            for (const auto &[labels, when] : family.created)
                writeSample(out, created, pairs(spec.labelNames, labels), when);
        }
    }
    return out;
}

} // namespace eucora::metrics
