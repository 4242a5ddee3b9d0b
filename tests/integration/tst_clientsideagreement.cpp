// Degraded mode computes what Prometheus would: counter rates between two scrapes of the
// devplane's /api/v1/metrics/ (read with the exposition parser) and histogram_quantile over a
// scrape agree with Prometheus' own answers on the same data within 1e-9 relative.
//
// "The same data": the simulation is frozen (--speed 1e-6) and only moves when the test advances
// its clock, so the test's own scrape and every Prometheus scrape until the next advance read
// identical values. ts1 is the last Prometheus scrape of the first state, ts2 the first of the
// second; both come from the raw samples. Prometheus' rate(x[ts2 - ts1]) evaluated at ts2 sees
// exactly those two samples at the window's edges, so it does not extrapolate and must equal
// (v2 - v1) / (ts2 - ts1) as the client computes it.
#include "httptestclient.h"
#include "prometheus/counterrate.h"
#include "prometheus/expositionparser.h"
#include "prometheus/histogramquantile.h"
#include "prometheus/prometheusclient.h"
#include "teststack.h"

#include <QNetworkAccessManager>

#include <cmath>
#include <map>
#include <optional>
#include <set>

using namespace eucora;
using namespace eucora::prometheus;
using namespace std::chrono_literals;

namespace {

// A series as both sides name it: metric name and the labels the devplane exported.
using SeriesKey = std::pair<QString, LabelSet>;

// Prometheus' labels back to the exported ones: the target labels the scrape config adds go,
// and a label it had to rename because the target label took its name (exported_service)
// gets its name back.
LabelSet exportedLabels(const LabelSet &labels)
{
    static const std::set<QString> targetLabels {
        QStringLiteral("__name__"), QStringLiteral("job"), QStringLiteral("instance"),
        QStringLiteral("service"), QStringLiteral("environment")};
    LabelSet out;
    for (const auto &[name, value] : labels) {
        if (name.startsWith(QLatin1String("exported_")))
            out.emplace_back(name.mid(int(qstrlen("exported_"))), value);
        else if (!targetLabels.count(name))
            out.emplace_back(name, value);
    }
    std::sort(out.begin(), out.end());
    return out;
}

bool agrees(double client, double server)
{
    if (std::isnan(client) || std::isnan(server))
        return std::isnan(client) && std::isnan(server);
    if (client == server)
        return true;
    return std::abs(client - server) <= 1e-9 * std::max(std::abs(client), std::abs(server));
}

QString describe(const SeriesKey &key)
{
    QStringList parts;
    for (const auto &[name, value] : key.second)
        parts << name + QStringLiteral("=\"") + value + QLatin1Char('"');
    return key.first + QLatin1Char('{') + parts.join(QLatin1Char(',')) + QLatin1Char('}');
}

} // namespace

class TestClientSideAgreement : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void scrapesAreTheSameData();
    void rateAgreesWithPrometheus();
    void histogramQuantileAgreesWithPrometheus_data();
    void histogramQuantileAgreesWithPrometheus();
    void quantileOfRatesAgreesWithPrometheus();

private:
    Exposition scrapeDevplane();
    void advanceSimulation(double seconds);
    Result<QueryResult> instant(const QString &promql, std::int64_t atMs);
    std::map<SeriesKey, double> byExportedLabels(const QueryResult &result, const QString &name);

    std::unique_ptr<devstack::LocalStack> m_stack;
    std::unique_ptr<testing::HttpTestClient> m_devplane;
    QNetworkAccessManager m_network;
    std::unique_ptr<PrometheusClient> m_client;
    ExpositionParser m_parser;
    Exposition m_first;
    Exposition m_second;
    std::int64_t m_ts1 = 0;
    std::int64_t m_ts2 = 0;
};

Exposition TestClientSideAgreement::scrapeDevplane()
{
    QByteArray text;
    const int status = devstack::blockingGet(
        m_stack->controlPlaneUrl().resolved(QUrl(QStringLiteral("/api/v1/metrics/"))), &text, 5s);
    if (status != 200)
        qFatal("devplane metrics answered %d", status);
    return m_parser.parse(text);
}

void TestClientSideAgreement::advanceSimulation(double seconds)
{
    const auto answer = m_devplane->post(QStringLiteral("/_devplane/clock"),
                                         {{QStringLiteral("advance_s"), seconds}});
    if (answer.status != 200)
        qFatal("advancing the simulation answered %d", answer.status);
}

Result<QueryResult> TestClientSideAgreement::instant(const QString &promql, std::int64_t atMs)
{
    std::optional<Result<QueryResult>> answer;
    m_client->query({promql, QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC), {}}, this,
                    [&answer](const Result<QueryResult> &result) { answer = result; });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 15000))
        return ApiError {ApiError::Kind::Timeout, 0, {}, QStringLiteral("test: no answer")};
    return *answer;
}

std::map<SeriesKey, double> TestClientSideAgreement::byExportedLabels(const QueryResult &result,
                                                                      const QString &name)
{
    std::map<SeriesKey, double> out;
    for (const Series &series : result.series)
        out[{name, exportedLabels(series.labels)}] = series.values.at(0);
    return out;
}

void TestClientSideAgreement::initTestCase()
{
    devstack::LocalStack::Options options;
    options.scrapeIntervalSeconds = 1;
    options.devplaneArguments
        = {QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--speed"),
           QStringLiteral("0.000001"), QStringLiteral("--test-mode")};
    m_stack = std::make_unique<devstack::LocalStack>(options);
    QString error;
    QVERIFY2(m_stack->start(&error), qPrintable(error));
    m_devplane = std::make_unique<testing::HttpTestClient>(m_stack->controlPlaneUrl());
    m_client = std::make_unique<PrometheusClient>(&m_network);
    m_client->setBaseUrl(m_stack->prometheusUrl());

    // First state: half an hour of simulated deployments. Scrape it, and let Prometheus
    // scrape it at least twice.
    advanceSimulation(1800);
    m_first = scrapeDevplane();
    QVERIFY2(m_stack->waitForScrapes(3, 30s, &error), qPrintable(error));
    QTest::qWait(2200);
    // Second state: ten more minutes.
    advanceSimulation(600);
    m_second = scrapeDevplane();
    QTest::qWait(2200);

    // The raw samples with their scrape timestamps tell which scrapes saw which state.
    const auto raw
        = instant(QStringLiteral("deployment_total[30s]"), QDateTime::currentMSecsSinceEpoch());
    QVERIFY2(raw.ok(), qPrintable(raw.ok() ? QString() : raw.error().summary()));
    std::map<SeriesKey, double> first;
    std::map<SeriesKey, double> second;
    for (const MetricSample &sample : m_first.samples) {
        if (sample.name == QLatin1String("deployment_total"))
            first[{sample.name, sample.labels}] = sample.value;
    }
    for (const MetricSample &sample : m_second.samples) {
        if (sample.name == QLatin1String("deployment_total"))
            second[{sample.name, sample.labels}] = sample.value;
    }
    QVERIFY(!first.empty());
    QVERIFY2(first != second, "the second advance changed no deployment counter");

    std::map<std::int64_t, std::map<SeriesKey, double>> scrapes;
    for (const Series &series : raw.value().series) {
        const SeriesKey key {QStringLiteral("deployment_total"), exportedLabels(series.labels)};
        for (std::size_t i = 0; i < series.size(); ++i)
            scrapes[series.timestampsMs[i]][key] = series.values[i];
    }
    std::optional<std::int64_t> lastFirst;
    std::optional<std::int64_t> firstSecond;
    std::optional<std::int64_t> previous;
    for (const auto &[t, values] : scrapes) {
        if (values == second && !firstSecond) {
            firstSecond = t;
            lastFirst = previous;
        }
        previous = values == first ? std::optional(t) : std::nullopt;
    }
    QVERIFY2(firstSecond, "no Prometheus scrape saw the second state");
    QVERIFY2(lastFirst, "the scrape before the second state did not see the first state");
    m_ts1 = *lastFirst;
    m_ts2 = *firstSecond;
    qInfo("ts1 %lld, ts2 %lld (%lld ms apart)", static_cast<long long>(m_ts1),
          static_cast<long long>(m_ts2), static_cast<long long>(m_ts2 - m_ts1));
}

void TestClientSideAgreement::cleanupTestCase()
{
    m_client.reset();
    m_stack.reset();
}

void TestClientSideAgreement::scrapesAreTheSameData()
{
    // Every bucket of the histogram at ts1 and ts2 is what the test's own scrapes parsed.
    for (const auto &[at, exposition] :
         {std::pair {m_ts1, &m_first}, std::pair {m_ts2, &m_second}}) {
        const auto result = instant(QStringLiteral("deployment_duration_seconds_bucket"), at);
        QVERIFY(result.ok());
        QCOMPARE(result.value().series.at(0).timestampsMs.at(0), at);
        const auto prometheus = byExportedLabels(
            result.value(), QStringLiteral("deployment_duration_seconds_bucket"));
        std::map<SeriesKey, double> parsed;
        for (const MetricSample &sample : exposition->samples) {
            if (sample.name == QLatin1String("deployment_duration_seconds_bucket"))
                parsed[{sample.name, sample.labels}] = sample.value;
        }
        QVERIFY(parsed.size() > 50);
        QVERIFY(prometheus == parsed);
    }
}

void TestClientSideAgreement::rateAgreesWithPrometheus()
{
    const std::vector<MetricSample> rates = counterRates(m_first, m_ts1, m_second, m_ts2);
    const QString window = QStringLiteral("[%1ms]").arg(m_ts2 - m_ts1);
    int compared = 0;
    int moving = 0;
    for (const QString &name :
         {QStringLiteral("deployment_total"), QStringLiteral("deployment_duration_seconds_bucket"),
          QStringLiteral("deployment_duration_seconds_count"),
          QStringLiteral("deployment_duration_seconds_sum")}) {
        const auto result = instant(QStringLiteral("rate(%1%2)").arg(name, window), m_ts2);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().summary()));
        const auto prometheus = byExportedLabels(result.value(), name);
        std::map<SeriesKey, double> client;
        for (const MetricSample &rate : rates) {
            if (rate.name == name)
                client[{rate.name, rate.labels}] = rate.value;
        }
        QCOMPARE(client.size(), prometheus.size());
        for (const auto &[key, value] : client) {
            const auto it = prometheus.find(key);
            QVERIFY2(it != prometheus.end(), qPrintable(describe(key)));
            QVERIFY2(agrees(value, it->second),
                     qPrintable(QStringLiteral("%1: client %2, prometheus %3")
                                    .arg(describe(key))
                                    .arg(value, 0, 'g', 17)
                                    .arg(it->second, 0, 'g', 17)));
            ++compared;
            moving += value > 0;
        }
    }
    QVERIFY(compared > 100);
    QVERIFY2(moving > 10, qPrintable(QString::number(moving)));
}

void TestClientSideAgreement::histogramQuantileAgreesWithPrometheus_data()
{
    QTest::addColumn<double>("q");
    for (const double q : {0.0, 0.25, 0.5, 0.9, 0.95, 0.99, 1.0})
        QTest::newRow(qPrintable(QString::number(q))) << q;
}

void TestClientSideAgreement::histogramQuantileAgreesWithPrometheus()
{
    QFETCH(double, q);
    const QString name = QStringLiteral("deployment_duration_seconds_bucket");

    // Per series, at one scrape.
    const auto perSeries
        = instant(QStringLiteral("histogram_quantile(%1, %2)").arg(q).arg(name), m_ts2);
    QVERIFY(perSeries.ok());
    const auto prometheus = byExportedLabels(perSeries.value(), QString());
    std::map<SeriesKey, double> client;
    for (const MetricSample &sample : histogramQuantiles(q, m_second.samples, name))
        client[{QString(), sample.labels}] = sample.value;
    QVERIFY(client.size() > 5);
    QCOMPARE(client.size(), prometheus.size());
    for (const auto &[key, value] : client) {
        QVERIFY2(prometheus.count(key), qPrintable(describe(key)));
        QVERIFY2(agrees(value, prometheus.at(key)),
                 qPrintable(QStringLiteral("%1: client %2, prometheus %3")
                                .arg(describe(key))
                                .arg(value, 0, 'g', 17)
                                .arg(prometheus.at(key), 0, 'g', 17)));
    }

    // All series together: sum by (le).
    std::map<QString, double> sums;
    for (const MetricSample &sample : m_second.samples) {
        if (sample.name == name)
            sums[labelValue(sample.labels, QStringLiteral("le"))] += sample.value;
    }
    std::vector<MetricSample> summed;
    for (const auto &[le, value] : sums)
        summed.push_back(MetricSample {name, {{QStringLiteral("le"), le}}, value, {}});
    const auto total = instant(
        QStringLiteral("histogram_quantile(%1, sum by (le) (%2))").arg(q).arg(name), m_ts2);
    QVERIFY(total.ok());
    const double server = total.value().series.at(0).values.at(0);
    const double mine = histogramQuantiles(q, summed, name).at(0).value;
    QVERIFY2(agrees(mine, server),
             qPrintable(QStringLiteral("client %1, prometheus %2")
                            .arg(mine, 0, 'g', 17)
                            .arg(server, 0, 'g', 17)));
}

void TestClientSideAgreement::quantileOfRatesAgreesWithPrometheus()
{
    // What the latency panels show: histogram_quantile over the rate of the buckets.
    const QString name = QStringLiteral("deployment_duration_seconds_bucket");
    std::map<QString, double> sums;
    for (const MetricSample &rate : counterRates(m_first, m_ts1, m_second, m_ts2)) {
        if (rate.name == name)
            sums[labelValue(rate.labels, QStringLiteral("le"))] += rate.value;
    }
    std::vector<MetricSample> summed;
    for (const auto &[le, value] : sums)
        summed.push_back(MetricSample {name, {{QStringLiteral("le"), le}}, value, {}});
    for (const double q : {0.5, 0.95, 0.99}) {
        const auto result
            = instant(QStringLiteral("histogram_quantile(%1, sum by (le) (rate(%2[%3ms])))")
                          .arg(q)
                          .arg(name)
                          .arg(m_ts2 - m_ts1),
                      m_ts2);
        QVERIFY(result.ok());
        const double server = result.value().series.at(0).values.at(0);
        const double mine = histogramQuantiles(q, summed, name).at(0).value;
        QVERIFY(std::isfinite(server));
        QVERIFY2(agrees(mine, server),
                 qPrintable(QStringLiteral("q %1: client %2, prometheus %3")
                                .arg(q)
                                .arg(mine, 0, 'g', 17)
                                .arg(server, 0, 'g', 17)));
    }
}

QTEST_GUILESS_MAIN(TestClientSideAgreement)
#include "tst_clientsideagreement.moc"
