#include "dashboard/dashboardstate.h"

#include "dashboard/interval.h"
#include "dashboard/panelqueries.h"
#include "dashboard/variablequery.h"
#include "prometheus/prometheusclient.h"

#include <QRegularExpression>

#include <memory>

namespace eucora::dashboard {

namespace {

TimeContext contextAt(const QDateTime &now, const QTimeZone &zone, const Dashboard &dashboard)
{
    TimeContext context;
    context.now = now;
    context.zone = zone;
    if (const auto weekStart = dashboardWeekStart(dashboard.weekStart); weekStart.ok())
        context.weekStart = weekStart.value();
    return context;
}

TimeRange resolveOrLastHour(const RawTimeRange &raw, const TimeContext &context)
{
    if (const auto range = resolveTimeRange(raw, context); range.ok())
        return range.value();
    return TimeRange {context.now.addSecs(-3600), context.now};
}

// A variable keeps the values it had that are still offered; otherwise it takes the first
// option, as Grafana does after loading a dashboard.
void keepValidSelection(Variable &variable)
{
    if (variable.isAllSelected() || variable.options.empty())
        return;
    QStringList values;
    QStringList texts;
    for (const VariableOption &option : variable.options) {
        if (variable.currentValue.contains(option.value)) {
            values << option.value;
            texts << option.text;
        }
    }
    if (values.isEmpty()) {
        values << variable.options.front().value;
        texts << variable.options.front().text;
    }
    variable.currentValue = values;
    variable.currentText = texts;
}

} // namespace

const std::vector<std::chrono::seconds> &refreshChoices()
{
    using namespace std::chrono_literals;
    static const std::vector<std::chrono::seconds> choices {0s, 5s, 15s, 30s, 60s, 300s};
    return choices;
}

DashboardState::DashboardState(LoadedDashboard loaded, QObject *parent)
    : QObject(parent)
    , m_dashboard(std::move(loaded.dashboard))
    , m_report(std::move(loaded.report))
    , m_range(m_dashboard.time)
{
    const auto zone = dashboardTimeZone(m_dashboard.timezone);
    m_zone = zone.ok() ? zone.value() : QTimeZone::systemTimeZone();
    if (const auto refresh = parseIntervalMs(m_dashboard.refresh); refresh && *refresh > 0)
        m_refresh = std::chrono::seconds(std::max<qint64>(1, *refresh / 1000));
    for (Variable &variable : m_dashboard.variables) {
        switch (variable.type) {
        case VariableType::Custom:
            variable.options = customVariableOptions(variable.query);
            break;
        case VariableType::Interval:
            variable.options = intervalVariableOptions(variable);
            break;
        case VariableType::Constant:
        case VariableType::TextBox:
            variable.options = {{variable.query, variable.query}};
            if (variable.currentValue.isEmpty())
                variable.currentValue = variable.currentText = QStringList {variable.query};
            break;
        default:
            break;
        }
        keepValidSelection(variable);
    }
}

void DashboardState::setRawRange(const RawTimeRange &range)
{
    if (range == m_range)
        return;
    m_range = range;
    emit rangeChanged();
}

TimeRange DashboardState::resolvedRange() const
{
    return resolveOrLastHour(m_range, contextAt(now(), m_zone, m_dashboard));
}

bool DashboardState::followsNow() const
{
    const auto to = parseTimeExpression(m_range.to);
    return to.ok() && to.value().isRelative();
}

void DashboardState::setZone(const QTimeZone &zone)
{
    if (zone == m_zone)
        return;
    m_zone = zone;
    emit zoneChanged();
}

void DashboardState::setRefreshInterval(std::chrono::seconds interval)
{
    if (interval == m_refresh)
        return;
    m_refresh = interval;
    emit refreshIntervalChanged();
}

void DashboardState::setVariable(const QString &name, const QStringList &values)
{
    for (Variable &variable : m_dashboard.variables) {
        if (variable.name != name)
            continue;
        QStringList texts;
        for (const QString &value : values) {
            QString text = value == allValueMarker() ? QStringLiteral("All") : value;
            for (const VariableOption &option : variable.options) {
                if (option.value == value)
                    text = option.text;
            }
            texts << text;
        }
        if (variable.currentValue == values)
            return;
        variable.currentValue = values;
        variable.currentText = texts;
        emit variablesChanged();
        return;
    }
}

void DashboardState::applyOptions(Variable &variable,
                                  const Result<std::vector<VariableOption>, QString> &options)
{
    if (!options.ok()) {
        m_variableErrors[variable.name] = options.error();
        return;
    }
    m_variableErrors.erase(variable.name);
    variable.options = options.value();
    keepValidSelection(variable);
}

void DashboardState::loadVariableOptions(prometheus::PrometheusClient *client)
{
    const TimeRange range = resolvedRange();
    const auto finished = [this] {
        if (--m_pendingVariables == 0)
            emit variablesChanged();
    };
    for (Variable &variable : m_dashboard.variables) {
        if (variable.type != VariableType::Query)
            continue;
        const VariableQuery query = parseVariableQuery(variable.query);
        const QString name = variable.name;
        // Answers are texts; the variable's regex and sort make them options.
        const auto take = [this, name, finished](const Result<QStringList> &answers) {
            for (Variable &v : m_dashboard.variables) {
                if (v.name != name)
                    continue;
                if (!answers.ok())
                    applyOptions(v, answers.error().summary());
                else
                    applyOptions(v, variableOptionsFromAnswers(answers.value(), v.regex, v.sort));
            }
            finished();
        };
        ++m_pendingVariables;
        prometheus::SeriesSelection selection;
        selection.start = range.from;
        selection.end = range.to;
        const auto texts = [take](const auto &result) {
            if (!result.ok())
                return take(result.error());
            take(QStringList(result.value().data.begin(), result.value().data.end()));
        };
        switch (query.kind) {
        case VariableQuery::Kind::LabelNames:
            client->labels(selection, this, texts);
            break;
        case VariableQuery::Kind::LabelValues:
            if (!query.match.isEmpty())
                selection.match << query.match;
            client->labelValues(query.label, selection, this, texts);
            break;
        case VariableQuery::Kind::MetricNames:
            client->labelValues(QStringLiteral("__name__"), selection, this,
                                [take, regex = query.metricRegex](const auto &result) {
                                    if (!result.ok())
                                        return take(result.error());
                                    QStringList names = result.value().data;
                                    const QRegularExpression filter(regex);
                                    if (!regex.isEmpty() && filter.isValid())
                                        names = names.filter(filter);
                                    take(names);
                                });
            break;
        case VariableQuery::Kind::QueryResult:
            client->query(prometheus::InstantQuery {query.expr, range.to, std::nullopt}, this,
                          [take](const Result<prometheus::QueryResult> &result) {
                              if (!result.ok())
                                  return take(result.error());
                              take(queryResultTexts(result.value().series));
                          });
            break;
        case VariableQuery::Kind::Series:
            selection.match << query.match;
            client->series(selection, this, [take](const auto &result) {
                if (!result.ok())
                    return take(result.error());
                std::vector<prometheus::Series> series;
                for (const prometheus::LabelSet &labels : result.value().data)
                    series.push_back(prometheus::Series {labels, {}, {}});
                take(seriesTexts(series));
            });
            break;
        }
    }
    if (m_pendingVariables == 0)
        emit variablesChanged();
}

PanelFeed::Planner DashboardState::plannerFor(const Panel &panel) const
{
    QPointer<const DashboardState> self(this);
    return [self, panel](const QDateTime &now, int pixelWidth) {
        if (!self)
            return PanelQueryPlan {};
        QueryContext context;
        context.range
            = resolveOrLastHour(self->m_range, contextAt(now, self->m_zone, self->m_dashboard));
        context.pixelWidth = pixelWidth;
        return planPanelQueries(panel, self->m_dashboard, context);
    };
}

} // namespace eucora::dashboard
