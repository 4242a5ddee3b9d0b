#include "dashboard/dashboardloader.h"

#include "dashboard/jsonreader.h"
#include "dashboard/legacypanels.h"
#include "dashboard/panelreader.h"
#include "dashboard/variablereader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <iterator>
#include <optional>

namespace eucora::dashboard {

namespace {

constexpr int kOldestSchema = 16;
constexpr int kNewestSchema = 39;
constexpr qint64 kMaxFileBytes = 64 * 1024 * 1024;

void readTime(const JsonReader &model, Dashboard &dashboard)
{
    const JsonReader time = model.child("time");
    RawTimeRange raw {time.string("from", dashboard.time.from),
                      time.string("to", dashboard.time.to)};
    if (!resolveTimeRange(raw, TimeContext {QDateTime::currentDateTimeUtc()}).ok()) {
        model.sink().add(LoadIssue::Kind::InvalidValue, QStringLiteral("time"),
                         raw.from + QStringLiteral(" … ") + raw.to);
        return;
    }
    dashboard.time = raw;
}

void readSettings(const JsonReader &model, Dashboard &dashboard)
{
    dashboard.title = model.string("title");
    dashboard.uid = model.string("uid");
    dashboard.description = model.string("description");
    for (const QJsonValue &tag : model.array("tags")) {
        if (tag.isString())
            dashboard.tags << tag.toString();
        else
            model.invalid("tags", tag);
    }
    readTime(model, dashboard);
    const QJsonValue refresh = model.value("refresh");
    if (refresh.isString())
        dashboard.refresh = refresh.toString();
    else if (!refresh.isBool() && !refresh.isNull() && !refresh.isUndefined())
        model.invalid("refresh", refresh);
    dashboard.timezone = model.string("timezone");
    if (!dashboardTimeZone(dashboard.timezone).ok()) {
        model.invalid("timezone", model.value("timezone"));
        dashboard.timezone.clear();
    }
    dashboard.weekStart = model.string("weekStart");
    if (!dashboardWeekStart(dashboard.weekStart).ok()) {
        model.invalid("weekStart", model.value("weekStart"));
        dashboard.weekStart.clear();
    }
    dashboard.graphTooltip
        = static_cast<GraphTooltip>(model.integer("graphTooltip", 0, 2).value_or(0));
    dashboard.schemaVersion = model.integer("schemaVersion", 0, 1000).value_or(0);
    if (dashboard.schemaVersion < kOldestSchema || dashboard.schemaVersion > kNewestSchema)
        model.sink().add(LoadIssue::Kind::SchemaVersion, QString::number(dashboard.schemaVersion));
    dashboard.annotations = model.objectAt("annotations");
    dashboard.links = model.array("links");
    for (const QJsonValue &value : model.array("__inputs")) {
        const QJsonObject input = value.toObject();
        if (input.value(QLatin1String("type")).toString() == QLatin1String("datasource"))
            dashboard.inputs.push_back({input.value(QLatin1String("name")).toString(),
                                        input.value(QLatin1String("pluginId")).toString()});
    }
}

void reportAnnotations(const Dashboard &dashboard, IssueSink &sink)
{
    for (const QJsonValue &value : dashboard.annotations.value(QLatin1String("list")).toArray()) {
        const QJsonObject annotation = value.toObject();
        if (annotation.value(QLatin1String("builtIn")).toInt() != 1)
            sink.add(LoadIssue::Kind::UnsupportedOption, QStringLiteral("annotations"),
                     annotation.value(QLatin1String("name")).toString());
    }
}

// Rows own their children: a collapsed row's nested panels, and the panels that follow a row
// in the top-level list up to the next row.
std::vector<Panel> assembleRows(std::vector<Panel> flat)
{
    std::vector<Panel> top;
    Panel *row = nullptr;
    for (auto &panel : flat) {
        if (panel.kind == PanelKind::Row) {
            top.push_back(std::move(panel));
            row = &top.back();
        } else if (row) {
            row->children.push_back(std::move(panel));
        } else {
            top.push_back(std::move(panel));
        }
    }
    return top;
}

Result<QJsonObject, QString> dashboardModel(const QJsonObject &document)
{
    const QJsonValue wrapped = document.value(QLatin1String("dashboard"));
    const QJsonObject model = wrapped.isObject() ? wrapped.toObject() : document;
    const QJsonValue panels = model.value(QLatin1String("panels"));
    const QJsonValue rows = model.value(QLatin1String("rows"));
    if (model.isEmpty())
        return DashboardLoader::tr("the JSON object is empty: not a Grafana dashboard");
    if (panels.isUndefined() && rows.isUndefined())
        return DashboardLoader::tr("no \"panels\" and no \"rows\": not a Grafana dashboard");
    if (!panels.isUndefined() && !panels.isArray() && !panels.isNull())
        return DashboardLoader::tr("\"panels\" is not a list but %1").arg(describeJson(panels));
    if (panels.isUndefined() && !rows.isArray())
        return DashboardLoader::tr("\"rows\" is not a list but %1").arg(describeJson(rows));
    return model;
}

std::vector<Panel> readRowChildren(const QJsonArray &list, const Dashboard &dashboard,
                                   IssueSink &sink);

// One entry of a panel list; a row carries the panels nested in it.
std::optional<Panel> readEntry(const QJsonValue &value, const Dashboard &dashboard, IssueSink &sink)
{
    if (!value.isObject()) {
        sink.setPanel(std::nullopt, {});
        sink.add(LoadIssue::Kind::InvalidValue, QStringLiteral("panels"), describeJson(value));
        return std::nullopt;
    }
    Panel panel = readPanel(value.toObject(), dashboard, sink);
    if (panel.kind == PanelKind::Row) {
        const QJsonArray nested = value.toObject().value(QLatin1String("panels")).toArray();
        panel.children = readRowChildren(nested, dashboard, sink);
    }
    return panel;
}

// Grafana has no rows inside rows: an inner row's panels join the outer one.
std::vector<Panel> readRowChildren(const QJsonArray &list, const Dashboard &dashboard,
                                   IssueSink &sink)
{
    std::vector<Panel> children;
    for (const QJsonValue &value : list) {
        std::optional<Panel> panel = readEntry(value, dashboard, sink);
        if (!panel)
            continue;
        if (panel->kind != PanelKind::Row) {
            children.push_back(std::move(*panel));
            continue;
        }
        sink.setPanel(panel->id, panel->title);
        sink.add(LoadIssue::Kind::InvalidValue, QStringLiteral("panels"),
                 LoadIssue::tr("a row inside a row"));
        std::move(panel->children.begin(), panel->children.end(), std::back_inserter(children));
    }
    return children;
}

std::vector<Panel> readPanels(const QJsonArray &list, const Dashboard &dashboard, IssueSink &sink)
{
    std::vector<Panel> panels;
    for (const QJsonValue &value : list) {
        if (std::optional<Panel> panel = readEntry(value, dashboard, sink))
            panels.push_back(std::move(*panel));
    }
    sink.setPanel(std::nullopt, {});
    return panels;
}

} // namespace

Result<LoadedDashboard, QString> loadDashboard(const QJsonObject &document)
{
    const auto model = dashboardModel(document);
    if (!model.ok())
        return model.error();
    LoadedDashboard loaded;
    IssueSink sink(loaded.report);
    const JsonReader reader(model.value(), QString(), sink);
    Dashboard &dashboard = loaded.dashboard;
    readSettings(reader, dashboard);
    dashboard.variables = readVariables(reader.child("templating").array("list"), sink);
    reportAnnotations(dashboard, sink);
    QJsonArray panels = reader.array("panels");
    if (!reader.value("panels").isArray() && reader.value("rows").isArray()) {
        sink.add(LoadIssue::Kind::LegacyConversion, QStringLiteral("rows"));
        panels = convertLegacyRows(reader.array("rows"));
    }
    dashboard.panels = assembleRows(readPanels(panels, dashboard, sink));
    return loaded;
}

Result<LoadedDashboard, QString> loadDashboard(const QByteArray &json)
{
    const QByteArray trimmed = json.trimmed();
    if (trimmed.isEmpty())
        return DashboardLoader::tr("the document is empty");
    if (trimmed.startsWith('<'))
        return DashboardLoader::tr("an HTML or XML page, not a Grafana dashboard");
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return DashboardLoader::tr("not JSON: %1 at byte %2")
            .arg(error.errorString())
            .arg(error.offset);
    if (document.isArray())
        return DashboardLoader::tr("a JSON list, not a Grafana dashboard object");
    return loadDashboard(document.object());
}

Result<LoadedDashboard, QString> loadDashboardFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return DashboardLoader::tr("cannot read %1: %2").arg(path, file.errorString());
    if (file.size() > kMaxFileBytes)
        return DashboardLoader::tr("%1 is larger than %2 MiB").arg(path).arg(kMaxFileBytes >> 20);
    return loadDashboard(file.readAll());
}

} // namespace eucora::dashboard
