// Every endpoint of PrometheusClient against the real Debian prometheus scraping eucora-devplane:
// queries of every result type, series, labels, targets, alerts, rules and build info; the
// server's own errors (bad_data, its `timeout` parameter); long queries as POST; gzip on and off
// giving the same data; and a size cap smaller than the answer.
//
// Run again against VictoriaMetrics with vmalert (tst_prometheusclient_victoriametrics). Where it
// answers differently the test says so; both answers are ones the console must take.
#include "prometheus/apicall.h"
#include "prometheus/prometheusclient.h"
#include "testengine.h"
#include "teststack.h"

#include <QDeadlineTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>

#include <cmath>
#include <optional>

using namespace eucora;
using namespace eucora::prometheus;
using namespace std::chrono_literals;

namespace {

// Rules evaluated every second so alerts fire and pend within seconds of the start.
const char kFastRules[] = R"(groups:
  - name: client_test
    interval: 1s
    rules:
      - alert: ControlPlaneScraped
        expr: up{job="eucora-control-plane"} == 1
        labels:
          severity: info
        annotations:
          summary: "scraped {{ $labels.instance }}"
      - alert: AlwaysPending
        expr: vector(1)
        for: 1h
        labels:
          severity: none
      - record: job:up:sum
        expr: sum by (job) (up)
)";

// Records what went over the wire: the operation and the answer's Content-Encoding.
class RecordingNetwork : public QNetworkAccessManager
{
public:
    std::vector<Operation> operations;
    std::vector<QByteArray> encodings;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *data) override
    {
        operations.push_back(op);
        QNetworkReply *reply = QNetworkAccessManager::createRequest(op, request, data);
        connect(reply, &QNetworkReply::finished, this,
                [this, reply] { encodings.push_back(reply->rawHeader("Content-Encoding")); });
        return reply;
    }
};

// The series of `result` by their labels: VictoriaMetrics sends them in no fixed order.
QueryResult byLabels(QueryResult result)
{
    std::sort(result.series.begin(), result.series.end(),
              [](const Series &a, const Series &b) { return a.labels < b.labels; });
    return result;
}

template<typename T> QString failure(const Result<T> &result)
{
    return result.ok() ? QString() : result.error().summary();
}

} // namespace

class TestPrometheusClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void buildInfoNamesTheServer();
    void targetsShowTheScrapedDevplane();
    void labelNamesAndValues();
    void seriesListsLabelSets();
    void instantQueryGivesEveryResultType();
    void instantQueryAtAGivenTime();
    void rangeQueryKeepsThePlus();
    void alertsFireAndPend();
    void rulesListAlertingAndRecording();
    void badQueryGivesBadData();
    void evaluationTimeoutGivesTimeoutErrorType();
    void longQueryIsPostedAndAnswersTheSame();
    void gzipOnAndOffDecodeTheSameData();
    void sizeCapSmallerThanTheAnswerGivesTooLarge();

private:
    template<typename T, typename Call> Result<T> wait(Call call);
    Result<QueryResult> instant(const QString &promql, const QDateTime &time = {});
    // A moment whose samples every engine has made visible: VictoriaMetrics keeps the newest
    // ones from searches for its -search.latencyOffset (and about a second after ingestion).
    QDateTime settledMoment() const;
    bool m_victoria = testing::onVictoriaMetrics();

    QTemporaryDir m_devstackDir;
    std::unique_ptr<devstack::LocalStack> m_stack;
    RecordingNetwork m_network;
    std::unique_ptr<PrometheusClient> m_client;
};

void TestPrometheusClient::initTestCase()
{
    // The devstack's prometheus.yml with fast rules in place of EUCORA's.
    QVERIFY(m_devstackDir.isValid());
    QVERIFY(QFile::copy(devstack::LocalStack::findDevstackDir() + QStringLiteral("/prometheus.yml"),
                        m_devstackDir.filePath(QStringLiteral("prometheus.yml"))));
    QFile rules(m_devstackDir.filePath(QStringLiteral("alert_rules.corrected.yaml")));
    QVERIFY(rules.open(QIODevice::WriteOnly));
    rules.write(kFastRules);
    rules.close();

    devstack::LocalStack::Options options;
    testing::useTestEngine(&options);
    options.scrapeIntervalSeconds = 1;
    options.devstackDir = m_devstackDir.path();
    options.devplaneArguments = {QStringLiteral("--seed"), QStringLiteral("11"),
                                 QStringLiteral("--speed"), QStringLiteral("60")};
    m_stack = std::make_unique<devstack::LocalStack>(options);
    QString error;
    QVERIFY2(m_stack->start(&error), qPrintable(error));
    QVERIFY2(m_stack->waitForScrapes(3, 60s, &error), qPrintable(error));
    m_client = std::make_unique<PrometheusClient>(&m_network);
    m_client->setBaseUrl(m_stack->prometheusUrl());
    m_client->setTimeout(15s);
    QVERIFY2(testing::identifyEngine(*m_client, &error), qPrintable(error));
}

void TestPrometheusClient::cleanupTestCase()
{
    m_client.reset();
    m_stack.reset();
}

template<typename T, typename Call> Result<T> TestPrometheusClient::wait(Call call)
{
    std::optional<Result<T>> answer;
    call([&answer](const Result<T> &result) { answer = result; });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 20000))
        return ApiError {ApiError::Kind::Timeout, 0, {}, QStringLiteral("test: no callback")};
    return *answer;
}

Result<QueryResult> TestPrometheusClient::instant(const QString &promql, const QDateTime &time)
{
    return wait<QueryResult>([&](auto done) { m_client->query({promql, time, {}}, this, done); });
}

QDateTime TestPrometheusClient::settledMoment() const
{
    return QDateTime::currentDateTimeUtc().addMSecs(-1000 - m_client->engine().heldBack.count());
}

void TestPrometheusClient::buildInfoNamesTheServer()
{
    const EngineIdentity &engine = m_client->engine();
    const auto result
        = wait<ApiResponse<BuildInfo>>([&](auto done) { m_client->buildInfo(this, done); });
    if (m_victoria) {
        // VictoriaMetrics answers buildinfo with an empty object; its /metrics page says the
        // rest. Debian's build reports no version, and vmalert is behind -vmalert.proxyURL.
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message.contains(QLatin1String("no version")),
                 qPrintable(failure(result)));
        QCOMPARE(engine.kind, EngineKind::VictoriaMetrics);
        QCOMPARE(engine.heldBack, 2000ms); // the stack's -search.latencyOffset=2s
        QCOMPARE(engine.rules, RulesApi::Served);
        QVERIFY(!engine.metadataServed);
        QVERIFY2(engine.describe().startsWith(QLatin1String("VictoriaMetrics")),
                 qPrintable(engine.describe()));
        return;
    }
    QCOMPARE(engine.kind, EngineKind::Prometheus);
    QCOMPARE(engine.heldBack, 0ms);
    QCOMPARE(engine.rules, RulesApi::Served);
    QVERIFY(engine.metadataServed);
    QVERIFY2(result.ok(), qPrintable(failure(result)));
    QCOMPARE(engine.describe(), QStringLiteral("Prometheus ") + result.value().data.version);
    const BuildInfo &info = result.value().data;
    QVERIFY2(info.version.startsWith(QLatin1String("2.")), qPrintable(info.version));
    QVERIFY2(info.goVersion.startsWith(QLatin1String("go")), qPrintable(info.goVersion));
    QVERIFY(!info.revision.isEmpty());
}

void TestPrometheusClient::targetsShowTheScrapedDevplane()
{
    const auto result
        = wait<ApiResponse<Targets>>([&](auto done) { m_client->targets(this, done); });
    QVERIFY2(result.ok(), qPrintable(failure(result)));
    const auto &active = result.value().data.active;
    const auto devplane = std::find_if(active.begin(), active.end(), [](const Target &t) {
        return t.scrapePool == QLatin1String("eucora-control-plane");
    });
    QVERIFY(devplane != active.end());
    QCOMPARE(devplane->health, TargetHealth::Up);
    QVERIFY(devplane->scrapeError.isEmpty());
    QCOMPARE(QUrl(devplane->scrapeUrl).port(), m_stack->controlPlaneUrl().port());
    QVERIFY(devplane->scrapeUrl.endsWith(QLatin1String("/api/v1/metrics/")));
    const qint64 age = devplane->lastScrape.msecsTo(QDateTime::currentDateTimeUtc());
    QVERIFY2(age >= -1000 && age < 10000, qPrintable(QString::number(age)));
    QVERIFY(devplane->lastScrapeDurationSeconds > 0);
    QCOMPARE(labelValue(devplane->labels, QStringLiteral("instance")),
             QStringLiteral("eucora-api"));
    QCOMPARE(labelValue(devplane->discoveredLabels, QStringLiteral("__metrics_path__")),
             QStringLiteral("/api/v1/metrics/"));
    QVERIFY(std::any_of(active.begin(), active.end(), [](const Target &t) {
        return t.scrapePool == QLatin1String("prometheus");
    }));
}

void TestPrometheusClient::labelNamesAndValues()
{
    const auto names
        = wait<ApiResponse<QStringList>>([&](auto done) { m_client->labels({}, this, done); });
    QVERIFY2(names.ok(), qPrintable(failure(names)));
    for (const char *name : {"__name__", "job", "instance", "status", "ring", "le"})
        QVERIFY2(names.value().data.contains(QLatin1String(name)), name);

    const auto statuses = wait<ApiResponse<QStringList>>([&](auto done) {
        m_client->labelValues(QStringLiteral("status"),
                              {{QStringLiteral("deployment_total")}, {}, {}}, this, done);
    });
    QVERIFY2(statuses.ok(), qPrintable(failure(statuses)));
    QVERIFY(!statuses.value().data.isEmpty());
    for (const QString &status : statuses.value().data)
        QVERIFY2(QStringList({QStringLiteral("pending"), QStringLiteral("approved"),
                              QStringLiteral("success"), QStringLiteral("failed")})
                     .contains(status),
                 qPrintable(status));
    const auto jobs = wait<ApiResponse<QStringList>>(
        [&](auto done) { m_client->labelValues(QStringLiteral("job"), {}, this, done); });
    QVERIFY(jobs.ok());
    QVERIFY(jobs.value().data.contains(QStringLiteral("eucora-control-plane")));
}

void TestPrometheusClient::seriesListsLabelSets()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto result = wait<ApiResponse<std::vector<LabelSet>>>([&](auto done) {
        m_client->series({{QStringLiteral("circuit_breaker_state")}, now.addSecs(-60), now}, this,
                         done);
    });
    QVERIFY2(result.ok(), qPrintable(failure(result)));
    const auto &series = result.value().data;
    QCOMPARE(series.size(), size_t(18)); // as tst_livestack counts them
    for (const LabelSet &labels : series) {
        QCOMPARE(labelValue(labels, QStringLiteral("__name__")),
                 QStringLiteral("circuit_breaker_state"));
        QVERIFY(!labelValue(labels, QStringLiteral("exported_service")).isEmpty());
    }
}

void TestPrometheusClient::instantQueryGivesEveryResultType()
{
    const auto vector = instant(QStringLiteral("deployment_total"));
    QVERIFY2(vector.ok(), qPrintable(failure(vector)));
    QCOMPARE(vector.value().resultType, ResultType::Vector);
    QVERIFY(!vector.value().series.empty());
    double sum = 0;
    for (const Series &series : vector.value().series) {
        QCOMPARE(series.size(), size_t(1));
        sum += series.values[0];
    }

    const auto matrix = instant(QStringLiteral("up{job=\"eucora-control-plane\"}[5s]"));
    QVERIFY2(matrix.ok(), qPrintable(failure(matrix)));
    QCOMPARE(matrix.value().resultType, ResultType::Matrix);
    QCOMPARE(matrix.value().series.size(), size_t(1));
    QVERIFY(matrix.value().series[0].size() >= 3); // one scrape a second
    for (double up : matrix.value().series[0].values)
        QCOMPARE(up, 1.0);

    const auto scalar = instant(QStringLiteral("scalar(count(up))"));
    QVERIFY2(scalar.ok(), qPrintable(failure(scalar)));
    // VictoriaMetrics answers scalars as a vector of one label-less series.
    QCOMPARE(scalar.value().resultType, m_victoria ? ResultType::Vector : ResultType::Scalar);
    QCOMPARE(scalar.value().series.size(), size_t(1));
    QVERIFY(scalar.value().series.at(0).labels.empty());
    QVERIFY(scalar.value().series.at(0).values.at(0) >= 1);
    QVERIFY(sum > 0);

    const auto text = instant(QStringLiteral("\"eucora + console\""));
    QVERIFY2(text.ok(), qPrintable(failure(text)));
    if (m_victoria) { // MetricsQL has no string results: an empty vector
        QCOMPARE(text.value().resultType, ResultType::Vector);
        QVERIFY(text.value().series.empty());
    } else {
        QCOMPARE(text.value().resultType, ResultType::String);
        QCOMPARE(text.value().stringValue, QStringLiteral("eucora + console"));
    }

    const auto special = instant(QStringLiteral("vector(0) / 0 or label_replace(vector(1) / 0, "
                                                "\"sign\", \"plus\", \"\", \"\")"));
    QVERIFY2(special.ok(), qPrintable(failure(special)));
    // VictoriaMetrics drops series whose value is NaN; +Inf stays.
    QCOMPARE(special.value().series.size(), size_t(m_victoria ? 1 : 2));
    for (const Series &series : special.value().series) {
        const double v = series.values.at(0);
        QVERIFY(labelValue(series.labels, QStringLiteral("sign")).isEmpty() ? std::isnan(v)
                                                                            : std::isinf(v));
    }
}

void TestPrometheusClient::instantQueryAtAGivenTime()
{
    // Three scrapes a second apart happened before the tests began: 1.2 s ago had data.
    const QDateTime at
        = QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch() - 1234, Qt::UTC);
    const auto result = instant(QStringLiteral("up{job=\"eucora-control-plane\"}"), at);
    QVERIFY2(result.ok(), qPrintable(failure(result)));
    QCOMPARE(result.value().series.size(), size_t(1));
    QCOMPARE(result.value().series[0].timestampsMs.at(0), at.toMSecsSinceEpoch());
}

void TestPrometheusClient::rangeQueryKeepsThePlus()
{
    RangeQuery query;
    query.end = QDateTime::currentDateTimeUtc();
    query.start = query.end.addSecs(-5);
    query.step = 1s;
    auto run = [&](const QString &promql) {
        query.promql = promql;
        return wait<QueryResult>([&](auto done) { m_client->queryRange(query, this, done); });
    };
    const auto plain = run(QStringLiteral("sum(deployment_total)"));
    const auto plus = run(QStringLiteral("sum(deployment_total) + 1"));
    QVERIFY2(plain.ok() && plus.ok(), qPrintable(failure(plain) + failure(plus)));
    QCOMPARE(plus.value().resultType, ResultType::Matrix);
    QCOMPARE(plain.value().series.size(), size_t(1));
    QCOMPARE(plus.value().series.size(), size_t(1));
    const Series &a = plain.value().series.at(0);
    const Series &b = plus.value().series.at(0);
    QCOMPARE(b.timestampsMs, a.timestampsMs);
    QVERIFY(a.size() >= 2);
    for (std::size_t i = 0; i < a.size(); ++i)
        QCOMPARE(b.values[i], a.values[i] + 1);
}

void TestPrometheusClient::alertsFireAndPend()
{
    std::vector<Alert> alerts;
    auto find = [&alerts](const char *name) -> const Alert * {
        for (const Alert &alert : alerts) {
            if (labelValue(alert.labels, QStringLiteral("alertname")) == QLatin1String(name))
                return &alert;
        }
        return nullptr;
    };
    QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired()) {
        const auto result = wait<ApiResponse<std::vector<Alert>>>(
            [&](auto done) { m_client->alerts(this, done); });
        QVERIFY2(result.ok(), qPrintable(failure(result)));
        alerts = result.value().data;
        const Alert *scraped = find("ControlPlaneScraped");
        if (scraped && scraped->state == AlertState::Firing && find("AlwaysPending"))
            break;
        QTest::qWait(500);
    }
    const Alert *firing = find("ControlPlaneScraped");
    QVERIFY2(firing && firing->state == AlertState::Firing, "ControlPlaneScraped did not fire");
    QCOMPARE(labelValue(firing->annotations, QStringLiteral("summary")),
             QStringLiteral("scraped eucora-api"));
    QCOMPARE(firing->value, 1.0);
    QVERIFY(firing->activeAt.isValid());
    QVERIFY(firing->activeAt <= QDateTime::currentDateTimeUtc());
    const Alert *pending = find("AlwaysPending");
    QVERIFY(pending);
    QCOMPARE(pending->state, AlertState::Pending);
    QCOMPARE(labelValue(pending->labels, QStringLiteral("severity")), QStringLiteral("none"));
}

void TestPrometheusClient::rulesListAlertingAndRecording()
{
    const auto result = wait<ApiResponse<std::vector<RuleGroup>>>(
        [&](auto done) { m_client->rules(this, done); });
    QVERIFY2(result.ok(), qPrintable(failure(result)));
    const auto &groups = result.value().data;
    QCOMPARE(groups.size(), size_t(1));
    QCOMPARE(groups[0].name, QStringLiteral("client_test"));
    QCOMPARE(groups[0].intervalSeconds, 1.0);
    const auto &rules = groups[0].rules;
    QCOMPARE(rules.size(), size_t(3));
    QCOMPARE(rules[0].type, RuleType::Alerting);
    QCOMPARE(rules[0].query, QStringLiteral("up{job=\"eucora-control-plane\"} == 1"));
    QCOMPARE(rules[0].health, RuleHealth::Ok);
    QCOMPARE(rules[1].type, RuleType::Alerting);
    QCOMPARE(rules[1].durationSeconds, 3600.0);
    QCOMPARE(rules[1].state, std::optional<AlertState>(AlertState::Pending));
    QCOMPARE(rules[1].alerts.size(), size_t(1));
    QCOMPARE(rules[2].type, RuleType::Recording);
    QCOMPARE(rules[2].name, QStringLiteral("job:up:sum"));
    QCOMPARE(rules[2].health, RuleHealth::Ok);
}

void TestPrometheusClient::badQueryGivesBadData()
{
    // VictoriaMetrics refuses with 422 and errorType "422" where Prometheus says 400 bad_data.
    const int status = m_victoria ? 422 : 400;
    const QString type = m_victoria ? QStringLiteral("422") : QStringLiteral("bad_data");
    const auto query = instant(QStringLiteral("sum(rate(deployment_total[5m])"));
    QVERIFY(!query.ok());
    QCOMPARE(query.error().kind, ApiError::Kind::Server);
    QCOMPARE(query.error().httpStatus, status);
    QCOMPARE(query.error().errorType, type);
    QVERIFY2(query.error().message.contains(m_victoria ? QLatin1String("unparsed data")
                                                       : QLatin1String("parse error")),
             qPrintable(query.error().message));

    // /series without a selector is refused too, through the same envelope.
    const auto series = wait<ApiResponse<std::vector<LabelSet>>>(
        [&](auto done) { m_client->series({}, this, done); });
    QVERIFY(!series.ok());
    QCOMPARE(series.error().httpStatus, status);
    QCOMPARE(series.error().errorType, type);
}

void TestPrometheusClient::evaluationTimeoutGivesTimeoutErrorType()
{
    // Subqueries with a step of 1 ms take far longer than 1 ms whatever data there is, and stay
    // bounded (a few million points) should the timeout ever not apply. vector(time()) changes
    // every step: Prometheus evaluates a step-invariant vector(1) only once.
    RangeQuery range;
    range.promql = QStringLiteral("max_over_time(vector(time())[1m:1ms])");
    range.end = QDateTime::currentDateTimeUtc();
    range.start = range.end.addSecs(-60);
    range.step = 1s;
    range.evaluationTimeout = 1ms;
    const auto result
        = wait<QueryResult>([&](auto done) { m_client->queryRange(range, this, done); });
    QVERIFY(!result.ok());
    if (m_victoria) {
        // VictoriaMetrics refuses the 1-ms subquery before evaluating it (more points than its
        // -search.maxPointsPerTimeseries), so its timeout cannot be provoked this way.
        QCOMPARE(result.error().httpStatus, 422);
        QVERIFY2(result.error().message.contains(QLatin1String("too many points")),
                 qPrintable(result.error().summary()));
        return;
    }
    QCOMPARE(result.error().kind, ApiError::Kind::Server);
    QCOMPARE(result.error().httpStatus, 503);
    QCOMPARE(result.error().errorType, QStringLiteral("timeout"));

    const InstantQuery heavy {QStringLiteral("max_over_time(vector(time())[10m:1ms])"), {}, 1ms};
    const auto instantResult
        = wait<QueryResult>([&](auto done) { m_client->query(heavy, this, done); });
    QVERIFY(!instantResult.ok());
    QCOMPARE(instantResult.error().httpStatus, 503);
    QCOMPARE(instantResult.error().errorType, QStringLiteral("timeout"));

    // Without the parameter the same instant query completes.
    const auto unhurried = instant(QStringLiteral("max_over_time(vector(time())[10m:1ms])"));
    QVERIFY2(unhurried.ok(), qPrintable(failure(unhurried)));
}

void TestPrometheusClient::longQueryIsPostedAndAnswersTheSame()
{
    // A regex of 800 alternatives (the real app names among them): over 4 KiB as a URL.
    const auto apps = wait<ApiResponse<QStringList>>(
        [&](auto done) { m_client->labelValues(QStringLiteral("app_name"), {}, this, done); });
    QVERIFY(apps.ok());
    QStringList alternatives = apps.value().data;
    for (int i = 0; alternatives.size() < 800; ++i)
        alternatives << QStringLiteral("not-an-app-%1").arg(i);
    const QDateTime at = settledMoment();
    const QString longQuery = QStringLiteral("sum by (status) (deployment_total{app_name=~\"%1\"})")
                                  .arg(alternatives.join(QLatin1Char('|')));
    QVERIFY(
        callUrl(m_stack->prometheusUrl(), instantQueryCall({longQuery, at, {}})).toEncoded().size()
        > kMaxGetUrlLength);

    m_network.operations.clear();
    const auto viaPost = instant(longQuery, at);
    QCOMPARE(m_network.operations, std::vector {QNetworkAccessManager::PostOperation});
    const auto viaGet = instant(QStringLiteral("sum by (status) (deployment_total)"), at);
    QCOMPARE(m_network.operations.back(), QNetworkAccessManager::GetOperation);
    QVERIFY2(viaPost.ok() && viaGet.ok(), qPrintable(failure(viaPost) + failure(viaGet)));
    QVERIFY(!viaGet.value().series.empty());
    QCOMPARE(byLabels(viaPost.value()), byLabels(viaGet.value()));

    // query_range takes the same way.
    RangeQuery range {longQuery, at.addSecs(-10), at, 1s, {}};
    m_network.operations.clear();
    const auto rangeResult
        = wait<QueryResult>([&](auto done) { m_client->queryRange(range, this, done); });
    QVERIFY2(rangeResult.ok(), qPrintable(failure(rangeResult)));
    QCOMPARE(m_network.operations, std::vector {QNetworkAccessManager::PostOperation});
    QCOMPARE(rangeResult.value().series.size(), viaGet.value().series.size());
}

void TestPrometheusClient::gzipOnAndOffDecodeTheSameData()
{
    // Raw samples of a fixed past window: the same bytes whenever they are asked for.
    const QDateTime at = settledMoment();
    const QString promql
        = QStringLiteral("{__name__=~\"deployment_total|circuit_breaker_state\"}[3s]");
    PrometheusServerOptions options;
    options.gzip = true;
    m_client->setServerOptions(options);
    m_network.encodings.clear();
    const auto zipped = instant(promql, at);
    options.gzip = false;
    m_client->setServerOptions(options);
    const auto plain = instant(promql, at);
    m_client->setServerOptions({});
    QCOMPARE(m_network.encodings, (std::vector<QByteArray> {"gzip", ""}));
    QVERIFY2(zipped.ok() && plain.ok(), qPrintable(failure(zipped) + failure(plain)));
    QCOMPARE(zipped.value().resultType, ResultType::Matrix);
    QVERIFY(zipped.value().series.size() > 18);
    QCOMPARE(byLabels(zipped.value()), byLabels(plain.value()));

    const auto targetsZipped
        = wait<ApiResponse<Targets>>([&](auto done) { m_client->targets(this, done); });
    QVERIFY(targetsZipped.ok());
    QCOMPARE(m_network.encodings.back(), QByteArray("gzip"));
}

void TestPrometheusClient::sizeCapSmallerThanTheAnswerGivesTooLarge()
{
    for (const bool gzip : {false, true}) {
        PrometheusServerOptions options;
        options.gzip = gzip;
        options.maxResponseBytes = 4096;
        m_client->setServerOptions(options);
        const auto result = instant(QStringLiteral("deployment_total"));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ApiError::Kind::TooLarge);
        QVERIFY2(result.error().message.contains(QLatin1String("size limit"))
                     && !result.error().message.contains(QLatin1String("bomb")),
                 qPrintable(result.error().summary()));
        // The same server still answers what fits.
        QVERIFY(instant(QStringLiteral("scalar(count(up))")).ok());
    }
    m_client->setServerOptions({});
}

QTEST_GUILESS_MAIN(TestPrometheusClient)
#include "tst_prometheusclient.moc"
