// What a panel header says: loading, live, stale, error (keeping the last data).
#include "dashboard/panelstatus.h"

#include <QTest>

using namespace eucora;
using namespace eucora::dashboard;
using namespace std::chrono_literals;

class TestPanelStatus : public QObject
{
    Q_OBJECT

private slots:
    void loadingBeforeTheFirstAnswer();
    void liveThenStaleAfterTwoIntervals();
    void errorKeepsTheAgeOfTheShownData();
    void agesReadNaturally();
    void aHeldBackSpanIsSaid();
};

namespace {
const QDateTime kNow = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);
}

void TestPanelStatus::loadingBeforeTheFirstAnswer()
{
    PanelState state;
    const auto status = describePanelState(state, kNow, 15s);
    QCOMPARE(status.freshness, PanelStatus::Freshness::Loading);
    QVERIFY(!state.isStale(kNow, 15s));
}

void TestPanelStatus::liveThenStaleAfterTwoIntervals()
{
    PanelState state;
    state.fetchedAt = kNow.addSecs(-30);
    auto status = describePanelState(state, kNow, 15s);
    QCOMPARE(status.freshness, PanelStatus::Freshness::Live);
    QVERIFY(status.detail.contains(QLatin1String("30 s ago")));

    status = describePanelState(state, kNow.addSecs(1), 15s);
    QCOMPARE(status.freshness, PanelStatus::Freshness::Stale);
    QCOMPARE(status.headline, QStringLiteral("Stale"));
}

void TestPanelStatus::aHeldBackSpanIsSaid()
{
    PanelState state;
    state.fetchedAt = kNow.addSecs(-2);
    QVERIFY(!describePanelState(state, kNow, 15s).detail.contains(QLatin1String("held")));
    state.heldBack = 30s; // VictoriaMetrics' -search.latencyOffset
    const auto status = describePanelState(state, kNow, 15s);
    QCOMPARE(status.freshness, PanelStatus::Freshness::Live);
    QVERIFY2(status.detail.contains(QLatin1String("2 s ago"))
                 && status.detail.contains(QLatin1String("holds the newest 30 s back")),
             qPrintable(status.detail));
}

void TestPanelStatus::errorKeepsTheAgeOfTheShownData()
{
    PanelState state;
    state.fetchedAt = kNow.addSecs(-300);
    state.error = ApiError {ApiError::Kind::Network, 0, {}, QStringLiteral("Connection refused")};
    const auto status = describePanelState(state, kNow, 15s);
    QCOMPARE(status.freshness, PanelStatus::Freshness::Error);
    QVERIFY(status.detail.contains(QLatin1String("Connection refused")));
    QVERIFY(status.detail.contains(QLatin1String("5 min ago")));
    QVERIFY(state.isStale(kNow, 15s));

    PanelState never;
    never.error = state.error;
    QVERIFY(never.isStale(kNow, 15s));
    QCOMPARE(describePanelState(never, kNow, 15s).detail, state.error->summary());
}

void TestPanelStatus::agesReadNaturally()
{
    QCOMPARE(describeAge(0), QStringLiteral("0 s ago"));
    QCOMPARE(describeAge(119), QStringLiteral("119 s ago"));
    QCOMPARE(describeAge(120), QStringLiteral("2 min ago"));
    QCOMPARE(describeAge(7200), QStringLiteral("2 h ago"));
    QCOMPARE(describeAge(-5), QStringLiteral("0 s ago"));
}

QTEST_GUILESS_MAIN(TestPanelStatus)
#include "tst_panelstatus.moc"
