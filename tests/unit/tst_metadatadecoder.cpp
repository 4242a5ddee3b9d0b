// The non-query endpoints decoded from real Prometheus 2.42 answers (tests/data/prometheus), the
// envelope they share with queries, and bad bodies that must end in a clear error.
#include "prometheus/metadatadecoder.h"

#include <QFile>
#include <QTest>

using namespace eucora;
using namespace eucora::prometheus;

class TestMetadataDecoder : public QObject
{
    Q_OBJECT

private slots:
    void decodesSeries();
    void decodesLabelNamesAndValues();
    void decodesTargets();
    void decodesAlerts();
    void decodesRules();
    void decodesBuildInfo();
    void envelopeIsSharedWithQueries();
    void badBodiesGiveClearErrors_data();
    void badBodiesGiveClearErrors();
    void readsGoTimestamps_data();
    void readsGoTimestamps();
};

namespace {

QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(EUCORA_TEST_DATA "/prometheus/%1").arg(QLatin1String(name)));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return file.readAll();
}

template<typename T> QString failure(const Result<T> &result)
{
    return result.ok() ? QString() : result.error().summary();
}

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QLatin1String(iso), Qt::ISODateWithMs).toUTC();
}

} // namespace

void TestMetadataDecoder::decodesSeries()
{
    const auto result = decodeSeriesResponse(fixture("series.json"), 200);
    QVERIFY2(result.ok(), qPrintable(failure(result)));
    const auto &series = result.value().data;
    QCOMPARE(series.size(), size_t(3));
    QCOMPARE(labelValue(series[0], QStringLiteral("__name__")), QStringLiteral("deployment_total"));
    QCOMPARE(labelValue(series[0], QStringLiteral("app_name")),
             QStringLiteral("Adobe Acrobat Reader"));
    QVERIFY(std::is_sorted(series[0].begin(), series[0].end()));
}

void TestMetadataDecoder::decodesLabelNamesAndValues()
{
    const auto names = decodeStringListResponse(fixture("labels.json"), 200);
    QVERIFY2(names.ok(), qPrintable(failure(names)));
    QVERIFY(names.value().data.contains(QStringLiteral("__name__")));
    QVERIFY(names.value().data.contains(QStringLiteral("exported_service")));
    const auto values = decodeStringListResponse(fixture("label-values.json"), 200);
    QVERIFY2(values.ok(), qPrintable(failure(values)));
    QCOMPARE(values.value().data,
             (QStringList {QStringLiteral("200"), QStringLiteral("approved"),
                           QStringLiteral("cab_approved"), QStringLiteral("failed"),
                           QStringLiteral("pending"), QStringLiteral("success")}));
}

void TestMetadataDecoder::decodesTargets()
{
    const auto result = decodeTargetsResponse(fixture("targets.json"), 200);
    QVERIFY2(result.ok(), qPrintable(failure(result)));
    const Targets &targets = result.value().data;
    QCOMPARE(targets.active.size(), size_t(2));
    const Target &devplane = targets.active[0];
    QCOMPARE(devplane.scrapePool, QStringLiteral("eucora-control-plane"));
    QCOMPARE(devplane.scrapeUrl, QStringLiteral("http://127.0.0.1:43547/api/v1/metrics/"));
    QCOMPARE(devplane.health, TargetHealth::Up);
    QVERIFY(devplane.scrapeError.isEmpty());
    // Nanoseconds are cut to milliseconds.
    QCOMPARE(devplane.lastScrape, utc("2026-11-25T22:42:37.427Z"));
    QCOMPARE(devplane.lastScrapeDurationSeconds, 0.044971186);
    QCOMPARE(labelValue(devplane.labels, QStringLiteral("instance")), QStringLiteral("eucora-api"));
    QCOMPARE(labelValue(devplane.discoveredLabels, QStringLiteral("__metrics_path__")),
             QStringLiteral("/api/v1/metrics/"));
    // Never scraped yet: Go's zero time is "never", not year 1.
    const Target &self = targets.active[1];
    QCOMPARE(self.health, TargetHealth::Unknown);
    QVERIFY(!self.lastScrape.isValid());
    QCOMPARE(targets.dropped.size(), size_t(1));
    QCOMPARE(labelValue(targets.dropped[0], QStringLiteral("job")), QStringLiteral("dropped"));
}

void TestMetadataDecoder::decodesAlerts()
{
    const auto result = decodeAlertsResponse(fixture("alerts.json"), 200);
    QVERIFY2(result.ok(), qPrintable(failure(result)));
    const auto &alerts = result.value().data;
    QCOMPARE(alerts.size(), size_t(3));
    QCOMPARE(labelValue(alerts[0].labels, QStringLiteral("alertname")),
             QStringLiteral("ControlPlaneScraped"));
    QCOMPARE(alerts[0].state, AlertState::Firing);
    QCOMPARE(labelValue(alerts[0].annotations, QStringLiteral("summary")),
             QStringLiteral("scraped eucora-api"));
    QCOMPARE(alerts[0].activeAt, utc("2026-11-25T22:42:49.863Z"));
    QCOMPARE(alerts[0].value, 1.0);
    QCOMPARE(alerts[1].state, AlertState::Pending);
    QVERIFY(alerts[1].annotations.empty());
}

void TestMetadataDecoder::decodesRules()
{
    const auto result = decodeRulesResponse(fixture("rules.json"), 200);
    QVERIFY2(result.ok(), qPrintable(failure(result)));
    const auto &groups = result.value().data;
    QCOMPARE(groups.size(), size_t(1));
    QCOMPARE(groups[0].name, QStringLiteral("client_test"));
    QCOMPARE(groups[0].intervalSeconds, 1.0);
    const auto &rules = groups[0].rules;
    QCOMPARE(rules.size(), size_t(4));
    QCOMPARE(rules[0].type, RuleType::Alerting);
    QCOMPARE(rules[0].name, QStringLiteral("ControlPlaneScraped"));
    QCOMPARE(rules[0].query, QStringLiteral("up{job=\"eucora-control-plane\"} == 1"));
    QCOMPARE(rules[0].health, RuleHealth::Ok);
    QCOMPARE(rules[0].state, std::optional<AlertState>(AlertState::Inactive));
    QCOMPARE(labelValue(rules[0].labels, QStringLiteral("severity")), QStringLiteral("info"));
    const Rule &pending = rules[1];
    QCOMPARE(pending.state, std::optional<AlertState>(AlertState::Pending));
    QCOMPARE(pending.durationSeconds, 3600.0);
    QCOMPARE(pending.alerts.size(), size_t(1));
    QCOMPARE(pending.alerts[0].state, AlertState::Pending);
    const Rule &recording = rules[3];
    QCOMPARE(recording.type, RuleType::Recording);
    QCOMPARE(recording.name, QStringLiteral("job:up:sum"));
    QVERIFY(!recording.state.has_value());
    QVERIFY(recording.alerts.empty());
}

void TestMetadataDecoder::decodesBuildInfo()
{
    const auto result = decodeBuildInfoResponse(fixture("buildinfo.json"), 200);
    QVERIFY2(result.ok(), qPrintable(failure(result)));
    const BuildInfo &info = result.value().data;
    QCOMPARE(info.version, QStringLiteral("2.42.0+ds"));
    QCOMPARE(info.branch, QStringLiteral("debian/sid"));
    QCOMPARE(info.goVersion, QStringLiteral("go1.19.8"));
    QVERIFY(!info.revision.isEmpty());
}

void TestMetadataDecoder::envelopeIsSharedWithQueries()
{
    const QByteArray error
        = R"({"status":"error","errorType":"bad_data","error":"invalid parameter \"match[]\""})";
    const auto series = decodeSeriesResponse(error, 400);
    QVERIFY(!series.ok());
    QCOMPARE(series.error(),
             (ApiError {ApiError::Kind::Server, 400, QStringLiteral("bad_data"),
                        QStringLiteral("invalid parameter \"match[]\"")}));
    QCOMPARE(decodeBuildInfoResponse(error, 400).error(), series.error());

    const auto warned = decodeStringListResponse(
        R"({"status":"success","data":["a"],"warnings":["w1"],"infos":["i1"]})", 200);
    QVERIFY(warned.ok());
    QCOMPARE(warned.value().warnings, std::vector<QString> {QStringLiteral("w1")});
    QCOMPARE(warned.value().infos, std::vector<QString> {QStringLiteral("i1")});
}

void TestMetadataDecoder::badBodiesGiveClearErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("messagePart");
    const int decode = int(ApiError::Kind::Decode);
    const int http = int(ApiError::Kind::Http);
    QTest::newRow("html from a proxy")
        << QByteArray("<html><body><h1>502 Bad Gateway</h1></body></html>") << 502 << http
        << QStringLiteral("HTML error page");
    QTest::newRow("empty") << QByteArray() << 200 << decode << QStringLiteral("empty");
    QTest::newRow("truncated") << fixture("targets.json").left(300) << 200 << decode
                               << QStringLiteral("malformed JSON");
    QTest::newRow("targets not a list")
        << QByteArray(R"({"status":"success","data":{"activeTargets":{}}})") << 200 << decode
        << QStringLiteral("target list");
    QTest::newRow("unknown target health")
        << QByteArray(R"({"status":"success","data":{"activeTargets":[{"health":"sideways"}]}})")
        << 200 << decode << QStringLiteral("unknown health");
    QTest::newRow("unknown alert state")
        << QByteArray(R"({"status":"success","data":{"alerts":[{"state":"smouldering"}]}})") << 200
        << decode << QStringLiteral("unknown state");
    QTest::newRow("alert value not a number")
        << QByteArray(R"({"status":"success","data":{"alerts":[{"value":"many"}]}})") << 200
        << decode << QStringLiteral("alert value");
    QTest::newRow("bad activeAt") << QByteArray(
        R"({"status":"success","data":{"alerts":[{"activeAt":"yesterday"}]}})")
                                  << 200 << decode << QStringLiteral("malformed alert");
    QTest::newRow("rule without type")
        << QByteArray(R"({"status":"success","data":{"groups":[{"name":"g","rules":[{}]}]}})")
        << 200 << decode << QStringLiteral("unknown type");
    QTest::newRow("rules without groups") << QByteArray(R"({"status":"success","data":{}})") << 200
                                          << decode << QStringLiteral("rule group list");
    QTest::newRow("labels of numbers") << QByteArray(R"({"status":"success","data":[1,2]})") << 200
                                       << decode << QStringLiteral("label list");
    QTest::newRow("series with a number label")
        << QByteArray(R"({"status":"success","data":[{"job":1}]})") << 200 << decode
        << QStringLiteral("malformed series");
    QTest::newRow("build info without version")
        << QByteArray(R"({"status":"success","data":{"revision":"x"}})") << 200 << decode
        << QStringLiteral("no version");
}

void TestMetadataDecoder::badBodiesGiveClearErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(int, kind);
    QFETCH(QString, messagePart);
    // Every decoder reads every body without crashing; the one the row is about explains.
    const std::vector<ApiError> errors = [&] {
        std::vector<ApiError> out;
        auto collect = [&out](const auto &result) {
            if (!result.ok())
                out.push_back(result.error());
        };
        collect(decodeSeriesResponse(body, status));
        collect(decodeStringListResponse(body, status));
        collect(decodeTargetsResponse(body, status));
        collect(decodeAlertsResponse(body, status));
        collect(decodeRulesResponse(body, status));
        collect(decodeBuildInfoResponse(body, status));
        return out;
    }();
    const bool explained = std::any_of(errors.begin(), errors.end(), [&](const ApiError &error) {
        return int(error.kind) == kind && error.httpStatus == status
            && error.message.contains(messagePart);
    });
    QStringList messages;
    for (const ApiError &error : errors)
        messages << error.summary();
    QVERIFY2(explained, qPrintable(messages.join(QLatin1String(" | "))));
}

void TestMetadataDecoder::readsGoTimestamps_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QDateTime>("expected");
    QTest::newRow("nanoseconds") << QStringLiteral("2024-05-01T10:00:00.123456789Z") << true
                                 << utc("2024-05-01T10:00:00.123Z");
    QTest::newRow("no fraction") << QStringLiteral("2024-05-01T10:00:00Z") << true
                                 << utc("2024-05-01T10:00:00.000Z");
    QTest::newRow("one digit") << QStringLiteral("2024-05-01T10:00:00.5Z") << true
                               << utc("2024-05-01T10:00:00.500Z");
    QTest::newRow("offset") << QStringLiteral("2024-05-01T12:30:00.25+02:30") << true
                            << utc("2024-05-01T10:00:00.250Z");
    QTest::newRow("negative offset")
        << QStringLiteral("2024-05-01T05:00:00-05:00") << true << utc("2024-05-01T10:00:00.000Z");
    QTest::newRow("go zero time") << QStringLiteral("0001-01-01T00:00:00Z") << true << QDateTime();
    QTest::newRow("no zone") << QStringLiteral("2024-05-01T10:00:00") << false << QDateTime();
    QTest::newRow("month 13") << QStringLiteral("2024-13-01T10:00:00Z") << false << QDateTime();
    QTest::newRow("words") << QStringLiteral("yesterday") << false << QDateTime();
}

void TestMetadataDecoder::readsGoTimestamps()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(QDateTime, expected);
    bool parsed = false;
    const QDateTime time = parseRfc3339(text, &parsed);
    QCOMPARE(parsed, ok);
    QCOMPARE(time, expected);
    if (time.isValid())
        QCOMPARE(time.timeSpec(), Qt::UTC);
}

QTEST_GUILESS_MAIN(TestMetadataDecoder)
#include "tst_metadatadecoder.moc"
