// The walking skeleton end to end with real servers: eucora-devplane exports EUCORA's metrics,
// the Debian prometheus scrapes them with EUCORA's configuration, and the panel's query through
// PrometheusClient returns the series the devplane exported.
#include "prometheus/prometheusclient.h"
#include "teststack.h"

#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>

using namespace eucora;
using namespace eucora::prometheus;

class TestLiveStack : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void devplaneAnswersLivenessAndDjango404();
    void panelQueryMatchesWhatDevplaneExported();
    void breakerServiceLabelIsRenamedByTheScrapeConfig();
    void badQueryGivesPrometheusErrorType();
    void serversAreStoppedByPid();

private:
    Result<QueryResult> runQuery(const QString &promql);

    std::unique_ptr<devstack::LocalStack> m_stack;
    QNetworkAccessManager m_network;
};

void TestLiveStack::initTestCase()
{
    QString error;
    m_stack = testing::startTestStack(&error);
    QVERIFY2(m_stack, qPrintable(error));
    // rate() over the panel's 5m window needs at least two scrapes.
    QVERIFY2(m_stack->waitForScrapes(3, std::chrono::seconds(60), &error), qPrintable(error));
}

void TestLiveStack::cleanupTestCase()
{
    m_stack.reset();
}

Result<QueryResult> TestLiveStack::runQuery(const QString &promql)
{
    PrometheusClient client(&m_network);
    client.setBaseUrl(m_stack->prometheusUrl());
    std::optional<Result<QueryResult>> answer;
    RangeQuery query;
    query.promql = promql;
    query.end = QDateTime::currentDateTimeUtc();
    query.start = query.end.addSecs(-300);
    query.step = std::chrono::seconds(1);
    client.queryRange(query, this, [&answer](const Result<QueryResult> &r) { answer = r; });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 15000))
        return ApiError {ApiError::Kind::Timeout, 0, {}, QStringLiteral("test: no answer")};
    return *answer;
}

void TestLiveStack::devplaneAnswersLivenessAndDjango404()
{
    QByteArray body;
    const QUrl base = m_stack->controlPlaneUrl();
    QCOMPARE(devstack::blockingGet(base.resolved(QUrl(QStringLiteral("/health/live"))), &body,
                                   std::chrono::seconds(5)),
             200);
    QCOMPARE(body, QByteArray(R"({"status":"alive"})"));
    QCOMPARE(devstack::blockingGet(base.resolved(QUrl(QStringLiteral("/api/v1/metrics/extra"))), &body,
                                   std::chrono::seconds(5)),
             404);
    QVERIFY(body.contains("<h1>Not Found</h1>"));
}

void TestLiveStack::panelQueryMatchesWhatDevplaneExported()
{
    // Counters only grow: a status label the devplane exported before the query is one the
    // query must return (rate over 5 min keeps every series that has two samples).
    QByteArray exposition;
    QCOMPARE(devstack::blockingGet(
                 m_stack->controlPlaneUrl().resolved(QUrl(QStringLiteral("/api/v1/metrics/"))),
                 &exposition, std::chrono::seconds(5)),
             200);
    QSet<QString> exported;
    static const QRegularExpression sample(
        QStringLiteral("^deployment_total\\{[^}]*status=\"([a-z]+)\"[^}]*\\} "),
        QRegularExpression::MultilineOption);
    for (auto it = sample.globalMatch(QString::fromUtf8(exposition)); it.hasNext();)
        exported.insert(it.next().captured(1));
    QVERIFY2(!exported.isEmpty(), exposition.left(500).constData());
    QString error;
    QVERIFY2(m_stack->waitForScrapes(5, std::chrono::seconds(30), &error), qPrintable(error));

    const auto result
        = runQuery(QStringLiteral("sum by (status) (rate(deployment_total[5m])) * 60"));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().summary()));
    QSet<QString> queried;
    for (const Series &series : result.value().series) {
        QCOMPARE(series.labels.size(), size_t(1)); // only "status" survives sum by (status)
        queried.insert(labelValue(series.labels, QStringLiteral("status")));
        QVERIFY(series.size() > 0);
        QCOMPARE(series.timestampsMs.size(), series.values.size());
        for (double v : series.values)
            QVERIFY(v >= 0);
    }
    QVERIFY2(exported.subtract(queried).isEmpty(),
             qPrintable(QStringLiteral("exported but not queried: %1")
                            .arg(QStringList(exported.values()).join(QLatin1Char(',')))));
    // The statuses are EUCORA's canonical values (contract 11.3).
    for (const QString &status : queried)
        QVERIFY2(QSet<QString>({QStringLiteral("pending"), QStringLiteral("approved"),
                                QStringLiteral("success"), QStringLiteral("failed")})
                     .contains(status),
                 qPrintable(status));
}

void TestLiveStack::breakerServiceLabelIsRenamedByTheScrapeConfig()
{
    const auto result = runQuery(QStringLiteral("circuit_breaker_state"));
    QVERIFY(result.ok());
    QCOMPARE(result.value().series.size(), size_t(18));
    for (const Series &series : result.value().series) {
        QCOMPARE(labelValue(series.labels, QStringLiteral("service")),
                 QStringLiteral("eucora-control-plane"));
        QVERIFY(!labelValue(series.labels, QStringLiteral("exported_service")).isEmpty());
        QVERIFY(!labelValue(series.labels, QStringLiteral("pid")).isEmpty());
        QCOMPARE(labelValue(series.labels, QStringLiteral("instance")),
                 QStringLiteral("eucora-api"));
    }
}

void TestLiveStack::badQueryGivesPrometheusErrorType()
{
    const auto result = runQuery(QStringLiteral("sum by (status) (rate(deployment_total[5m]"));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ApiError::Kind::Server);
    QCOMPARE(result.error().httpStatus, 400);
    QCOMPARE(result.error().errorType, QStringLiteral("bad_data"));
    QVERIFY(result.error().message.contains(QLatin1String("parse error")));
}

void TestLiveStack::serversAreStoppedByPid()
{
    const qint64 devplane = m_stack->devplanePid();
    const qint64 prometheus = m_stack->prometheusPid();
    QVERIFY(testing::processExists(devplane));
    QVERIFY(testing::processExists(prometheus));
    m_stack->stop();
    QVERIFY(!testing::processExists(devplane));
    QVERIFY(!testing::processExists(prometheus));
}

QTEST_GUILESS_MAIN(TestLiveStack)
#include "tst_livestack.moc"
