#include "dashboard/dashboardcheck.h"

#include "dashboard/panelqueries.h"
#include "dashboard/promqlscan.h"
#include "prometheus/prometheusclient.h"

#include <QRegularExpression>
#include <QTimer>

#include <optional>

namespace eucora::dashboard {

namespace {

struct CheckText
{
    Q_DECLARE_TR_FUNCTIONS(eucora::dashboard::DashboardCheck)
};

QString number(double value)
{
    return QString::number(value, 'g', 6);
}

void checkThresholds(const Panel &panel, std::vector<CheckFinding> &out)
{
    const FieldDefaults &field = panel.fieldConfig.defaults;
    if (field.thresholds.mode != ThresholdsMode::Absolute)
        return;
    for (const ThresholdStep &step : field.thresholds.steps) {
        if (!step.value)
            continue;
        const double v = *step.value;
        if (field.unit == QLatin1String("percentunit") && v > 1.0)
            out.push_back({panel.id,
                           panel.title,
                           {},
                           CheckText::tr("threshold %1 is on a 0–100 scale, but the unit "
                                         "percentunit runs from 0 to 1")
                               .arg(number(v))});
        else if (field.unit == QLatin1String("percent") && v > 0 && v < 1)
            out.push_back({panel.id,
                           panel.title,
                           {},
                           CheckText::tr("threshold %1 looks like a fraction, but the unit "
                                         "percent runs from 0 to 100")
                               .arg(number(v))});
    }
}

bool hasLabel(const std::vector<prometheus::Series> &series, const QString &label)
{
    for (const prometheus::Series &s : series) {
        for (const auto &[name, value] : s.labels) {
            if (name == label)
                return true;
        }
    }
    return false;
}

} // namespace

std::vector<CheckFinding> staticFindings(const Dashboard &dashboard, const LoadReport &report)
{
    std::vector<CheckFinding> out;
    for (const LoadIssue &issue : report.issues)
        out.push_back({issue.panelId.value_or(0), issue.panelTitle, {}, issue.message()});
    forEachPanel(dashboard, [&out](const Panel &panel) { checkThresholds(panel, out); });
    return out;
}

struct DashboardCheck::Run
{
    struct Target
    {
        int panelId = 0;
        QString panelTitle;
        PlannedQuery query;
        std::optional<Result<prometheus::QueryResult>> answer;
    };

    TimeRange range;
    Done done;
    std::vector<CheckFinding> findings;
    std::vector<Target> targets;
    std::map<QString, int> seriesCounts; // per metric; -1 when the question failed
    std::map<QString, QString> types; // per family: counter, gauge, ...; empty when unknown
    int pending = 0;
};

DashboardCheck::DashboardCheck(prometheus::PrometheusClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

void DashboardCheck::run(const Dashboard &dashboard, const LoadReport &report,
                         const TimeRange &range, Done done)
{
    auto run = std::make_shared<Run>();
    m_notes.clear();
    run->range = range;
    run->done = std::move(done);
    run->findings = staticFindings(dashboard, report);
    forEachPanel(dashboard, [&](const Panel &panel) {
        if (!queriesPrometheus(panel.kind))
            return;
        QueryContext context;
        context.range = range;
        context.pixelWidth = 1000;
        for (const PlannedQuery &query : planPanelQueries(panel, dashboard, context).queries)
            run->targets.push_back({panel.id, panel.title, query, std::nullopt});
    });
    ++run->pending; // until every question is asked
    for (size_t i = 0; i < run->targets.size(); ++i) {
        ++run->pending;
        m_client->query(
            prometheus::InstantQuery {run->targets[i].query.expr, range.to, std::nullopt}, this,
            [this, run, i](const Result<prometheus::QueryResult> &answer) {
                run->targets[i].answer = answer;
                if (--run->pending == 0)
                    conclude(run);
            });
        for (const QString &metric : selectedMetrics(run->targets[i].query.expr))
            askAbout(run, metric);
    }
    // Answers arrive later; with nothing to ask the result still comes from the event loop.
    QTimer::singleShot(0, this, [this, run] {
        if (--run->pending == 0)
            conclude(run);
    });
}

void DashboardCheck::askAbout(const std::shared_ptr<Run> &run, const QString &metric)
{
    if (run->seriesCounts.count(metric))
        return;
    run->seriesCounts[metric] = 0;
    ++run->pending;
    prometheus::SeriesSelection selection;
    selection.match << metric;
    selection.start = run->range.from;
    selection.end = run->range.to;
    m_client->series(selection, this, [this, run, metric](const auto &answer) {
        run->seriesCounts[metric] = answer.ok() ? int(answer.value().data.size()) : -1;
        if (--run->pending == 0)
            conclude(run);
    });
    const QString family = metricFamily(metric);
    if (run->types.count(family) || !m_client->engine().metadataServed)
        return;
    run->types[family] = QString();
    ++run->pending;
    m_client->metadata(family, this, [this, run, family](const auto &answer) {
        if (answer.ok()) {
            const auto it = answer.value().data.find(family);
            if (it != answer.value().data.end() && !it->second.empty())
                run->types[family] = it->second.front().type;
        }
        if (--run->pending == 0)
            conclude(run);
    });
}

void DashboardCheck::conclude(const std::shared_ptr<Run> &run)
{
    std::vector<CheckFinding> &out = run->findings;
    for (const Run::Target &t : run->targets) {
        const auto add = [&](const QString &message) {
            out.push_back({t.panelId, t.panelTitle, t.query.refId, message});
        };
        for (const QString &name : t.query.unresolved)
            add(CheckText::tr("variable $%1 is not defined by the dashboard").arg(name));
        if (t.answer && !t.answer->ok()) {
            add(CheckText::tr("Prometheus refuses the query: %1").arg(t.answer->error().summary()));
            continue;
        }
        const QString &expr = t.query.expr;
        // "or vector(0)" says the author expects the metric to be absent at times.
        static const QRegularExpression fallback(
            QStringLiteral(R"(\bor\s+(on\s*\(\s*\)\s*)?vector\s*\()"));
        for (const QString &metric : selectedMetrics(expr)) {
            if (run->seriesCounts[metric] == 0 && !fallback.match(expr).hasMatch())
                add(CheckText::tr("no series of %1 in the window").arg(metric));
        }
        for (const QString &metric : ratedMetrics(expr)) {
            if (run->types[metricFamily(metric)] == QLatin1String("gauge"))
                add(CheckText::tr("rate() over the gauge %1: rates are for counters").arg(metric));
        }
        for (const QString &metric : quantiledMetrics(expr)) {
            const QString type = run->types[metricFamily(metric)];
            if (type == QLatin1String("counter") || type == QLatin1String("gauge"))
                add(CheckText::tr("a quantile over the %1 %2: quantiles need a histogram's "
                                  "buckets")
                        .arg(type, metric));
        }
        for (const QString &call : quantilesWithoutLe(expr))
            add(CheckText::tr("histogram_quantile without sum by (le): one quantile per series, "
                              "not one for the whole (%1)")
                    .arg(call));
        const std::vector<prometheus::Series> series
            = t.answer ? t.answer->value().series : std::vector<prometheus::Series>();
        if (hasLabel(series, QStringLiteral("pid")))
            add(CheckText::tr("series are kept per pid (one per worker process): aggregate "
                              "them, e.g. max without (pid)"));
        for (const QString &label : legendLabels(t.query.legendFormat)) {
            const bool renamed = hasLabel(series, QStringLiteral("exported_") + label);
            if (series.empty() || (hasLabel(series, label) && !renamed))
                continue;
            if (renamed && hasLabel(series, label))
                add(CheckText::tr("the legend uses {{%1}}, which is the scrape target's label; "
                                  "the metric's own %1 was renamed exported_%1: use "
                                  "{{exported_%1}}")
                        .arg(label));
            else if (renamed)
                add(CheckText::tr("the legend uses {{%1}}, but Prometheus renamed that label "
                                  "exported_%1 (a target label of the same name): use "
                                  "{{exported_%1}}")
                        .arg(label));
            else
                add(CheckText::tr("the legend uses {{%1}}, a label no series carries").arg(label));
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const CheckFinding &a, const CheckFinding &b) {
        return a.panelId < b.panelId;
    });
    const bool askedAboutMetrics = !run->seriesCounts.empty();
    if (askedAboutMetrics && !m_client->engine().metadataServed)
        m_notes << CheckText::tr("%1 serves no metric metadata: rate() over a gauge and "
                                 "quantiles over a counter were not checked")
                       .arg(m_client->engine().name);
    run->done(out);
}

QString DashboardCheck::describe(const std::vector<CheckFinding> &findings)
{
    QString text;
    int panel = -1;
    for (const CheckFinding &f : findings) {
        if (f.panelId != panel) {
            panel = f.panelId;
            text += f.panelId == 0
                ? CheckText::tr("Dashboard:\n")
                : CheckText::tr("Panel %1 \"%2\":\n").arg(f.panelId).arg(f.panelTitle);
        }
        text += f.refId.isEmpty() ? QStringLiteral("  %1\n").arg(f.message)
                                  : QStringLiteral("  %1: %2\n").arg(f.refId, f.message);
    }
    return text;
}

} // namespace eucora::dashboard
