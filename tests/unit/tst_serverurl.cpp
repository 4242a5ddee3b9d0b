// Endpoint URLs keep EUCORA's exact paths under any base URL.
#include "serverurl.h"

#include <QTest>

class TestServerUrl : public QObject
{
    Q_OBJECT

private slots:
    void joinsBaseAndPath_data();
    void joinsBaseAndPath();
};

void TestServerUrl::joinsBaseAndPath_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << "http://127.0.0.1:9090"
                           << "/-/ready"
                           << "http://127.0.0.1:9090/-/ready";
    QTest::newRow("trailing slash on base") << "http://127.0.0.1:8000/"
                                            << "/health/live"
                                            << "http://127.0.0.1:8000/health/live";
    QTest::newRow("proxy prefix") << "https://ops.example.test/prometheus/"
                                  << "/api/v1/query_range"
                                  << "https://ops.example.test/prometheus/api/v1/query_range";
    QTest::newRow("trailing slash of the path is kept") << "http://127.0.0.1:8000"
                                                        << "/api/v1/metrics/"
                                                        << "http://127.0.0.1:8000/api/v1/metrics/";
    QTest::newRow("base query dropped") << "http://127.0.0.1:8000/?x=1#frag"
                                        << "/health/live"
                                        << "http://127.0.0.1:8000/health/live";
}

void TestServerUrl::joinsBaseAndPath()
{
    QFETCH(QString, base);
    QFETCH(QString, path);
    QFETCH(QString, expected);
    QCOMPARE(eucora::endpointUrl(QUrl(base), path).toString(), expected);
}

QTEST_GUILESS_MAIN(TestServerUrl)
#include "tst_serverurl.moc"
