#include "dashboard/timeexpression.h"

#include <QRegularExpression>

#include <cmath>
#include <optional>

namespace eucora::dashboard {

namespace {

std::optional<TimeUnit> unitFromChar(QChar c)
{
    switch (c.unicode()) {
    case 's':
        return TimeUnit::Second;
    case 'm':
        return TimeUnit::Minute;
    case 'h':
        return TimeUnit::Hour;
    case 'd':
        return TimeUnit::Day;
    case 'w':
        return TimeUnit::Week;
    case 'M':
        return TimeUnit::Month;
    case 'Q':
        return TimeUnit::Quarter;
    case 'y':
        return TimeUnit::Year;
    default:
        return std::nullopt;
    }
}

// Grafana's datemath.parseDateMath: "-6h", "/d", "-1d/d", "+30m" one after the other.
Result<std::vector<TimeMath>, QString> parseMath(const QString &text, const QString &whole)
{
    QString math = text;
    math.remove(QRegularExpression(QStringLiteral("\\s")));
    std::vector<TimeMath> steps;
    int i = 0;
    while (i < math.size()) {
        TimeMath step;
        const QChar op = math.at(i++);
        if (op == QLatin1Char('/'))
            step.op = TimeMath::Op::Round;
        else if (op == QLatin1Char('+'))
            step.op = TimeMath::Op::Add;
        else if (op == QLatin1Char('-'))
            step.op = TimeMath::Op::Subtract;
        else
            return TimeText::tr("\"%1\": expected +, - or / at \"%2\"").arg(whole, math.mid(i - 1));
        const int digitsFrom = i;
        while (i < math.size() && math.at(i).isDigit())
            ++i;
        if (i - digitsFrom > 9)
            return TimeText::tr("\"%1\": the amount is too large").arg(whole);
        if (i > digitsFrom)
            step.amount = math.mid(digitsFrom, i - digitsFrom).toInt();
        if (step.op == TimeMath::Op::Round && step.amount != 1)
            return TimeText::tr("\"%1\": rounding takes a single unit, like /d").arg(whole);
        if (i >= math.size())
            return TimeText::tr("\"%1\": a unit (s, m, h, d, w, M, Q, y) is missing").arg(whole);
        if (math.at(i) == QLatin1Char('f'))
            return TimeText::tr("\"%1\": fiscal periods are not supported").arg(whole);
        const auto unit = unitFromChar(math.at(i++));
        if (!unit)
            return TimeText::tr("\"%1\": \"%2\" is not a time unit (s, m, h, d, w, M, Q, y)")
                .arg(whole, math.at(i - 1));
        step.unit = *unit;
        steps.push_back(step);
    }
    return steps;
}

// ISO 8601 / RFC 3339 and "YYYY-MM-DD HH:mm:ss": with an offset it is a moment, without one
// a wall time read in the dashboard's zone.
std::optional<TimeExpression> parseCalendarTime(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^(\\d{4})-(\\d{2})-(\\d{2})(?:[Tt ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?)?"
        "\\s*(Z|z|[+-]\\d{2}:?\\d{2})?$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(),
                     match.captured(3).toInt());
    const int ms = match.captured(7).isEmpty()
        ? 0
        : match.captured(7).left(3).leftJustified(3, QLatin1Char('0')).toInt();
    const QTime time(match.captured(4).toInt(), match.captured(5).toInt(),
                     match.captured(6).toInt(), ms);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    TimeExpression expression;
    const QString offset = match.captured(8);
    if (offset.isEmpty()) {
        expression.anchor = TimeExpression::Anchor::WallTime;
        expression.wallDate = date;
        expression.wallTime = time;
        return expression;
    }
    int seconds = 0;
    if (offset.compare(QLatin1String("z"), Qt::CaseInsensitive) != 0) {
        const QString digits = QString(offset).remove(QLatin1Char(':'));
        seconds = (digits.mid(1, 2).toInt() * 3600 + digits.mid(3, 2).toInt() * 60)
            * (offset.startsWith(QLatin1Char('-')) ? -1 : 1);
    }
    expression.anchor = TimeExpression::Anchor::Instant;
    expression.instant = QDateTime(date, time, QTimeZone(seconds)).toUTC();
    return expression;
}

std::optional<TimeExpression> epochTime(const QString &text, const QRegularExpression &form,
                                        double unitMs)
{
    if (!form.match(text).hasMatch())
        return std::nullopt;
    const double ms = text.toDouble() * unitMs;
    // QDateTime reaches much further; beyond year 9999 nobody means a real time.
    if (!std::isfinite(ms) || std::abs(ms) > 253402300799999.0)
        return std::nullopt;
    TimeExpression expression;
    expression.anchor = TimeExpression::Anchor::Instant;
    expression.instant = QDateTime::fromMSecsSinceEpoch(qint64(std::llround(ms)), QTimeZone::utc());
    return expression;
}

// Grafana puts absolute times in URLs as epoch milliseconds.
std::optional<TimeExpression> epochMilliseconds(const QString &text)
{
    static const QRegularExpression form(QStringLiteral("^-?\\d+$"));
    return epochTime(text, form, 1.0);
}

// The command line takes Unix seconds, as Prometheus' API does, fractions included.
std::optional<TimeExpression> unixSeconds(const QString &text)
{
    static const QRegularExpression form(QStringLiteral("^-?\\d+(\\.\\d+)?$"));
    return epochTime(text, form, 1000.0);
}

using EpochReader = std::optional<TimeExpression> (*)(const QString &);

Result<TimeExpression, QString> parse(const QString &input, EpochReader readEpoch)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return TimeText::tr("an empty time");
    if (text.startsWith(QLatin1String("now"))) {
        auto math = parseMath(text.mid(3), text);
        if (!math.ok())
            return math.error();
        TimeExpression expression;
        expression.math = std::move(math).value();
        return expression;
    }
    const int bars = text.indexOf(QLatin1String("||"));
    const QString absolute = bars < 0 ? text : text.left(bars);
    std::optional<TimeExpression> parsed = parseCalendarTime(absolute);
    if (!parsed)
        parsed = readEpoch(absolute);
    if (!parsed)
        return TimeText::tr("\"%1\" is not a time: use now-6h, an ISO 8601 date or epoch time")
            .arg(text);
    if (bars >= 0) {
        auto math = parseMath(text.mid(bars + 2), text);
        if (!math.ok())
            return math.error();
        parsed->math = std::move(math).value();
    }
    return *parsed;
}

QDateTime startOf(const QDateTime &time, TimeUnit unit, Qt::DayOfWeek weekStart)
{
    const QTimeZone zone = time.timeZone();
    const QDate date = time.date();
    const QTime clock = time.time();
    switch (unit) {
    case TimeUnit::Second:
        return QDateTime(date, QTime(clock.hour(), clock.minute(), clock.second()), zone);
    case TimeUnit::Minute:
        return QDateTime(date, QTime(clock.hour(), clock.minute()), zone);
    case TimeUnit::Hour:
        // Across a DST change the wall hour may exist twice; truncating the instant keeps the
        // one we are in.
        return time.addSecs(-(clock.minute() * 60 + clock.second())).addMSecs(-clock.msec());
    case TimeUnit::Day:
        return QDateTime(date, QTime(0, 0), zone);
    case TimeUnit::Week: {
        const int back = (date.dayOfWeek() - int(weekStart) + 7) % 7;
        return QDateTime(date.addDays(-back), QTime(0, 0), zone);
    }
    case TimeUnit::Month:
        return QDateTime(QDate(date.year(), date.month(), 1), QTime(0, 0), zone);
    case TimeUnit::Quarter:
        return QDateTime(QDate(date.year(), (date.month() - 1) / 3 * 3 + 1, 1), QTime(0, 0), zone);
    case TimeUnit::Year:
        return QDateTime(QDate(date.year(), 1, 1), QTime(0, 0), zone);
    }
    return time;
}

QDateTime add(const QDateTime &time, TimeUnit unit, qint64 amount)
{
    switch (unit) {
    case TimeUnit::Second:
        return time.addSecs(amount);
    case TimeUnit::Minute:
        return time.addSecs(amount * 60);
    case TimeUnit::Hour:
        return time.addSecs(amount * 3600);
    case TimeUnit::Day:
        return time.addDays(amount);
    case TimeUnit::Week:
        return time.addDays(amount * 7);
    case TimeUnit::Month:
        return time.addMonths(int(amount));
    case TimeUnit::Quarter:
        return time.addMonths(int(amount * 3));
    case TimeUnit::Year:
        return time.addYears(int(amount));
    }
    return time;
}

} // namespace

Result<TimeExpression, QString> parseTimeExpression(const QString &text)
{
    return parse(text, epochMilliseconds);
}

Result<TimeExpression, QString> parseCommandLineTime(const QString &text)
{
    return parse(text, unixSeconds);
}

QDateTime resolveTime(const TimeExpression &expression, TimeEdge edge, const TimeContext &context)
{
    QDateTime time;
    switch (expression.anchor) {
    case TimeExpression::Anchor::Now:
        time = context.now.toTimeZone(context.zone);
        break;
    case TimeExpression::Anchor::Instant:
        time = expression.instant.toTimeZone(context.zone);
        break;
    case TimeExpression::Anchor::WallTime:
        time = QDateTime(expression.wallDate, expression.wallTime, context.zone);
        break;
    }
    for (const TimeMath &step : expression.math) {
        switch (step.op) {
        case TimeMath::Op::Add:
            time = add(time, step.unit, step.amount);
            break;
        case TimeMath::Op::Subtract:
            time = add(time, step.unit, -qint64(step.amount));
            break;
        case TimeMath::Op::Round:
            time = startOf(time, step.unit, context.weekStart);
            // Grafana's roundUp: the last millisecond of the unit.
            if (edge == TimeEdge::To)
                time = startOf(add(time, step.unit, 1), step.unit, context.weekStart).addMSecs(-1);
            break;
        }
    }
    return time.toUTC();
}

QString formatAbsoluteTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace eucora::dashboard
