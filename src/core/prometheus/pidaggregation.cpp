#include "prometheus/pidaggregation.h"

#include <cmath>
#include <cstring>
#include <map>

namespace eucora::prometheus {

namespace {

// Groups the samples named `metric` by their labels without `pid` and folds each group's values
// with `better(candidate, kept)`, which says whether the candidate replaces the kept value.
template<typename Better>
std::vector<PidAggregate> foldOverPids(const std::vector<MetricSample> &samples,
                                       const QString &metric, Better better)
{
    const QString pid = QStringLiteral("pid");
    std::map<LabelSet, PidAggregate> groups;
    for (const MetricSample &sample : samples) {
        if (sample.name != metric)
            continue;
        LabelSet labels;
        labels.reserve(sample.labels.size());
        QString samplePid;
        for (const auto &label : sample.labels) {
            if (label.first != pid)
                labels.push_back(label);
            else
                samplePid = label.second;
        }
        auto [it, inserted] = groups.try_emplace(labels);
        PidAggregate &group = it->second;
        if (inserted) {
            group.labels = std::move(labels);
            group.value = sample.value;
            group.worstPid = samplePid;
        } else if (better(sample.value, group.value)) {
            group.value = sample.value;
            group.worstPid = samplePid;
        }
        ++group.pidCount;
    }
    std::vector<PidAggregate> out;
    out.reserve(groups.size());
    for (auto &entry : groups)
        out.push_back(std::move(entry.second));
    return out;
}

} // namespace

bool PidAggregate::operator==(const PidAggregate &other) const
{
    return labels == other.labels && pidCount == other.pidCount && worstPid == other.worstPid
        && std::memcmp(&value, &other.value, sizeof value) == 0;
}

int breakerSeverity(double state)
{
    if (state == 1.0)
        return 3; // OPEN
    if (state == 2.0)
        return 2; // HALF_OPEN
    if (state == 0.0)
        return 0; // CLOSED
    return 1;
}

std::vector<PidAggregate> mostSevereBreakerStates(const std::vector<MetricSample> &samples)
{
    return foldOverPids(samples, QStringLiteral("circuit_breaker_state"),
                        [](double candidate, double kept) {
                            return breakerSeverity(candidate) > breakerSeverity(kept);
                        });
}

std::vector<PidAggregate> lowestConnectorHealth(const std::vector<MetricSample> &samples)
{
    return minimumOverPids(samples, QStringLiteral("connector_health"));
}

std::vector<PidAggregate> minimumOverPids(const std::vector<MetricSample> &samples,
                                          const QString &metric)
{
    return foldOverPids(samples, metric, [](double candidate, double kept) {
        return std::isnan(kept) || candidate < kept;
    });
}

QString breakerNameOf(const LabelSet &labels)
{
    const QString exported = labelValue(labels, QStringLiteral("exported_service"));
    return exported.isEmpty() ? labelValue(labels, QStringLiteral("service")) : exported;
}

} // namespace eucora::prometheus
