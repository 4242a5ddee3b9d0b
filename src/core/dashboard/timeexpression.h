// Grafana's time expressions ("now-6h", "now/d", "now-1w/w", ISO 8601, epoch milliseconds) and
// the console's command-line times (RFC 3339, Unix seconds, "now-6h"), resolved against a given
// "now" and time zone so "now/d" is the start of the day where the operator is.
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <vector>

namespace eucora::dashboard {

enum class TimeUnit { Second, Minute, Hour, Day, Week, Month, Quarter, Year };

// Which end of a range an expression is: "now/d" is the start of today as `from` and its last
// millisecond as `to`, as in Grafana.
enum class TimeEdge { From, To };

struct TimeMath
{
    enum class Op { Add, Subtract, Round };
    Op op = Op::Add;
    int amount = 1;
    TimeUnit unit = TimeUnit::Second;

    bool operator==(const TimeMath &o) const
    {
        return op == o.op && amount == o.amount && unit == o.unit;
    }
};

struct TimeExpression
{
    enum class Anchor {
        Now,
        Instant, // a moment: an offset was given, or epoch time
        WallTime, // a date and time without offset, read in the resolving zone
    };
    Anchor anchor = Anchor::Now;
    QDateTime instant; // Instant, in UTC
    QDate wallDate; // WallTime
    QTime wallTime; // WallTime
    std::vector<TimeMath> math; // after "now", or after "||" behind an absolute time

    bool isRelative() const { return anchor == Anchor::Now; }
    bool operator==(const TimeExpression &o) const
    {
        return anchor == o.anchor && instant == o.instant && wallDate == o.wallDate
            && wallTime == o.wallTime && math == o.math;
    }
};

struct TimeContext
{
    QDateTime now;
    QTimeZone zone = QTimeZone::utc();
    Qt::DayOfWeek weekStart = Qt::Monday;
};

// Grafana's form: a string of digits is epoch milliseconds (how Grafana puts times in URLs).
Result<TimeExpression, QString> parseTimeExpression(const QString &text);

// The console's --from/--to: a string of digits (with an optional fraction) is Unix seconds.
Result<TimeExpression, QString> parseCommandLineTime(const QString &text);

// The moment an expression stands for, in UTC.
QDateTime resolveTime(const TimeExpression &expression, TimeEdge edge, const TimeContext &context);

// "2023-11-14T22:13:20.000Z": how the console writes an absolute time back.
QString formatAbsoluteTime(const QDateTime &time);

struct TimeText
{
    Q_DECLARE_TR_FUNCTIONS(eucora::dashboard::TimeText)
};

} // namespace eucora::dashboard
