// What one scrape of a text-exposition endpoint says: its samples, the families' HELP/TYPE/UNIT,
// and the lines that could not be read (with line number and reason).
#pragma once

#include "prometheus/series.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace eucora::prometheus {

// Text 0.0.4 knows the first five; OpenMetrics adds the rest ("unknown" is Untyped).
enum class MetricType {
    Untyped,
    Counter,
    Gauge,
    Histogram,
    Summary,
    Info,
    StateSet,
    GaugeHistogram
};

// Reads a TYPE word ("counter", "unknown", ...); nullopt for a word neither format defines.
std::optional<MetricType> metricTypeFromString(const QString &text);
QString metricTypeName(MetricType type);

struct MetricFamily
{
    QString name;
    MetricType type = MetricType::Untyped;
    QString help;
    QString unit; // OpenMetrics "# UNIT"; empty in text 0.0.4

    bool operator==(const MetricFamily &other) const;
};

struct MetricSample
{
    QString name; // as exposed, e.g. "deployment_duration_seconds_bucket"
    LabelSet labels; // sorted by name; never contains __name__
    double value = 0;
    std::optional<std::int64_t> timestampMs;

    // NaN equals NaN here, as in Series: the same sample is the same bits.
    bool operator==(const MetricSample &other) const;
};

struct ExpositionProblem
{
    qsizetype line = 0; // 1-based; 0 for a problem with the whole text
    QString reason;

    bool operator==(const ExpositionProblem &other) const
    {
        return line == other.line && reason == other.reason;
    }
};

struct Exposition
{
    // Only the first problems are listed so that a binary blob cannot eat the memory.
    static constexpr std::size_t kMaxListedProblems = 1000;

    std::vector<MetricSample> samples; // in input order
    std::vector<MetricFamily> families; // in order of their first HELP/TYPE/UNIT line
    std::vector<ExpositionProblem> problems; // at most kMaxListedProblems, in line order
    std::size_t problemCount = 0; // all problems, listed or not
    bool openMetrics = false; // the text ended with "# EOF"

    const MetricFamily *family(const QString &name) const;

    // The family a sample belongs to: its own name when declared, else the declared family whose
    // type produces that suffix ("x_bucket" of histogram "x", "x_total" of OpenMetrics counter
    // "x"), else the sample name itself.
    QString familyName(const QString &sampleName) const;

    // Metadata for a sample's family; a default Untyped family when nothing was declared.
    MetricFamily familyOf(const QString &sampleName) const;
};

} // namespace eucora::prometheus
