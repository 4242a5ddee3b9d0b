// Variables and macros put into PromQL and titles the way Grafana does, query variable
// definitions, the variable regex, and legend templates.
#include "dashboard/interpolation.h"
#include "dashboard/variablequery.h"

#include <QTest>

using namespace eucora;
using namespace eucora::dashboard;

namespace {

QStringList strings(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items)
        list << QString::fromUtf8(item);
    return list;
}

Variable variable(const QString &name, QStringList values, bool multi = false,
                  bool includeAll = false)
{
    Variable v;
    v.name = name;
    v.type = VariableType::Custom;
    v.typeName = QStringLiteral("custom");
    v.multi = multi;
    v.includeAll = includeAll;
    v.currentValue = values;
    v.currentText = values;
    return v;
}

std::vector<Variable> variables()
{
    Variable ring = variable(QStringLiteral("ring"),
                             {QStringLiteral("Canary"), QStringLiteral("Pilot")}, true, true);
    ring.options = {{QStringLiteral("Lab"), QStringLiteral("Lab")},
                    {QStringLiteral("Canary"), QStringLiteral("Canary")},
                    {QStringLiteral("Pilot"), QStringLiteral("Pilot")}};
    Variable single = variable(QStringLiteral("job"), {QStringLiteral("eucora-control-plane")});
    Variable allCustom = variable(QStringLiteral("app"), {allValueMarker()}, false, true);
    allCustom.allValue = QStringLiteral(".*$suffix");
    allCustom.options = {{QStringLiteral("a"), QStringLiteral("a")}};
    Variable allEvery = variable(QStringLiteral("status"), {allValueMarker()}, true, true);
    allEvery.currentText = {QStringLiteral("All")};
    allEvery.query = QStringLiteral("Succeeded : success,Fail.ed : fail.ed");
    Variable special = variable(QStringLiteral("path"),
                                {QStringLiteral("/api/v1/(x)"), QStringLiteral("a|b")}, true);
    Variable oneOfMulti
        = variable(QStringLiteral("endpoint"), {QStringLiteral("/health.json")}, true);
    Variable quote = variable(QStringLiteral("name"), {QStringLiteral("it's\\here")});
    Variable suffix = variable(QStringLiteral("suffix"), {QStringLiteral("-api")});
    Variable window;
    window.name = QStringLiteral("window");
    window.type = VariableType::Interval;
    window.autoInterval = true;
    window.autoCount = 30;
    window.autoMin = QStringLiteral("10s");
    window.currentValue = {autoIntervalValue(window)};
    Variable fixedWindow = variable(QStringLiteral("step"), {QStringLiteral("5m")});
    fixedWindow.type = VariableType::Interval;
    Variable texts
        = variable(QStringLiteral("team"), {QStringLiteral("ops"), QStringLiteral("dev")}, true);
    texts.currentText = {QStringLiteral("Operations"), QStringLiteral("Development")};
    return {ring,  single, allCustom, allEvery,    special, oneOfMulti,
            quote, suffix, window,    fixedWindow, texts};
}

MacroContext macros()
{
    const QDateTime to = QDateTime::fromMSecsSinceEpoch(1711881045123, QTimeZone::utc());
    return {{to.addSecs(-3 * 3600), to}, 30'000, 60'000};
}

} // namespace

class TestTemplating : public QObject
{
    Q_OBJECT

private slots:
    void queriesInterpolate_data();
    void queriesInterpolate();
    void titlesUseDisplayTexts_data();
    void titlesUseDisplayTexts();
    void unknownVariablesStayAndAreReported();
    void referencedVariablesAreListed();
    void legendTemplates_data();
    void legendTemplates();
    void variableDefinitionsSayWhatToAsk_data();
    void variableDefinitionsSayWhatToAsk();
    void regexFiltersAndCapturesAnswers_data();
    void regexFiltersAndCapturesAnswers();
    void optionsSortLikeGrafana_data();
    void optionsSortLikeGrafana();
    void queryResultAndSeriesTexts();
    void customAndIntervalOptions();
};

void TestTemplating::queriesInterpolate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("$var single") << "up{job=\"$job\"}"
                                 << "up{job=\"eucora-control-plane\"}";
    QTest::newRow("${var}") << "up{job=\"${job}\"}"
                            << "up{job=\"eucora-control-plane\"}";
    QTest::newRow("[[var]]") << "up{job=\"[[job]]\"}"
                             << "up{job=\"eucora-control-plane\"}";
    QTest::newRow("multi default") << "x{ring=~\"$ring\"}"
                                   << "x{ring=~\"(Canary|Pilot)\"}";
    QTest::newRow("one value of a multi") << "x{e=~\"$endpoint\"}"
                                          << "x{e=~\"/health\\\\.json\"}";
    QTest::newRow("multi escaped for a regex in a string")
        << "x{p=~\"$path\"}"
        << "x{p=~\"(/api/v1/\\\\(x\\\\)|a\\\\|b)\"}";
    QTest::newRow("single value escapes quote and backslash") << "x{n=\"$name\"}"
                                                              << "x{n=\"it\\\\'s\\\\here\"}";
    QTest::newRow("${var:regex}") << "${path:regex}"
                                  << "(\\/api\\/v1\\/\\(x\\)|a\\|b)";
    QTest::newRow("[[var:regex]]") << "[[endpoint:regex]]"
                                   << "\\/health\\.json";
    QTest::newRow("${var:pipe}") << "${ring:pipe}"
                                 << "Canary|Pilot";
    QTest::newRow("${var:csv}") << "${ring:csv}"
                                << "Canary,Pilot";
    QTest::newRow("${var:raw}") << "${path:raw}"
                                << "/api/v1/(x),a|b";
    QTest::newRow("${var:glob}") << "${ring:glob}"
                                 << "{Canary,Pilot}";
    QTest::newRow("${var:singlequote}") << "${ring:singlequote}"
                                        << "'Canary','Pilot'";
    QTest::newRow("${var:text}") << "${team:text}"
                                 << "Operations + Development";
    QTest::newRow("All with allValue, its variables resolved") << "x{app=~\"$app\"}"
                                                               << "x{app=~\".*-api\"}";
    QTest::newRow("All without allValue: every option") << "x{s=~\"$status\"}"
                                                        << "x{s=~\"(success|fail\\\\.ed)\"}";
    QTest::newRow("All of a query variable: its options") << "${ring:pipe}"
                                                          << "Canary|Pilot";
    QTest::newRow("$__interval") << "rate(x[$__interval])"
                                 << "rate(x[30s])";
    QTest::newRow("${__interval}") << "rate(x[${__interval}])"
                                   << "rate(x[30s])";
    QTest::newRow("$__interval_ms") << "$__interval_ms"
                                    << "30000";
    QTest::newRow("$__rate_interval") << "rate(x[$__rate_interval])"
                                      << "rate(x[1m])";
    QTest::newRow("$__range") << "increase(x[$__range])"
                              << "increase(x[10800s])";
    QTest::newRow("$__range_s") << "$__range_s"
                                << "10800";
    QTest::newRow("$__range_ms") << "$__range_ms"
                                 << "10800000";
    QTest::newRow("interval variable auto") << "rate(x[$window])"
                                            << "rate(x[5m])";
    QTest::newRow("interval variable fixed") << "rate(x[$step])"
                                             << "rate(x[5m])";
    QTest::newRow("label_replace $1 is PromQL's")
        << "label_replace(up, \"h\", \"$1\", \"instance\", \"(.*):.*\")"
        << "label_replace(up, \"h\", \"$1\", \"instance\", \"(.*):.*\")";
}

void TestTemplating::queriesInterpolate()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    std::vector<Variable> vars = variables();
    if (QByteArray(QTest::currentDataTag()).startsWith("All of a query")) {
        vars.front().currentValue = {allValueMarker()};
        vars.front().options.erase(vars.front().options.begin());
    }
    const Interpolation result = interpolateQuery(text, vars, macros());
    QCOMPARE(result.text, expected);
    QVERIFY2(result.unresolved.isEmpty(), qPrintable(result.unresolved.join(QLatin1Char(','))));
}

void TestTemplating::titlesUseDisplayTexts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("multi") << "Rings $ring"
                           << "Rings Canary + Pilot";
    QTest::newRow("texts, not values") << "Team ${team}"
                                       << "Team Operations + Development";
    QTest::newRow("All") << "Status $status"
                         << "Status All";
    QTest::newRow("custom All value is not a title") << "App $app"
                                                     << "App All";
    QTest::newRow("macro") << "every $__interval"
                           << "every 30s";
}

void TestTemplating::titlesUseDisplayTexts()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(interpolateText(text, variables(), macros()).text, expected);
}

void TestTemplating::unknownVariablesStayAndAreReported()
{
    const Interpolation result = interpolateQuery(
        QStringLiteral(
            "x{a=\"$missing\", b=\"${other:csv}\", c=\"$missing\", d=\"${ring:lucene}\", "
            "e=\"$__auto\"}"),
        variables(), macros());
    QCOMPARE(result.text,
             QStringLiteral("x{a=\"$missing\", b=\"${other:csv}\", c=\"$missing\", "
                            "d=\"${ring:lucene}\", e=\"$__auto\"}"));
    QCOMPARE(result.unresolved,
             QStringList({QStringLiteral("missing"), QStringLiteral("other"),
                          QStringLiteral("ring:lucene"), QStringLiteral("__auto")}));
}

void TestTemplating::referencedVariablesAreListed()
{
    QCOMPARE(referencedVariables(QStringLiteral("$a ${b:csv} [[c]] $__interval $a")),
             QStringList({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                          QStringLiteral("__interval")}));
}

void TestTemplating::legendTemplates_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("expected");
    QTest::newRow("label") << "{{connector_type}}"
                           << "intune";
    QTest::newRow("spaces inside") << "{{ service }} - {{ connector_type }}"
                                   << "eucora-control-plane - intune";
    QTest::newRow("missing label is empty") << "p95 - {{ ring }} - {{ app_name }}"
                                            << "p95 -  - ";
    QTest::newRow("plain text") << "Overall Success Rate"
                                << "Overall Success Rate";
    QTest::newRow("empty: the full label set")
        << ""
        << "circuit_breaker_state{connector_type=\"intune\", service=\"eucora-control-plane\"}";
    QTest::newRow("__auto")
        << "__auto"
        << "circuit_breaker_state{connector_type=\"intune\", service=\"eucora-control-plane\"}";
}

void TestTemplating::legendTemplates()
{
    QFETCH(QString, format);
    QFETCH(QString, expected);
    const prometheus::LabelSet labels {
        {QStringLiteral("__name__"), QStringLiteral("circuit_breaker_state")},
        {QStringLiteral("connector_type"), QStringLiteral("intune")},
        {QStringLiteral("service"), QStringLiteral("eucora-control-plane")}};
    QCOMPARE(legendName(format, labels), expected);
    QCOMPARE(seriesName({}), QStringLiteral("{}"));
}

void TestTemplating::variableDefinitionsSayWhatToAsk_data()
{
    QTest::addColumn<QString>("definition");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("match");
    QTest::addColumn<QString>("expr");
    using K = VariableQuery::Kind;
    QTest::newRow("label_values(label)") << "label_values(ring)" << int(K::LabelValues) << "ring"
                                         << ""
                                         << "";
    QTest::newRow("label_values(selector, label)")
        << "label_values(deployment_total{job=\"eucora\"}, ring)" << int(K::LabelValues) << "ring"
        << "deployment_total{job=\"eucora\"}"
        << "";
    QTest::newRow("label_values with spaces")
        << "label_values( up ,  instance)" << int(K::LabelValues) << "instance"
        << "up"
        << "";
    QTest::newRow("label_names()") << "label_names()" << int(K::LabelNames) << ""
                                   << ""
                                   << "";
    QTest::newRow("query_result") << "query_result(topk(5, sum by (app) (rate(x[5m]))))"
                                  << int(K::QueryResult) << ""
                                  << ""
                                  << "topk(5, sum by (app) (rate(x[5m])))";
    QTest::newRow("metrics(regex)") << "metrics(deployment_.*)" << int(K::MetricNames) << ""
                                    << ""
                                    << "";
    QTest::newRow("anything else: series") << "up{job=\"x\"}" << int(K::Series) << ""
                                           << "up{job=\"x\"}"
                                           << "";
}

void TestTemplating::variableDefinitionsSayWhatToAsk()
{
    QFETCH(QString, definition);
    QFETCH(int, kind);
    QFETCH(QString, label);
    QFETCH(QString, match);
    QFETCH(QString, expr);
    const VariableQuery query = parseVariableQuery(definition);
    QCOMPARE(int(query.kind), kind);
    QCOMPARE(query.label, label);
    QCOMPARE(query.match, match);
    QCOMPARE(query.expr, expr);
    if (query.kind == VariableQuery::Kind::MetricNames)
        QCOMPARE(query.metricRegex, QStringLiteral("deployment_.*"));
}

void TestTemplating::regexFiltersAndCapturesAnswers_data()
{
    QTest::addColumn<QStringList>("answers");
    QTest::addColumn<QString>("regex");
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<QStringList>("texts");
    const QStringList rings {QStringLiteral("Lab"), QStringLiteral("Canary"),
                             QStringLiteral("Pilot"), QStringLiteral("Canary")};
    QTest::newRow("no regex: duplicates go") << rings << "" << strings({"Lab", "Canary", "Pilot"})
                                             << strings({"Lab", "Canary", "Pilot"});
    QTest::newRow("/.../ filters")
        << rings << "/^(?!Lab).*/" << strings({"Canary", "Pilot"}) << strings({"Canary", "Pilot"});
    QTest::newRow("bare pattern matches the whole text")
        << rings << "Ca.*" << strings({"Canary"}) << strings({"Canary"});
    QTest::newRow("capture group")
        << strings({"eucora-api:8000", "eucora-worker:8001"}) << "/([^:]+):.*/"
        << strings({"eucora-api", "eucora-worker"}) << strings({"eucora-api", "eucora-worker"});
    QTest::newRow("named text and value")
        << strings({"circuit_breaker_state{service=\"intune\",id=\"7\"} 1 1711881045123"})
        << "/service=\"(?<text>[^\"]+)\".*id=\"(?<value>\\d+)\"/" << strings({"7"})
        << strings({"intune"});
    QTest::newRow("flags") << strings({"CANARY", "pilot"}) << "/canary/i" << strings({"CANARY"})
                           << strings({"CANARY"});
    QTest::newRow("global: every match") << strings({"a1 b2 c3"}) << "/(\\w)\\d/g"
                                         << strings({"a", "b", "c"}) << strings({"a", "b", "c"});
}

void TestTemplating::regexFiltersAndCapturesAnswers()
{
    QFETCH(QStringList, answers);
    QFETCH(QString, regex);
    QFETCH(QStringList, values);
    QFETCH(QStringList, texts);
    const auto options = variableOptionsFromAnswers(answers, regex, VariableSort::Disabled);
    QVERIFY(options.ok());
    QStringList gotValues;
    QStringList gotTexts;
    for (const auto &option : options.value()) {
        gotValues << option.value;
        gotTexts << option.text;
    }
    QCOMPARE(gotValues, values);
    QCOMPARE(gotTexts, texts);
    QVERIFY(
        !variableOptionsFromAnswers(answers, QStringLiteral("/(unclosed/"), VariableSort::Disabled)
             .ok());
}

void TestTemplating::optionsSortLikeGrafana_data()
{
    QTest::addColumn<int>("sort");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("disabled") << int(VariableSort::Disabled) << strings({"b10", "B2", "a1", "b9"});
    QTest::newRow("alphabetical") << int(VariableSort::AlphabeticalAsc)
                                  << strings({"B2", "a1", "b10", "b9"});
    QTest::newRow("alphabetical desc")
        << int(VariableSort::AlphabeticalDesc) << strings({"b9", "b10", "a1", "B2"});
    QTest::newRow("numerical") << int(VariableSort::NumericalAsc)
                               << strings({"a1", "B2", "b9", "b10"});
    QTest::newRow("case-insensitive")
        << int(VariableSort::AlphabeticalCaseInsensitiveAsc) << strings({"a1", "b10", "B2", "b9"});
    QTest::newRow("natural") << int(VariableSort::NaturalAsc) << strings({"a1", "B2", "b9", "b10"});
    QTest::newRow("natural desc") << int(VariableSort::NaturalDesc)
                                  << strings({"b10", "b9", "B2", "a1"});
}

void TestTemplating::optionsSortLikeGrafana()
{
    QFETCH(int, sort);
    QFETCH(QStringList, expected);
    const auto options = variableOptionsFromAnswers(
        {QStringLiteral("b10"), QStringLiteral("B2"), QStringLiteral("a1"), QStringLiteral("b9")},
        QString(), static_cast<VariableSort>(sort));
    QStringList texts;
    for (const auto &option : options.value())
        texts << option.text;
    QCOMPARE(texts, expected);
}

void TestTemplating::queryResultAndSeriesTexts()
{
    prometheus::Series series;
    series.labels = {{QStringLiteral("__name__"), QStringLiteral("up")},
                     {QStringLiteral("instance"), QStringLiteral("eucora-api")},
                     {QStringLiteral("job"), QStringLiteral("eucora")}};
    series.timestampsMs = {1711881045123};
    series.values = {1};
    QCOMPARE(
        queryResultTexts({series}),
        QStringList {QStringLiteral("up{instance=\"eucora-api\",job=\"eucora\"} 1 1711881045123")});
    QCOMPARE(seriesTexts({series}),
             QStringList {QStringLiteral("up{instance=\"eucora-api\",job=\"eucora\"}")});
}

void TestTemplating::customAndIntervalOptions()
{
    const auto options = customVariableOptions(QStringLiteral("a, b\\,c ,Label : value,  d"));
    QCOMPARE(options.size(), std::size_t(4));
    QCOMPARE(options.at(1), (VariableOption {QStringLiteral("b,c"), QStringLiteral("b,c")}));
    QCOMPARE(options.at(2), (VariableOption {QStringLiteral("Label"), QStringLiteral("value")}));
    QCOMPARE(options.at(3).value, QStringLiteral("d"));
    Variable interval;
    interval.name = QStringLiteral("w");
    interval.query = QStringLiteral("1m, 5m,,1h");
    QCOMPARE(intervalVariableOptions(interval).size(), std::size_t(3));
    interval.autoInterval = true;
    QCOMPARE(intervalVariableOptions(interval).front(),
             (VariableOption {QStringLiteral("auto"), QStringLiteral("$__auto_interval_w")}));
}

QTEST_GUILESS_MAIN(TestTemplating)
#include "tst_templating.moc"
