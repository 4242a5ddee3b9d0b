// The one request path under every client: limits hold for the degraded-mode scraper and the
// status-bar probe as they do for the Prometheus client, decoding runs on the channel's own
// threads, and each server gets its own gzip choice. Scripted loopback servers play the
// misbehaving control plane.
#include "controlplane/controlplaneclient.h"
#include "dashboard/degradedsource.h"
#include "gzipfixture.h"
#include "http/httpchannel.h"
#include "refresh/serverprobe.h"
#include "scriptedhttpserver.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <optional>

using namespace eucora;
using namespace eucora::testing;
using namespace std::chrono_literals;

class TestHttpChannel : public QObject
{
    Q_OBJECT

private slots:
    void scraperRefusesAnAnnouncedTwoGigabytes();
    void scraperCutsAnUnannouncedFloodAtItsCap();
    void decodingRunsOffTheCallersThread();
    void aContextThatDiedGetsNoAnswer();
    void cancelReachesTheCallback();
    void probeIsUnreachableAtItsDeadline();
    void controlPlaneAsksForGzipOnlyWhenToldTo();

private:
    template<typename T> std::optional<Result<T>> waitFor(const std::optional<Result<T>> &slot)
    {
        if (!QTest::qWaitFor([&slot] { return slot.has_value(); }, 15000))
            qWarning("no answer within 15 s");
        return slot;
    }

    QNetworkAccessManager m_network;
};

void TestHttpChannel::scraperRefusesAnAnnouncedTwoGigabytes()
{
    ScriptedHttpServer server([](const RecordedRequest &) {
        return QByteArray("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n"
                          "Content-Length: 2147483648\r\n\r\n# HELP deployment_total x\n");
    });
    dashboard::ControlPlaneScraper scraper(&m_network, QUrl(server.url()));
    QElapsedTimer timer;
    timer.start();
    std::optional<Result<dashboard::Scrape>> result;
    scraper.scrape(this, [&result](const Result<dashboard::Scrape> &r) { result = r; });
    QVERIFY(waitFor(result));
    QVERIFY(!result->ok());
    QCOMPARE(result->error().kind, ApiError::Kind::TooLarge);
    QVERIFY2(result->error().message.contains(QLatin1String("announced 2147483648 bytes")),
             qPrintable(result->error().summary()));
    QVERIFY(timer.elapsed() < 5000); // refused on the header, not after reading
}

void TestHttpChannel::scraperCutsAnUnannouncedFloodAtItsCap()
{
    const QByteArray flood = QByteArray(3 << 20, '#');
    ScriptedHttpServer server([&flood](const RecordedRequest &) {
        return "HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n" + flood; // no Content-Length
    });
    dashboard::ControlPlaneScraper scraper(&m_network, QUrl(server.url()));
    scraper.setMaxBytes(1 << 20);
    std::optional<Result<dashboard::Scrape>> result;
    scraper.scrape(this, [&result](const Result<dashboard::Scrape> &r) { result = r; });
    QVERIFY(waitFor(result));
    QVERIFY(!result->ok());
    QCOMPARE(result->error().kind, ApiError::Kind::TooLarge);
    QVERIFY2(result->error().message.contains(QLatin1String("larger than the 1 MiB size limit")),
             qPrintable(result->error().summary()));
}

void TestHttpChannel::decodingRunsOffTheCallersThread()
{
    ScriptedHttpServer server(
        [](const RecordedRequest &) { return ScriptedHttpServer::answer(200, "ok"); });
    http::HttpChannel channel(&m_network);
    QThread *decodedOn = nullptr;
    QThread *deliveredOn = nullptr;
    std::optional<Result<QByteArray>> result;
    channel.send<QByteArray, ApiError>(
        http::HttpRequest {
            QNetworkRequest(QUrl(server.url() + QStringLiteral("/x"))), "GET", {}, false},
        {}, this,
        [&decodedOn](const http::HttpAnswer &answer) -> Result<QByteArray> {
            decodedOn = QThread::currentThread();
            return answer.body;
        },
        [&](const Result<QByteArray> &r) {
            deliveredOn = QThread::currentThread();
            result = r;
        });
    QVERIFY(waitFor(result));
    QVERIFY(result->ok());
    QCOMPARE(result->value(), QByteArray("ok"));
    QVERIFY(decodedOn != nullptr);
    QVERIFY(decodedOn != QThread::currentThread());
    QCOMPARE(deliveredOn, QThread::currentThread());
}

void TestHttpChannel::aContextThatDiedGetsNoAnswer()
{
    ScriptedHttpServer server(
        [](const RecordedRequest &) { return ScriptedHttpServer::answer(200, "late"); });
    http::HttpChannel channel(&m_network);
    auto context = std::make_unique<QObject>();
    bool called = false;
    channel.send<QByteArray, ApiError>(
        http::HttpRequest {QNetworkRequest(QUrl(server.url())), "GET", {}, false}, {},
        context.get(), [](const http::HttpAnswer &a) -> Result<QByteArray> { return a.body; },
        [&called](const Result<QByteArray> &) { called = true; });
    context.reset();
    QTRY_COMPARE_WITH_TIMEOUT(server.requests().size(), size_t(1), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(channel.inFlight(), 0, 5000);
    QTest::qWait(200);
    QVERIFY(!called);
}

void TestHttpChannel::cancelReachesTheCallback()
{
    ScriptedHttpServer server([](const RecordedRequest &) { return QByteArray(); }); // silent
    http::HttpChannel channel(&m_network);
    std::optional<Result<QByteArray>> result;
    const auto id = channel.send<QByteArray, ApiError>(
        http::HttpRequest {QNetworkRequest(QUrl(server.url())), "GET", {}, false}, {}, this,
        [](const http::HttpAnswer &a) -> Result<QByteArray> { return a.body; },
        [&result](const Result<QByteArray> &r) { result = r; });
    QTRY_COMPARE_WITH_TIMEOUT(server.requests().size(), size_t(1), 5000);
    channel.cancel(id);
    QVERIFY(waitFor(result));
    QCOMPARE(result->error().kind, ApiError::Kind::Cancelled);
    QCOMPARE(channel.inFlight(), 0);
}

void TestHttpChannel::probeIsUnreachableAtItsDeadline()
{
    ScriptedHttpServer server([](const RecordedRequest &) { return QByteArray(); }); // silent
    ServerProbe probe(&m_network, QUrl(server.url() + QStringLiteral("/health/live")));
    probe.setTimeout(300ms);
    QSignalSpy changed(&probe, &ServerProbe::changed);
    probe.probeNow();
    QVERIFY(changed.wait(5000));
    QCOMPARE(probe.reachability(), ServerProbe::Reachability::Unreachable);
    QCOMPARE(probe.unreachableBecause(), QStringLiteral("no answer within 0.3 s"));
    QCOMPARE(probe.latencyMs(), -1);
}

void TestHttpChannel::controlPlaneAsksForGzipOnlyWhenToldTo()
{
    const QByteArray json = R"({"demo_mode_enabled": true})";
    ScriptedHttpServer server([&json](const RecordedRequest &request) {
        if (request.header("accept-encoding") == "gzip")
            return ScriptedHttpServer::answer(200, gzipOf(json), "Content-Encoding: gzip\r\n");
        return ScriptedHttpServer::answer(200, json);
    });
    controlplane::ControlPlaneClient client(&m_network, QUrl(server.url()));
    std::optional<controlplane::ApiResult<bool>> plain;
    client.demoMode(this, [&plain](const controlplane::ApiResult<bool> &r) { plain = r; });
    QTRY_VERIFY_WITH_TIMEOUT(plain.has_value(), 15000);
    QVERIFY(plain->ok() && plain->value());
    // Loopback: compressing costs more than sending.
    QCOMPARE(server.requests().at(0).header("accept-encoding"), QByteArray("identity"));

    client.setGzip(true);
    std::optional<controlplane::ApiResult<bool>> zipped;
    client.demoMode(this, [&zipped](const controlplane::ApiResult<bool> &r) { zipped = r; });
    QTRY_VERIFY_WITH_TIMEOUT(zipped.has_value(), 15000);
    QVERIFY2(zipped->ok(), qPrintable(zipped->ok() ? QString() : zipped->error().summary()));
    QVERIFY(zipped->value());
    QCOMPARE(server.requests().at(1).header("accept-encoding"), QByteArray("gzip"));
}

QTEST_GUILESS_MAIN(TestHttpChannel)
#include "tst_httpchannel.moc"
