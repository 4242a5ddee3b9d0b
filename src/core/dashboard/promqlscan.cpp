#include "dashboard/promqlscan.h"

#include <QRegularExpression>
#include <QSet>

namespace eucora::dashboard {

namespace {

const QSet<QString> &keywords()
{
    static const QSet<QString> words {
        QStringLiteral("by"), QStringLiteral("without"), QStringLiteral("on"),
        QStringLiteral("ignoring"), QStringLiteral("group_left"), QStringLiteral("group_right"),
        QStringLiteral("bool"), QStringLiteral("and"), QStringLiteral("or"),
        QStringLiteral("unless"), QStringLiteral("offset"), QStringLiteral("inf"),
        QStringLiteral("nan"), QStringLiteral("Inf"), QStringLiteral("NaN"),
        QStringLiteral("atan2"),
        // Aggregation operators, which may take their "by (...)" before the parenthesis.
        QStringLiteral("sum"), QStringLiteral("min"), QStringLiteral("max"), QStringLiteral("avg"),
        QStringLiteral("group"), QStringLiteral("stddev"), QStringLiteral("stdvar"),
        QStringLiteral("count"), QStringLiteral("count_values"), QStringLiteral("bottomk"),
        QStringLiteral("topk"), QStringLiteral("quantile"), QStringLiteral("limitk"),
        QStringLiteral("limit_ratio")};
    return words;
}

bool isLabelListKeyword(const QString &word)
{
    return word == QLatin1String("by") || word == QLatin1String("without")
        || word == QLatin1String("on") || word == QLatin1String("ignoring")
        || word == QLatin1String("group_left") || word == QLatin1String("group_right");
}

// Index of the bracket closing the one at `open`, or the end of the text.
qsizetype closing(const QString &text, qsizetype open, QChar from, QChar to)
{
    int depth = 0;
    for (qsizetype i = open; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == QLatin1Char('"') || c == QLatin1Char('\'')) { // skip a string
            for (++i; i < text.size() && text[i] != c; ++i) {
                if (text[i] == QLatin1Char('\\'))
                    ++i;
            }
            continue;
        }
        if (c == from)
            ++depth;
        else if (c == to && --depth == 0)
            return i;
    }
    return text.size();
}

struct Token
{
    QString word;
    qsizetype at = 0;
    bool call = false; // followed by "("
};

// Identifiers outside strings, {label matchers} and [durations]; label lists after by/without
// and friends are skipped.
std::vector<Token> identifiers(const QString &expr)
{
    std::vector<Token> out;
    qsizetype i = 0;
    const auto isStart = [](QChar c) {
        return c.isLetter() || c == QLatin1Char('_') || c == QLatin1Char(':');
    };
    const auto isPart = [&isStart](QChar c) {
        return isStart(c) || c.isDigit();
    };
    while (i < expr.size()) {
        const QChar c = expr[i];
        if (c == QLatin1Char('"') || c == QLatin1Char('\'') || c == QLatin1Char('`')) {
            for (++i; i < expr.size() && expr[i] != c; ++i) {
                if (expr[i] == QLatin1Char('\\'))
                    ++i;
            }
            ++i;
            continue;
        }
        if (c == QLatin1Char('{')) {
            i = closing(expr, i, QLatin1Char('{'), QLatin1Char('}')) + 1;
            continue;
        }
        if (c == QLatin1Char('[')) {
            i = closing(expr, i, QLatin1Char('['), QLatin1Char(']')) + 1;
            continue;
        }
        if (c.isDigit()) { // a number, maybe 1e3 or 0x1f or 5m in offsets
            while (i < expr.size() && (expr[i].isLetterOrNumber() || expr[i] == QLatin1Char('.')))
                ++i;
            continue;
        }
        if (!isStart(c)) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < expr.size() && isPart(expr[i]))
            ++i;
        const QString word = expr.mid(start, i - start);
        qsizetype next = i;
        while (next < expr.size() && expr[next].isSpace())
            ++next;
        const bool call = next < expr.size() && expr[next] == QLatin1Char('(');
        if (call && isLabelListKeyword(word)) {
            i = closing(expr, next, QLatin1Char('('), QLatin1Char(')')) + 1;
            continue;
        }
        out.push_back({word, start, call});
    }
    return out;
}

QStringList uniqueAppend(QStringList list, const QString &name)
{
    if (!list.contains(name))
        list << name;
    return list;
}

// The metric right inside `function(` ... (after the function's leading scalar argument when
// it has one).
QStringList metricsUnder(const QString &expr, const QStringList &functions, bool afterScalar)
{
    QStringList out;
    const std::vector<Token> tokens = identifiers(expr);
    for (size_t t = 0; t < tokens.size(); ++t) {
        if (!tokens[t].call || !functions.contains(tokens[t].word))
            continue;
        const qsizetype open = expr.indexOf(QLatin1Char('('), tokens[t].at);
        const qsizetype close = closing(expr, open, QLatin1Char('('), QLatin1Char(')'));
        qsizetype from = open + 1;
        if (afterScalar) {
            const qsizetype comma = expr.indexOf(QLatin1Char(','), from);
            if (comma < 0 || comma > close)
                continue;
            from = comma + 1;
        }
        // The first selector in the argument, if the argument is a plain selector (a nested
        // call such as rate() inside histogram_quantile is looked at by its own rule).
        for (size_t u = t + 1; u < tokens.size() && tokens[u].at < close; ++u) {
            if (tokens[u].at < from)
                continue;
            if (!tokens[u].call && !keywords().contains(tokens[u].word))
                out = uniqueAppend(out, tokens[u].word);
            break;
        }
    }
    return out;
}

} // namespace

QStringList selectedMetrics(const QString &expr)
{
    QStringList out;
    for (const Token &token : identifiers(expr)) {
        if (!token.call && !keywords().contains(token.word))
            out = uniqueAppend(out, token.word);
    }
    return out;
}

QStringList ratedMetrics(const QString &expr)
{
    return metricsUnder(
        expr, {QStringLiteral("rate"), QStringLiteral("irate"), QStringLiteral("increase")}, false);
}

QStringList quantiledMetrics(const QString &expr)
{
    QStringList out = metricsUnder(expr, {QStringLiteral("quantile_over_time")}, true);
    for (const QString &name : metricsUnder(expr, {QStringLiteral("histogram_quantile")}, true))
        out = uniqueAppend(out, name);
    // Inside histogram_quantile the buckets usually come through rate() or sum(): those too.
    const std::vector<Token> tokens = identifiers(expr);
    for (const Token &token : tokens) {
        if (token.word != QLatin1String("histogram_quantile") || !token.call)
            continue;
        const qsizetype open = expr.indexOf(QLatin1Char('('), token.at);
        const qsizetype close = closing(expr, open, QLatin1Char('('), QLatin1Char(')'));
        for (const QString &name : selectedMetrics(expr.mid(open + 1, close - open - 1)))
            out = uniqueAppend(out, name);
    }
    return out;
}

QStringList quantilesWithoutLe(const QString &expr)
{
    QStringList out;
    static const QRegularExpression aggregation(
        QStringLiteral(R"(\b(sum|max|min|avg|count)\s*(by|without)\s*\(([^)]*)\))"));
    static const QRegularExpression aggregationAfter(
        QStringLiteral(R"(\b(sum|max|min|avg|count)\s*\(.*\)\s*(by|without)\s*\(([^)]*)\))"));
    for (const Token &token : identifiers(expr)) {
        if (token.word != QLatin1String("histogram_quantile") || !token.call)
            continue;
        const qsizetype open = expr.indexOf(QLatin1Char('('), token.at);
        const qsizetype close = closing(expr, open, QLatin1Char('('), QLatin1Char(')'));
        const QString call = expr.mid(token.at, close + 1 - token.at);
        const qsizetype comma = call.indexOf(QLatin1Char(','));
        const QString buckets = comma < 0 ? call : call.mid(comma + 1);
        bool keepsLe = false;
        for (const QRegularExpression *re : {&aggregation, &aggregationAfter}) {
            const QRegularExpressionMatch m = re->match(buckets);
            if (!m.hasMatch())
                continue;
            const QStringList labels = m.captured(3).split(QLatin1Char(','), Qt::SkipEmptyParts);
            bool hasLe = false;
            for (const QString &label : labels)
                hasLe = hasLe || label.trimmed() == QLatin1String("le");
            keepsLe = m.captured(2) == QLatin1String("by") ? hasLe : !hasLe;
        }
        if (!keepsLe && !out.contains(call))
            out << call;
    }
    return out;
}

QStringList legendLabels(const QString &legendFormat)
{
    QStringList out;
    static const QRegularExpression label(
        QStringLiteral(R"(\{\{\s*([a-zA-Z_][a-zA-Z0-9_]*)\s*\}\})"));
    for (auto it = label.globalMatch(legendFormat); it.hasNext();)
        out = uniqueAppend(out, it.next().captured(1));
    return out;
}

QString metricFamily(const QString &seriesName)
{
    for (const char *suffix : {"_bucket", "_sum", "_count"}) {
        if (seriesName.endsWith(QLatin1String(suffix)))
            return seriesName.chopped(int(qstrlen(suffix)));
    }
    return seriesName;
}

} // namespace eucora::dashboard
