// eucora-console without a screen, as scripts and the README's screenshots run it: every built-in
// view exports and screenshots against the live stack (signed in as a scripted run signs in), a
// view that does not exist is a usage error, and --check finds each defect of a dashboard built
// to have them, against the real prometheus. Run against VictoriaMetrics and vmalert too
// (tst_consoleheadless_victoriametrics).
#include "teststack.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace eucora;
using namespace std::chrono_literals;

namespace {

struct ConsoleRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestConsoleHeadless : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyViewExportsAndScreenshots_data();
    void everyViewExportsAndScreenshots();
    void anUnknownViewIsAUsageError();
    void checkFindsEachDefect();
    void checkPassesACleanDashboard();

private:
    ConsoleRun run(const QStringList &arguments, bool signIn = true) const;

    std::unique_ptr<devstack::LocalStack> m_stack;
    QTemporaryDir m_dir;
};

void TestConsoleHeadless::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    m_stack = testing::startTestStack(&error);
    QVERIFY2(m_stack, qPrintable(error));
    // Enough history for rate()s over 5 minutes and for deployments to reach the ring gates.
    QVERIFY2(m_stack->waitForScrapes(15, 60s, &error), qPrintable(error));
    // The charts every view must draw have data on their grid. A chart's grid has 15 s steps
    // (the datasource's default scrape interval at a 15-minute range) ending at the last whole
    // step before now, and VictoriaMetrics holds the newest 2 s back (the tests' latency
    // offset): a series younger than 17 s has no point on the chart yet (as in Grafana), and
    // the chart is rightly empty. On a loaded machine the first deployments and ring gates come
    // late, so the test waits for both to be 25 s old.
    const auto hasDataAt = [this](const QString &promql) {
        QUrl query(m_stack->prometheusUrl().toString() + QStringLiteral("/api/v1/query"));
        QUrlQuery parameters;
        parameters.addQueryItem(QStringLiteral("query"), promql);
        query.setQuery(parameters);
        QByteArray body;
        if (devstack::blockingGet(query, &body, 5s) != 200)
            return false;
        return !QJsonDocument::fromJson(body)
                    .object()
                    .value(QStringLiteral("data"))
                    .toObject()
                    .value(QStringLiteral("result"))
                    .toArray()
                    .isEmpty();
    };
    // The Overview's "Deployments per minute by status" and the Rings view's CANARY gate chart.
    QTRY_VERIFY_WITH_TIMEOUT(
        hasDataAt(QStringLiteral("count(rate(deployment_total[5m] offset 25s))")), 90000);
    QTRY_VERIFY_WITH_TIMEOUT(
        hasDataAt(QStringLiteral("count(promotion_gate_success_rate{ring=\"CANARY\"} offset 25s)")),
        90000);
}

void TestConsoleHeadless::cleanupTestCase()
{
    m_stack.reset();
}

ConsoleRun TestConsoleHeadless::run(const QStringList &arguments, bool signIn) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("EUCORA_AUDIT_LOG"), m_dir.filePath(QStringLiteral("audit.jsonl")));
    env.remove(QStringLiteral("EUCORA_USERNAME"));
    env.remove(QStringLiteral("EUCORA_PASSWORD"));
    if (signIn) {
        env.insert(QStringLiteral("EUCORA_USERNAME"), QStringLiteral("operator"));
        env.insert(QStringLiteral("EUCORA_PASSWORD"), QStringLiteral("operator"));
    }
    process.setProcessEnvironment(env);
    process.start(QCoreApplication::applicationDirPath() + QStringLiteral("/eucora-console"),
                  QStringList {QStringLiteral("--prometheus"), m_stack->prometheusUrl().toString(),
                               QStringLiteral("--control-plane"),
                               m_stack->controlPlaneUrl().toString()}
                      + arguments);
    ConsoleRun result;
    if (!process.waitForFinished(150'000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void TestConsoleHeadless::everyViewExportsAndScreenshots_data()
{
    QTest::addColumn<QString>("view");
    QTest::addColumn<int>("panels");
    QTest::addColumn<QString>("withData"); // a panel that must show something
    QTest::newRow("overview") << "overview" << 12 << "Deployments per minute by status";
    QTest::newRow("deployments") << "deployments" << 7 << "Deployments";
    QTest::newRow("rings") << "rings" << 7 << "CANARY gate success rate (gate 0.98)";
    QTest::newRow("breakers") << "breakers" << 7 << "Breakers now";
    QTest::newRow("alerts") << "alerts" << 3 << "Rule health";
    QTest::newRow("events") << "events" << 1 << "Events";
    QTest::newRow("audit") << "audit" << 1 << "";
}

void TestConsoleHeadless::everyViewExportsAndScreenshots()
{
    QFETCH(QString, view);
    QFETCH(int, panels);
    QFETCH(QString, withData);
    const QString json = m_dir.filePath(view + QStringLiteral(".json"));
    const QString png = m_dir.filePath(view + QStringLiteral(".png"));
    const QStringList arguments {QStringLiteral("--view"),       view,
                                 QStringLiteral("--range"),      QStringLiteral("15m"),
                                 QStringLiteral("--export"),     json,
                                 QStringLiteral("--screenshot"), png,
                                 QStringLiteral("--size"),       QStringLiteral("1280x900")};
    const ConsoleRun r = run(arguments);
    QVERIFY2(r.exitCode == 0, qPrintable(QStringLiteral("%1: %2").arg(r.exitCode).arg(r.err)));
    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject exported = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(exported.value(QStringLiteral("view")).toString(), view);
    QVERIFY(!exported.value(QStringLiteral("from")).toString().isEmpty());
    const QJsonArray list = exported.value(QStringLiteral("panels")).toArray();
    QCOMPARE(list.size(), panels);
    for (const QJsonValue item : list) {
        const QJsonObject panel = item.toObject();
        QVERIFY2(panel.value(QStringLiteral("error")).toString().isEmpty(),
                 qPrintable(panel.value(QStringLiteral("error")).toString()));
        // Every panel that reads a server is live; the selected deployment's panels are idle
        // with nothing selected.
        const QString state = panel.value(QStringLiteral("state")).toString();
        if (!state.isEmpty())
            QVERIFY2(state == QLatin1String("Live") || state == QLatin1String("Idle"),
                     qPrintable(panel.value(QStringLiteral("title")).toString()
                                + QStringLiteral(": ") + state));
        if (panel.value(QStringLiteral("title")).toString() != withData)
            continue;
        const bool shows = !panel.value(QStringLiteral("series")).toArray().isEmpty()
            || !panel.value(QStringLiteral("rows")).toArray().isEmpty();
        QVERIFY2(
            shows,
            qPrintable(withData + QStringLiteral(": ")
                       + QString::fromUtf8(QJsonDocument(panel).toJson(QJsonDocument::Compact))));
    }
    QImage image(png);
    QCOMPARE(image.size(), QSize(1280, 900));
}

void TestConsoleHeadless::anUnknownViewIsAUsageError()
{
    const ConsoleRun r
        = run({QStringLiteral("--view"), QStringLiteral("nonesuch"), QStringLiteral("--export"),
               m_dir.filePath(QStringLiteral("x.json"))});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("no view named \"nonesuch\"")), qPrintable(r.err));
    QVERIFY(r.err.contains(QLatin1String("overview")));
}

void TestConsoleHeadless::checkFindsEachDefect()
{
    const ConsoleRun r = run(
        {QStringLiteral("--dashboard"), QStringLiteral(EUCORA_TEST_DATA "/dashboards/defects.json"),
         QStringLiteral("--view"), QStringLiteral("defects"), QStringLiteral("--check")},
        false);
    QCOMPARE(r.exitCode, 1);
    const std::pair<const char *, const char *> expected[] = {
        {"Panel 1 \"Rate over a gauge\"", "rate() over the gauge connector_health"},
        {"Panel 2 \"Quantile over a counter\"", "a quantile over the counter deployment_total"},
        {"Panel 3 \"Quantile without sum by le\"", "histogram_quantile without sum by (le)"},
        {"Panel 4 \"Gauge per pid\"", "series are kept per pid"},
        {"Panel 5 \"Legend with the renamed label\"", "use {{exported_service}}"},
        {"Panel 6 \"Threshold on the wrong scale\"", "threshold 95 is on a 0–100 scale"},
        {"Panel 7 \"A metric that does not exist\"", "no series of no_such_metric_total"},
        {"Panel 8 \"A query Prometheus refuses\"", "Prometheus refuses the query"},
        {"Panel 9 \"An undefined variable\"", "variable $ring is not defined"},
        {"Panel 11 \"A panel type the console lacks\"", "piechart"},
    };
    // VictoriaMetrics serves no metric metadata: the first two findings need it, and the
    // check says it could not make them.
    const bool victoria = testing::onVictoriaMetrics();
    QCOMPARE(r.out.contains(QLatin1String("note: VictoriaMetrics serves no metric metadata")),
             victoria);
    for (const auto &[panelText, findingText] : expected) {
        const QString panel = QString::fromUtf8(panelText);
        if (victoria
            && (panel.startsWith(QLatin1String("Panel 1 "))
                || panel.startsWith(QLatin1String("Panel 2 ")))) {
            QVERIFY2(!r.out.contains(QString::fromUtf8(findingText)), qPrintable(r.out));
            continue;
        }
        const QString finding = QString::fromUtf8(findingText);
        const qsizetype at = r.out.indexOf(panel);
        QVERIFY2(at >= 0, qPrintable(QStringLiteral("%1 missing in:\n%2").arg(panel, r.out)));
        const qsizetype next = r.out.indexOf(QLatin1String("\nPanel "), at + 1);
        const QString block = r.out.mid(at, next < 0 ? -1 : next - at);
        QVERIFY2(block.contains(finding),
                 qPrintable(QStringLiteral("%1 lacks \"%2\":\n%3").arg(panel, finding, block)));
    }
    QVERIFY2(!r.out.contains(QLatin1String("\"Nothing wrong\"")), qPrintable(r.out));
}

void TestConsoleHeadless::checkPassesACleanDashboard()
{
    const ConsoleRun r = run(
        {QStringLiteral("--view"), QStringLiteral("overview"), QStringLiteral("--check")}, false);
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY(r.out.contains(QLatin1String("nothing wrong found")));
}

QTEST_GUILESS_MAIN(TestConsoleHeadless)
#include "tst_consoleheadless.moc"
