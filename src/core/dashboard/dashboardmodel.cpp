#include "dashboard/dashboardmodel.h"

namespace eucora::dashboard {

bool Dashboard::operator==(const Dashboard &o) const
{
    return title == o.title && uid == o.uid && description == o.description && tags == o.tags
        && time == o.time && refresh == o.refresh && timezone == o.timezone
        && weekStart == o.weekStart && graphTooltip == o.graphTooltip
        && schemaVersion == o.schemaVersion && panels == o.panels && variables == o.variables
        && inputs == o.inputs && annotations == o.annotations && links == o.links;
}

namespace {

const QString kGrafana = QStringLiteral("-- Grafana --");
const QString kMixed = QStringLiteral("-- Mixed --");
const QString kDashboard = QStringLiteral("-- Dashboard --");

// "$ds", "${ds}" and "${ds:text}" name the variable "ds".
QString variableName(const QString &text)
{
    if (!text.startsWith(QLatin1Char('$')))
        return {};
    QString name = text.mid(1);
    if (name.startsWith(QLatin1Char('{')) && name.endsWith(QLatin1Char('}')))
        name = name.mid(1, name.size() - 2).section(QLatin1Char(':'), 0, 0);
    return name;
}

// The plugin a ${DS_...} input or a datasource variable stands for; empty when unknown.
QString pluginOfVariable(const QString &name, const Dashboard &dashboard)
{
    for (const auto &input : dashboard.inputs) {
        if (input.name == name)
            return input.pluginId;
    }
    const Variable *variable = findVariable(dashboard.variables, name);
    if (variable && variable->type == VariableType::Datasource)
        return variable->query;
    return {};
}

DatasourceKind kindOfPlugin(const QString &plugin)
{
    if (plugin.isEmpty() || plugin == QLatin1String("prometheus"))
        return DatasourceKind::Prometheus;
    if (plugin == QLatin1String("grafana") || plugin == kGrafana)
        return DatasourceKind::Grafana;
    if (plugin == kMixed)
        return DatasourceKind::Mixed;
    if (plugin == kDashboard)
        return DatasourceKind::Dashboard;
    return DatasourceKind::Other;
}

// What a name or uid stands for: a built-in, a variable, or a datasource of that name.
QString pluginOfName(const QString &name, const Dashboard &dashboard)
{
    if (name == kGrafana || name == QLatin1String("grafana") || name == kMixed
        || name == kDashboard)
        return name;
    const QString variable = variableName(name);
    return variable.isEmpty() ? QString() : pluginOfVariable(variable, dashboard);
}

QString pluginOf(const DatasourceRef &ref, const Dashboard &dashboard)
{
    switch (ref.form) {
    case DatasourceRef::Form::Default:
        return {};
    case DatasourceRef::Form::Name:
        return pluginOfName(ref.name, dashboard);
    case DatasourceRef::Form::Reference:
        if (ref.type.isEmpty() || ref.type == QLatin1String("datasource")
            || ref.type.startsWith(QLatin1Char('$')))
            return pluginOfName(ref.uid, dashboard);
        return ref.type;
    }
    return {};
}

} // namespace

DatasourceKind datasourceKind(const DatasourceRef &ref, const Dashboard &dashboard)
{
    return kindOfPlugin(pluginOf(ref, dashboard));
}

DatasourceRef targetDatasource(const Panel &panel, const Target &target, const Dashboard &dashboard)
{
    if (datasourceKind(panel.datasource, dashboard) == DatasourceKind::Mixed)
        return target.datasource;
    return panel.datasource;
}

QString datasourceLabel(const DatasourceRef &ref, const Dashboard &dashboard)
{
    const QString plugin = pluginOf(ref, dashboard);
    if (!plugin.isEmpty())
        return plugin;
    if (ref.form == DatasourceRef::Form::Name)
        return ref.name;
    return ref.uid.isEmpty() ? QStringLiteral("default") : ref.uid;
}

void forEachPanel(const Dashboard &dashboard, const std::function<void(const Panel &)> &visit)
{
    const std::function<void(const std::vector<Panel> &)> walk
        = [&](const std::vector<Panel> &panels) {
              for (const auto &panel : panels) {
                  visit(panel);
                  walk(panel.children);
              }
          };
    walk(dashboard.panels);
}

std::vector<const Panel *> visiblePanels(const Dashboard &dashboard)
{
    std::vector<const Panel *> visible;
    for (const auto &panel : dashboard.panels) {
        visible.push_back(&panel);
        if (panel.kind == PanelKind::Row && !panel.collapsed) {
            for (const auto &child : panel.children)
                visible.push_back(&child);
        }
    }
    return visible;
}

} // namespace eucora::dashboard
