// PrometheusClient against servers that misbehave on purpose (tiny local HTTP servers on free
// loopback ports): silence, a stalled transfer, a gzip bomb, an oversized answer, a corrupt
// stream, and what goes over the wire (credentials, headers, gzip, form POSTs). Credentials
// never show up in an error.
#include "gzipfixture.h"
#include "prometheus/prometheusclient.h"
#include "refresh/serverprobe.h"
#include "scriptedhttpserver.h"
#include "settings/connectiontester.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTest>

#include <optional>

using namespace eucora;
using namespace eucora::prometheus;
using namespace eucora::testing;
using namespace std::chrono_literals;

class TestPrometheusTransport : public QObject
{
    Q_OBJECT

private slots:
    void silentServerEndsAtTheDeadline();
    void stalledTransferEndsAtTheTransferTimeout();
    void gzipBombIsRefused();
    void bigGzipBombStopsAtTheCap();
    void announcedOversizeIsRefusedBeforeTheBody();
    void oversizeWithoutLengthIsCutAtTheCap();
    void corruptGzipIsADecodeError();
    void gzipAndIdentityDecodeTheSame();
    void credentialsAndHeadersGoOnTheWire();
    void credentialsNeverAppearInErrors();
    void longQueryIsPostedAndDecoded();
    void everyEndpointAsksForItsPath();
    void anApiUnderAPathIsProbedAndIdentifiedAtItsServersRoot();
    void aWrongPathStaysUnreachableAndUnidentified();

private:
    template<typename T, typename Call> Result<T> wait(Call call);
    Result<QueryResult> queryUp(PrometheusClient &client);
    QNetworkAccessManager m_network;
};

namespace {

const QByteArray kVector
    = R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{"job":"x"},"value":[1700000000.5,"42"]}]}})";

// A server laid out as Grafana Mimir documents it (written from its HTTP API reference, not
// recorded: there is no Mimir to run here): the Prometheus API under /prometheus, its own
// endpoints (readiness at /ready, buildinfo) at the root, nothing else.
QByteArray mimirLayout(const RecordedRequest &request)
{
    const QByteArray path = request.target.split('?').constFirst();
    if (path == "/prometheus/api/v1/query")
        return ScriptedHttpServer::answer(
            200,
            R"({"status":"success","data":{"resultType":"scalar","result":[1700000000,"1"]}})");
    if (path == "/api/v1/status/buildinfo")
        return ScriptedHttpServer::answer(
            200,
            R"({"status":"success","data":{"application":"Grafana Mimir","version":"2.10.0",)"
            R"("revision":"abc1234","branch":"HEAD","goVersion":"go1.21.1"}})");
    if (path == "/ready")
        return ScriptedHttpServer::answer(200, "ready");
    return ScriptedHttpServer::answer(404, "404 page not found\n");
}

QStringList pathsAsked(const ScriptedHttpServer &server)
{
    QStringList paths;
    for (const RecordedRequest &request : server.requests())
        paths << QString::fromLatin1(request.target);
    return paths;
}

// A gzip "bomb" that is valid JSON once expanded: `{"status":"success","data":[` then spaces.
QByteArray jsonBomb(qint64 expandedSize)
{
    return gzipOf(QByteArray(R"({"status":"success","data":[)"))
        + gzipOfRepeated(expandedSize, ' ');
}

QString summaryOf(const ApiError &error)
{
    return error.summary();
}

} // namespace

template<typename T, typename Call> Result<T> TestPrometheusTransport::wait(Call call)
{
    std::optional<Result<T>> answer;
    call([&answer](const Result<T> &result) { answer = result; });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 20000))
        return ApiError {ApiError::Kind::Timeout, 0, {}, QStringLiteral("test: no callback")};
    return *answer;
}

Result<QueryResult> TestPrometheusTransport::queryUp(PrometheusClient &client)
{
    return wait<QueryResult>([&](auto done) {
        client.query({QStringLiteral("up"), {}, {}}, this, done);
    });
}

void TestPrometheusTransport::silentServerEndsAtTheDeadline()
{
    ScriptedHttpServer silent([](const RecordedRequest &) { return QByteArray(); });
    PrometheusClient client(&m_network);
    client.setBaseUrl(QUrl(silent.url()));
    client.setTimeout(400ms);
    PrometheusServerOptions options;
    options.transferTimeout = 0ms; // only the overall deadline
    client.setServerOptions(options);
    QElapsedTimer timer;
    timer.start();
    const auto result = queryUp(client);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ApiError::Kind::Timeout);
    QVERIFY2(result.error().message.contains(QLatin1String("no answer within 0.4 s")),
             qPrintable(summaryOf(result.error())));
    QVERIFY(timer.elapsed() >= 350 && timer.elapsed() < 5000);
    QCOMPARE(client.inFlight(), 0);
}

void TestPrometheusTransport::stalledTransferEndsAtTheTransferTimeout()
{
    ScriptedHttpServer silent([](const RecordedRequest &) { return QByteArray(); });
    PrometheusClient client(&m_network);
    client.setBaseUrl(QUrl(silent.url()));
    client.setTimeout(30s);
    PrometheusServerOptions options;
    options.transferTimeout = 300ms;
    client.setServerOptions(options);
    QElapsedTimer timer;
    timer.start();
    const auto result
        = wait<ApiResponse<BuildInfo>>([&](auto done) { client.buildInfo(this, done); });
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ApiError::Kind::Timeout);
    QVERIFY2(result.error().message.contains(QLatin1String("no data for 0.3 s")),
             qPrintable(summaryOf(result.error())));
    QVERIFY(timer.elapsed() < 5000);
}

void TestPrometheusTransport::gzipBombIsRefused()
{
    // 8 MiB behind a few KB of gzip, against a 1 MiB cap.
    const QByteArray bomb = jsonBomb(8LL << 20);
    QVERIFY2(bomb.size() < 16 * 1024, qPrintable(QString::number(bomb.size())));
    ScriptedHttpServer server([&bomb](const RecordedRequest &) {
        return ScriptedHttpServer::answer(200, bomb,
                                          "Content-Type: application/json\r\n"
                                          "Content-Encoding: gzip\r\n");
    });
    PrometheusClient client(&m_network);
    client.setBaseUrl(QUrl(server.url()));
    PrometheusServerOptions options;
    options.maxResponseBytes = 1 << 20;
    client.setServerOptions(options);
    const auto result
        = wait<ApiResponse<QStringList>>([&](auto done) { client.labels({}, this, done); });
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ApiError::Kind::TooLarge);
    QCOMPARE(result.error().httpStatus, 200);
    QVERIFY2(result.error().message.contains(QLatin1String("decompression bomb"))
                 && result.error().message.contains(QLatin1String("1 MiB")),
             qPrintable(summaryOf(result.error())));
}

void TestPrometheusTransport::bigGzipBombStopsAtTheCap()
{
    // 256 MiB behind about 250 KB of gzip with a 16 MiB cap: refused after expanding 16 MiB,
    // in well under the time and memory all of it would take.
    const QByteArray bomb = jsonBomb(256LL << 20);
    ScriptedHttpServer server([&bomb](const RecordedRequest &) {
        return ScriptedHttpServer::answer(200, bomb, "Content-Encoding: gzip\r\n");
    });
    PrometheusClient client(&m_network);
    client.setBaseUrl(QUrl(server.url()));
    PrometheusServerOptions options;
    options.maxResponseBytes = 16 << 20;
    client.setServerOptions(options);
    QElapsedTimer timer;
    timer.start();
    const auto result = queryUp(client);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ApiError::Kind::TooLarge);
    QVERIFY(result.error().message.contains(QLatin1String("decompression bomb")));
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
}

void TestPrometheusTransport::announcedOversizeIsRefusedBeforeTheBody()
{
    // Announces 10 MB, sends a little and then nothing: the header alone is enough to refuse.
    ScriptedHttpServer server([](const RecordedRequest &) {
        return QByteArray("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                          "Content-Length: 10000000\r\n\r\n{\"status\":");
    });
    PrometheusClient client(&m_network);
    client.setBaseUrl(QUrl(server.url()));
    client.setTimeout(20s);
    PrometheusServerOptions options;
    options.maxResponseBytes = 1 << 20;
    client.setServerOptions(options);
    QElapsedTimer timer;
    timer.start();
    const auto result = wait<ApiResponse<Targets>>([&](auto done) { client.targets(this, done); });
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ApiError::Kind::TooLarge);
    QVERIFY2(result.error().message.contains(QLatin1String("announced 10000000 bytes")),
             qPrintable(summaryOf(result.error())));
    QVERIFY(timer.elapsed() < 5000);
}

void TestPrometheusTransport::oversizeWithoutLengthIsCutAtTheCap()
{
    const QByteArray big
        = "{\"status\":\"success\",\"data\":[\"" + QByteArray(3 << 20, 'a') + "\"]}";
    ScriptedHttpServer server([&big](const RecordedRequest &) {
        return "HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n" + big; // no Content-Length
    });
    PrometheusClient client(&m_network);
    client.setBaseUrl(QUrl(server.url()));
    PrometheusServerOptions options;
    options.maxResponseBytes = 1 << 20;
    options.gzip = false;
    client.setServerOptions(options);
    const auto result = wait<ApiResponse<QStringList>>(
        [&](auto done) { client.labelValues(QStringLiteral("job"), {}, this, done); });
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ApiError::Kind::TooLarge);
    QVERIFY2(result.error().message.contains(QLatin1String("larger than the 1 MiB size limit")),
             qPrintable(summaryOf(result.error())));
}

void TestPrometheusTransport::corruptGzipIsADecodeError()
{
    QByteArray corrupt = gzipOf(kVector);
    corrupt[corrupt.size() / 2] = char(corrupt[corrupt.size() / 2] ^ 0x55);
    ScriptedHttpServer server([&corrupt](const RecordedRequest &) {
        return ScriptedHttpServer::answer(200, corrupt, "Content-Encoding: gzip\r\n");
    });
    PrometheusClient client(&m_network);
    client.setBaseUrl(QUrl(server.url()));
    const auto result = queryUp(client);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ApiError::Kind::Decode);
    QVERIFY2(result.error().message.contains(QLatin1String("gzip")),
             qPrintable(summaryOf(result.error())));
}

void TestPrometheusTransport::gzipAndIdentityDecodeTheSame()
{
    ScriptedHttpServer server([](const RecordedRequest &request) {
        if (request.header("accept-encoding") == "gzip")
            return ScriptedHttpServer::answer(200, gzipOf(kVector), "Content-Encoding: gzip\r\n");
        return ScriptedHttpServer::answer(200, kVector);
    });
    PrometheusClient client(&m_network);
    client.setBaseUrl(QUrl(server.url()));
    auto run = [&] {
        return queryUp(client);
    };
    const auto zipped = run();
    PrometheusServerOptions options;
    options.gzip = false;
    client.setServerOptions(options);
    const auto plain = run();
    QVERIFY(zipped.ok() && plain.ok());
    QCOMPARE(zipped.value(), plain.value());
    QCOMPARE(zipped.value().series.at(0).values.at(0), 42.0);
    QCOMPARE(server.requests().at(0).header("accept-encoding"), QByteArray("gzip"));
    QCOMPARE(server.requests().at(1).header("accept-encoding"), QByteArray("identity"));
}

void TestPrometheusTransport::credentialsAndHeadersGoOnTheWire()
{
    ScriptedHttpServer server(
        [](const RecordedRequest &) { return ScriptedHttpServer::answer(200, kVector); });
    PrometheusClient client(&m_network);
    client.setBaseUrl(QUrl(server.url()));
    PrometheusServerOptions options;
    options.basicAuthUser = QStringLiteral("grafana");
    options.basicAuthPassword = QStringLiteral("hunter2");
    options.headers = {{"X-Scope-OrgID", "tenant-7"}};
    client.setServerOptions(options);
    QVERIFY(queryUp(client).ok());
    options.bearerToken = QStringLiteral("tok-123");
    client.setServerOptions(options);
    QVERIFY(queryUp(client).ok());

    QCOMPARE(server.requests().size(), size_t(2));
    const RecordedRequest &basic = server.requests()[0];
    QCOMPARE(basic.header("authorization"), "Basic " + QByteArray("grafana:hunter2").toBase64());
    QCOMPARE(basic.header("x-scope-orgid"), QByteArray("tenant-7"));
    QCOMPARE(basic.header("accept"), QByteArray("application/json"));
    QCOMPARE(server.requests()[1].header("authorization"), QByteArray("Bearer tok-123"));
}

void TestPrometheusTransport::credentialsNeverAppearInErrors()
{
    // A proxy that echoes the request, credentials included, in its error page.
    ScriptedHttpServer server([](const RecordedRequest &request) {
        QByteArray page = "<html><body>denied " + request.target + " for "
            + request.header("authorization") + " key " + request.header("x-api-key")
            + "</body></html>";
        return ScriptedHttpServer::answer(401, page, "Content-Type: text/html\r\n");
    });
    PrometheusClient client(&m_network);
    QUrl base(server.url());
    base.setUserName(QStringLiteral("ops"));
    base.setPassword(QStringLiteral("urlpass"));
    client.setBaseUrl(base);
    PrometheusServerOptions options;
    options.headers = {{"X-Api-Key", "k-999"}};
    client.setServerOptions(options);
    const auto basic = queryUp(client);
    QVERIFY(!basic.ok());
    QCOMPARE(basic.error().kind, ApiError::Kind::Http);
    QCOMPARE(basic.error().httpStatus, 401);
    const QString basicText = basic.error().summary();
    QVERIFY2(basicText.contains(QLatin1String("denied")), qPrintable(basicText));
    for (const QString &secret : {QStringLiteral("urlpass"), QStringLiteral("k-999"),
                                  QString::fromLatin1(QByteArray("ops:urlpass").toBase64())})
        QVERIFY2(!basicText.contains(secret), qPrintable(basicText));

    options.bearerToken = QStringLiteral("tok-123");
    client.setServerOptions(options);
    const auto bearer = queryUp(client);
    QVERIFY(!bearer.ok());
    QVERIFY2(!bearer.error().summary().contains(QLatin1String("tok-123")),
             qPrintable(bearer.error().summary()));

    // A refused connection: Qt's own message names the host, never the credentials.
    QUrl dead(QStringLiteral("http://ops:urlpass@127.0.0.1:1"));
    client.setBaseUrl(dead);
    const auto refused = queryUp(client);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, ApiError::Kind::Network);
    QVERIFY2(!refused.error().summary().contains(QLatin1String("urlpass")),
             qPrintable(refused.error().summary()));
}

void TestPrometheusTransport::longQueryIsPostedAndDecoded()
{
    ScriptedHttpServer server(
        [](const RecordedRequest &) { return ScriptedHttpServer::answer(200, kVector); });
    PrometheusClient client(&m_network);
    client.setBaseUrl(QUrl(server.url()));
    QStringList apps;
    for (int i = 0; i < 800; ++i)
        apps << QStringLiteral("app-%1").arg(i);
    const QString promql
        = QStringLiteral("sum(up{app_name=~\"%1\"}) + 1").arg(apps.join(QLatin1Char('|')));
    const auto result = wait<QueryResult>([&](auto done) {
        client.query({promql, {}, {}}, this, done);
    });
    QVERIFY(result.ok());
    const RecordedRequest &request = server.requests().at(0);
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.target, QByteArray("/api/v1/query"));
    QCOMPARE(request.header("content-type"), QByteArray("application/x-www-form-urlencoded"));
    QVERIFY(request.body.startsWith("query=sum%28up%7Bapp_name%3D~%22app-0%7C"));
    QVERIFY(request.body.endsWith("%29%20%2B%201"));
}

void TestPrometheusTransport::everyEndpointAsksForItsPath()
{
    ScriptedHttpServer server([](const RecordedRequest &) {
        return ScriptedHttpServer::answer(
            400, R"({"status":"error","errorType":"bad_data","error":"scripted"})");
    });
    PrometheusClient client(&m_network);
    client.setBaseUrl(QUrl(server.url() + QStringLiteral("/prom/")));
    std::vector<ApiError> errors;
    auto collect = [&errors](const auto &result) {
        errors.push_back(result.error());
    };
    SeriesSelection selection {{QStringLiteral("up")}, {}, {}};
    client.queryRange({QStringLiteral("up"),
                       QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC),
                       QDateTime::fromSecsSinceEpoch(1700000060, Qt::UTC),
                       15s,
                       {}},
                      this, collect);
    client.query({QStringLiteral("up"), {}, {}}, this, collect);
    client.series(selection, this, collect);
    client.labels({}, this, collect);
    client.labelValues(QStringLiteral("job"), {}, this, collect);
    client.targets(this, collect);
    client.alerts(this, collect);
    client.rules(this, collect);
    client.buildInfo(this, collect);
    QTRY_COMPARE_WITH_TIMEOUT(errors.size(), size_t(9), 10000);
    for (const ApiError &error : errors)
        QCOMPARE(error,
                 (ApiError {ApiError::Kind::Server, 400, QStringLiteral("bad_data"),
                            QStringLiteral("scripted")}));
    QStringList paths;
    for (const RecordedRequest &request : server.requests())
        paths << QString::fromLatin1(request.target.split('?').constFirst());
    paths.sort();
    QCOMPARE(
        paths,
        (QStringList {
            QStringLiteral("/prom/api/v1/alerts"), QStringLiteral("/prom/api/v1/label/job/values"),
            QStringLiteral("/prom/api/v1/labels"), QStringLiteral("/prom/api/v1/query"),
            QStringLiteral("/prom/api/v1/query_range"), QStringLiteral("/prom/api/v1/rules"),
            QStringLiteral("/prom/api/v1/series"), QStringLiteral("/prom/api/v1/status/buildinfo"),
            QStringLiteral("/prom/api/v1/targets")}));
}

void TestPrometheusTransport::anApiUnderAPathIsProbedAndIdentifiedAtItsServersRoot()
{
    ScriptedHttpServer server(mimirLayout);
    const QUrl base(server.url() + QStringLiteral("/prometheus"));

    // The status bar's probe: no /-/ready under the path, so a constant query, from then on.
    std::unique_ptr<ServerProbe> probe(ServerProbe::forPrometheus(&m_network, base, nullptr));
    probe->probeNow();
    QTRY_VERIFY_WITH_TIMEOUT(probe->reachability() != ServerProbe::Reachability::Unknown, 10000);
    QVERIFY2(probe->reachability() == ServerProbe::Reachability::Reachable,
             qPrintable(probe->unreachableBecause()));
    QCOMPARE(pathsAsked(server),
             (QStringList {QStringLiteral("/prometheus/-/ready"),
                           QStringLiteral("/prometheus/api/v1/query?query=1")}));
    probe->probeNow();
    QTRY_COMPARE_WITH_TIMEOUT(server.requests().size(), size_t(3), 10000);
    QCOMPARE(pathsAsked(server).constLast(), QStringLiteral("/prometheus/api/v1/query?query=1"));

    // Identification: buildinfo under the path, then at the root.
    PrometheusClient client(&m_network);
    client.setBaseUrl(base);
    const Result<EngineIdentity> identity
        = wait<EngineIdentity>([&](auto done) { client.identify(this, done); });
    QVERIFY2(identity.ok(), qPrintable(identity.ok() ? QString() : identity.error().summary()));
    QCOMPARE(identity.value().describe(), QStringLiteral("Grafana Mimir 2.10.0"));
    QCOMPARE(pathsAsked(server).mid(3),
             (QStringList {QStringLiteral("/prometheus/api/v1/status/buildinfo"),
                           QStringLiteral("/api/v1/status/buildinfo")}));

    // Test connection says the same.
    settings::ConnectionProfile profile;
    profile.name = QStringLiteral("mimir");
    profile.prometheusUrl = base;
    profile.controlPlaneUrl = QUrl(server.url());
    settings::ConnectionTester tester;
    std::optional<settings::ConnectionReport> report;
    tester.run(profile, {}, [&report](const settings::ConnectionReport &r) { report = r; });
    QTRY_VERIFY_WITH_TIMEOUT(report.has_value(), 15000);
    const auto *line = report->prometheus.line(settings::ServerCheck::Step::Identity);
    QVERIFY(line);
    QVERIFY2(line->verdict == settings::ServerCheck::Verdict::Passed
                 && line->text.contains(QLatin1String("Grafana Mimir 2.10.0")),
             qPrintable(line->text));
}

void TestPrometheusTransport::aWrongPathStaysUnreachableAndUnidentified()
{
    ScriptedHttpServer server(mimirLayout);
    const QUrl base(server.url() + QStringLiteral("/nothing-here"));
    std::unique_ptr<ServerProbe> probe(ServerProbe::forPrometheus(&m_network, base, nullptr));
    probe->probeNow();
    QTRY_VERIFY_WITH_TIMEOUT(probe->reachability() != ServerProbe::Reachability::Unknown, 10000);
    QVERIFY(probe->reachability() == ServerProbe::Reachability::Unreachable);
    QCOMPARE(probe->unreachableBecause(), QStringLiteral("HTTP 404"));

    // Without a path there is no other place to ask: one request, and the answer's status.
    ScriptedHttpServer bare([](const RecordedRequest &) {
        return ScriptedHttpServer::answer(404, "404 page not found\n");
    });
    PrometheusClient client(&m_network);
    client.setBaseUrl(QUrl(bare.url()));
    const Result<EngineIdentity> identity
        = wait<EngineIdentity>([&](auto done) { client.identify(this, done); });
    QVERIFY(!identity.ok());
    QCOMPARE(identity.error().httpStatus, 404);
    QCOMPARE(pathsAsked(bare), QStringList {QStringLiteral("/api/v1/status/buildinfo")});
}

QTEST_GUILESS_MAIN(TestPrometheusTransport)
#include "tst_prometheustransport.moc"
