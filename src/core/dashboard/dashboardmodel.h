// A Grafana dashboard as data: the value the loader makes from the JSON and the renderers, the
// query planner and the writer read. No widgets, no network.
#pragma once

#include "dashboard/panelmodel.h"
#include "dashboard/templating.h"
#include "dashboard/timerange.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace eucora::dashboard {

enum class GraphTooltip { Default, SharedCrosshair, SharedTooltip };

// An exported dashboard's "__inputs": which plugin a ${DS_...} placeholder stands for.
struct DatasourceInput
{
    QString name; // "DS_PROMETHEUS"
    QString pluginId; // "prometheus"

    bool operator==(const DatasourceInput &o) const
    {
        return name == o.name && pluginId == o.pluginId;
    }
};

struct Dashboard
{
    QString title;
    QString uid;
    QString description;
    QStringList tags;
    RawTimeRange time {QStringLiteral("now-6h"), QStringLiteral("now")};
    QString refresh; // "10s"; empty: no auto-refresh
    QString timezone; // "", "browser", "utc" or an IANA name
    QString weekStart; // "", "monday", "sunday", "saturday"
    GraphTooltip graphTooltip = GraphTooltip::Default;
    int schemaVersion = 0;
    std::vector<Panel> panels; // top level, in Grafana's order; rows own their children
    std::vector<Variable> variables;
    std::vector<DatasourceInput> inputs;
    QJsonObject annotations; // as written; only the built-in one is shown
    QJsonArray links;

    bool operator==(const Dashboard &o) const;
};

enum class DatasourceKind { Prometheus, Grafana, Mixed, Dashboard, Other };

// What a datasource reference stands for, reading ${DS_...} placeholders through the
// dashboard's __inputs and $variables through its datasource variables. A bare name is taken
// for Prometheus: the console has no other datasource to look names up in.
DatasourceKind datasourceKind(const DatasourceRef &ref, const Dashboard &dashboard);

// The datasource a target runs on: its own in a "-- Mixed --" panel (the default when it names
// none), the panel's otherwise, as Grafana overrides the targets' references.
DatasourceRef targetDatasource(const Panel &panel, const Target &target,
                               const Dashboard &dashboard);

// The plugin name of a reference for messages: "loki", "-- Grafana --", "Prometheus".
QString datasourceLabel(const DatasourceRef &ref, const Dashboard &dashboard);

// Every panel, rows and their children included, depth first in the dashboard's order.
void forEachPanel(const Dashboard &dashboard, const std::function<void(const Panel &)> &visit);

// The panels on screen: top-level panels, rows, and the children of open rows.
std::vector<const Panel *> visiblePanels(const Dashboard &dashboard);

} // namespace eucora::dashboard
