// Identical queries in flight are sent once; at most N run at a time; a subscriber leaving does
// not cancel the request for the others. Against a small local server that answers slowly.
#include "refresh/queryrunner.h"

#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace eucora;
using namespace eucora::prometheus;
using namespace std::chrono_literals;

namespace {

// Answers every request after `delayMs` with a one-series matrix, and counts requests.
class SlowPrometheus : public QObject
{
public:
    explicit SlowPrometheus(int delayMs)
        : m_delayMs(delayMs)
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    if (!socket->readAll().contains("\r\n\r\n"))
                        return;
                    ++requests;
                    QTimer::singleShot(m_delayMs, socket, [socket] {
                        const QByteArray body
                            = R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{"status":"success"},"values":[[1700000000,"1"]]}]}})";
                        socket->write("HTTP/1.1 200 OK\r\nContent-Type: "
                                      "application/json\r\nConnection: close\r\nContent-Length: "
                                      + QByteArray::number(body.size()) + "\r\n\r\n" + body);
                        socket->disconnectFromHost();
                    });
                });
            }
        });
    }
    QUrl url() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
    }
    int requests = 0;

private:
    QTcpServer m_server;
    int m_delayMs;
};

RangeQuery query(const QString &promql)
{
    RangeQuery q;
    q.promql = promql;
    q.end = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);
    q.start = q.end.addSecs(-300);
    q.step = 15s;
    return q;
}

} // namespace

class TestQueryRunner : public QObject
{
    Q_OBJECT

private slots:
    void identicalQueriesInFlightAreSentOnce();
    void atMostNRunAtATime();
    void leavingSubscriberDoesNotCancelForOthers();
};

void TestQueryRunner::identicalQueriesInFlightAreSentOnce()
{
    SlowPrometheus server(200);
    QNetworkAccessManager network;
    PrometheusClient client(&network);
    client.setBaseUrl(server.url());
    QueryRunner runner(&client, 4);
    int answers = 0;
    for (int i = 0; i < 3; ++i)
        runner.run(query(QStringLiteral("up")), this,
                   [&answers](const Result<QueryResult> &r) { answers += r.ok() ? 1 : 0; });
    QTRY_COMPARE(answers, 3);
    QCOMPARE(runner.sent(), quint64(1));
    QCOMPARE(server.requests, 1);
}

void TestQueryRunner::atMostNRunAtATime()
{
    SlowPrometheus server(300);
    QNetworkAccessManager network;
    PrometheusClient client(&network);
    client.setBaseUrl(server.url());
    QueryRunner runner(&client, 2);
    int answers = 0;
    for (int i = 0; i < 6; ++i)
        runner.run(query(QStringLiteral("up%1").arg(i)), this,
                   [&answers](const Result<QueryResult> &) { ++answers; });
    QCOMPARE(runner.running(), 2);
    QCOMPARE(runner.queued(), 4);
    int maxSeen = 0;
    QTRY_VERIFY_WITH_TIMEOUT((maxSeen = std::max(maxSeen, runner.running()), answers == 6), 10000);
    QVERIFY(maxSeen <= 2);
    QCOMPARE(server.requests, 6);
}

void TestQueryRunner::leavingSubscriberDoesNotCancelForOthers()
{
    SlowPrometheus server(200);
    QNetworkAccessManager network;
    PrometheusClient client(&network);
    client.setBaseUrl(server.url());
    QueryRunner runner(&client, 4);
    bool firstAnswered = false;
    std::optional<Result<QueryResult>> second;
    const auto first = runner.run(query(QStringLiteral("up")), this,
                                  [&firstAnswered](const auto &) { firstAnswered = true; });
    runner.run(query(QStringLiteral("up")), this,
               [&second](const Result<QueryResult> &r) { second = r; });
    runner.cancel(first);
    QTRY_VERIFY(second.has_value());
    QVERIFY(second->ok());
    QVERIFY(!firstAnswered);

    // The last subscriber leaving cancels the request itself.
    std::optional<Result<QueryResult>> lone;
    const auto only = runner.run(query(QStringLiteral("down")), this,
                                 [&lone](const Result<QueryResult> &r) { lone = r; });
    runner.cancel(only);
    QTRY_COMPARE(runner.running(), 0);
    QVERIFY(!lone.has_value());
}

QTEST_GUILESS_MAIN(TestQueryRunner)
#include "tst_queryrunner.moc"
