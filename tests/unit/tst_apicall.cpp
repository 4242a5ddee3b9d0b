// How calls go on the wire: parameters encoded so PromQL survives ('+' stays a plus), long
// queries as form POSTs, credentials and headers from the server options, gzip as a choice, and
// credentials kept out of the URL and out of messages.
#include "http/requestpolicy.h"
#include "prometheus/apicall.h"
#include "prometheus/prometheusclient.h"

#include <QTest>
#include <QUrlQuery>

using namespace eucora::prometheus;
using namespace std::chrono_literals;

class TestApiCall : public QObject
{
    Q_OBJECT

private slots:
    void promqlSurvivesTheUrl_data();
    void promqlSurvivesTheUrl();
    void instantQueryCarriesTimeAndEvaluationTimeout();
    void rangeQueryUrlKeepsItsShape();
    void seriesSelectionRepeatsMatch();
    void longQueryIsPostedFormEncoded();
    void metadataEndpointsNeverPost();
    void gzipIsAChoice();
    void basicAuthAndBearerToken();
    void credentialsInTheBaseUrlMoveToTheHeader();
    void customHeadersAreSent();
    void secretsAreRedacted();
};

namespace {

// Form decoding as Go's url.ParseQuery does it: '+' is a space, %XX a byte.
QStringList decodedParams(const QByteArray &encoded, const QString &key)
{
    QStringList values;
    for (const QByteArray &pair : encoded.split('&')) {
        const auto eq = pair.indexOf('=');
        QByteArray name = pair.left(eq);
        QByteArray value = pair.mid(eq + 1);
        name.replace('+', ' ');
        value.replace('+', ' ');
        if (QString::fromUtf8(QByteArray::fromPercentEncoding(name)) == key)
            values << QString::fromUtf8(QByteArray::fromPercentEncoding(value));
    }
    return values;
}

QString decodedParam(const QByteArray &encoded, const QString &key)
{
    return decodedParams(encoded, key).value(0);
}

const QUrl kBase(QStringLiteral("http://127.0.0.1:9090"));

} // namespace

void TestApiCall::promqlSurvivesTheUrl_data()
{
    QTest::addColumn<QString>("promql");
    QTest::newRow("plus") << QStringLiteral("sum(rate(deployment_total[5m])) + 1");
    QTest::newRow("regex and quotes")
        << QStringLiteral("deployment_total{status=~\"succ.+|fail\",ring!=\"LAB\"}");
    QTest::newRow("ampersand, hash, percent")
        << QStringLiteral("label_replace(up, \"x\", \"a&b#c%d\", \"\", \"\")");
    QTest::newRow("unicode") << QStringLiteral("up{app_name=\"Zoom Client \u00e9\u2013\"}");
}

void TestApiCall::promqlSurvivesTheUrl()
{
    QFETCH(QString, promql);
    const WireRequest get = buildWireRequest(kBase, instantQueryCall({promql, {}, {}}), {});
    QCOMPARE(get.method, QByteArray("GET"));
    QCOMPARE(decodedParam(get.request.url().query(QUrl::FullyEncoded).toLatin1(),
                          QStringLiteral("query")),
             promql);
}

void TestApiCall::instantQueryCarriesTimeAndEvaluationTimeout()
{
    InstantQuery query;
    query.promql = QStringLiteral("up");
    query.time = QDateTime::fromMSecsSinceEpoch(1700000000123, Qt::UTC);
    query.evaluationTimeout = 1ms;
    const QUrl url = callUrl(kBase, instantQueryCall(query));
    QCOMPARE(url.path(), QStringLiteral("/api/v1/query"));
    const QByteArray encoded = url.query(QUrl::FullyEncoded).toLatin1();
    QCOMPARE(decodedParam(encoded, QStringLiteral("time")), QStringLiteral("1700000000.123"));
    QCOMPARE(decodedParam(encoded, QStringLiteral("timeout")), QStringLiteral("1ms"));

    const QUrl now = callUrl(kBase, instantQueryCall({QStringLiteral("up"), {}, {}}));
    QVERIFY(!QUrlQuery(now).hasQueryItem(QStringLiteral("time")));
    QVERIFY(!QUrlQuery(now).hasQueryItem(QStringLiteral("timeout")));
}

void TestApiCall::rangeQueryUrlKeepsItsShape()
{
    RangeQuery query;
    query.promql = QStringLiteral("up");
    query.start = QDateTime::fromMSecsSinceEpoch(1700000000000, Qt::UTC);
    query.end = QDateTime::fromMSecsSinceEpoch(1700000300500, Qt::UTC);
    query.step = 1500ms;
    QCOMPARE(rangeQueryUrl(QUrl(QStringLiteral("http://h:9090/prom/")), query).toString(),
             QStringLiteral("http://h:9090/prom/api/v1/query_range?query=up&start=1700000000.000"
                            "&end=1700000300.500&step=1.5"));
}

void TestApiCall::seriesSelectionRepeatsMatch()
{
    SeriesSelection selection;
    selection.match = QStringList {QStringLiteral("up"), QStringLiteral("{job=\"x\"}")};
    selection.start = QDateTime::fromMSecsSinceEpoch(1700000000000, Qt::UTC);
    const QUrl url = callUrl(kBase, seriesCall(selection));
    QCOMPARE(url.path(), QStringLiteral("/api/v1/series"));
    const QByteArray encoded = url.query(QUrl::FullyEncoded).toLatin1();
    QCOMPARE(decodedParams(encoded, QStringLiteral("match[]")), selection.match);
    QCOMPARE(decodedParam(encoded, QStringLiteral("start")), QStringLiteral("1700000000.000"));
    QVERIFY(decodedParams(encoded, QStringLiteral("end")).isEmpty());
    QCOMPARE(callUrl(kBase, labelValuesCall(QStringLiteral("status"), {})).toString(),
             QStringLiteral("http://127.0.0.1:9090/api/v1/label/status/values"));
    QCOMPARE(callUrl(kBase, labelNamesCall({})).toString(),
             QStringLiteral("http://127.0.0.1:9090/api/v1/labels"));
}

void TestApiCall::longQueryIsPostedFormEncoded()
{
    QStringList apps;
    for (int i = 0; i < 800; ++i)
        apps << QStringLiteral("app-%1").arg(i);
    const QString promql
        = QStringLiteral("sum(deployment_total{app_name=~\"%1\"}) + 1").arg(apps.join(u'|'));
    RangeQuery query {promql,
                      QDateTime::fromMSecsSinceEpoch(1700000000000, Qt::UTC),
                      QDateTime::fromMSecsSinceEpoch(1700000060000, Qt::UTC),
                      15s,
                      {}};
    QVERIFY(rangeQueryUrl(kBase, query).toEncoded().size() > kMaxGetUrlLength);

    const WireRequest wire = buildWireRequest(kBase, rangeQueryCall(query), {});
    QCOMPARE(wire.method, QByteArray("POST"));
    QCOMPARE(wire.request.header(QNetworkRequest::ContentTypeHeader).toByteArray(),
             QByteArray("application/x-www-form-urlencoded"));
    QCOMPARE(wire.request.url().toString(),
             QStringLiteral("http://127.0.0.1:9090/api/v1/query_range"));
    QCOMPARE(decodedParam(wire.body, QStringLiteral("query")), promql);
    QCOMPARE(decodedParam(wire.body, QStringLiteral("step")), QStringLiteral("15"));

    // A short query stays a GET.
    QCOMPARE(buildWireRequest(kBase, instantQueryCall({QStringLiteral("up"), {}, {}}), {}).method,
             QByteArray("GET"));
}

void TestApiCall::metadataEndpointsNeverPost()
{
    SeriesSelection selection;
    for (int i = 0; i < 400; ++i)
        selection.match << QStringLiteral("up{instance=\"host-%1\"}").arg(i);
    QCOMPARE(buildWireRequest(kBase, labelValuesCall(QStringLiteral("job"), selection), {}).method,
             QByteArray("GET"));
    QCOMPARE(buildWireRequest(kBase, seriesCall(selection), {}).method, QByteArray("POST"));
}

void TestApiCall::gzipIsAChoice()
{
    PrometheusServerOptions options;
    QVERIFY(buildWireRequest(kBase, labelNamesCall({}), options).policy.gzip);
    options.gzip = false;
    QVERIFY(!buildWireRequest(kBase, labelNamesCall({}), options).policy.gzip);
}

void TestApiCall::basicAuthAndBearerToken()
{
    PrometheusServerOptions options;
    QVERIFY(!buildWireRequest(kBase, labelNamesCall({}), options)
                 .request.hasRawHeader("Authorization"));
    options.basicAuthUser = QStringLiteral("grafana");
    options.basicAuthPassword = QStringLiteral("s3cr\u00e9t:x");
    QCOMPARE(
        buildWireRequest(kBase, labelNamesCall({}), options).request.rawHeader("Authorization"),
        "Basic " + QStringLiteral("grafana:s3cr\u00e9t:x").toUtf8().toBase64());
    options.bearerToken = QStringLiteral("tok-123");
    const WireRequest wire = buildWireRequest(kBase, labelNamesCall({}), options);
    QCOMPARE(wire.request.rawHeader("Authorization"), QByteArray("Bearer tok-123"));
    // Credentials never follow a redirect to another origin.
    QCOMPARE(wire.policy.redirects, eucora::http::Redirects::SameOrigin);
}

void TestApiCall::credentialsInTheBaseUrlMoveToTheHeader()
{
    const QUrl base(QStringLiteral("http://ops:pa55@127.0.0.1:9090/prometheus"));
    const WireRequest wire = buildWireRequest(base, labelNamesCall({}), {});
    QCOMPARE(wire.request.url().toString(),
             QStringLiteral("http://127.0.0.1:9090/prometheus/api/v1/labels"));
    QCOMPARE(wire.request.rawHeader("Authorization"), "Basic " + QByteArray("ops:pa55").toBase64());
    QVERIFY(!rangeQueryUrl(base, {}).toString().contains(QLatin1String("pa55")));
}

void TestApiCall::customHeadersAreSent()
{
    PrometheusServerOptions options;
    options.headers = {{"X-Scope-OrgID", "tenant-7"}, {"X-Api-Key", "k-999"}};
    const WireRequest wire = buildWireRequest(kBase, labelNamesCall({}), options);
    QCOMPARE(wire.request.rawHeader("X-Scope-OrgID"), QByteArray("tenant-7"));
    QCOMPARE(wire.request.rawHeader("X-Api-Key"), QByteArray("k-999"));
    QCOMPARE(wire.request.rawHeader("Accept"), QByteArray("application/json"));
}

void TestApiCall::secretsAreRedacted()
{
    PrometheusServerOptions options;
    options.basicAuthUser = QStringLiteral("grafana");
    options.basicAuthPassword = QStringLiteral("hunter2");
    options.bearerToken = QStringLiteral("tok-123");
    options.headers = {{"X-Scope-OrgID", "tenant-7"}, {"X-Api-Key", "k-999"}};
    const QUrl base(QStringLiteral("http://u:urlpass@h:9090"));
    const QString basic = QString::fromLatin1(QByteArray("grafana:hunter2").toBase64());
    const QString text = QStringLiteral("Authorization: Basic %1; hunter2 tok-123 urlpass k-999 "
                                        "tenant-7")
                             .arg(basic);
    const QString redacted = redactSecrets(text, base, options);
    for (const QString &secret : {QStringLiteral("hunter2"), QStringLiteral("tok-123"),
                                  QStringLiteral("urlpass"), QStringLiteral("k-999"), basic})
        QVERIFY2(!redacted.contains(secret), qPrintable(redacted));
    // A tenant id is not a secret: it stays readable.
    QVERIFY(redacted.contains(QLatin1String("tenant-7")));
    QVERIFY(redacted.contains(QLatin1String("***")));
}

QTEST_GUILESS_MAIN(TestApiCall)
#include "tst_apicall.moc"
