// The breaker grid's and connector strip's data: the API's and the metrics' views side by side,
// what counts as a disagreement, which worker holds the worst state, the reset timeout left.
#include "controlplane/breakerboard.h"
#include "prometheus/expositionparser.h"

#include <QTest>

#include <cmath>

using namespace eucora;
using namespace eucora::controlplane;
using prometheus::PidAggregate;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

BreakerStatus status(const char *service, const char *state, int failures = 0)
{
    return BreakerStatus {s(service), s(state), failures, 5, 60};
}

const BreakerTile &tile(const std::vector<BreakerTile> &tiles, const char *name)
{
    static const BreakerTile none {};
    for (const BreakerTile &t : tiles) {
        if (t.spec.name == s(name))
            return t;
    }
    return none;
}

} // namespace

class TestBreakerBoard : public QObject
{
    Q_OBJECT

private slots:
    void listsTheEighteenInContractOrderWithoutAnySource();
    void putsBothSourcesSideBySideAndSaysWhenTheyDisagree();
    void foldsWorkersAndNamesTheWorstPid();
    void keepsBreakersNeitherSideKnowsAfterTheCatalog();
    void countsTheResetTimeoutFromTheLastChange();
    void findsTheLastChangeOfEachSeries();
    void connectorStripTakesTheLowestHealthAndTheApiReport();
};

void TestBreakerBoard::listsTheEighteenInContractOrderWithoutAnySource()
{
    const auto tiles = breakerBoard(nullptr, nullptr, {});
    QCOMPARE(tiles.size(), std::size_t(18));
    QCOMPARE(tiles.front().spec.name, s("intune"));
    QCOMPARE(tiles.back().spec.name, s("external_api"));
    QCOMPARE(tile(tiles, "database").spec.failMax, 10);
    QVERIFY(tile(tiles, "database").spec.group == BreakerGroup::Infrastructure);
    for (const BreakerTile &t : tiles) {
        QVERIFY(!t.worstState());
        QVERIFY(!t.disagrees());
    }
}

void TestBreakerBoard::putsBothSourcesSideBySideAndSaysWhenTheyDisagree()
{
    const std::vector<BreakerStatus> api {status("intune", "closed"), status("jamf", "open", 5),
                                          status("sccm", "half-open"),
                                          status("ansible", "tripped")};
    const std::vector<PidAggregate> metric {
        {{{s("exported_service"), s("intune")}, {s("service"), s("eucora-control-plane")}},
         1.0,
         2,
         s("9341")},
        {{{s("exported_service"), s("jamf")}}, 1.0, 2, s("9340")},
        {{{s("service"), s("sccm")}}, 2.0, 1, s("9340")},
        {{{s("service"), s("ansible")}}, 0.0, 1, s("9340")},
    };
    const auto tiles = breakerBoard(&api, &metric, {});
    // One API worker saw intune closed; a worker's gauge says open: shown open, flagged.
    QVERIFY(tile(tiles, "intune").apiState() == BreakerState::Closed);
    QVERIFY(tile(tiles, "intune").metricState() == BreakerState::Open);
    QVERIFY(tile(tiles, "intune").disagrees());
    QVERIFY(tile(tiles, "intune").worstState() == BreakerState::Open);
    QVERIFY(!tile(tiles, "jamf").disagrees());
    QCOMPARE(tile(tiles, "jamf").api->failCounter, 5);
    QVERIFY(tile(tiles, "sccm").worstState() == BreakerState::HalfOpen);
    QVERIFY(!tile(tiles, "sccm").disagrees());
    // An API state outside the enum is not "closed": it disagrees with a closed metric.
    QVERIFY(!tile(tiles, "ansible").apiState());
    QVERIFY(tile(tiles, "ansible").disagrees());
    QVERIFY(tile(tiles, "ansible").worstState() == BreakerState::Closed);
    // No metric series: nothing to disagree with.
    QVERIFY(!tile(tiles, "servicenow").metric);
    QVERIFY(!tile(tiles, "servicenow").disagrees());
}

void TestBreakerBoard::foldsWorkersAndNamesTheWorstPid()
{
    // Four workers; the last one died while jamf was open and its gauge stayed (contract 8.4).
    const auto scrape = prometheus::parseExposition(
        R"(circuit_breaker_state{connector_type="jamf",pid="9340",service="jamf"} 0
circuit_breaker_state{connector_type="jamf",pid="9341",service="jamf"} 2
circuit_breaker_state{connector_type="jamf",pid="9342",service="jamf"} 0
circuit_breaker_state{connector_type="jamf",pid="9343",service="jamf"} 1
)");
    const auto folded = prometheus::mostSevereBreakerStates(scrape.samples);
    const std::vector<BreakerStatus> api {status("jamf", "closed")};
    const auto tiles = breakerBoard(&api, &folded, {});
    const BreakerTile &jamf = tile(tiles, "jamf");
    QCOMPARE(jamf.workers, 4);
    QCOMPARE(jamf.worstPid, s("9343"));
    QVERIFY(jamf.metricState() == BreakerState::Open);
    QVERIFY(jamf.disagrees());
}

void TestBreakerBoard::keepsBreakersNeitherSideKnowsAfterTheCatalog()
{
    const std::vector<BreakerStatus> api {status("Payroll", "open")};
    const std::vector<PidAggregate> metric {{{{s("service"), s("jamf")}}, 0.0, 1, QString()},
                                            {{{s("connector_type"), s("x")}}, 1.0, 1, QString()}};
    const auto tiles = breakerBoard(&api, &metric, {});
    QCOMPARE(tiles.size(), std::size_t(19));
    QCOMPARE(tiles.back().spec.name, s("payroll"));
    QVERIFY(tiles.back().worstState() == BreakerState::Open);
}

void TestBreakerBoard::countsTheResetTimeoutFromTheLastChange()
{
    const QDateTime opened = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
    const std::vector<BreakerStatus> api {status("jamf", "open", 5), status("intune", "closed")};
    const auto tiles
        = breakerBoard(&api, nullptr, {{s("jamf"), opened}, {s("intune"), opened.addSecs(-5)}});
    QCOMPARE(tile(tiles, "jamf").resetSecondsLeft(opened.addSecs(25)), std::optional<int>(35));
    QCOMPARE(tile(tiles, "jamf").resetSecondsLeft(opened.addSecs(90)), std::optional<int>(0));
    QVERIFY(!tile(tiles, "intune").resetSecondsLeft(opened));
    QVERIFY(!tile(tiles, "sccm").resetSecondsLeft(opened)); // no change time known
}

void TestBreakerBoard::findsTheLastChangeOfEachSeries()
{
    prometheus::Series jamf {{{s("breaker"), s("jamf")}}, {1000, 2000, 3000, 4000}, {0, 2, 2, 2}};
    prometheus::Series intune {{{s("breaker"), s("intune")}}, {1000, 2000}, {0, 0}};
    prometheus::Series sccm {{{s("breaker"), s("sccm")}}, {1000, 2000, 3000}, {NAN, 1, NAN}};
    const auto changes = lastValueChanges({jamf, intune, sccm}, s("breaker"));
    QCOMPARE(changes.size(), std::size_t(2));
    QCOMPARE(changes.at(s("jamf")).toMSecsSinceEpoch(), 2000);
    QCOMPARE(changes.at(s("sccm")).toMSecsSinceEpoch(), 3000);
}

void TestBreakerBoard::connectorStripTakesTheLowestHealthAndTheApiReport()
{
    const auto scrape = prometheus::parseExposition(
        R"(connector_health{connector_type="jamf",pid="1"} 1
connector_health{connector_type="jamf",pid="2"} 0
connector_health{connector_type="intune",pid="1"} 1
connector_health{connector_type="bigfix",pid="1"} 1
)");
    const auto folded = prometheus::lowestConnectorHealth(scrape.samples);
    const std::map<QString, ConnectorHealth> api {
        {s("jamf"), {s("jamf"), s("unhealthy"), s("Script not found")}},
        {s("intune"), {s("intune"), s("unhealthy"), s("Health check timed out (timeout 30s)")}}};
    const auto tiles = connectorStrip(&folded, api, {{s("sccm"), s("HTTP 500")}}, {});
    QCOMPARE(tiles.size(), std::size_t(6));
    QCOMPARE(tiles[0].type, s("intune"));
    QCOMPARE(tiles[0].metricHealthy(), std::optional<bool>(true));
    QVERIFY(tiles[0].disagrees());
    QCOMPARE(tiles[1].type, s("jamf"));
    QCOMPARE(tiles[1].metricHealthy(), std::optional<bool>(false));
    QCOMPARE(tiles[1].workers, 2);
    QCOMPARE(tiles[1].worstPid, s("2"));
    QVERIFY(!tiles[1].disagrees());
    QCOMPARE(tiles[2].apiError, s("HTTP 500"));
    QVERIFY(!tiles[2].metricHealthy()); // no series
    QCOMPARE(tiles[5].type, s("bigfix"));
}

QTEST_GUILESS_MAIN(TestBreakerBoard)
#include "tst_breakerboard.moc"
