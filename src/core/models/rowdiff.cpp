#include "models/rowdiff.h"

#include <algorithm>
#include <iterator>
#include <set>

namespace eucora::models {

namespace {

std::vector<RowDiff::Range> runsOf(const std::vector<bool> &marked)
{
    std::vector<RowDiff::Range> runs;
    const int count = int(marked.size());
    for (int row = 0; row < count; ++row) {
        if (!marked[size_t(row)])
            continue;
        int last = row;
        while (last + 1 < count && marked[size_t(last + 1)])
            ++last;
        runs.push_back({row, last});
        row = last;
    }
    return runs;
}

// Marks one longest strictly increasing subsequence of `values` (patience sorting, n log n).
std::vector<bool> longestIncreasingRun(const std::vector<int> &values)
{
    std::vector<int> tails; // tails[k]: index of the smallest end of an increasing run of k+1
    std::vector<int> previous(values.size(), -1);
    for (int i = 0; i < int(values.size()); ++i) {
        const auto tail = std::lower_bound(
            tails.begin(), tails.end(), values[size_t(i)],
            [&values](int index, int value) { return values[size_t(index)] < value; });
        if (tail != tails.begin())
            previous[size_t(i)] = *std::prev(tail);
        if (tail == tails.end())
            tails.push_back(i);
        else
            *tail = i;
    }
    std::vector<bool> member(values.size(), false);
    for (int i = tails.empty() ? -1 : tails.back(); i >= 0; i = previous[size_t(i)])
        member[size_t(i)] = true;
    return member;
}

int positionOf(const std::vector<int> &order, int value)
{
    return int(std::find(order.begin(), order.end(), value) - order.begin());
}

// `order` holds the new index of each kept row in its current place. Rows outside the longest
// increasing run are taken in new-index order and put right after the already placed row
// that precedes them in the new order; placed rows always keep their relative order, so when
// the last one is placed the whole list is in the new order.
std::vector<RowDiff::Move> movesToSort(std::vector<int> order)
{
    const std::vector<bool> staying = longestIncreasingRun(order);
    std::set<int> placed;
    std::vector<int> moving;
    for (size_t i = 0; i < order.size(); ++i) {
        if (staying[i])
            placed.insert(order[i]);
        else
            moving.push_back(order[i]);
    }
    std::sort(moving.begin(), moving.end());
    std::vector<RowDiff::Move> moves;
    for (const int value : moving) {
        const int from = positionOf(order, value);
        order.erase(order.begin() + from);
        const auto next = placed.lower_bound(value);
        const int to = next == placed.begin() ? 0 : positionOf(order, *std::prev(next)) + 1;
        order.insert(order.begin() + to, value);
        placed.insert(value);
        if (from != to)
            moves.push_back({from, to});
    }
    return moves;
}

} // namespace

RowDiff RowDiff::between(const std::vector<int> &newIndexOfOld, int newCount)
{
    RowDiff diff;
    std::vector<bool> removed(newIndexOfOld.size(), false);
    std::vector<bool> inserted(size_t(newCount), true);
    std::vector<int> order;
    for (size_t row = 0; row < newIndexOfOld.size(); ++row) {
        const int newIndex = newIndexOfOld[row];
        if (newIndex < 0) {
            removed[row] = true;
            continue;
        }
        inserted[size_t(newIndex)] = false;
        order.push_back(newIndex);
    }
    diff.removals = runsOf(removed);
    std::reverse(diff.removals.begin(), diff.removals.end());
    diff.keptRows = order;
    std::sort(diff.keptRows.begin(), diff.keptRows.end());
    diff.moves = movesToSort(std::move(order));
    diff.insertions = runsOf(inserted);
    return diff;
}

} // namespace eucora::models
