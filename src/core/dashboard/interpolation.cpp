#include "dashboard/interpolation.h"

#include "dashboard/interval.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

#include <cmath>
#include <optional>

namespace eucora::dashboard {

namespace {

// Grafana's variableRegex: $name | [[name(:format)]] | ${name(.path)(:format)}.
const QRegularExpression &variablePattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("\\$(\\w+)|\\[\\[(\\w+?)(?::(\\w+))?\\]\\]|\\$\\{(\\w+)(?:\\.([^:^\\}]+))?(?"
                       "::([^\\}]+))?\\}"));
    return pattern;
}

enum class DefaultFormat { Prometheus, Text };

struct Values
{
    QStringList values;
    QStringList texts;
    bool multiOrAll = false; // Grafana escapes for a regex only then
};

QString regularEscape(QString value)
{
    // prometheusRegularEscape: a single value stays as typed but for \ and '.
    value.replace(QStringLiteral("\\"), QStringLiteral("\\\\"));
    value.replace(QStringLiteral("'"), QStringLiteral("\\\\'"));
    return value;
}

// Each character of `special` gets `prefix` before it; a backslash becomes `backslash`.
QString escaped(const QString &value, QLatin1String special, const QString &prefix,
                const QString &backslash)
{
    QString result;
    for (const QChar c : value) {
        if (c == QLatin1Char('\\'))
            result += backslash;
        else if (QString(special).contains(c))
            result += prefix + c;
        else
            result += c;
    }
    return result;
}

QString promRegexEscape(QString value)
{
    // prometheusSpecialRegexEscape: doubled backslashes, because the regex sits in a PromQL
    // string where \\ is one backslash.
    return escaped(value, QLatin1String("$^*{}[]+?.()|"), QStringLiteral("\\\\"),
                   QStringLiteral("\\\\\\\\"));
}

QString plainRegexEscape(QString value)
{
    // Grafana's escapeRegex, for ${var:regex}.
    return escaped(value, QLatin1String("^$*+?.()|[]{}/"), QStringLiteral("\\"),
                   QStringLiteral("\\\\"));
}

QString alternation(const QStringList &parts)
{
    if (parts.size() == 1)
        return parts.front();
    return QLatin1Char('(') + parts.join(QLatin1Char('|')) + QLatin1Char(')');
}

QStringList mapped(const QStringList &values, QString (*escape)(QString))
{
    QStringList result;
    for (const QString &value : values)
        result << escape(value);
    return result;
}

QString quoted(const QStringList &values, QChar quote)
{
    QStringList result;
    for (QString value : values)
        result << quote + value.replace(quote, QStringLiteral("\\") + quote) + quote;
    return result.join(QLatin1Char(','));
}

std::optional<QString> applyFormat(const QString &format, const Values &v, const QString &name)
{
    if (format == QLatin1String("regex"))
        return alternation(mapped(v.values, plainRegexEscape));
    if (format == QLatin1String("pipe"))
        return v.values.join(QLatin1Char('|'));
    if (format == QLatin1String("csv") || format == QLatin1String("raw"))
        return v.values.join(QLatin1Char(','));
    if (format == QLatin1String("text"))
        return v.texts.join(QStringLiteral(" + "));
    if (format == QLatin1String("glob"))
        return v.values.size() == 1
            ? v.values.front()
            : QLatin1Char('{') + v.values.join(QLatin1Char(',')) + QLatin1Char('}');
    if (format == QLatin1String("singlequote"))
        return quoted(v.values, QLatin1Char('\''));
    if (format == QLatin1String("doublequote"))
        return quoted(v.values, QLatin1Char('"'));
    if (format == QLatin1String("json"))
        return QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(v.values)).toJson(QJsonDocument::Compact));
    if (format == QLatin1String("queryparam")) {
        QStringList params;
        for (const QString &value : v.values)
            params << QStringLiteral("var-%1=%2")
                          .arg(name, QString::fromUtf8(QUrl::toPercentEncoding(value)));
        return params.join(QLatin1Char('&'));
    }
    if (format == QLatin1String("percentencode")) {
        const QString joined = v.values.size() == 1
            ? v.values.front()
            : QLatin1Char('{') + v.values.join(QLatin1Char(',')) + QLatin1Char('}');
        return QString::fromUtf8(QUrl::toPercentEncoding(joined));
    }
    return std::nullopt;
}

QString defaultFormat(DefaultFormat format, const Values &v)
{
    if (format == DefaultFormat::Text)
        return v.texts.join(QStringLiteral(" + "));
    if (!v.multiOrAll)
        return regularEscape(v.values.value(0));
    return alternation(mapped(v.values, promRegexEscape));
}

class Interpolator
{
public:
    Interpolator(const std::vector<Variable> &variables, const MacroContext &macros,
                 DefaultFormat format)
        : m_variables(variables)
        , m_macros(macros)
        , m_format(format)
    { }

    Interpolation run(const QString &text, int depth = 0)
    {
        Interpolation result;
        qsizetype done = 0;
        auto it = variablePattern().globalMatch(text);
        while (it.hasNext()) {
            const auto match = it.next();
            result.text += text.mid(done, match.capturedStart() - done);
            done = match.capturedEnd();
            result.text += replacement(match, result.unresolved, depth);
        }
        result.text += text.mid(done);
        return result;
    }

private:
    QString replacement(const QRegularExpressionMatch &match, QStringList &unresolved, int depth)
    {
        const QString name = !match.captured(1).isEmpty() ? match.captured(1)
            : !match.captured(2).isEmpty()                ? match.captured(2)
                                                          : match.captured(4);
        const QString format = !match.captured(3).isEmpty() ? match.captured(3) : match.captured(6);
        const QString written = match.captured(0);
        static const QRegularExpression digits(QStringLiteral("^\\d+$"));
        if (digits.match(name).hasMatch())
            return written; // "$1" in label_replace is PromQL's, not a variable
        if (const auto macro = macroValue(name))
            return *macro;
        const Variable *variable = findVariable(m_variables, name);
        if (!variable) {
            note(unresolved, name);
            return written;
        }
        const bool asText = format == QLatin1String("text")
            || (format.isEmpty() && m_format == DefaultFormat::Text);
        if (variable->isAllSelected() && !variable->allValue.isEmpty() && !asText && depth < 5) {
            // Grafana inserts a custom "All" value unformatted, its own variables resolved.
            const Interpolation inner = run(variable->allValue, depth + 1);
            for (const QString &name : inner.unresolved)
                note(unresolved, name);
            return inner.text;
        }
        const Values values = valuesOf(*variable);
        if (format.isEmpty())
            return defaultFormat(m_format, values);
        if (const auto formatted = applyFormat(format, values, name))
            return *formatted;
        note(unresolved, name + QLatin1Char(':') + format);
        return written;
    }

    static void note(QStringList &unresolved, const QString &name)
    {
        if (!unresolved.contains(name))
            unresolved << name;
    }

    std::optional<QString> macroValue(const QString &name) const
    {
        const qint64 rangeMs = m_macros.range.spanMs();
        const qint64 rangeS = qint64(std::llround(double(rangeMs) / 1000.0));
        if (name == QLatin1String("__interval"))
            return formatIntervalMs(m_macros.intervalMs);
        if (name == QLatin1String("__interval_ms"))
            return QString::number(m_macros.intervalMs);
        if (name == QLatin1String("__rate_interval"))
            return formatIntervalMs(m_macros.rateIntervalMs);
        if (name == QLatin1String("__rate_interval_ms"))
            return QString::number(m_macros.rateIntervalMs);
        if (name == QLatin1String("__range"))
            return QString::number(rangeS) + QLatin1Char('s');
        if (name == QLatin1String("__range_s"))
            return QString::number(rangeS);
        if (name == QLatin1String("__range_ms"))
            return QString::number(rangeMs);
        if (name == QLatin1String("__from"))
            return QString::number(m_macros.range.from.toMSecsSinceEpoch());
        if (name == QLatin1String("__to"))
            return QString::number(m_macros.range.to.toMSecsSinceEpoch());
        return std::nullopt;
    }

    Values valuesOf(const Variable &variable) const
    {
        Values v;
        v.multiOrAll = variable.multi || variable.includeAll;
        if (variable.isAllSelected()) {
            std::vector<VariableOption> options = variable.options;
            if (options.empty() && variable.type == VariableType::Custom)
                options = customVariableOptions(variable.query);
            for (const auto &option : options)
                v.values << option.value;
            v.texts << QStringLiteral("All");
            return v;
        }
        for (const QString &value : variable.currentValue)
            v.values << intervalValue(variable, value);
        v.texts = variable.currentText.isEmpty() ? v.values : variable.currentText;
        return v;
    }

    // An interval variable's "auto": the range divided by auto_count, not below auto_min.
    QString intervalValue(const Variable &variable, const QString &value) const
    {
        if (variable.type != VariableType::Interval || value != autoIntervalValue(variable))
            return value;
        const qint64 minimum = parseIntervalMs(variable.autoMin).value_or(0);
        return formatIntervalMs(
            calculateIntervalMs(m_macros.range.spanMs(), variable.autoCount, minimum));
    }

    const std::vector<Variable> &m_variables;
    const MacroContext &m_macros;
    DefaultFormat m_format;
};

} // namespace

Interpolation interpolateQuery(const QString &text, const std::vector<Variable> &variables,
                               const MacroContext &macros)
{
    return Interpolator(variables, macros, DefaultFormat::Prometheus).run(text);
}

Interpolation interpolateText(const QString &text, const std::vector<Variable> &variables,
                              const MacroContext &macros)
{
    return Interpolator(variables, macros, DefaultFormat::Text).run(text);
}

QStringList referencedVariables(const QString &text)
{
    QStringList names;
    auto it = variablePattern().globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        for (int group : {1, 2, 4}) {
            const QString name = match.captured(group);
            if (!name.isEmpty() && !names.contains(name))
                names << name;
        }
    }
    return names;
}

QString legendName(const QString &legendFormat, const prometheus::LabelSet &labels)
{
    if (legendFormat.trimmed().isEmpty() || legendFormat == QLatin1String("__auto"))
        return seriesName(labels);
    static const QRegularExpression label(QStringLiteral("\\{\\{\\s*(.+?)\\s*\\}\\}"));
    QString result;
    qsizetype done = 0;
    auto it = label.globalMatch(legendFormat);
    while (it.hasNext()) {
        const auto match = it.next();
        result += legendFormat.mid(done, match.capturedStart() - done);
        result += prometheus::labelValue(labels, match.captured(1));
        done = match.capturedEnd();
    }
    return result + legendFormat.mid(done);
}

QString seriesName(const prometheus::LabelSet &labels)
{
    QStringList parts;
    for (const auto &[name, value] : labels) {
        if (name != QLatin1String("__name__"))
            parts << QStringLiteral("%1=\"%2\"").arg(name, value);
    }
    return prometheus::labelValue(labels, QStringLiteral("__name__")) + QLatin1Char('{')
        + parts.join(QStringLiteral(", ")) + QLatin1Char('}');
}

} // namespace eucora::dashboard
