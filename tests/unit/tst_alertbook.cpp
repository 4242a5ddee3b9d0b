// The Alerts view's reading of Prometheus alerts: order, what each is about, and the
// firing/pending intervals drawn on charts.
#include "prometheus/alertbook.h"

#include <QTest>

#include <cmath>

using namespace eucora::prometheus;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

Alert alert(const char *name, const char *severity, AlertState state, qint64 activeSecs,
            LabelSet extra = {})
{
    Alert a;
    a.labels = {{s("alertname"), s(name)}, {s("severity"), s(severity)}};
    a.labels.insert(a.labels.end(), extra.begin(), extra.end());
    a.state = state;
    a.activeAt = QDateTime::fromSecsSinceEpoch(activeSecs, Qt::UTC);
    return a;
}

} // namespace

class TestAlertBook : public QObject
{
    Q_OBJECT

private slots:
    void ordersFiringFirstThenBySeverityThenNewest();
    void sendsEachAlertToTheViewOfWhatItIsAbout();
    void windowStartsBeforeTheAlertBecameActive();
    void splitsAlertsSeriesIntoIntervals();
};

void TestAlertBook::ordersFiringFirstThenBySeverityThenNewest()
{
    const auto sorted = sortedAlerts({alert("A", "warning", AlertState::Firing, 100),
                                      alert("B", "critical", AlertState::Pending, 300),
                                      alert("C", "critical", AlertState::Firing, 50),
                                      alert("D", "page", AlertState::Firing, 400),
                                      alert("E", "warning", AlertState::Firing, 200)});
    QStringList names;
    for (const Alert &a : sorted)
        names << labelValue(a.labels, s("alertname"));
    QCOMPARE(names, (QStringList {s("C"), s("E"), s("A"), s("D"), s("B")}));
    QCOMPARE(severityRank(s("critical")), 0);
    QCOMPARE(severityRank(s("unknown-word")), 3);
}

void TestAlertBook::sendsEachAlertToTheViewOfWhatItIsAbout()
{
    const QDateTime now = QDateTime::fromSecsSinceEpoch(10'000, Qt::UTC);
    // The breaker's own label as Prometheus renamed it.
    auto t = alertTarget(alert("CircuitBreakerOpen", "critical", AlertState::Firing, 9'000,
                               {{s("component"), s("resilience")},
                                {s("exported_service"), s("jamf")},
                                {s("service"), s("eucora-control-plane")}}),
                         now);
    QVERIFY(t.topic == AlertTarget::Topic::Breaker);
    QCOMPARE(t.view, s("breakers"));
    QCOMPARE(t.breaker, s("jamf"));
    // Not renamed: service itself.
    t = alertTarget(alert("CircuitBreakerHalfOpen", "warning", AlertState::Pending, 9'000,
                          {{s("service"), s("ServiceNow")}}),
                    now);
    QCOMPARE(t.breaker, s("servicenow"));
    t = alertTarget(alert("ConnectorUnhealthy", "critical", AlertState::Firing, 9'000,
                          {{s("component"), s("connectors")}, {s("connector_type"), s("sccm")}}),
                    now);
    QVERIFY(t.topic == AlertTarget::Topic::Connector);
    QCOMPARE(t.breaker, s("sccm"));
    t = alertTarget(alert("LowDeploymentSuccessRate", "warning", AlertState::Firing, 9'000,
                          {{s("component"), s("deployment")}}),
                    now);
    QCOMPARE(t.view, s("deployments"));
    t = alertTarget(alert("LowPromotionGateSuccessRate", "warning", AlertState::Firing, 9'000,
                          {{s("component"), s("promotion")}}),
                    now);
    QCOMPARE(t.view, s("rings"));
    t = alertTarget(alert("SlowDatabaseQueries", "warning", AlertState::Firing, 9'000,
                          {{s("component"), s("database")}}),
                    now);
    QCOMPARE(t.view, s("overview"));
    QVERIFY(t.breaker.isEmpty());
}

void TestAlertBook::windowStartsBeforeTheAlertBecameActive()
{
    const QDateTime now = QDateTime::fromSecsSinceEpoch(100'000, Qt::UTC);
    QCOMPARE(alertTarget(alert("X", "info", AlertState::Firing, 100'000 - 3600), now).windowMinutes,
             75);
    QCOMPARE(alertTarget(alert("X", "info", AlertState::Firing, 100'000 - 60), now).windowMinutes,
             30);
    Alert never = alert("X", "info", AlertState::Firing, 0);
    never.activeAt = {};
    QCOMPARE(alertTarget(never, now).windowMinutes, 60);
}

void TestAlertBook::splitsAlertsSeriesIntoIntervals()
{
    Series firing {{{s("__name__"), s("ALERTS")},
                    {s("alertname"), s("CircuitBreakerOpen")},
                    {s("alertstate"), s("firing")},
                    {s("exported_service"), s("jamf")}},
                   {10'000, 20'000, 30'000, 80'000, 90'000},
                   {1, 1, 1, 1, 1}};
    Series pending {{{s("alertname"), s("CircuitBreakerOpen")}, {s("alertstate"), s("pending")}},
                    {0, 10'000},
                    {1, NAN}};
    const auto intervals = alertIntervals({firing, pending}, 10'000, 90'000);
    QCOMPARE(intervals.size(), std::size_t(3));
    QCOMPARE(intervals[0].state, s("pending"));
    QCOMPARE(intervals[0].fromMs, 0);
    QVERIFY(!intervals[0].open);
    QCOMPARE(intervals[1].state, s("firing"));
    QCOMPARE(intervals[1].fromMs, 10'000);
    QCOMPARE(intervals[1].toMs, 30'000);
    QVERIFY(!intervals[1].open);
    QCOMPARE(intervals[2].fromMs, 80'000);
    QVERIFY(intervals[2].open);
    QCOMPARE(intervals[2].alertName, s("CircuitBreakerOpen"));
    QCOMPARE(labelValue(intervals[2].labels, s("exported_service")), s("jamf"));
    QVERIFY(labelValue(intervals[2].labels, s("alertstate")).isEmpty());
}

QTEST_GUILESS_MAIN(TestAlertBook)
#include "tst_alertbook.moc"
