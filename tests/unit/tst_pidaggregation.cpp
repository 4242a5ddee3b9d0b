// Folding EUCORA's per-process gauges (multiprocess mode, contract 8.4): breaker state by
// severity, connector health by minimum, and how many processes reported.
#include "prometheus/expositionparser.h"
#include "prometheus/pidaggregation.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace eucora::prometheus;

using Values = std::vector<double>;
Q_DECLARE_METATYPE(Values)

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// One sample of `metric` per value, each from its own pid.
std::vector<MetricSample> perPid(const char *metric, const Values &values)
{
    std::vector<MetricSample> samples;
    for (std::size_t i = 0; i < values.size(); ++i) {
        samples.push_back(MetricSample {
            s(metric),
            {{s("connector_type"), s("intune")}, {s("pid"), QString::number(9000 + i)}},
            values[i],
            {}});
    }
    return samples;
}
} // namespace

class TestPidAggregation : public QObject
{
    Q_OBJECT

private slots:
    void severityRanksOpenAboveHalfOpenAboveClosed_data();
    void severityRanksOpenAboveHalfOpenAboveClosed();
    void breakerStateIsTheMostSevereNotTheMaximum_data();
    void breakerStateIsTheMostSevereNotTheMaximum();
    void connectorHealthIsTheMinimum_data();
    void connectorHealthIsTheMinimum();
    void readsTheContractMultiprocessExample();
    void groupsByLabelsWithoutPid();
    void samplesWithoutPidCountAsOneProcess();
    void namesTheBreakerWhetherOrNotPrometheusRenamedIt();
};

void TestPidAggregation::severityRanksOpenAboveHalfOpenAboveClosed_data()
{
    QTest::addColumn<double>("higher");
    QTest::addColumn<double>("lower");
    QTest::newRow("OPEN over HALF_OPEN") << 1.0 << 2.0;
    QTest::newRow("HALF_OPEN over CLOSED") << 2.0 << 0.0;
    QTest::newRow("OPEN over CLOSED") << 1.0 << 0.0;
    QTest::newRow("unknown over CLOSED") << 7.0 << 0.0;
    QTest::newRow("HALF_OPEN over unknown") << 2.0 << 7.0;
    QTest::newRow("HALF_OPEN over NaN") << 2.0 << kNaN;
    QTest::newRow("NaN over CLOSED") << kNaN << 0.0;
}

void TestPidAggregation::severityRanksOpenAboveHalfOpenAboveClosed()
{
    QFETCH(double, higher);
    QFETCH(double, lower);
    QVERIFY(breakerSeverity(higher) > breakerSeverity(lower));
}

void TestPidAggregation::breakerStateIsTheMostSevereNotTheMaximum_data()
{
    QTest::addColumn<Values>("states");
    QTest::addColumn<double>("expected");

    QTest::newRow("one OPEN among CLOSED") << Values {0, 1, 0} << 1.0;
    QTest::newRow("OPEN beats HALF_OPEN although 2 > 1") << Values {2, 1} << 1.0;
    QTest::newRow("HALF_OPEN beats CLOSED") << Values {0, 2} << 2.0;
    QTest::newRow("all CLOSED") << Values {0, 0, 0} << 0.0;
    QTest::newRow("single process") << Values {2} << 2.0;
    QTest::newRow("unknown value does not pass for CLOSED") << Values {0, 5} << 5.0;
    QTest::newRow("unknown value does not hide HALF_OPEN") << Values {5, 2} << 2.0;
}

void TestPidAggregation::breakerStateIsTheMostSevereNotTheMaximum()
{
    QFETCH(Values, states);
    QFETCH(double, expected);
    const auto result = mostSevereBreakerStates(perPid("circuit_breaker_state", states));
    QCOMPARE(result.size(), std::size_t(1));
    QCOMPARE(result[0].value, expected);
    QCOMPARE(result[0].pidCount, int(states.size()));
    QCOMPARE(result[0].labels, (LabelSet {{s("connector_type"), s("intune")}}));
}

void TestPidAggregation::connectorHealthIsTheMinimum_data()
{
    QTest::addColumn<Values>("health");
    QTest::addColumn<double>("expected");

    QTest::newRow("one unhealthy report wins") << Values {1, 0, 1} << 0.0;
    QTest::newRow("all healthy") << Values {1, 1} << 1.0;
    QTest::newRow("NaN is ignored") << Values {kNaN, 1} << 1.0;
    QTest::newRow("NaN after a value is ignored") << Values {0, kNaN} << 0.0;
    QTest::newRow("only NaN stays NaN") << Values {kNaN, kNaN} << kNaN;
}

void TestPidAggregation::connectorHealthIsTheMinimum()
{
    QFETCH(Values, health);
    QFETCH(double, expected);
    const auto result = lowestConnectorHealth(perPid("connector_health", health));
    QCOMPARE(result.size(), std::size_t(1));
    if (std::isnan(expected))
        QVERIFY(std::isnan(result[0].value));
    else
        QCOMPARE(result[0].value, expected);
    QCOMPARE(result[0].pidCount, int(health.size()));
}

void TestPidAggregation::readsTheContractMultiprocessExample()
{
    const Exposition scrape
        = parseExposition(R"(# HELP deployment_total Total deployments by status and ring
# TYPE deployment_total counter
deployment_total{app_name="Slack",requires_cab="False",ring="LAB",status="pending"} 2.0
# HELP circuit_breaker_state Circuit breaker state: 0=CLOSED, 1=OPEN, 2=HALF_OPEN
# TYPE circuit_breaker_state gauge
circuit_breaker_state{connector_type="intune",pid="9340",service="intune"} 1.0
circuit_breaker_state{connector_type="intune",pid="9341",service="intune"} 0.0
)");
    QVERIFY(scrape.problems.empty());
    const auto breakers = mostSevereBreakerStates(scrape.samples);
    QCOMPARE(breakers.size(), std::size_t(1));
    QCOMPARE(
        breakers[0],
        (PidAggregate {
            {{s("connector_type"), s("intune")}, {s("service"), s("intune")}}, 1.0, 2, s("9340")}));
}

void TestPidAggregation::groupsByLabelsWithoutPid()
{
    const Exposition scrape = parseExposition(R"(connector_health{connector_type="sccm",pid="1"} 1
connector_health{connector_type="jamf",pid="1"} 1
connector_health{connector_type="jamf",pid="2"} 0
connector_health{connector_type="sccm",pid="3"} 1
other_gauge{connector_type="jamf",pid="1"} -5
)");
    const auto health = lowestConnectorHealth(scrape.samples);
    QCOMPARE(health.size(), std::size_t(2));
    // Sorted by labels.
    // The worst pid is the one whose report won; of equal reports, the first.
    QCOMPARE(health[0], (PidAggregate {{{s("connector_type"), s("jamf")}}, 0.0, 2, s("2")}));
    QCOMPARE(health[1], (PidAggregate {{{s("connector_type"), s("sccm")}}, 1.0, 2, s("1")}));
    const auto other = minimumOverPids(scrape.samples, s("other_gauge"));
    QCOMPARE(other.size(), std::size_t(1));
    QCOMPARE(other[0].value, -5.0);
}

void TestPidAggregation::samplesWithoutPidCountAsOneProcess()
{
    const Exposition scrape
        = parseExposition("circuit_breaker_state{connector_type=\"ansible\"} 2\n");
    const auto result = mostSevereBreakerStates(scrape.samples);
    QCOMPARE(result.size(), std::size_t(1));
    QCOMPARE(result[0], (PidAggregate {{{s("connector_type"), s("ansible")}}, 2.0, 1, QString()}));
}

void TestPidAggregation::namesTheBreakerWhetherOrNotPrometheusRenamedIt()
{
    // Scraped by EUCORA's job, the breaker's own label becomes exported_service.
    QCOMPARE(breakerNameOf(
                 {{s("exported_service"), s("jamf")}, {s("service"), s("eucora-control-plane")}}),
             s("jamf"));
    // Read straight from /api/v1/metrics/ or scraped with honor_labels: service.
    QCOMPARE(breakerNameOf({{s("connector_type"), s("jamf")}, {s("service"), s("jamf")}}),
             s("jamf"));
    QCOMPARE(breakerNameOf({{s("connector_type"), s("jamf")}}), QString());
}

QTEST_GUILESS_MAIN(TestPidAggregation)
#include "tst_pidaggregation.moc"
