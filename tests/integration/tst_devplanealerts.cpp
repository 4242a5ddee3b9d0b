// The real Prometheus scraping eucora-devplane with EUCORA's configuration: after seeding and
// some simulated time every one of the 16 metric families is queryable, and the corrected
// CircuitBreakerOpen rule fires once a breaker is forced open. Again with VictoriaMetrics and
// vmalert on the same rule file (tst_devplanealerts_victoriametrics).
#include "controlplane/domaintypes.h"
#include "httptestclient.h"
#include "teststack.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUrlQuery>

using namespace eucora;
using namespace eucora::testing;
using namespace std::chrono_literals;

class TestDevplaneAlerts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void allSixteenFamiliesAreQueryable_data();
    void allSixteenFamiliesAreQueryable();
    void breakerSeriesNameConnectorsAndGroups();
    void forcedOpenBreakerFiresTheCorrectedAlert();

private:
    std::unique_ptr<devstack::LocalStack> m_stack;
    std::unique_ptr<HttpTestClient> m_prometheus;
    std::unique_ptr<HttpTestClient> m_devplane;
};

void TestDevplaneAlerts::initTestCase()
{
    devstack::LocalStack::Options options;
    testing::useTestEngine(&options); // VictoriaMetrics: vmalert evaluates the corrected rules
    options.scrapeIntervalSeconds = 1;
    options.devplaneArguments = {QStringLiteral("--test-mode"),       QStringLiteral("--seed-demo"),
                                 QStringLiteral("--speed"),           QStringLiteral("60"),
                                 QStringLiteral("--emulate-workers"), QStringLiteral("3")};
    m_stack = std::make_unique<devstack::LocalStack>(options);
    QString error;
    QVERIFY2(m_stack->start(&error), qPrintable(error));
    m_prometheus = std::make_unique<HttpTestClient>(m_stack->prometheusUrl());
    m_devplane = std::make_unique<HttpTestClient>(m_stack->controlPlaneUrl());
    // Simulated time for every family to get samples, requests for the HTTP ones.
    QCOMPARE(
        m_devplane->post(QStringLiteral("/_devplane/clock"), {{QStringLiteral("advance_s"), 3600}})
            .status,
        200);
    QVERIFY(m_devplane->login(QStringLiteral("operator"), QStringLiteral("operator")));
    QCOMPARE(m_devplane->get(QStringLiteral("/api/v1/deployments/list")).status, 200);
    QCOMPARE(m_devplane
                 ->post(QStringLiteral("/_devplane/breakers/jamf/force"),
                        {{QStringLiteral("state"), QStringLiteral("open")}})
                 .status,
             200);
    QVERIFY2(m_stack->waitForScrapes(3, 60s, &error), qPrintable(error));
}

void TestDevplaneAlerts::allSixteenFamiliesAreQueryable_data()
{
    QTest::addColumn<QString>("selector");
    for (const char *name :
         {"deployment_total", "deployment_duration_seconds_bucket",
          "deployment_time_to_compliance_seconds", "risk_score_distribution_bucket",
          "ring_promotion_total", "promotion_gate_success_rate", "circuit_breaker_state",
          "circuit_breaker_failures_total", "celery_task_duration_seconds_bucket",
          "celery_task_retries_total", "http_request_duration_seconds_bucket",
          "http_requests_total", "db_connection_pool_size", "db_query_duration_seconds_bucket",
          "connector_health", "connector_operation_duration_seconds_bucket"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestDevplaneAlerts::allSixteenFamiliesAreQueryable()
{
    QFETCH(QString, selector);
    const QString query
        = QStringLiteral("/api/v1/query?query=%1")
              .arg(QString::fromUtf8(QUrl::toPercentEncoding(
                  QStringLiteral("count(%1{job=\"eucora-control-plane\"})").arg(selector))));
    const HttpAnswer answer = m_prometheus->get(query);
    QCOMPARE(answer.status, 200);
    const QJsonArray result
        = answer.json()[QLatin1String("data")][QLatin1String("result")].toArray();
    QVERIFY2(!result.isEmpty(), answer.body.constData());
    QVERIFY(result.first()[QLatin1String("value")].toArray().at(1).toString().toDouble() >= 1);
}

// Alert summaries and dashboards read connector_type: the connector's own name for the five
// execution-plane breakers, the group word of table 5.1 for the others.
void TestDevplaneAlerts::breakerSeriesNameConnectorsAndGroups()
{
    using controlplane::BreakerGroup;
    QHash<QString, QString> expected;
    for (const controlplane::BreakerSpec &spec : controlplane::breakerCatalog())
        expected.insert(spec.name,
                        spec.group == BreakerGroup::Connectors
                            ? spec.name
                            : controlplane::toString(spec.group));
    QCOMPARE(expected.value(QStringLiteral("servicenow")), QStringLiteral("itsm"));
    QCOMPARE(expected.value(QStringLiteral("database")), QStringLiteral("infrastructure"));

    const QString text
        = QString::fromUtf8(m_devplane->get(QStringLiteral("/api/v1/metrics/")).body);
    // Counters are summed over the workers (no pid), gauges keep one series per pid.
    static const QRegularExpression series(
        QStringLiteral("^(circuit_breaker_state|circuit_breaker_failures_total)\\{"
                       "connector_type=\"([^\"]*)\",(?:error_type=\"[^\"]*\",)?"
                       "(?:pid=\"\\d+\",)?service=\"([^\"]*)\"\\}"),
        QRegularExpression::MultilineOption);
    QSet<QString> withState;
    int failures = 0;
    for (auto it = series.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString service = match.captured(3);
        QVERIFY2(expected.contains(service), qPrintable(service));
        QCOMPARE(match.captured(2), expected.value(service));
        if (match.captured(1) == QLatin1String("circuit_breaker_state"))
            withState.insert(service);
        else
            ++failures;
    }
    QCOMPARE(withState.size(), int(controlplane::breakerCatalog().size()));
    QVERIFY(failures > 0);
}

void TestDevplaneAlerts::forcedOpenBreakerFiresTheCorrectedAlert()
{
    // Gauges come from three worker pids; the rule aggregates them away.
    const HttpAnswer pids
        = m_prometheus->get(QStringLiteral("/api/v1/query?query=%1")
                                .arg(QString::fromUtf8(QUrl::toPercentEncoding(QStringLiteral(
                                    "count(count by (pid) (circuit_breaker_state))")))));
    QCOMPARE(pids.json()[QLatin1String("data")][QLatin1String("result")]
                 .toArray()
                 .first()[QLatin1String("value")]
                 .toArray()
                 .at(1)
                 .toString(),
             QStringLiteral("3"));

    // The rule group runs every 30 s and the alert needs 1 m pending before it fires.
    QJsonObject firing;
    QDeadlineTimer deadline(150000);
    while (!deadline.hasExpired() && firing.isEmpty()) {
        const QJsonArray alerts = m_prometheus->get(QStringLiteral("/api/v1/alerts"))
                                      .json()[QLatin1String("data")][QLatin1String("alerts")]
                                      .toArray();
        for (const QJsonValue alert : alerts) {
            const QJsonObject labels = alert[QLatin1String("labels")].toObject();
            if (labels.value(QStringLiteral("alertname")).toString()
                    == QLatin1String("CircuitBreakerOpen")
                && labels.value(QStringLiteral("exported_service")).toString()
                    == QLatin1String("jamf")
                && alert[QLatin1String("state")].toString() == QLatin1String("firing"))
                firing = alert.toObject();
        }
        if (firing.isEmpty())
            QTest::qWait(2000);
    }
    QVERIFY2(!firing.isEmpty(), "CircuitBreakerOpen for jamf did not fire within 150 s");
    QCOMPARE(firing[QLatin1String("labels")][QLatin1String("severity")].toString(),
             QStringLiteral("critical"));
    QCOMPARE(firing[QLatin1String("annotations")][QLatin1String("summary")].toString(),
             QStringLiteral("Circuit breaker OPEN for jamf/jamf"));
}

QTEST_GUILESS_MAIN(TestDevplaneAlerts)
#include "tst_devplanealerts.moc"
