// A panel keeps its last data through a Prometheus outage, says why it failed, and recovers by
// itself when Prometheus comes back. Run against VictoriaMetrics too
// (tst_panelfeed_victoriametrics): its outage and restart, and a tail refresh that also re-reads
// the span it held back.
#include "dashboard/panelfeed.h"
#include "dashboard/panelstatus.h"
#include "dashboard/queryplanner.h"
#include "testengine.h"
#include "teststack.h"

#include <QNetworkAccessManager>

using namespace eucora;
using namespace eucora::dashboard;
using namespace std::chrono_literals;

class TestPanelFeed : public QObject
{
    Q_OBJECT

private slots:
    void survivesAPrometheusOutage();
    void timeoutIsReportedAsSuch();
    void refreshAsksOnlyForTheNewTail();
    void fallsBackToControlPlaneMetricsWhilePrometheusIsDown();
    void longWindowsFetchedInChunksMatchOneQuery();
};

void TestPanelFeed::survivesAPrometheusOutage()
{
    QString error;
    auto stack = testing::startTestStack(&error);
    QVERIFY2(stack, qPrintable(error));
    QVERIFY2(stack->waitForScrapes(3, 60s, &error), qPrintable(error));

    QNetworkAccessManager network;
    prometheus::PrometheusClient client(&network);
    client.setBaseUrl(stack->prometheusUrl());
    QVERIFY2(testing::identifyEngine(client, &error), qPrintable(error));
    client.setTimeout(5s);
    PanelSpec spec = deploymentsPerMinutePanel();
    spec.refreshInterval = 1s;
    PanelFeed feed(&client, spec);
    feed.start();
    QTRY_VERIFY_WITH_TIMEOUT(feed.state().fetchedAt.isValid() && !feed.state().series.empty(),
                             20000);
    const auto goodSeries = feed.state().series.size();
    const QDateTime goodAt = feed.state().fetchedAt;

    stack->stopPrometheus();
    QTRY_VERIFY_WITH_TIMEOUT(feed.state().error.has_value(), 10000);
    QCOMPARE(feed.state().error->kind, ApiError::Kind::Network);
    QVERIFY(!feed.state().error->message.isEmpty());
    QCOMPARE(feed.state().series.size(), goodSeries); // the last good data stays on screen
    QVERIFY(feed.state().fetchedAt <= QDateTime::currentDateTimeUtc());
    const auto status
        = describePanelState(feed.state(), QDateTime::currentDateTimeUtc(), spec.refreshInterval);
    QCOMPARE(status.freshness, PanelStatus::Freshness::Error);
    QTRY_VERIFY_WITH_TIMEOUT(feed.isStale(), 5000);

    QVERIFY2(stack->restartPrometheus(&error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(!feed.state().error.has_value(), 20000);
    QVERIFY(feed.state().fetchedAt > goodAt);
    QVERIFY(!feed.state().series.empty());
    QVERIFY(!feed.isStale());
}

void TestPanelFeed::timeoutIsReportedAsSuch()
{
    // A listening socket that never answers: the request must end at the client's deadline.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    QNetworkAccessManager network;
    prometheus::PrometheusClient client(&network);
    client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort())));
    client.setTimeout(300ms);
    PanelSpec spec = deploymentsPerMinutePanel();
    PanelFeed feed(&client, spec);
    feed.refreshNow();
    QVERIFY(feed.state().loading);
    QTRY_VERIFY_WITH_TIMEOUT(feed.state().error.has_value(), 5000);
    QCOMPARE(feed.state().error->kind, ApiError::Kind::Timeout);
    QVERIFY(!feed.state().loading);
    QVERIFY(!feed.state().fetchedAt.isValid());
}

void TestPanelFeed::refreshAsksOnlyForTheNewTail()
{
    QString error;
    auto stack = testing::startTestStack(&error, 5);
    QVERIFY2(stack, qPrintable(error));
    QVERIFY2(stack->waitForScrapes(3, 60s, &error), qPrintable(error));
    QNetworkAccessManager network;
    prometheus::PrometheusClient client(&network);
    client.setBaseUrl(stack->prometheusUrl());
    QVERIFY2(testing::identifyEngine(client, &error), qPrintable(error));
    PanelSpec spec = deploymentsPerMinutePanel();
    spec.range = 5min;
    PanelFeed feed(&client, spec);
    feed.setPixelWidth(300); // a one-second step
    feed.refreshNow();
    QTRY_VERIFY_WITH_TIMEOUT(feed.state().fetchedAt.isValid() && !feed.state().loading, 15000);
    QCOMPARE(feed.lastRequest().end.toSecsSinceEpoch()
                 - feed.lastRequest().start.toSecsSinceEpoch(),
             qint64(300));

    QTest::qWait(3000); // a few new steps
    feed.refreshNow();
    const auto tail = feed.lastRequest();
    QVERIFY2(tail.end.toSecsSinceEpoch() - tail.start.toSecsSinceEpoch() < 10,
             qPrintable(QStringLiteral("asked for %1 s").arg(tail.start.secsTo(tail.end))));
    QTRY_VERIFY_WITH_TIMEOUT(!feed.state().loading, 15000);
    QVERIFY(!feed.state().error);

    // The merged series equal a fresh query of the whole window (up to the re-read overlap).
    std::optional<Result<prometheus::QueryResult>> full;
    prometheus::RangeQuery whole = tail;
    whole.start = tail.end.addSecs(-300);
    client.queryRange(whole, this, [&full](const auto &r) { full = r; });
    QTRY_VERIFY(full.has_value());
    QVERIFY(full->ok());
    const qint64 stableBefore = tail.start.toMSecsSinceEpoch();
    for (const auto &expected : full->value().series) {
        const auto it = std::find_if(feed.state().series.begin(), feed.state().series.end(),
                                     [&](const auto &s) { return s.labels == expected.labels; });
        QVERIFY(it != feed.state().series.end());
        for (size_t i = 0; i < expected.size(); ++i) {
            if (expected.timestampsMs[i] >= stableBefore)
                break;
            const auto at = std::lower_bound(it->timestampsMs.begin(), it->timestampsMs.end(),
                                             expected.timestampsMs[i]);
            QVERIFY(at != it->timestampsMs.end() && *at == expected.timestampsMs[i]);
            QCOMPARE(it->values[size_t(at - it->timestampsMs.begin())], expected.values[i]);
        }
    }
}

void TestPanelFeed::fallsBackToControlPlaneMetricsWhilePrometheusIsDown()
{
    QString error;
    auto stack = testing::startTestStack(&error, 9);
    QVERIFY2(stack, qPrintable(error));
    QVERIFY2(stack->waitForScrapes(3, 60s, &error), qPrintable(error));
    QNetworkAccessManager network;
    prometheus::PrometheusClient client(&network);
    client.setBaseUrl(stack->prometheusUrl());
    QVERIFY2(testing::identifyEngine(client, &error), qPrintable(error));
    client.setTimeout(3s);
    PanelSpec spec = deploymentsPerMinutePanel();
    spec.refreshInterval = 1s;
    PanelFeed feed(&client, spec);
    dashboard::ControlPlaneScraper scraper(&network, stack->controlPlaneUrl());
    feed.setDegradedSource(&scraper);
    feed.start();
    QTRY_VERIFY_WITH_TIMEOUT(feed.state().fetchedAt.isValid() && !feed.state().series.empty(),
                             20000);
    QVERIFY(!feed.state().degraded);
    std::int64_t lastPrometheusPoint = 0;
    for (const auto &s : feed.state().series)
        lastPrometheusPoint = std::max(lastPrometheusPoint, s.timestampsMs.back());

    stack->stopPrometheus();
    QTRY_VERIFY_WITH_TIMEOUT(feed.state().degraded, 10000);
    QVERIFY(feed.state().degradedSource.endsWith(QLatin1String("/api/v1/metrics/")));
    // Two scrapes later the chart goes on with rates from the control plane.
    QTRY_VERIFY_WITH_TIMEOUT(feed.state().degradedAt.isValid(), 10000);
    bool extended = false;
    for (const auto &s : feed.state().series)
        extended |= s.timestampsMs.back() > lastPrometheusPoint && s.values.back() >= 0;
    QVERIFY(extended);
    const auto status
        = describePanelState(feed.state(), QDateTime::currentDateTimeUtc(), spec.refreshInterval);
    QCOMPARE(status.freshness, PanelStatus::Freshness::Degraded);
    QVERIFY(status.detail.contains(QLatin1String("/api/v1/metrics/")));

    QVERIFY2(stack->restartPrometheus(&error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(!feed.state().degraded && !feed.state().error, 30000);
}

void TestPanelFeed::longWindowsFetchedInChunksMatchOneQuery()
{
    QString error;
    auto stack = testing::startTestStack(&error, 3);
    QVERIFY2(stack, qPrintable(error));
    QVERIFY2(stack->waitForScrapes(5, 60s, &error), qPrintable(error));
    QNetworkAccessManager network;
    prometheus::PrometheusClient client(&network);
    client.setBaseUrl(stack->prometheusUrl());
    QVERIFY2(testing::identifyEngine(client, &error), qPrintable(error));
    PanelSpec spec = deploymentsPerMinutePanel();
    spec.range = 1h;
    PanelFeed feed(&client, spec);
    feed.setPixelWidth(3600); // one-second steps: 3,601 points, four chunks
    feed.refreshNow();
    QTRY_VERIFY_WITH_TIMEOUT(feed.state().fetchedAt.isValid() && !feed.state().loading, 20000);
    QVERIFY(!feed.state().error);
    QCOMPARE(splitIntoChunks(feed.lastRequest(), PanelFeed::kChunkPoints).size(), size_t(4));

    std::optional<Result<prometheus::QueryResult>> whole;
    client.queryRange(feed.lastRequest(), this, [&whole](const auto &r) { whole = r; });
    QTRY_VERIFY(whole.has_value());
    QVERIFY(whole->ok());
    const qint64 settled
        = feed.lastRequest().end.toMSecsSinceEpoch() - 5000; // late scrapes may move the newest
    // A series whose first sample came after `settled` may be in one answer and not the other.
    std::size_t settledSeries = 0;
    for (const auto &expected : whole->value().series)
        settledSeries += expected.timestampsMs.front() < settled ? 1 : 0;
    QVERIFY(feed.state().series.size() >= settledSeries);
    for (const auto &expected : whole->value().series) {
        if (expected.timestampsMs.front() >= settled)
            continue;
        const auto it = std::find_if(feed.state().series.begin(), feed.state().series.end(),
                                     [&](const auto &s) { return s.labels == expected.labels; });
        QVERIFY(it != feed.state().series.end());
        for (size_t i = 0; i < expected.size() && expected.timestampsMs[i] < settled; ++i) {
            QCOMPARE(it->timestampsMs[i], expected.timestampsMs[i]);
            QCOMPARE(it->values[i], expected.values[i]);
        }
    }
}

QTEST_GUILESS_MAIN(TestPanelFeed)
#include "tst_panelfeed.moc"
