// Which engine answers: Prometheus' buildinfo, VictoriaMetrics' empty buildinfo and its /metrics
// page (recorded from Debian's victoria-metrics 1.79.5: tests/data/victoriametrics), an engine
// naming itself in "application", answers that say nothing, and Go durations.
#include "prometheus/engineidentity.h"
#include "prometheus/metadatadecoder.h"
#include "prometheus/prometheusclient.h"

#include <QFile>
#include <QTest>

using namespace eucora::prometheus;
using namespace std::chrono_literals;

namespace {

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(EUCORA_TEST_DATA "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

using Headers = QList<QPair<QByteArray, QByteArray>>;
const Headers kVictoriaHeaders {{"Content-Type", "application/json"}, {"X-Server-Hostname", "vm"}};

} // namespace

class TestEngineIdentity : public QObject
{
    Q_OBJECT

private slots:
    void prometheusNamesItselfInBuildInfo();
    void victoriaMetricsIsKnownByItsEmptyBuildInfo();
    void victoriaMetricsPageGivesVersionOffsetAndRules();
    void victoriaMetricsWithoutVmalertHasNoRulesApi();
    void anEngineNamedByApplication();
    void answersThatSayNothingIdentifyNothing();
    void goDurations_data();
    void goDurations();
    void vmalertAnswersDecode();
    void heldBackPointsAreDropped();
};

void TestEngineIdentity::prometheusNamesItselfInBuildInfo()
{
    const auto identity
        = identifyFromBuildInfo(200, fixture(QStringLiteral("prometheus/buildinfo.json")), {});
    QVERIFY(identity);
    QVERIFY(identity->kind == EngineKind::Prometheus);
    QVERIFY(identity->version.startsWith(QLatin1String("2.")));
    QVERIFY(!identity->revision.isEmpty());
    QCOMPARE(identity->heldBack, 0ms);
    QVERIFY(identity->rules == RulesApi::Served);
    QVERIFY(identity->metadataServed);
    QCOMPARE(identity->describe(), QStringLiteral("Prometheus ") + identity->version);
    QVERIFY(identity->differences().isEmpty());
}

void TestEngineIdentity::victoriaMetricsIsKnownByItsEmptyBuildInfo()
{
    const QByteArray body = fixture(QStringLiteral("victoriametrics/buildinfo.json"));
    for (const Headers &headers : {kVictoriaHeaders, Headers {}}) { // a proxy may drop the header
        const auto identity = identifyFromBuildInfo(200, body, headers);
        QVERIFY(identity);
        QVERIFY(identity->isVictoriaMetrics());
        QCOMPARE(identity->name, QStringLiteral("VictoriaMetrics"));
        QCOMPARE(identity->heldBack, 30000ms); // its default until the page says otherwise
        QVERIFY(identity->rules == RulesApi::Unknown);
        QVERIFY(!identity->metadataServed);
    }
    // A build that refuses the endpoint still names itself by its header.
    const auto refused = identifyFromBuildInfo(
        400, "unsupported path requested: \"/api/v1/status/buildinfo\"", kVictoriaHeaders);
    QVERIFY(refused && refused->isVictoriaMetrics());
}

void TestEngineIdentity::victoriaMetricsPageGivesVersionOffsetAndRules()
{
    EngineIdentity identity
        = *identifyFromBuildInfo(200, "{\"status\":\"success\",\"data\":{}}", kVictoriaHeaders);
    readVictoriaMetricsPage(fixture(QStringLiteral("victoriametrics/metrics-excerpt.txt")),
                            &identity);
    QCOMPARE(identity.version, QString()); // Debian's build says no version
    QCOMPARE(identity.describe(), QStringLiteral("VictoriaMetrics (version not reported)"));
    QCOMPARE(identity.heldBack, 30000ms);
    QVERIFY(identity.rules == RulesApi::Served); // -vmalert.proxyURL is set
    const QStringList differences = identity.differences();
    QCOMPARE(differences.size(), 2);
    QVERIFY2(differences.at(0).contains(QLatin1String("newest 30 s are held back")),
             qPrintable(differences.join(QLatin1Char('|'))));
    QVERIFY(differences.at(1).contains(QLatin1String("no metric metadata")));

    // An upstream build's version line, and an offset set on the command line.
    EngineIdentity upstream = identity;
    readVictoriaMetricsPage("vm_app_version{version=\"victoria-metrics-20230313-tags-v1.89.1-0\", "
                            "short_version=\"v1.89.1\"} 1\n"
                            "flag{name=\"search.latencyOffset\", value=\"1m30s\", "
                            "is_set=\"true\"} 1\n",
                            &upstream);
    QCOMPARE(upstream.describe(), QStringLiteral("VictoriaMetrics v1.89.1"));
    QCOMPARE(upstream.heldBack, 90000ms);
}

void TestEngineIdentity::victoriaMetricsWithoutVmalertHasNoRulesApi()
{
    EngineIdentity identity
        = *identifyFromBuildInfo(200, "{\"status\":\"success\",\"data\":{}}", kVictoriaHeaders);
    readVictoriaMetricsPage("flag{name=\"search.latencyOffset\", value=\"0s\", is_set=\"true\"} 1\n"
                            "flag{name=\"vmalert.proxyURL\", value=\"\", is_set=\"false\"} 1\n",
                            &identity);
    QVERIFY(identity.rules == RulesApi::Missing);
    QCOMPARE(identity.heldBack, 0ms);
    QVERIFY(identity.differences().join(QLatin1Char('|')).contains(QLatin1String("no rules API")));
}

void TestEngineIdentity::anEngineNamedByApplication()
{
    // The shape Grafana Mimir documents for its buildinfo (written here, not recorded).
    const auto identity = identifyFromBuildInfo(
        200,
        R"({"status":"success","data":{"application":"Grafana Mimir","version":"2.10.0",)"
        R"("revision":"abc1234","branch":"HEAD","goVersion":"go1.21.1"}})",
        {});
    QVERIFY(identity);
    QVERIFY(identity->kind == EngineKind::Other);
    QCOMPARE(identity->describe(), QStringLiteral("Grafana Mimir 2.10.0"));
    QCOMPARE(identity->heldBack, 0ms);
}

void TestEngineIdentity::answersThatSayNothingIdentifyNothing()
{
    QVERIFY(!identifyFromBuildInfo(502, "<html><body>Bad Gateway</body></html>", {}));
    QVERIFY(!identifyFromBuildInfo(200, "not json", {}));
    QVERIFY(!identifyFromBuildInfo(401, "Unauthorized", {}));
    QVERIFY(!identifyFromBuildInfo(200, R"({"status":"error","errorType":"internal","error":"x"})",
                                   {}));
    QCOMPARE(EngineIdentity().describe(), QStringLiteral("engine not identified"));
}

void TestEngineIdentity::goDurations_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("ms"); // -1: not a duration
    QTest::newRow("seconds") << "30s" << qint64(30000);
    QTest::newRow("minutes and seconds") << "1m30s" << qint64(90000);
    QTest::newRow("minute zero seconds") << "1m0s" << qint64(60000);
    QTest::newRow("hours") << "2h" << qint64(7200000);
    QTest::newRow("milliseconds") << "500ms" << qint64(500);
    QTest::newRow("fraction") << "1.5s" << qint64(1500);
    QTest::newRow("zero") << "0s" << qint64(0);
    QTest::newRow("empty") << "" << qint64(-1);
    QTest::newRow("no unit") << "30" << qint64(-1);
    QTest::newRow("junk after") << "30s!" << qint64(-1);
    QTest::newRow("junk before") << "x30s" << qint64(-1);
}

void TestEngineIdentity::goDurations()
{
    QFETCH(QString, text);
    QFETCH(qint64, ms);
    const auto parsed = parseGoDuration(text);
    if (ms < 0)
        QVERIFY(!parsed);
    else
        QVERIFY2(parsed && parsed->count() == ms, qPrintable(text));
}

void TestEngineIdentity::vmalertAnswersDecode()
{
    const auto rules
        = decodeRulesResponse(fixture(QStringLiteral("victoriametrics/vmalert-rules.json")), 200);
    QVERIFY2(rules.ok(), qPrintable(rules.ok() ? QString() : rules.error().summary()));
    QCOMPARE(rules.value().data.size(), size_t(8));
    QCOMPARE(rules.value().data.front().name, QStringLiteral("celery_tasks"));
    QCOMPARE(rules.value().data.front().intervalSeconds, 60.0);
    const auto alerts
        = decodeAlertsResponse(fixture(QStringLiteral("victoriametrics/vmalert-alerts.json")), 200);
    QVERIFY2(alerts.ok(), qPrintable(alerts.ok() ? QString() : alerts.error().summary()));
    QCOMPARE(alerts.value().data.size(), size_t(5));
    for (const Alert &alert : alerts.value().data)
        QVERIFY(alert.activeAt.isValid());

    // Nothing loaded or firing: vmalert writes the empty lists as null.
    const auto noAlerts
        = decodeAlertsResponse(R"({"status":"success","data":{"alerts":null}})", 200);
    QVERIFY(noAlerts.ok() && noAlerts.value().data.empty());
    const auto noGroups
        = decodeRulesResponse(R"({"status":"success","data":{"groups":null}})", 200);
    QVERIFY(noGroups.ok() && noGroups.value().data.empty());
    // A missing list is still an answer that is not the endpoint's.
    QVERIFY(!decodeRulesResponse(R"({"status":"success","data":{}})", 200).ok());
}

void TestEngineIdentity::heldBackPointsAreDropped()
{
    QueryResult result;
    result.series.push_back(
        {{{QStringLiteral("a"), QStringLiteral("1")}}, {1000, 2000, 3000}, {1, 2, 3}});
    result.series.push_back({{{QStringLiteral("a"), QStringLiteral("2")}}, {3000}, {9}});
    dropPointsAfter(&result, 2000);
    QCOMPARE(result.series.size(), size_t(1)); // nothing settled in the second
    QCOMPARE(result.series[0].timestampsMs, (std::vector<std::int64_t> {1000, 2000}));
    QCOMPARE(result.series[0].values, (std::vector<double> {1, 2}));
}

QTEST_GUILESS_MAIN(TestEngineIdentity)
#include "tst_engineidentity.moc"
