// The steps that turn one list of keyed rows into another (removals, moves, insertions), as
// row numbers only, so KeyedTableModel can announce each step to views before it takes it.
#pragma once

#include <vector>

namespace eucora::models {

struct RowDiff
{
    struct Range
    {
        int first;
        int last;
    };
    struct Move
    {
        int from;
        int to; // the row's index once moved
    };

    // Bottom up, so that every range still names the rows it meant when it is applied.
    std::vector<Range> removals;
    // After the removals, one row each, in order: the rows outside a longest run that is
    // already in the new order, so a reorder moves as few rows as possible.
    std::vector<Move> moves;
    // After the moves, top down, in the indices of the new rows.
    std::vector<Range> insertions;
    // The new indices of the rows that were there before, ascending: these may have changed.
    std::vector<int> keptRows;

    // `newIndexOfOld[i]` is where old row i stands among the `newCount` new rows, -1 if it
    // is gone; no two old rows name the same new index.
    static RowDiff between(const std::vector<int> &newIndexOfOld, int newCount);
};

} // namespace eucora::models
