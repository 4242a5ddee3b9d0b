// Exposition shapes: multiprocess (EUCORA's docker default) and single-process.
#include "metrics/metricregistry.h"

#include <QTest>

using namespace eucora::metrics;

class TestMetricRegistry : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void multiprocessShapeOmitsEmptyFamiliesAndLabelsGaugesWithPid();
    void histogramBucketsAreCumulativeWithGoStyleLe();
    void singleShapePrintsEveryFamilyAndCreated();
    void wrongLabelCountIsIgnored();

private:
    MetricRegistry m_registry;
};

void TestMetricRegistry::init()
{
    m_registry = MetricRegistry();
    m_registry.addFamily({QStringLiteral("deployment_total"),
                          QStringLiteral("Total deployments by status and ring"),
                          MetricType::Counter,
                          {QStringLiteral("status"), QStringLiteral("ring")},
                          {}});
    m_registry.addFamily({QStringLiteral("circuit_breaker_state"),
                          QStringLiteral("Circuit breaker state: 0=CLOSED, 1=OPEN, 2=HALF_OPEN"),
                          MetricType::Gauge,
                          {QStringLiteral("service"), QStringLiteral("connector_type")},
                          {}});
    m_registry.addFamily({QStringLiteral("risk_score_distribution"),
                          QStringLiteral("Distribution of deployment risk scores"),
                          MetricType::Histogram,
                          {QStringLiteral("requires_cab")},
                          {10, 25, 50, 75, 90, 100}});
    m_registry.addFamily({QStringLiteral("db_connection_pool_size"),
                          QStringLiteral("Database connection pool current size"),
                          MetricType::Gauge,
                          {},
                          {}});
}

void TestMetricRegistry::multiprocessShapeOmitsEmptyFamiliesAndLabelsGaugesWithPid()
{
    m_registry.inc(QStringLiteral("deployment_total"),
                   {QStringLiteral("success"), QStringLiteral("LAB")});
    m_registry.inc(QStringLiteral("deployment_total"),
                   {QStringLiteral("success"), QStringLiteral("LAB")});
    m_registry.set(QStringLiteral("circuit_breaker_state"),
                   {QStringLiteral("intune"), QStringLiteral("intune")}, 1);
    m_registry.set(QStringLiteral("circuit_breaker_state"),
                   {QStringLiteral("intune"), QStringLiteral("intune")}, 0, QStringLiteral("9341"));
    const QByteArray text
        = m_registry.exposition(ExpositionShape::Multiprocess, QStringLiteral("9340"));
    QVERIFY(text.contains("# HELP deployment_total Total deployments by status and ring\n"
                          "# TYPE deployment_total counter\n"
                          "deployment_total{ring=\"LAB\",status=\"success\"} 2.0\n"));
    QVERIFY(text.contains(
        "circuit_breaker_state{connector_type=\"intune\",pid=\"9340\",service=\"intune\"} 1.0\n"));
    QVERIFY(text.contains(
        "circuit_breaker_state{connector_type=\"intune\",pid=\"9341\",service=\"intune\"} 0.0\n"));
    QVERIFY(!text.contains("risk_score_distribution")); // no samples: family omitted
    QVERIFY(!text.contains("db_connection_pool_size"));
    QVERIFY(!text.contains("_created"));
}

void TestMetricRegistry::histogramBucketsAreCumulativeWithGoStyleLe()
{
    for (double score : {5.0, 42.0, 51.0, 100.0, 250.0})
        m_registry.observe(QStringLiteral("risk_score_distribution"), {QStringLiteral("True")},
                           score);
    const QByteArray text
        = m_registry.exposition(ExpositionShape::Multiprocess, QStringLiteral("1"));
    QVERIFY(
        text.contains("risk_score_distribution_bucket{le=\"10.0\",requires_cab=\"True\"} 1.0\n"));
    QVERIFY(
        text.contains("risk_score_distribution_bucket{le=\"50.0\",requires_cab=\"True\"} 2.0\n"));
    QVERIFY(
        text.contains("risk_score_distribution_bucket{le=\"75.0\",requires_cab=\"True\"} 3.0\n"));
    // 100 falls into the le="100.0" bucket (upper bounds are inclusive).
    QVERIFY(
        text.contains("risk_score_distribution_bucket{le=\"100.0\",requires_cab=\"True\"} 4.0\n"));
    QVERIFY(
        text.contains("risk_score_distribution_bucket{le=\"+Inf\",requires_cab=\"True\"} 5.0\n"));
    QVERIFY(text.contains("risk_score_distribution_count{requires_cab=\"True\"} 5.0\n"));
    QVERIFY(text.contains("risk_score_distribution_sum{requires_cab=\"True\"} 448.0\n"));
}

void TestMetricRegistry::singleShapePrintsEveryFamilyAndCreated()
{
    m_registry.inc(QStringLiteral("deployment_total"),
                   {QStringLiteral("failed"), QStringLiteral("PILOT")});
    m_registry.set(QStringLiteral("db_connection_pool_size"), {}, 0);
    const QByteArray text
        = m_registry.exposition(ExpositionShape::SingleProcess, QStringLiteral("1"));
    QVERIFY(text.contains("# TYPE risk_score_distribution histogram\n"));
    QVERIFY(text.contains("# TYPE deployment_created gauge\n"));
    QVERIFY(text.contains("deployment_created{ring=\"PILOT\",status=\"failed\"} "));
    QVERIFY(text.contains("db_connection_pool_size 0.0\n"));
    QVERIFY(!text.contains("pid="));
}

void TestMetricRegistry::wrongLabelCountIsIgnored()
{
    QTest::ignoreMessage(QtWarningMsg, "metric family deployment_total expects 2 labels, got 1");
    m_registry.inc(QStringLiteral("deployment_total"), {QStringLiteral("success")});
    QTest::ignoreMessage(QtWarningMsg, "metric family nope is not registered");
    m_registry.inc(QStringLiteral("nope"), {});
    QCOMPARE(m_registry.exposition(ExpositionShape::Multiprocess, QStringLiteral("1")),
             QByteArray());
}

QTEST_GUILESS_MAIN(TestMetricRegistry)
#include "tst_metricregistry.moc"
