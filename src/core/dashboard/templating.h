// Dashboard variables (templating.list): what each one is, what it holds now, and the options an
// operator can pick. Query variables' options come from Prometheus (the app asks; see
// variablequery.h); custom, interval and constant variables carry theirs in the JSON.
#pragma once

#include "dashboard/panelmodel.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace eucora::dashboard {

enum class VariableType { Query, Custom, Constant, Interval, TextBox, Datasource, AdHoc, Other };
enum class VariableHide { None, Label, Variable };
enum class VariableRefresh { Never, OnDashboardLoad, OnTimeRangeChange };
enum class VariableSort {
    Disabled,
    AlphabeticalAsc,
    AlphabeticalDesc,
    NumericalAsc,
    NumericalDesc,
    AlphabeticalCaseInsensitiveAsc,
    AlphabeticalCaseInsensitiveDesc,
    NaturalAsc,
    NaturalDesc,
};

// The value Grafana stores for "All" in current.value.
inline QString allValueMarker()
{
    return QStringLiteral("$__all");
}

struct VariableOption
{
    QString text;
    QString value;

    bool operator==(const VariableOption &o) const { return text == o.text && value == o.value; }
};

struct Variable
{
    QString name;
    QString label;
    QString description;
    VariableType type = VariableType::Other;
    QString typeName; // as written ("query", "adhoc", "system"...)
    QString query; // the definition as written: a PromQL helper, a custom list, a constant...
    QString regex; // applied to query answers: "/pattern/flags" or a bare pattern
    bool multi = false;
    bool includeAll = false;
    QString allValue; // empty: "All" is every option
    QStringList currentText;
    QStringList currentValue; // several when multi; allValueMarker() for "All"
    std::vector<VariableOption> options; // the choices, without the "All" entry
    VariableHide hide = VariableHide::None;
    VariableSort sort = VariableSort::Disabled;
    VariableRefresh refresh = VariableRefresh::OnDashboardLoad;
    bool autoInterval = false; // interval variables: an "auto" choice exists
    int autoCount = 30;
    QString autoMin = QStringLiteral("10s");
    DatasourceRef datasource; // query variables

    bool isAllSelected() const;
    bool operator==(const Variable &o) const;
};

// The value an interval variable's "auto" choice stores.
QString autoIntervalValue(const Variable &variable);

// A custom variable's choices: "a,b,c" or "Text : value" pairs, "\," for a literal comma.
std::vector<VariableOption> customVariableOptions(const QString &query);

// An interval variable's choices: the comma-separated durations, "auto" first when enabled.
std::vector<VariableOption> intervalVariableOptions(const Variable &variable);

const Variable *findVariable(const std::vector<Variable> &variables, const QString &name);

} // namespace eucora::dashboard
