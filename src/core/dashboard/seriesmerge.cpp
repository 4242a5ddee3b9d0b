#include "dashboard/seriesmerge.h"

#include <algorithm>
#include <map>

namespace eucora::dashboard {

std::vector<prometheus::Series> mergeTail(const std::vector<const prometheus::Series *> &current,
                                          const std::vector<prometheus::Series> &tail,
                                          std::int64_t tailStartMs, std::int64_t windowStartMs)
{
    std::map<prometheus::LabelSet, const prometheus::Series *> tailByLabels;
    for (const prometheus::Series &s : tail)
        tailByLabels.emplace(s.labels, &s);

    std::vector<prometheus::Series> merged;
    merged.reserve(std::max(current.size(), tail.size()));
    const auto appendRange = [](prometheus::Series &to, const prometheus::Series &from,
                                std::int64_t fromMs, std::int64_t beforeMs) {
        const auto &t = from.timestampsMs;
        auto first = std::lower_bound(t.begin(), t.end(), fromMs);
        auto last = std::lower_bound(first, t.end(), beforeMs);
        const auto a = size_t(first - t.begin());
        const auto b = size_t(last - t.begin());
        to.timestampsMs.insert(to.timestampsMs.end(), t.begin() + qsizetype(a),
                               t.begin() + qsizetype(b));
        to.values.insert(to.values.end(), from.values.begin() + qsizetype(a),
                         from.values.begin() + qsizetype(b));
    };
    constexpr std::int64_t kEnd = INT64_MAX;
    for (const prometheus::Series *shown : current) {
        const prometheus::Series &old = *shown;
        prometheus::Series out;
        out.labels = old.labels;
        appendRange(out, old, windowStartMs, tailStartMs);
        const auto match = tailByLabels.find(old.labels);
        if (match != tailByLabels.end()) {
            appendRange(out, *match->second, std::max(tailStartMs, windowStartMs), kEnd);
            tailByLabels.erase(match);
        }
        if (out.size() > 0)
            merged.push_back(std::move(out));
    }
    for (const prometheus::Series &fresh : tail) {
        if (!tailByLabels.count(fresh.labels))
            continue; // already merged into an existing series
        prometheus::Series out;
        out.labels = fresh.labels;
        appendRange(out, fresh, windowStartMs, kEnd);
        if (out.size() > 0)
            merged.push_back(std::move(out));
    }
    return merged;
}

std::vector<prometheus::Series> mergeTail(const std::vector<prometheus::Series> &current,
                                          const std::vector<prometheus::Series> &tail,
                                          std::int64_t tailStartMs, std::int64_t windowStartMs)
{
    std::vector<const prometheus::Series *> shown;
    for (const prometheus::Series &s : current)
        shown.push_back(&s);
    return mergeTail(shown, tail, tailStartMs, windowStartMs);
}

} // namespace eucora::dashboard
