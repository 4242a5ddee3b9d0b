// What Prometheus says about itself and its work: scrape targets, alerts, rule groups and its
// build. Plain values decoded from /api/v1/targets, /alerts, /rules and /status/buildinfo.
#pragma once

#include "prometheus/series.h"

#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace eucora::prometheus {

// The answer of a metadata endpoint with the server's remarks about it.
template<typename T> struct ApiResponse
{
    T data {};
    std::vector<QString> warnings;
    std::vector<QString> infos;

    bool operator==(const ApiResponse &other) const
    {
        return data == other.data && warnings == other.warnings && infos == other.infos;
    }
};

enum class TargetHealth { Unknown, Up, Down };
std::optional<TargetHealth> targetHealthFromString(const QString &text);
QString targetHealthName(TargetHealth health);

struct Target
{
    QString scrapePool;
    QString scrapeUrl;
    TargetHealth health = TargetHealth::Unknown;
    QString scrapeError; // empty after a good scrape
    QDateTime lastScrape; // UTC; invalid when never scraped
    double lastScrapeDurationSeconds = 0;
    LabelSet labels; // after relabelling
    LabelSet discoveredLabels; // before relabelling

    bool operator==(const Target &other) const;
};

struct Targets
{
    std::vector<Target> active;
    std::vector<LabelSet> dropped; // the discovered labels of targets relabelling dropped

    bool operator==(const Targets &other) const
    {
        return active == other.active && dropped == other.dropped;
    }
};

enum class AlertState { Inactive, Pending, Firing };
std::optional<AlertState> alertStateFromString(const QString &text);
QString alertStateName(AlertState state);

struct Alert
{
    LabelSet labels;
    LabelSet annotations;
    AlertState state = AlertState::Inactive;
    QDateTime activeAt; // UTC; invalid when not active
    double value = 0; // the expression's value when the alert was last evaluated

    bool operator==(const Alert &other) const;
};

enum class RuleType { Alerting, Recording };
std::optional<RuleType> ruleTypeFromString(const QString &text);

enum class RuleHealth { Unknown, Ok, Err };
std::optional<RuleHealth> ruleHealthFromString(const QString &text);

struct Rule
{
    RuleType type = RuleType::Recording;
    QString name; // the alert name or the recorded metric name
    QString query;
    RuleHealth health = RuleHealth::Unknown;
    QString evaluationError; // empty after a good evaluation
    QDateTime lastEvaluation; // UTC; invalid before the first evaluation
    double evaluationSeconds = 0; // how long the last evaluation took
    LabelSet labels;
    // Alerting rules only.
    std::optional<AlertState> state;
    double durationSeconds = 0; // "for"
    LabelSet annotations;
    std::vector<Alert> alerts;

    bool operator==(const Rule &other) const;
};

struct RuleGroup
{
    QString name;
    QString file;
    double intervalSeconds = 0;
    std::vector<Rule> rules;

    bool operator==(const RuleGroup &other) const
    {
        return name == other.name && file == other.file && intervalSeconds == other.intervalSeconds
            && rules == other.rules;
    }
};

// /api/v1/metadata: what a metric family is, as its exporter declared it.
struct MetricMetadata
{
    QString type; // counter, gauge, histogram, summary, info, stateset, unknown (raw)
    QString help;
    QString unit;

    bool operator==(const MetricMetadata &other) const
    {
        return type == other.type && help == other.help && unit == other.unit;
    }
};

struct BuildInfo
{
    QString version;
    QString revision;
    QString branch;
    QString buildUser;
    QString buildDate;
    QString goVersion;

    bool operator==(const BuildInfo &other) const
    {
        return version == other.version && revision == other.revision && branch == other.branch
            && buildUser == other.buildUser && buildDate == other.buildDate
            && goVersion == other.goVersion;
    }
};

} // namespace eucora::prometheus
