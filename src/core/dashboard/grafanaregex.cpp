#include "dashboard/grafanaregex.h"

namespace eucora::dashboard {

Result<GrafanaRegex, QString> grafanaRegex(const QString &text)
{
    GrafanaRegex regex;
    QString pattern;
    QRegularExpression::PatternOptions options = QRegularExpression::NoPatternOption;
    if (!text.startsWith(QLatin1Char('/'))) {
        // Grafana's stringToJsRegex anchors a bare pattern at both ends.
        pattern = QStringLiteral("^(?:%1)$").arg(text);
    } else {
        static const QRegularExpression slashes(QStringLiteral("^/(.*)/([gimsy]*)$"),
                                                QRegularExpression::DotMatchesEverythingOption);
        const auto match = slashes.match(text);
        if (!match.hasMatch())
            return GrafanaRegex::tr("\"%1\" is not a regular expression of the form /pattern/flags")
                .arg(text);
        pattern = match.captured(1);
        const QString flags = match.captured(2);
        if (flags.contains(QLatin1Char('i')))
            options |= QRegularExpression::CaseInsensitiveOption;
        if (flags.contains(QLatin1Char('m')))
            options |= QRegularExpression::MultilineOption;
        if (flags.contains(QLatin1Char('s')))
            options |= QRegularExpression::DotMatchesEverythingOption;
        regex.global = flags.contains(QLatin1Char('g'));
    }
    regex.expression = QRegularExpression(pattern, options);
    if (!regex.expression.isValid())
        return GrafanaRegex::tr("\"%1\" is not a valid regular expression: %2")
            .arg(text, regex.expression.errorString());
    return regex;
}

} // namespace eucora::dashboard
