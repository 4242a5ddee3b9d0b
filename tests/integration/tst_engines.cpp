// VictoriaMetrics as it comes (Debian's victoria-metrics 1.79.5 with its defaults, no vmalert)
// and what the console does about where it differs from Prometheus: the newest 30 s it holds
// back (-search.latencyOffset) are trimmed from range answers and re-read on every tail refresh,
// instant queries ask for the newest data, a server without a rules API says so in the status
// bar and the Alerts feed, and Test connection and the status bar name the engine. The same
// window against Prometheus names Prometheus.
#include "consolewindow.h"
#include "dashboard/panelfeed.h"
#include "dashboard/panelstatus.h"
#include "feeds/alertsfeed.h"
#include "mainwindow.h"
#include "panels/dashboardpage.h"
#include "panels/panelframe.h"
#include "serverstatusindicator.h"
#include "settings/connectiontester.h"
#include "testengine.h"
#include "teststack.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrlQuery>

using namespace eucora;
using namespace eucora::prometheus;
using namespace std::chrono_literals;

namespace {

const QString kScrapedAt = QStringLiteral("timestamp(up{job=\"eucora-control-plane\"})");

// A GET of the engine's API as any other client sends it: no nocache, no trimming.
QJsonArray rawResult(const QUrl &base, const QString &path, const QUrlQuery &query)
{
    QUrl url = base.resolved(QUrl(path));
    url.setQuery(query);
    QByteArray body;
    if (devstack::blockingGet(url, &body, 5s) != 200)
        return {};
    return QJsonDocument::fromJson(body)
        .object()
        .value(QStringLiteral("data"))
        .toObject()
        .value(QStringLiteral("result"))
        .toArray();
}

} // namespace

class TestEngines : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void victoriaMetricsIsIdentifiedWithItsDefaults();
    void testConnectionNamesTheEngineAndItsDifferences();
    void theWindowNamesTheEngineAndSaysThereIsNoRulesApi();
    void aHeadlessExportCarriesTheNoRulesApiNote();
    void prometheusIsNamedInTheStatusBar();
    void instantQueriesAskForTheNewestData();
    void rangeAnswersEndWhereTheHeldBackSpanBegins();
    void aTailRefreshReadsTheHeldBackSpanAgain();

private:
    void waitForSettledHistory();
    // The engine note on a view's panel and in its export; a text naming the panel when
    // there is no such panel.
    static QString engineNoteOf(const app::MainWindow &window, const char *view, const char *title);
    static QString exportedNoteOf(const app::MainWindow &window, const char *view,
                                  const char *title);

    std::unique_ptr<devstack::LocalStack> m_stack;
    QElapsedTimer m_started;
    QNetworkAccessManager m_network;
    std::unique_ptr<PrometheusClient> m_client;
};

QString TestEngines::engineNoteOf(const app::MainWindow &window, const char *view,
                                  const char *title)
{
    const app::DashboardPage *page = window.page(QString::fromLatin1(view));
    for (const app::PanelFrame *frame : page ? page->frames() : std::vector<app::PanelFrame *> {}) {
        if (frame->panel().title == QLatin1String(title))
            return frame->engineNote();
    }
    return QStringLiteral("no panel %1 in %2").arg(QLatin1String(title), QLatin1String(view));
}

QString TestEngines::exportedNoteOf(const app::MainWindow &window, const char *view,
                                    const char *title)
{
    const app::DashboardPage *page = window.page(QString::fromLatin1(view));
    const QJsonArray panels
        = page ? page->exportJson().value(QStringLiteral("panels")).toArray() : QJsonArray();
    for (const QJsonValue panel : panels) {
        if (panel[QLatin1String("title")].toString() == QLatin1String(title))
            return panel[QLatin1String("engineNote")].toString();
    }
    return QStringLiteral("no panel %1 in %2").arg(QLatin1String(title), QLatin1String(view));
}

void TestEngines::initTestCase()
{
    devstack::LocalStack::Options options;
    options.engine = devstack::LocalStack::Engine::VictoriaMetrics;
    options.vmalert = false; // and no -vmalert.proxyURL
    options.scrapeIntervalSeconds = 1;
    options.devplaneArguments = {QStringLiteral("--seed"), QStringLiteral("4"),
                                 QStringLiteral("--speed"), QStringLiteral("60")};
    m_stack = std::make_unique<devstack::LocalStack>(options);
    QString error;
    QVERIFY2(m_stack->start(&error), qPrintable(error));
    m_started.start();
    QVERIFY2(m_stack->waitForScrapes(3, 60s, &error), qPrintable(error));
    m_client = std::make_unique<PrometheusClient>(&m_network);
    m_client->setBaseUrl(m_stack->prometheusUrl());
    QVERIFY2(testing::identifyEngine(*m_client, &error), qPrintable(error));
}

// Scrapes older than the held-back span exist once the stack has run for longer than it.
void TestEngines::waitForSettledHistory()
{
    const qint64 wait = 40'000 - m_started.elapsed();
    if (wait > 0)
        QTest::qWait(int(wait));
}

void TestEngines::victoriaMetricsIsIdentifiedWithItsDefaults()
{
    const EngineIdentity &engine = m_client->engine();
    QVERIFY(engine.kind == EngineKind::VictoriaMetrics);
    QCOMPARE(engine.heldBack, 30000ms);
    QVERIFY(engine.rules == RulesApi::Missing);
    QVERIFY(!engine.metadataServed);
    QCOMPARE(engine.describe(), QStringLiteral("VictoriaMetrics (version not reported)"));
}

void TestEngines::testConnectionNamesTheEngineAndItsDifferences()
{
    settings::ConnectionProfile profile;
    profile.name = QStringLiteral("vm");
    profile.prometheusUrl = m_stack->prometheusUrl();
    profile.controlPlaneUrl = m_stack->controlPlaneUrl();
    settings::ConnectionTester tester;
    std::optional<settings::ConnectionReport> report;
    tester.run(profile, {}, [&report](const settings::ConnectionReport &r) { report = r; });
    QTRY_VERIFY_WITH_TIMEOUT(report.has_value(), 15000);
    QVERIFY(report->passed());
    const auto *identity = report->prometheus.line(settings::ServerCheck::Step::Identity);
    QVERIFY(identity);
    for (const char *part : {"VictoriaMetrics (version not reported)",
                             "the newest 30 s are held back", "no rules API", "no metric metadata"})
        QVERIFY2(identity->text.contains(QLatin1String(part)), qPrintable(identity->text));
}

void TestEngines::theWindowNamesTheEngineAndSaysThereIsNoRulesApi()
{
    const auto window = testing::openSignedInWindow(*m_stack, 5min);
    QVERIFY(window);
    QTRY_VERIFY_WITH_TIMEOUT(window->prometheusStatus()->text().contains(
                                 QLatin1String("VictoriaMetrics (version not reported)")),
                             10000);
    QVERIFY2(window->prometheusStatus()->toolTip().contains(QLatin1String("held back")),
             qPrintable(window->prometheusStatus()->toolTip()));
    // VictoriaMetrics' stand-in answers (no groups, no alerts) are not shown as "all quiet".
    QTRY_VERIFY_WITH_TIMEOUT(!window->alerts()->noRulesApi().isEmpty(), 10000);
    QVERIFY2(window->alerts()->noRulesApi().contains(QLatin1String("no rules API")),
             qPrintable(window->alerts()->noRulesApi()));
    QVERIFY(window->alerts()->alertsError().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(window->alertsStatus()->text().contains(QLatin1String("no rules API")),
                             10000);
    const auto status = window->alerts()->panelStatus(QDateTime::currentDateTimeUtc());
    QCOMPARE(status.headline, QStringLiteral("No rules API"));
    // The panels over ALERTS (a count "or vector(0)" would read 0) say nothing may write it;
    // the others say nothing.
    for (const auto &[view, title] : {std::pair {"overview", "Firing alerts"},
                                      std::pair {"alerts", "Alerts firing over time"}}) {
        const QString note = engineNoteOf(*window, view, title);
        QVERIFY2(note.contains(QLatin1String("no rules API"))
                     && note.contains(QLatin1String("reads ALERTS")),
                 qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(title), note)));
        QVERIFY2(exportedNoteOf(*window, view, title) == note, view);
    }
    QCOMPARE(engineNoteOf(*window, "overview", "Deployments per minute by status"), QString());
}

// A scripted incident report (--export) has what the window shows: the console waits for the
// alerts feed before it writes.
void TestEngines::aHeadlessExportCarriesTheNoRulesApiNote()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcess console;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("EUCORA_AUDIT_LOG"), dir.filePath(QStringLiteral("audit.jsonl")));
    env.insert(QStringLiteral("EUCORA_USERNAME"), QStringLiteral("operator"));
    env.insert(QStringLiteral("EUCORA_PASSWORD"), QStringLiteral("operator"));
    console.setProcessEnvironment(env);
    const QString json = dir.filePath(QStringLiteral("overview.json"));
    console.start(QCoreApplication::applicationDirPath() + QStringLiteral("/eucora-console"),
                  {QStringLiteral("--prometheus"), m_stack->prometheusUrl().toString(),
                   QStringLiteral("--control-plane"), m_stack->controlPlaneUrl().toString(),
                   QStringLiteral("--view"), QStringLiteral("overview"), QStringLiteral("--range"),
                   QStringLiteral("15m"), QStringLiteral("--export"), json});
    QVERIFY(console.waitForFinished(150'000));
    QVERIFY2(console.exitCode() == 0, console.readAllStandardError().constData());
    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString note;
    for (const QJsonValue panel : QJsonDocument::fromJson(file.readAll())
                                      .object()
                                      .value(QStringLiteral("panels"))
                                      .toArray()) {
        if (panel[QLatin1String("title")].toString() == QLatin1String("Firing alerts"))
            note = panel[QLatin1String("engineNote")].toString();
    }
    QVERIFY2(note.contains(QLatin1String("no rules API")) && note.contains(QLatin1String("ALERTS")),
             qPrintable(note));
}

void TestEngines::prometheusIsNamedInTheStatusBar()
{
    QString error;
    const auto stack = testing::startTestStack(&error, 2); // Prometheus unless told otherwise
    QVERIFY2(stack, qPrintable(error));
    if (stack->engine() != devstack::LocalStack::Engine::Prometheus)
        QSKIP("the Prometheus half runs in the Prometheus pass");
    const auto window = testing::openSignedInWindow(*stack, 5min);
    QVERIFY(window);
    QTRY_VERIFY_WITH_TIMEOUT(
        window->prometheusStatus()->text().contains(QLatin1String("Prometheus 2.")), 10000);
    QVERIFY(window->prometheus()->engine().kind == EngineKind::Prometheus);
    QCOMPARE(window->prometheus()->engine().heldBack, 0ms);
    QTRY_VERIFY_WITH_TIMEOUT(window->alerts()->hasAlerts(), 10000);
    QCOMPARE(engineNoteOf(*window, "overview", "Firing alerts"), QString());
    QCOMPARE(exportedNoteOf(*window, "overview", "Firing alerts"), QString());
}

void TestEngines::instantQueriesAskForTheNewestData()
{
    waitForSettledHistory();
    // Asked the Prometheus way, "now" is evaluated 30 s in the past.
    QUrlQuery plain;
    plain.addQueryItem(QStringLiteral("query"), kScrapedAt);
    const QJsonArray late
        = rawResult(m_stack->prometheusUrl(), QStringLiteral("/api/v1/query"), plain);
    QVERIFY(!late.isEmpty());
    const double lateAge = double(QDateTime::currentMSecsSinceEpoch()) / 1000.0
        - late.first()[QLatin1String("value")].toArray().at(1).toString().toDouble();
    QVERIFY2(lateAge > 25, qPrintable(QString::number(lateAge)));

    // The client's instant query sees the last scrape.
    std::optional<Result<QueryResult>> answer;
    m_client->query({kScrapedAt, {}, {}}, this, [&answer](auto &&r) { answer = std::move(r); });
    QTRY_VERIFY(answer.has_value());
    QVERIFY(answer->ok());
    QCOMPARE(answer->value().series.size(), size_t(1));
    const double age = double(QDateTime::currentMSecsSinceEpoch()) / 1000.0
        - answer->value().series.front().values.front();
    QVERIFY2(age < 5, qPrintable(QString::number(age)));
}

void TestEngines::rangeAnswersEndWhereTheHeldBackSpanBegins()
{
    waitForSettledHistory();
    const QDateTime end = QDateTime::currentDateTimeUtc();
    // As sent by any client, the last 30 s repeat the last older scrape time.
    QUrlQuery raw;
    raw.addQueryItem(QStringLiteral("query"), kScrapedAt);
    raw.addQueryItem(QStringLiteral("start"), QString::number(end.toSecsSinceEpoch() - 60));
    raw.addQueryItem(QStringLiteral("end"), QString::number(end.toSecsSinceEpoch()));
    raw.addQueryItem(QStringLiteral("step"), QStringLiteral("1"));
    const QJsonArray series
        = rawResult(m_stack->prometheusUrl(), QStringLiteral("/api/v1/query_range"), raw);
    QVERIFY(!series.isEmpty());
    const QJsonArray values = series.first()[QLatin1String("values")].toArray();
    QVERIFY2(values.size() > 25, qPrintable(QString::number(values.size())));
    const QString newest = values.last().toArray().at(1).toString();
    QCOMPARE(values.at(values.size() - 20).toArray().at(1).toString(), newest);

    // The client keeps only what is settled.
    RangeQuery query {kScrapedAt, end.addSecs(-60), end, 1s, {}};
    std::optional<Result<QueryResult>> answer;
    m_client->queryRange(query, this, [&answer](auto &&r) { answer = std::move(r); });
    QTRY_VERIFY(answer.has_value());
    QVERIFY(answer->ok());
    const Series &kept = answer->value().series.at(0);
    QVERIFY2(kept.size() > 5, qPrintable(QString::number(kept.size())));
    QVERIFY2(kept.timestampsMs.back() <= end.toMSecsSinceEpoch() - 30000 + 1000,
             qPrintable(QString::number(end.toMSecsSinceEpoch() - kept.timestampsMs.back())));
    // Every kept point is a scrape time of its own moment, not a copy of an older one.
    for (std::size_t i = 0; i < kept.size(); ++i)
        QVERIFY(double(kept.timestampsMs[i]) / 1000.0 - kept.values[i] < 2.5);
}

void TestEngines::aTailRefreshReadsTheHeldBackSpanAgain()
{
    waitForSettledHistory();
    dashboard::PanelSpec spec = dashboard::deploymentsPerMinutePanel();
    spec.range = 5min;
    dashboard::PanelFeed feed(m_client.get(), spec);
    feed.setPixelWidth(300); // a one-second step
    feed.refreshNow();
    QTRY_VERIFY_WITH_TIMEOUT(feed.state().fetchedAt.isValid() && !feed.state().loading, 15000);
    QVERIFY(!feed.state().series.empty());
    QTest::qWait(4000);
    feed.refreshNow();
    const RangeQuery tail = feed.lastRequest();
    // The tail starts before what was held back at the last refresh.
    QVERIFY2(tail.start.msecsTo(tail.end) >= 30000 && tail.start.msecsTo(tail.end) < 60000,
             qPrintable(QString::number(tail.start.msecsTo(tail.end))));
    QTRY_VERIFY_WITH_TIMEOUT(!feed.state().loading, 15000);
    QVERIFY(!feed.state().error);
    // The header says why the line ends before now.
    const QString detail
        = dashboard::describePanelState(feed.state(), QDateTime::currentDateTimeUtc(), 5s).detail;
    QVERIFY2(detail.contains(QLatin1String("holds the newest 30 s back")), qPrintable(detail));

    // Merged, the window equals one fresh query of it: no gap where the span was held back.
    std::optional<Result<QueryResult>> full;
    RangeQuery whole = tail;
    whole.start = tail.end.addSecs(-300);
    m_client->queryRange(whole, this, [&full](auto &&r) { full = std::move(r); });
    QTRY_VERIFY(full.has_value());
    QVERIFY(full->ok());
    for (const Series &expected : full->value().series) {
        const auto it = std::find_if(feed.state().series.begin(), feed.state().series.end(),
                                     [&](const auto &s) { return s.labels == expected.labels; });
        QVERIFY(it != feed.state().series.end());
        for (std::size_t i = 0; i < expected.size(); ++i) {
            const auto at = std::lower_bound(it->timestampsMs.begin(), it->timestampsMs.end(),
                                             expected.timestampsMs[i]);
            QVERIFY2(
                at != it->timestampsMs.end() && *at == expected.timestampsMs[i],
                qPrintable(QStringLiteral("point %1 s before the end is missing")
                               .arg(double(tail.end.toMSecsSinceEpoch() - expected.timestampsMs[i])
                                    / 1000.0)));
            QCOMPARE(it->values[std::size_t(at - it->timestampsMs.begin())], expected.values[i]);
        }
    }
}

QTEST_MAIN(TestEngines)
#include "tst_engines.moc"
