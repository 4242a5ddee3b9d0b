#include "dashboard/variablereader.h"

#include "dashboard/variablequery.h"

namespace eucora::dashboard {

namespace {

QStringList textList(const QJsonValue &value)
{
    if (value.isArray()) {
        QStringList list;
        for (const QJsonValue &item : value.toArray())
            list << item.toVariant().toString();
        return list;
    }
    if (value.isUndefined() || value.isNull())
        return {};
    return {value.toVariant().toString()};
}

// Grafana 9+ stores a Prometheus variable's query as {query, refId, qryType}; the text is the
// same as the older string form and "definition".
QString queryText(const JsonReader &entry)
{
    const QJsonValue query = entry.value("query");
    if (query.isObject())
        return query.toObject().value(QLatin1String("query")).toString(entry.string("definition"));
    if (query.isString())
        return query.toString();
    return entry.string("definition");
}

template<typename E> E intEnum(const JsonReader &entry, const char *key, E fallback, int last)
{
    const auto value = entry.integer(key, 0, last);
    return value ? static_cast<E>(*value) : fallback;
}

void readOptions(const JsonReader &entry, Variable &variable)
{
    for (const QJsonValue &value : entry.array("options")) {
        const QJsonObject option = value.toObject();
        const QString optionValue = textList(option.value(QLatin1String("value"))).value(0);
        if (optionValue == allValueMarker())
            continue; // the "All" entry is the includeAll flag, not a choice
        QString text = textList(option.value(QLatin1String("text"))).value(0);
        variable.options.push_back({text.isEmpty() ? optionValue : text, optionValue});
    }
    if (!variable.options.empty())
        return;
    if (variable.type == VariableType::Custom)
        variable.options = customVariableOptions(variable.query);
    else if (variable.type == VariableType::Interval)
        variable.options = intervalVariableOptions(variable);
}

void reportUnsupported(const Variable &variable, IssueSink &sink)
{
    switch (variable.type) {
    case VariableType::AdHoc:
        sink.add(LoadIssue::Kind::Variable, variable.name,
                 LoadIssue::tr("ad hoc filters are not applied"));
        break;
    case VariableType::Datasource:
        if (!variable.query.isEmpty() && variable.query != QLatin1String("prometheus"))
            sink.add(LoadIssue::Kind::Variable, variable.name,
                     LoadIssue::tr("datasource type \"%1\"").arg(variable.query));
        break;
    case VariableType::Query:
        if (variable.datasource.form == DatasourceRef::Form::Reference
            && !variable.datasource.type.isEmpty()
            && variable.datasource.type != QLatin1String("prometheus")
            && !variable.datasource.type.startsWith(QLatin1Char('$')))
            sink.add(LoadIssue::Kind::Variable, variable.name,
                     LoadIssue::tr("queries datasource \"%1\"").arg(variable.datasource.type));
        break;
    case VariableType::Other:
        sink.add(LoadIssue::Kind::Variable, variable.name,
                 LoadIssue::tr("type \"%1\"").arg(variable.typeName));
        break;
    case VariableType::Custom:
    case VariableType::Constant:
    case VariableType::Interval:
    case VariableType::TextBox:
        break;
    }
}

} // namespace

DatasourceRef readDatasource(const JsonReader &owner, const char *key)
{
    const QJsonValue value = owner.value(key);
    DatasourceRef ref;
    if (value.isString()) {
        ref.form = DatasourceRef::Form::Name;
        ref.name = value.toString();
    } else if (value.isObject()) {
        const JsonReader object(value.toObject(), owner.path(key), owner.sink());
        ref.form = DatasourceRef::Form::Reference;
        ref.type = object.string("type");
        ref.uid = object.string("uid");
    } else if (!value.isUndefined() && !value.isNull()) {
        owner.invalid(key, value);
    }
    return ref;
}

std::vector<Variable> readVariables(const QJsonArray &list, IssueSink &sink)
{
    std::vector<Variable> variables;
    for (const QJsonValue &value : list) {
        const JsonReader entry(value.toObject(), QStringLiteral("templating.list"), sink);
        Variable variable;
        variable.name = entry.string("name");
        if (variable.name.isEmpty()) {
            entry.invalid("name", value);
            continue;
        }
        variable.typeName = entry.string("type");
        variable.type
            = fromGrafanaName<VariableType>(variable.typeName).value_or(VariableType::Other);
        variable.label = entry.string("label");
        variable.description = entry.string("description");
        variable.query = queryText(entry);
        variable.regex = entry.string("regex");
        variable.multi = entry.boolean("multi", false);
        variable.includeAll = entry.boolean("includeAll", false);
        variable.allValue = entry.string("allValue");
        const JsonReader current = entry.child("current");
        variable.currentText = textList(current.value("text"));
        variable.currentValue = textList(current.value("value"));
        variable.hide = intEnum(entry, "hide", VariableHide::None, 2);
        variable.sort = intEnum(entry, "sort", VariableSort::Disabled, 8);
        variable.refresh = intEnum(entry, "refresh", VariableRefresh::OnDashboardLoad, 2);
        variable.autoInterval = entry.boolean("auto", false);
        variable.autoCount = entry.integer("auto_count", 1, 100000).value_or(variable.autoCount);
        variable.autoMin = entry.string("auto_min", variable.autoMin);
        variable.datasource = readDatasource(entry, "datasource");
        readOptions(entry, variable);
        reportUnsupported(variable, sink);
        variables.push_back(std::move(variable));
    }
    return variables;
}

} // namespace eucora::dashboard
