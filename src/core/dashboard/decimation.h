// Min/max decimation for charts (M4: first, min, max and last point of every pixel column), so a
// panel draws what its pixels can show and a million samples stay smooth. Keeps every column's
// exact extremes, so spikes never disappear.
#pragma once

#include "prometheus/series.h"

#include <cstdint>

namespace eucora::dashboard {

// Reduces `series` (timestamps ascending, as Series guarantees) to at most four points per
// pixel column of [t0Ms, t1Ms] split into `columns` equal columns; points outside the window are
// dropped. Per column it keeps the first and last point and the minimum and maximum of the
// non-NaN values, in time order.
//
// NaN is a gap, never an extreme. A column that begins or ends with NaN keeps that NaN as its
// first or last point; a column with NaN only inside keeps its minimum, maximum, first NaN and
// last point (its first point gives way), so the chart still breaks the line there.
//
// A series that already has at most 4 x columns points, or a window or column count that is
// empty, comes back unchanged. O(n), one pass.
prometheus::Series decimate(const prometheus::Series &series, std::int64_t t0Ms, std::int64_t t1Ms,
                            int columns);

} // namespace eucora::dashboard
