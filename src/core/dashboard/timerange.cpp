#include "dashboard/timerange.h"

#include "dashboard/interval.h"

#include <QRegularExpression>

#include <cmath>

namespace eucora::dashboard {

Result<TimeRange, QString> resolveTimeRange(const RawTimeRange &raw, const TimeContext &context)
{
    const auto from = parseTimeExpression(raw.from);
    if (!from.ok())
        return from.error();
    const auto to = parseTimeExpression(raw.to);
    if (!to.ok())
        return to.error();
    TimeRange range {resolveTime(from.value(), TimeEdge::From, context),
                     resolveTime(to.value(), TimeEdge::To, context)};
    if (range.from > range.to)
        return TimeText::tr("the range starts (%1) after it ends (%2)").arg(raw.from, raw.to);
    return range;
}

Result<QTimeZone, QString> dashboardTimeZone(const QString &timezone)
{
    if (timezone.isEmpty() || timezone == QLatin1String("browser"))
        return QTimeZone::systemTimeZone();
    if (timezone.compare(QLatin1String("utc"), Qt::CaseInsensitive) == 0)
        return QTimeZone::utc();
    const QTimeZone zone(timezone.toUtf8());
    if (!zone.isValid())
        return TimeText::tr("\"%1\" is not a known time zone").arg(timezone);
    return zone;
}

Result<Qt::DayOfWeek, QString> dashboardWeekStart(const QString &weekStart)
{
    // Grafana's default follows the browser's locale; the console uses ISO 8601's Monday.
    if (weekStart.isEmpty() || weekStart == QLatin1String("monday"))
        return Qt::Monday;
    if (weekStart == QLatin1String("sunday"))
        return Qt::Sunday;
    if (weekStart == QLatin1String("saturday"))
        return Qt::Saturday;
    return TimeText::tr("\"%1\" is not a week start (monday, sunday, saturday)").arg(weekStart);
}

std::vector<TimeRangePreset> relativePresets()
{
    const QString now = QStringLiteral("now");
    return {
        {{QStringLiteral("now-5m"), now}, TimeText::tr("Last 5 minutes")},
        {{QStringLiteral("now-15m"), now}, TimeText::tr("Last 15 minutes")},
        {{QStringLiteral("now-30m"), now}, TimeText::tr("Last 30 minutes")},
        {{QStringLiteral("now-1h"), now}, TimeText::tr("Last 1 hour")},
        {{QStringLiteral("now-3h"), now}, TimeText::tr("Last 3 hours")},
        {{QStringLiteral("now-6h"), now}, TimeText::tr("Last 6 hours")},
        {{QStringLiteral("now-12h"), now}, TimeText::tr("Last 12 hours")},
        {{QStringLiteral("now-24h"), now}, TimeText::tr("Last 24 hours")},
        {{QStringLiteral("now-2d"), now}, TimeText::tr("Last 2 days")},
        {{QStringLiteral("now-7d"), now}, TimeText::tr("Last 7 days")},
    };
}

namespace {

struct UnitWords
{
    QChar unit;
    const char *one;
    const char *many;
};

// Grafana's describeTextRange: "Last 1 hour", "Last 2 days".
const UnitWords kUnitWords[] = {
    {QLatin1Char('s'), QT_TRANSLATE_NOOP("eucora::dashboard::TimeText", "Last %1 second"),
     QT_TRANSLATE_NOOP("eucora::dashboard::TimeText", "Last %1 seconds")},
    {QLatin1Char('m'), QT_TRANSLATE_NOOP("eucora::dashboard::TimeText", "Last %1 minute"),
     QT_TRANSLATE_NOOP("eucora::dashboard::TimeText", "Last %1 minutes")},
    {QLatin1Char('h'), QT_TRANSLATE_NOOP("eucora::dashboard::TimeText", "Last %1 hour"),
     QT_TRANSLATE_NOOP("eucora::dashboard::TimeText", "Last %1 hours")},
    {QLatin1Char('d'), QT_TRANSLATE_NOOP("eucora::dashboard::TimeText", "Last %1 day"),
     QT_TRANSLATE_NOOP("eucora::dashboard::TimeText", "Last %1 days")},
    {QLatin1Char('w'), QT_TRANSLATE_NOOP("eucora::dashboard::TimeText", "Last %1 week"),
     QT_TRANSLATE_NOOP("eucora::dashboard::TimeText", "Last %1 weeks")},
    {QLatin1Char('M'), QT_TRANSLATE_NOOP("eucora::dashboard::TimeText", "Last %1 month"),
     QT_TRANSLATE_NOOP("eucora::dashboard::TimeText", "Last %1 months")},
    {QLatin1Char('y'), QT_TRANSLATE_NOOP("eucora::dashboard::TimeText", "Last %1 year"),
     QT_TRANSLATE_NOOP("eucora::dashboard::TimeText", "Last %1 years")},
};

} // namespace

QString describeTimeRange(const RawTimeRange &raw)
{
    for (const auto &preset : relativePresets()) {
        if (preset.range == raw)
            return preset.label;
    }
    static const QRegularExpression last(QStringLiteral("^now-(\\d+)([smhdwMy])$"));
    const auto match = last.match(raw.from);
    if (raw.to == QLatin1String("now") && match.hasMatch()) {
        const int count = match.captured(1).toInt();
        for (const auto &words : kUnitWords) {
            if (match.captured(2).at(0) == words.unit)
                return TimeText::tr(count == 1 ? words.one : words.many).arg(count);
        }
    }
    return TimeText::tr("%1 to %2").arg(raw.from, raw.to);
}

Result<RawTimeRange, QString> zoomOut(const RawTimeRange &raw, const TimeContext &context,
                                      double factor)
{
    const auto resolved = resolveTimeRange(raw, context);
    if (!resolved.ok())
        return resolved.error();
    const qint64 span = resolved.value().spanMs();
    // Grafana zooms a zero-length range out to 30 s.
    const qint64 wider = span == 0 ? 30'000 : qint64(std::llround(double(span) * factor));
    if (raw.to == QLatin1String("now"))
        return RawTimeRange {QStringLiteral("now-") + formatIntervalMs(wider), raw.to};
    const qint64 centre = resolved.value().to.toMSecsSinceEpoch() - span / 2;
    return toRaw({QDateTime::fromMSecsSinceEpoch(centre - wider / 2, QTimeZone::utc()),
                  QDateTime::fromMSecsSinceEpoch(centre + wider / 2, QTimeZone::utc())});
}

TimeRange shiftBackward(const TimeRange &range)
{
    const qint64 half = range.spanMs() / 2;
    return {range.from.addMSecs(-half), range.to.addMSecs(-half)};
}

TimeRange shiftForward(const TimeRange &range, const QDateTime &now)
{
    const qint64 half = range.spanMs() / 2;
    TimeRange shifted {range.from.addMSecs(half), range.to.addMSecs(half)};
    if (shifted.to > now && range.to < now)
        shifted = {range.from, now.toUTC()};
    return shifted;
}

RawTimeRange toRaw(const TimeRange &range)
{
    return {formatAbsoluteTime(range.from), formatAbsoluteTime(range.to)};
}

} // namespace eucora::dashboard
