// A dashboard's time range: the raw strings it stores, the moments they stand for, the presets
// an operator picks from, and zooming and shifting the window as Grafana's time picker does.
#pragma once

#include "dashboard/timeexpression.h"
#include "result.h"

#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <vector>

namespace eucora::dashboard {

struct RawTimeRange
{
    QString from;
    QString to;

    bool operator==(const RawTimeRange &o) const { return from == o.from && to == o.to; }
};

struct TimeRange
{
    QDateTime from; // UTC
    QDateTime to; // UTC

    qint64 spanMs() const { return from.msecsTo(to); }
    bool operator==(const TimeRange &o) const { return from == o.from && to == o.to; }
};

Result<TimeRange, QString> resolveTimeRange(const RawTimeRange &raw, const TimeContext &context);

// The zone a dashboard's "timezone" names: "" and "browser" are the machine's zone, "utc" is
// UTC, anything else an IANA name.
Result<QTimeZone, QString> dashboardTimeZone(const QString &timezone);

// The week start a dashboard's "weekStart" names; "" is Monday (ISO 8601).
Result<Qt::DayOfWeek, QString> dashboardWeekStart(const QString &weekStart);

struct TimeRangePreset
{
    RawTimeRange range;
    QString label; // "Last 5 minutes"
};

// The relative ranges operators expect, shortest first: 5m, 15m, 30m, 1h, 3h, 6h, 12h, 24h,
// 2d, 7d.
std::vector<TimeRangePreset> relativePresets();

// "Last 6 hours" for a preset or any "now-<n><unit>" to "now"; otherwise "<from> to <to>".
QString describeTimeRange(const RawTimeRange &raw);

// Twice (factor) the span around the same centre, as Grafana zooms out; a window ending at
// "now" keeps ending at "now" and stays relative.
Result<RawTimeRange, QString> zoomOut(const RawTimeRange &raw, const TimeContext &context,
                                      double factor = 2.0);

// Half a window earlier or later, as Grafana's arrows do. Going forward never passes `now`
// when the window ended before it: the end stops at now and the start stays.
TimeRange shiftBackward(const TimeRange &range);
TimeRange shiftForward(const TimeRange &range, const QDateTime &now);

// Absolute raw strings for a resolved range.
RawTimeRange toRaw(const TimeRange &range);

} // namespace eucora::dashboard
