#include "dashboard/variablequery.h"

#include "dashboard/grafanaregex.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace eucora::dashboard {

VariableQuery parseVariableQuery(const QString &definition)
{
    const QString text = definition.trimmed();
    static const QRegularExpression labelNames(QStringLiteral("^label_names\\(\\)\\s*$"));
    static const QRegularExpression labelValues(
        QStringLiteral("^label_values\\((?:(.+),\\s*)?([a-zA-Z_$][a-zA-Z0-9_]*)\\)\\s*$"));
    static const QRegularExpression metrics(QStringLiteral("^metrics\\((.+)\\)\\s*$"));
    static const QRegularExpression queryResult(QStringLiteral("^query_result\\((.+)\\)\\s*$"));
    VariableQuery query;
    if (labelNames.match(text).hasMatch()) {
        query.kind = VariableQuery::Kind::LabelNames;
    } else if (const auto m = labelValues.match(text); m.hasMatch()) {
        query.kind = VariableQuery::Kind::LabelValues;
        query.match = m.captured(1).trimmed();
        query.label = m.captured(2);
    } else if (const auto m = metrics.match(text); m.hasMatch()) {
        query.kind = VariableQuery::Kind::MetricNames;
        query.metricRegex = m.captured(1).trimmed();
    } else if (const auto m = queryResult.match(text); m.hasMatch()) {
        query.kind = VariableQuery::Kind::QueryResult;
        query.expr = m.captured(1).trimmed();
    } else {
        query.match = text;
    }
    return query;
}

namespace {

QString seriesText(const prometheus::Series &series)
{
    QString name;
    QStringList labels;
    for (const auto &[key, value] : series.labels) {
        if (key == QLatin1String("__name__"))
            name = value;
        else
            labels << QStringLiteral("%1=\"%2\"").arg(key, value);
    }
    return name + QLatin1Char('{') + labels.join(QLatin1Char(',')) + QLatin1Char('}');
}

QString sampleText(double value)
{
    if (std::isnan(value))
        return QStringLiteral("NaN");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("+Inf") : QStringLiteral("-Inf");
    return QString::number(value, 'g', 17);
}

void addMatches(std::vector<VariableOption> &options, const QString &answer,
                const GrafanaRegex &regex)
{
    const QStringList groups = regex.expression.namedCaptureGroups();
    const bool named
        = groups.contains(QStringLiteral("text")) || groups.contains(QStringLiteral("value"));
    auto it = regex.expression.globalMatch(answer);
    std::vector<QRegularExpressionMatch> matches;
    while (it.hasNext()) {
        matches.push_back(it.next());
        if (!regex.global)
            break;
    }
    if (matches.empty())
        return;
    if (named) {
        const auto &m = matches.front();
        const QString value = m.captured(QStringLiteral("value"));
        const QString text = m.captured(QStringLiteral("text"));
        options.push_back({text.isEmpty() ? value : text, value.isEmpty() ? text : value});
        return;
    }
    if (regex.expression.captureCount() < 1) {
        options.push_back({answer, answer});
        return;
    }
    for (const auto &m : matches)
        options.push_back({m.captured(1), m.captured(1)});
}

int numberIn(const QString &text)
{
    static const QRegularExpression digits(QStringLiteral("\\d+"));
    const auto match = digits.match(text);
    // Grafana sorts options without a number as -1.
    return match.hasMatch() ? match.captured(0).toInt() : -1;
}

// "item2" before "item10": runs of digits compare as numbers, the rest as text.
bool naturalLess(const QString &a, const QString &b)
{
    static const QRegularExpression chunks(QStringLiteral("\\d+|\\D+"));
    auto left = chunks.globalMatch(a);
    auto right = chunks.globalMatch(b);
    while (left.hasNext() && right.hasNext()) {
        const QString x = left.next().captured(0);
        const QString y = right.next().captured(0);
        const bool numbers = x.at(0).isDigit() && y.at(0).isDigit();
        if (numbers && x.toULongLong() != y.toULongLong())
            return x.toULongLong() < y.toULongLong();
        const int order = numbers ? 0 : x.compare(y, Qt::CaseInsensitive);
        if (order != 0)
            return order < 0;
    }
    return !left.hasNext() && right.hasNext();
}

} // namespace

QStringList queryResultTexts(const std::vector<prometheus::Series> &series)
{
    QStringList texts;
    for (const auto &one : series) {
        QString text = seriesText(one);
        if (!one.values.empty()) {
            text += QLatin1Char(' ') + sampleText(one.values.back()) + QLatin1Char(' ')
                + QString::number(one.timestampsMs.back());
        }
        texts << text;
    }
    return texts;
}

QStringList seriesTexts(const std::vector<prometheus::Series> &series)
{
    QStringList texts;
    for (const auto &one : series)
        texts << seriesText(one);
    return texts;
}

Result<std::vector<VariableOption>, QString>
variableOptionsFromAnswers(const QStringList &answers, const QString &regex, VariableSort sort)
{
    std::vector<VariableOption> options;
    if (regex.isEmpty()) {
        for (const QString &answer : answers)
            options.push_back({answer, answer});
    } else {
        const auto compiled = grafanaRegex(regex);
        if (!compiled.ok())
            return compiled.error();
        for (const QString &answer : answers)
            addMatches(options, answer, compiled.value());
    }
    std::vector<VariableOption> unique;
    for (const auto &option : options) {
        const bool seen = std::any_of(unique.begin(), unique.end(), [&](const VariableOption &o) {
            return o.value == option.value;
        });
        if (!seen)
            unique.push_back(option);
    }
    return sortVariableOptions(std::move(unique), sort);
}

std::vector<VariableOption> sortVariableOptions(std::vector<VariableOption> options,
                                                VariableSort sort)
{
    auto byText = [](const VariableOption &a, const VariableOption &b) {
        return a.text < b.text;
    };
    auto byNumber = [](const VariableOption &a, const VariableOption &b) {
        return numberIn(a.text) < numberIn(b.text);
    };
    auto byTextIgnoringCase = [](const VariableOption &a, const VariableOption &b) {
        return a.text.compare(b.text, Qt::CaseInsensitive) < 0;
    };
    auto byNatural = [](const VariableOption &a, const VariableOption &b) {
        return naturalLess(a.text, b.text);
    };
    switch (sort) {
    case VariableSort::Disabled:
        return options;
    case VariableSort::AlphabeticalAsc:
    case VariableSort::AlphabeticalDesc:
        std::stable_sort(options.begin(), options.end(), byText);
        break;
    case VariableSort::NumericalAsc:
    case VariableSort::NumericalDesc:
        std::stable_sort(options.begin(), options.end(), byNumber);
        break;
    case VariableSort::AlphabeticalCaseInsensitiveAsc:
    case VariableSort::AlphabeticalCaseInsensitiveDesc:
        std::stable_sort(options.begin(), options.end(), byTextIgnoringCase);
        break;
    case VariableSort::NaturalAsc:
    case VariableSort::NaturalDesc:
        std::stable_sort(options.begin(), options.end(), byNatural);
        break;
    }
    const bool descending = sort == VariableSort::AlphabeticalDesc
        || sort == VariableSort::NumericalDesc
        || sort == VariableSort::AlphabeticalCaseInsensitiveDesc
        || sort == VariableSort::NaturalDesc;
    if (descending)
        std::reverse(options.begin(), options.end());
    return options;
}

} // namespace eucora::dashboard
