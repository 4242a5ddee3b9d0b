#include "dashboard/templating.h"

#include <QRegularExpression>

namespace eucora::dashboard {

bool Variable::isAllSelected() const
{
    return includeAll && currentValue.contains(allValueMarker());
}

bool Variable::operator==(const Variable &o) const
{
    return name == o.name && label == o.label && description == o.description && type == o.type
        && typeName == o.typeName && query == o.query && regex == o.regex && multi == o.multi
        && includeAll == o.includeAll && allValue == o.allValue && currentText == o.currentText
        && currentValue == o.currentValue && options == o.options && hide == o.hide
        && sort == o.sort && refresh == o.refresh && autoInterval == o.autoInterval
        && autoCount == o.autoCount && autoMin == o.autoMin && datasource == o.datasource;
}

QString autoIntervalValue(const Variable &variable)
{
    return QStringLiteral("$__auto_interval_") + variable.name;
}

std::vector<VariableOption> customVariableOptions(const QString &query)
{
    // Grafana: split on commas not escaped as "\,", then "text : value" pairs.
    static const QRegularExpression item(QStringLiteral("(?:\\\\,|[^,])+"));
    static const QRegularExpression pair(QStringLiteral("^\\s*(.+)\\s:\\s(.+)$"));
    std::vector<VariableOption> options;
    auto it = item.globalMatch(query);
    while (it.hasNext()) {
        QString text = it.next().captured(0);
        text.replace(QStringLiteral("\\,"), QStringLiteral(","));
        const auto named = pair.match(text);
        if (named.hasMatch())
            options.push_back({named.captured(1).trimmed(), named.captured(2).trimmed()});
        else
            options.push_back({text.trimmed(), text.trimmed()});
    }
    return options;
}

std::vector<VariableOption> intervalVariableOptions(const Variable &variable)
{
    std::vector<VariableOption> options;
    if (variable.autoInterval)
        options.push_back({QStringLiteral("auto"), autoIntervalValue(variable)});
    for (const QString &part : variable.query.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString value = part.trimmed();
        if (!value.isEmpty())
            options.push_back({value, value});
    }
    return options;
}

const Variable *findVariable(const std::vector<Variable> &variables, const QString &name)
{
    for (const auto &variable : variables) {
        if (variable.name == name)
            return &variable;
    }
    return nullptr;
}

} // namespace eucora::dashboard
