#include "prometheus/exposition.h"

#include <array>
#include <cstring>

namespace eucora::prometheus {

namespace {

struct TypeName
{
    MetricType type;
    const char *name;
};

constexpr std::array<TypeName, 9> kTypeNames {{
    {MetricType::Counter, "counter"},
    {MetricType::Gauge, "gauge"},
    {MetricType::Histogram, "histogram"},
    {MetricType::Summary, "summary"},
    {MetricType::Untyped, "untyped"},
    {MetricType::Untyped, "unknown"},
    {MetricType::Info, "info"},
    {MetricType::StateSet, "stateset"},
    {MetricType::GaugeHistogram, "gaugehistogram"},
}};

// Sample-name suffixes each family type produces, in both formats.
bool typeHasSuffix(MetricType type, QStringView suffix)
{
    const auto is = [suffix](const char *s) {
        return suffix == QLatin1String(s);
    };
    switch (type) {
    case MetricType::Counter:
        return is("_total") || is("_created");
    case MetricType::Histogram:
        return is("_bucket") || is("_sum") || is("_count") || is("_created");
    case MetricType::GaugeHistogram:
        return is("_bucket") || is("_gsum") || is("_gcount");
    case MetricType::Summary:
        return is("_sum") || is("_count") || is("_created");
    case MetricType::Info:
        return is("_info");
    case MetricType::Untyped:
    case MetricType::Gauge:
    case MetricType::StateSet:
        return false;
    }
    return false;
}

} // namespace

std::optional<MetricType> metricTypeFromString(const QString &text)
{
    for (const auto &entry : kTypeNames) {
        if (text == QLatin1String(entry.name))
            return entry.type;
    }
    return std::nullopt;
}

QString metricTypeName(MetricType type)
{
    for (const auto &entry : kTypeNames) {
        if (entry.type == type)
            return QString::fromLatin1(entry.name);
    }
    return {};
}

bool MetricFamily::operator==(const MetricFamily &other) const
{
    return name == other.name && type == other.type && help == other.help && unit == other.unit;
}

bool MetricSample::operator==(const MetricSample &other) const
{
    return name == other.name && labels == other.labels && timestampMs == other.timestampMs
        && std::memcmp(&value, &other.value, sizeof value) == 0;
}

const MetricFamily *Exposition::family(const QString &name) const
{
    for (const auto &f : families) {
        if (f.name == name)
            return &f;
    }
    return nullptr;
}

QString Exposition::familyName(const QString &sampleName) const
{
    if (family(sampleName))
        return sampleName;
    for (const auto &f : families) {
        if (sampleName.size() > f.name.size() && sampleName.startsWith(f.name)
            && typeHasSuffix(f.type, QStringView(sampleName).mid(f.name.size())))
            return f.name;
    }
    return sampleName;
}

MetricFamily Exposition::familyOf(const QString &sampleName) const
{
    const QString name = familyName(sampleName);
    if (const MetricFamily *f = family(name))
        return *f;
    return MetricFamily {name, MetricType::Untyped, {}, {}};
}

} // namespace eucora::prometheus
