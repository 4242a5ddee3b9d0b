// Reading text exposition 0.0.4 / OpenMetrics: every sample shape the format allows, and bad
// lines that must be listed with their line number while the rest of the scrape still counts.
#include "prometheus/expositionparser.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <limits>

using namespace eucora::prometheus;

Q_DECLARE_METATYPE(eucora::prometheus::MetricSample)

namespace eucora::prometheus {
// Readable QCOMPARE failures.
char *toString(const MetricSample &sample)
{
    QString text = sample.name + QLatin1Char('{');
    for (const auto &[name, value] : sample.labels)
        text += name + QLatin1String("=\"") + value + QLatin1String("\",");
    text += QLatin1String("} ") + QString::number(sample.value, 'g', 17);
    if (sample.timestampMs)
        text += QLatin1Char(' ') + QString::number(*sample.timestampMs);
    return qstrdup(qPrintable(text));
}
} // namespace eucora::prometheus

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

MetricSample sample(const char *name, LabelSet labels, double value,
                    std::optional<std::int64_t> timestampMs = std::nullopt)
{
    return MetricSample {s(name), std::move(labels), value, timestampMs};
}

// The example of contract section 8.4 (multiprocess mode), verbatim.
const QByteArray kMultiprocessExample
    = R"(# HELP deployment_total Total deployments by status and ring
# TYPE deployment_total counter
deployment_total{app_name="Slack",requires_cab="False",ring="LAB",status="pending"} 2.0
# HELP circuit_breaker_state Circuit breaker state: 0=CLOSED, 1=OPEN, 2=HALF_OPEN
# TYPE circuit_breaker_state gauge
circuit_breaker_state{connector_type="intune",pid="9340",service="intune"} 1.0
circuit_breaker_state{connector_type="intune",pid="9341",service="intune"} 0.0
# HELP risk_score_distribution Distribution of deployment risk scores
# TYPE risk_score_distribution histogram
risk_score_distribution_sum{requires_cab="True"} 126.0
risk_score_distribution_bucket{le="10.0",requires_cab="True"} 0.0
risk_score_distribution_bucket{le="75.0",requires_cab="True"} 2.0
risk_score_distribution_bucket{le="+Inf",requires_cab="True"} 2.0
risk_score_distribution_count{requires_cab="True"} 2.0
)";

QString problemText(const Exposition &exposition)
{
    QString text;
    for (const auto &problem : exposition.problems)
        text += QStringLiteral("line %1: %2\n").arg(problem.line).arg(problem.reason);
    return text;
}

} // namespace

class TestExpositionParser : public QObject
{
    Q_OBJECT

private slots:
    void readsEverySampleShape_data();
    void readsEverySampleShape();
    void malformedLinesAreListedAndSkipped_data();
    void malformedLinesAreListedAndSkipped();
    void badMetadataIsListed_data();
    void badMetadataIsListed();
    void emptyOrCommentOnlyTextHasNoSamples_data();
    void emptyOrCommentOnlyTextHasNoSamples();
    void readsTheContractMultiprocessExample();
    void helpAndTypeAreOptionalAndMayComeAnywhere();
    void helpTextEscapesAreResolved();
    void duplicateSamplesKeepTheFirst();
    void sameSeriesAtDifferentTimestampsIsNoDuplicate();
    void readsOpenMetrics();
    void textAfterOpenMetricsEofIsReported();
    void openMetricsWithoutEofLooksTruncated();
    void eofIsAPlainCommentInText004();
    void listsAtMostAThousandProblems();
    void binaryJunkGivesProblemsNotACrash();
    void problemsQuoteOnlyTheStartOfALongToken();
    void readsAHugeScrape();
    void reusedParserGivesTheSameResult();
    void sharesRepeatedLabelStrings();
};

void TestExpositionParser::readsEverySampleShape_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<MetricSample>("expected");

    const QString le = s("le");
    QTest::newRow("no labels") << QByteArray("db_connection_pool_size 0.0")
                               << sample("db_connection_pool_size", {}, 0);
    QTest::newRow("empty braces") << QByteArray("up{} 1") << sample("up", {}, 1);
    QTest::newRow("one label") << QByteArray("connector_health{connector_type=\"jamf\"} 1")
                               << sample("connector_health", {{s("connector_type"), s("jamf")}}, 1);
    QTest::newRow("labels come back sorted")
        << QByteArray("x{status=\"ok\",app_name=\"Slack\",ring=\"LAB\"} 3")
        << sample("x", {{s("app_name"), s("Slack")}, {s("ring"), s("LAB")}, {s("status"), s("ok")}},
                  3);
    QTest::newRow("trailing comma")
        << QByteArray("x{a=\"1\",} 1") << sample("x", {{s("a"), s("1")}}, 1);
    QTest::newRow("blanks around tokens") << QByteArray("x { a = \"1\" , b=\"2\" }   7")
                                          << sample("x", {{s("a"), s("1")}, {s("b"), s("2")}}, 7);
    QTest::newRow("tabs") << QByteArray("x\t{a=\"1\"}\t7\t1000")
                          << sample("x", {{s("a"), s("1")}}, 7, 1000);
    QTest::newRow("leading blanks") << QByteArray("   x 1") << sample("x", {}, 1);
    QTest::newRow("escaped quote")
        << QByteArray(R"(x{msg="say \"hi\""} 1)") << sample("x", {{s("msg"), s("say \"hi\"")}}, 1);
    QTest::newRow("escaped backslash") << QByteArray(R"(x{path="C:\\temp\\"} 1)")
                                       << sample("x", {{s("path"), s("C:\\temp\\")}}, 1);
    QTest::newRow("escaped newline")
        << QByteArray(R"(x{msg="a\nb"} 1)") << sample("x", {{s("msg"), s("a\nb")}}, 1);
    QTest::newRow("unknown escape kept as written")
        << QByteArray(R"(x{msg="a\tb"} 1)") << sample("x", {{s("msg"), s("a\\tb")}}, 1);
    QTest::newRow("comma brace equals inside quotes")
        << QByteArray(R"(x{q="a,b}c=d{",r="}"} 1)")
        << sample("x", {{s("q"), s("a,b}c=d{")}, {s("r"), s("}")}}, 1);
    QTest::newRow("hash inside quotes") << QByteArray(R"(x{q="# not a comment"} 1)")
                                        << sample("x", {{s("q"), s("# not a comment")}}, 1);
    QTest::newRow("empty label value")
        << QByteArray(R"(x{a=""} 1)") << sample("x", {{s("a"), QString()}}, 1);
    QTest::newRow("utf-8 label value")
        << QByteArray("x{city=\"Zürich ✓\"} 1") << sample("x", {{s("city"), s("Zürich ✓")}}, 1);
    QTest::newRow("colon in metric name")
        << QByteArray("job:requests:rate5m 0.5") << sample("job:requests:rate5m", {}, 0.5);
    QTest::newRow("+Inf bucket") << QByteArray(R"(h_bucket{le="+Inf"} 5)")
                                 << sample("h_bucket", {{le, s("+Inf")}}, 5);
    QTest::newRow("+Inf value") << QByteArray("x +Inf") << sample("x", {}, kInf);
    QTest::newRow("-Inf value") << QByteArray("x -Inf") << sample("x", {}, -kInf);
    QTest::newRow("Inf value") << QByteArray("x Inf") << sample("x", {}, kInf);
    QTest::newRow("NaN value") << QByteArray("x NaN") << sample("x", {}, kNaN);
    QTest::newRow("nan any case") << QByteArray("x nan") << sample("x", {}, kNaN);
    QTest::newRow("integer") << QByteArray("x 42") << sample("x", {}, 42);
    QTest::newRow("negative") << QByteArray("x -0.5") << sample("x", {}, -0.5);
    QTest::newRow("explicit plus") << QByteArray("x +1.5") << sample("x", {}, 1.5);
    QTest::newRow("exponent") << QByteArray("x 1.7955573236533766e+09")
                              << sample("x", {}, 1.7955573236533766e+09);
    QTest::newRow("negative exponent") << QByteArray("x 2.5e-3") << sample("x", {}, 0.0025);
    QTest::newRow("capital exponent") << QByteArray("x -1E6") << sample("x", {}, -1e6);
    QTest::newRow("overflow becomes Inf") << QByteArray("x 1e999") << sample("x", {}, kInf);
    QTest::newRow("underflow becomes 0") << QByteArray("x 1e-999") << sample("x", {}, 0);
    QTest::newRow("timestamp") << QByteArray("x 1 1700000000123")
                               << sample("x", {}, 1, 1700000000123);
    QTest::newRow("negative timestamp") << QByteArray("x 1 -5") << sample("x", {}, 1, -5);
    QTest::newRow("CRLF") << QByteArray("x{a=\"1\"} 2 3\r\n")
                          << sample("x", {{s("a"), s("1")}}, 2, 3);
    QTest::newRow("trailing blanks") << QByteArray("x 2 \t \n") << sample("x", {}, 2);
    QTest::newRow("no final newline") << QByteArray("x 2") << sample("x", {}, 2);
}

void TestExpositionParser::readsEverySampleShape()
{
    QFETCH(QByteArray, line);
    QFETCH(MetricSample, expected);
    const Exposition result = parseExposition(line);
    QVERIFY2(result.problems.empty(), qPrintable(problemText(result)));
    QCOMPARE(result.problemCount, std::size_t(0));
    QCOMPARE(result.samples.size(), std::size_t(1));
    QCOMPARE(result.samples.front(), expected);
}

void TestExpositionParser::malformedLinesAreListedAndSkipped_data()
{
    QTest::addColumn<QByteArray>("badLine");
    QTest::addColumn<QString>("reasonMentions");

    QTest::newRow("no value") << QByteArray("x{a=\"1\"}") << s("no value");
    QTest::newRow("value not a number") << QByteArray("x 12abc") << s("12abc");
    QTest::newRow("double sign") << QByteArray("x +-1") << s("+-1");
    QTest::newRow("fractional timestamp in 0.0.4") << QByteArray("x 1 1.5") << s("timestamp");
    QTest::newRow("timestamp not a number") << QByteArray("x 1 soon") << s("soon");
    QTest::newRow("text after timestamp") << QByteArray("x 1 2 3") << s("unexpected text");
    QTest::newRow("unterminated quote") << QByteArray("x{a=\"1} 1") << s("closing quote");
    QTest::newRow("escaped final quote") << QByteArray(R"(x{a="1\"} 1)") << s("closing quote");
    QTest::newRow("unclosed brace") << QByteArray("x{a=\"1\"") << s("closing \"}\"");
    QTest::newRow("missing equals") << QByteArray("x{a \"1\"} 1") << s("\"=\"");
    QTest::newRow("unquoted value") << QByteArray("x{a=1} 1") << s("not quoted");
    QTest::newRow("label name with digit first") << QByteArray("x{1a=\"1\"} 1") << s("label name");
    QTest::newRow("label name with dash") << QByteArray("x{a-b=\"1\"} 1") << s("\"=\"");
    QTest::newRow("missing comma") << QByteArray("x{a=\"1\" b=\"2\"} 1") << s("\",\"");
    QTest::newRow("duplicate label") << QByteArray("x{a=\"1\",a=\"2\"} 1") << s("twice");
    QTest::newRow("__name__ label") << QByteArray("x{__name__=\"y\"} 1") << s("__name__");
    QTest::newRow("dash in metric name") << QByteArray("foo-bar 1") << s("metric name");
    QTest::newRow("labels without a name") << QByteArray("{a=\"1\"} 1") << s("metric name");
    QTest::newRow("digit first") << QByteArray("1x 1") << s("metric name");
    QTest::newRow("garbage") << QByteArray("!!! ???") << s("!!!");
    QTest::newRow("html") << QByteArray("<html><body>502 Bad Gateway</body></html>") << s("<html>");
}

void TestExpositionParser::malformedLinesAreListedAndSkipped()
{
    QFETCH(QByteArray, badLine);
    QFETCH(QString, reasonMentions);
    const QByteArray text = "before 1\n" + badLine + "\nafter{a=\"b\"} 2\n";
    const Exposition result = parseExposition(text);
    QCOMPARE(result.samples.size(), std::size_t(2));
    QCOMPARE(result.samples[0], sample("before", {}, 1));
    QCOMPARE(result.samples[1], sample("after", {{s("a"), s("b")}}, 2));
    QCOMPARE(result.problems.size(), std::size_t(1));
    QCOMPARE(result.problemCount, std::size_t(1));
    QCOMPARE(result.problems[0].line, qsizetype(2));
    QVERIFY2(result.problems[0].reason.contains(reasonMentions), qPrintable(problemText(result)));
}

void TestExpositionParser::badMetadataIsListed_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<qsizetype>("line");
    QTest::addColumn<QString>("reasonMentions");

    QTest::newRow("unknown type") << QByteArray("# TYPE x timer\nx 1\n") << qsizetype(1)
                                  << s("timer");
    QTest::newRow("TYPE without a name")
        << QByteArray("x 1\n# TYPE\n") << qsizetype(2) << s("TYPE");
    QTest::newRow("HELP with a bad name")
        << QByteArray("# HELP 9x text\nx 1\n") << qsizetype(1) << s("HELP");
    QTest::newRow("second TYPE") << QByteArray("# TYPE x gauge\n# TYPE x counter\nx 1\n")
                                 << qsizetype(2) << s("second TYPE");
    QTest::newRow("second HELP") << QByteArray("# HELP x one\n# HELP x two\nx 1\n") << qsizetype(2)
                                 << s("second HELP");
    QTest::newRow("text after type")
        << QByteArray("# TYPE x gauge extra\nx 1\n") << qsizetype(1) << s("after the type");
}

void TestExpositionParser::badMetadataIsListed()
{
    QFETCH(QByteArray, text);
    QFETCH(qsizetype, line);
    QFETCH(QString, reasonMentions);
    const Exposition result = parseExposition(text);
    QCOMPARE(result.samples.size(), std::size_t(1));
    QCOMPARE(result.problems.size(), std::size_t(1));
    QCOMPARE(result.problems[0].line, line);
    QVERIFY2(result.problems[0].reason.contains(reasonMentions), qPrintable(problemText(result)));
}

void TestExpositionParser::emptyOrCommentOnlyTextHasNoSamples_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("newlines") << QByteArray("\n\n\n");
    QTest::newRow("blanks and CRLF") << QByteArray("   \r\n\t\r\n");
    QTest::newRow("plain comments") << QByteArray("# hello\n#no space\n#\n");
    QTest::newRow("metadata only") << QByteArray("# HELP x Help.\n# TYPE x gauge\n");
}

void TestExpositionParser::emptyOrCommentOnlyTextHasNoSamples()
{
    QFETCH(QByteArray, text);
    const Exposition result = parseExposition(text);
    QVERIFY(result.samples.empty());
    QVERIFY2(result.problems.empty(), qPrintable(problemText(result)));
}

void TestExpositionParser::readsTheContractMultiprocessExample()
{
    const Exposition result = parseExposition(kMultiprocessExample);
    QVERIFY2(result.problems.empty(), qPrintable(problemText(result)));
    QVERIFY(!result.openMetrics);
    QCOMPARE(result.samples.size(), std::size_t(8));
    QCOMPARE(result.samples[0],
             sample("deployment_total",
                    {{s("app_name"), s("Slack")},
                     {s("requires_cab"), s("False")},
                     {s("ring"), s("LAB")},
                     {s("status"), s("pending")}},
                    2));
    QCOMPARE(result.samples[2],
             sample("circuit_breaker_state",
                    {{s("connector_type"), s("intune")},
                     {s("pid"), s("9341")},
                     {s("service"), s("intune")}},
                    0));
    // _sum before _bucket: any order is fine.
    QCOMPARE(result.samples[3],
             sample("risk_score_distribution_sum", {{s("requires_cab"), s("True")}}, 126));
    QCOMPARE(result.samples[6],
             sample("risk_score_distribution_bucket",
                    {{s("le"), s("+Inf")}, {s("requires_cab"), s("True")}}, 2));

    QCOMPARE(result.families.size(), std::size_t(3));
    const MetricFamily *breaker = result.family(s("circuit_breaker_state"));
    QVERIFY(breaker);
    QCOMPARE(breaker->type, MetricType::Gauge);
    QCOMPARE(breaker->help, s("Circuit breaker state: 0=CLOSED, 1=OPEN, 2=HALF_OPEN"));
    QCOMPARE(result.familyName(s("risk_score_distribution_bucket")), s("risk_score_distribution"));
    QCOMPARE(result.familyName(s("risk_score_distribution_count")), s("risk_score_distribution"));
    QCOMPARE(result.familyOf(s("deployment_total")).type, MetricType::Counter);
    QCOMPARE(result.familyOf(s("unknown_metric")).type, MetricType::Untyped);
}

void TestExpositionParser::helpAndTypeAreOptionalAndMayComeAnywhere()
{
    const Exposition result = parseExposition("a_bucket{le=\"1\"} 1\n"
                                              "b 2\n"
                                              "# TYPE a histogram\n"
                                              "a_count 1\n");
    QVERIFY2(result.problems.empty(), qPrintable(problemText(result)));
    QCOMPARE(result.samples.size(), std::size_t(3));
    QCOMPARE(result.familyOf(s("a_bucket")).type, MetricType::Histogram);
    QCOMPARE(result.familyOf(s("b")).type, MetricType::Untyped);
    QCOMPARE(result.familyName(s("b")), s("b"));
}

void TestExpositionParser::helpTextEscapesAreResolved()
{
    const Exposition result = parseExposition(R"(# HELP x Line one\nline two \\ and \"quotes\"
# HELP y
x 1
)");
    QVERIFY2(result.problems.empty(), qPrintable(problemText(result)));
    // 0.0.4 escapes only backslash and newline in HELP; \" stays as written.
    QCOMPARE(result.family(s("x"))->help, s("Line one\nline two \\ and \\\"quotes\\\""));
    QCOMPARE(result.family(s("y"))->help, QString());
}

void TestExpositionParser::duplicateSamplesKeepTheFirst()
{
    const Exposition result = parseExposition("x{a=\"1\",b=\"2\"} 1\n"
                                              "y 5\n"
                                              "x{b=\"2\",a=\"1\"} 9\n"
                                              "x{a=\"1\",b=\"3\"} 3\n");
    QCOMPARE(result.samples.size(), std::size_t(3));
    QCOMPARE(result.samples[0].value, 1.0);
    QCOMPARE(result.problems.size(), std::size_t(1));
    QCOMPARE(result.problems[0].line, qsizetype(3));
    QVERIFY2(result.problems[0].reason.contains(s("x{a=\"1\",b=\"2\"}"))
                 && result.problems[0].reason.contains(s("line 1")),
             qPrintable(problemText(result)));
}

void TestExpositionParser::sameSeriesAtDifferentTimestampsIsNoDuplicate()
{
    const Exposition result = parseExposition("x 1 1000\nx 2 2000\n");
    QVERIFY2(result.problems.empty(), qPrintable(problemText(result)));
    QCOMPARE(result.samples.size(), std::size_t(2));
}

void TestExpositionParser::readsOpenMetrics()
{
    const Exposition result = parseExposition(R"(# TYPE deployment counter
# UNIT deployment_duration seconds
# HELP deployment Deployments with a \"quoted\" word.
deployment_total{status="pending"} 2.0 1520879607.789
deployment_created{status="pending"} 1.7e9
# TYPE lat histogram
lat_bucket{le="1.0"} 3 # {trace_id="abc"} 0.5 1520879607.1
lat_bucket{le="+Inf"} 4
lat_count 4
lat_sum 2.5
# EOF
)");
    QVERIFY2(result.problems.empty(), qPrintable(problemText(result)));
    QVERIFY(result.openMetrics);
    QCOMPARE(result.samples.size(), std::size_t(6));
    QCOMPARE(result.samples[0],
             sample("deployment_total", {{s("status"), s("pending")}}, 2, 1520879607789));
    QCOMPARE(result.samples[2], sample("lat_bucket", {{s("le"), s("1.0")}}, 3));
    QCOMPARE(result.familyName(s("deployment_total")), s("deployment"));
    QCOMPARE(result.familyName(s("deployment_created")), s("deployment"));
    QCOMPARE(result.family(s("deployment"))->help, s("Deployments with a \"quoted\" word."));
    QCOMPARE(result.family(s("deployment_duration"))->unit, s("seconds"));
    QCOMPARE(result.familyOf(s("lat_sum")).type, MetricType::Histogram);
}

void TestExpositionParser::textAfterOpenMetricsEofIsReported()
{
    ExpositionParser parser;
    const Exposition result
        = parser.parse("x 1\n# EOF\n\n  \ny 2\n", ExpositionParser::Format::OpenMetrics);
    QCOMPARE(result.samples.size(), std::size_t(1));
    QCOMPARE(result.problems.size(), std::size_t(1));
    QCOMPARE(result.problems[0].line, qsizetype(5));
    QVERIFY2(result.problems[0].reason.contains(s("EOF")), qPrintable(problemText(result)));
}

void TestExpositionParser::openMetricsWithoutEofLooksTruncated()
{
    ExpositionParser parser;
    const Exposition result = parser.parse("x 1\ny 2", ExpositionParser::Format::OpenMetrics);
    QCOMPARE(result.samples.size(), std::size_t(2));
    QCOMPARE(result.problems.size(), std::size_t(1));
    QVERIFY2(result.problems[0].reason.contains(s("truncated")), qPrintable(problemText(result)));
}

void TestExpositionParser::eofIsAPlainCommentInText004()
{
    ExpositionParser parser;
    const Exposition result
        = parser.parse("x 1 1000\n# EOF\ny 2\n", ExpositionParser::Format::Text004);
    QVERIFY2(result.problems.empty(), qPrintable(problemText(result)));
    QVERIFY(!result.openMetrics);
    QCOMPARE(result.samples.size(), std::size_t(2));
    QCOMPARE(result.samples[0].timestampMs, std::optional<std::int64_t>(1000));
}

void TestExpositionParser::listsAtMostAThousandProblems()
{
    QByteArray text;
    for (int i = 0; i < 5000; ++i)
        text += "bad line here\n";
    text += "good 1\n";
    const Exposition result = parseExposition(text);
    QCOMPARE(result.problems.size(), Exposition::kMaxListedProblems);
    QCOMPARE(result.problemCount, std::size_t(5000));
    QCOMPARE(result.problems.back().line, qsizetype(1000));
    QCOMPARE(result.samples.size(), std::size_t(1));
}

void TestExpositionParser::binaryJunkGivesProblemsNotACrash()
{
    QRandomGenerator random(42);
    for (int round = 0; round < 50; ++round) {
        QByteArray junk(4096, Qt::Uninitialized);
        for (char &c : junk)
            c = char(random.bounded(256));
        // Mix in syntax characters so the parser gets deep into lines.
        for (int i = 0; i < 200; ++i)
            junk[random.bounded(int(junk.size()))] = "{}\"=,\\ \n#"[random.bounded(9)];
        const Exposition result = parseExposition(junk);
        QVERIFY(result.problemCount >= result.problems.size());
        for (const auto &problem : result.problems)
            QVERIFY(problem.line >= 1 && !problem.reason.isEmpty());
    }
}

void TestExpositionParser::problemsQuoteOnlyTheStartOfALongToken()
{
    const Exposition result = parseExposition("x 1 2 " + QByteArray(100'000, 'z') + "\n");
    QCOMPARE(result.problems.size(), std::size_t(1));
    QVERIFY(result.problems[0].reason.size() < 200);
    QVERIFY(result.problems[0].reason.contains(QString(60, QLatin1Char('z')) + QChar(0x2026)));
}

void TestExpositionParser::readsAHugeScrape()
{
    QByteArray text;
    const int series = 100'000;
    text.reserve(series * 110);
    text += "# HELP http_requests_total HTTP requests by method, endpoint, and status\n"
            "# TYPE http_requests_total counter\n";
    for (int i = 0; i < series; ++i) {
        text += "http_requests_total{endpoint=\"/api/v1/deployments/" + QByteArray::number(i)
            + "/\",method=\"GET\",status=\"200\"} " + QByteArray::number(i) + ".0\n";
    }
    const Exposition result = parseExposition(text);
    QVERIFY2(result.problems.empty(), qPrintable(problemText(result)));
    QCOMPARE(result.samples.size(), std::size_t(series));
    QCOMPARE(result.samples.back().value, double(series - 1));
    QCOMPARE(labelValue(result.samples.back().labels, s("endpoint")),
             s("/api/v1/deployments/99999/"));
}

void TestExpositionParser::reusedParserGivesTheSameResult()
{
    ExpositionParser parser;
    const Exposition first = parser.parse(kMultiprocessExample);
    const Exposition second = parser.parse(kMultiprocessExample);
    QCOMPARE(first.samples, second.samples);
    QCOMPARE(first.families, second.families);
    QCOMPARE(first.samples, parseExposition(kMultiprocessExample).samples);
}

void TestExpositionParser::sharesRepeatedLabelStrings()
{
    const Exposition result = parseExposition("x{job=\"a\"} 1\ny{job=\"a\"} 2\n");
    QCOMPARE(result.samples.size(), std::size_t(2));
    // One allocation for a repeated name or value: the QStrings share their data.
    QCOMPARE(result.samples[0].labels[0].first.constData(),
             result.samples[1].labels[0].first.constData());
    QCOMPARE(result.samples[0].labels[0].second.constData(),
             result.samples[1].labels[0].second.constData());
}

QTEST_GUILESS_MAIN(TestExpositionParser)
#include "tst_expositionparser.moc"
