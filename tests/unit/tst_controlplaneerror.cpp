// Every error shape EUCORA answers decodes to one message and one meaning (contract 1.4, 11.1,
// 11.8). Bodies copied from the contract.
#include "controlplane/controlplaneerror.h"

#include <QTest>

using namespace eucora;
using namespace eucora::controlplane;
using M = ControlPlaneError::Meaning;

Q_DECLARE_METATYPE(M)

class TestControlPlaneError : public QObject
{
    Q_OBJECT

private slots:
    void decodesEveryShape_data();
    void decodesEveryShape();
    void throttleKnowsWhenToTryAgain();
    void conflictKeepsTheRollbackFields();
};

void TestControlPlaneError::decodesEveryShape_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<M>("meaning");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("correlation");

    QTest::newRow("not authenticated")
        << 403
        << QByteArray(
               R"j({"error": "Authentication credentials were not provided.", "correlation_id": "c1"})j")
        << M::NotAuthenticated << "Authentication credentials were not provided."
        << "c1";
    QTest::newRow("no permission")
        << 403
        << QByteArray(
               R"j({"error": "You do not have permission to perform this action.", "correlation_id": "c2"})j")
        << M::Forbidden << "You do not have permission to perform this action."
        << "c2";
    QTest::newRow("csrf")
        << 403
        << QByteArray(R"j({"error": "CSRF Failed: CSRF token missing.", "correlation_id": "c3"})j")
        << M::CsrfFailed << "CSRF Failed: CSRF token missing."
        << "c3";
    QTest::newRow("login 401") << 401 << QByteArray(R"j({"error": "Invalid email or password"})j")
                               << M::Other << "Invalid email or password"
                               << "";
    QTest::newRow("detail 400")
        << 400
        << QByteArray(
               R"j({"detail": "JSON parse error - Expecting value", "correlation_id": "c4"})j")
        << M::Invalid << "JSON parse error - Expecting value"
        << "c4";
    QTest::newRow("field map")
        << 400
        << QByteArray(
               R"j({"target_ring": ["\"MOON\" is not a valid choice."], "correlation_id": "c5"})j")
        << M::Invalid << "target_ring: \"MOON\" is not a valid choice."
        << "c5";
    QTest::newRow("seed error")
        << 500 << QByteArray(R"j({"status": "error", "error": "invalid literal for int()"})j")
        << M::ServerFailure << "invalid literal for int()"
        << "";
    QTest::newRow("json 404") << 404 << QByteArray(R"j({"error": "Deployment not found"})j")
                              << M::NotFound << "Deployment not found"
                              << "";
    QTest::newRow("html 404")
        << 404
        << QByteArray(
               "<!doctype html>\n<html lang=\"en\">\n<head>\n  <title>Not "
               "Found</title>\n</head>\n<body>\n  <h1>Not Found</h1><p>The requested resource "
               "was not found on this server.</p>\n</body>\n</html>\n")
        << M::NoSuchEndpoint << "HTML error page (HTTP 404): Not Found Not Found"
        << "";
    QTest::newRow("422 idempotency")
        << 422
        << QByteArray(
               R"j({"error": "Idempotency-Key reused with a different request", "correlation_id": "c6"})j")
        << M::Invalid << "Idempotency-Key reused with a different request"
        << "c6";
    QTest::newRow("405")
        << 405
        << QByteArray(R"j({"error": "Method \"GET\" not allowed.", "correlation_id": "c7"})j")
        << M::Other << "Method \"GET\" not allowed."
        << "c7";
    QTest::newRow("empty 502") << 502 << QByteArray() << M::ServerFailure
                               << "the server answered with an empty body"
                               << "";
    QTest::newRow("proxy html 502")
        << 502 << QByteArray("<html><body><h1>502 Bad Gateway</h1></body></html>")
        << M::ServerFailure << "HTML error page (HTTP 502): 502 Bad Gateway"
        << "";
}

void TestControlPlaneError::decodesEveryShape()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(M, meaning);
    QFETCH(QString, message);
    QFETCH(QString, correlation);
    const ControlPlaneError e = decodeControlPlaneError(status, body);
    QCOMPARE(e.meaning, meaning);
    QVERIFY2(e.message.startsWith(message), qPrintable(e.message));
    QCOMPARE(e.correlationId, correlation);
    QCOMPARE(e.httpStatus, status);
}

void TestControlPlaneError::throttleKnowsWhenToTryAgain()
{
    const QByteArray body
        = R"j({"error": "Request was throttled. Expected available in 42 seconds.", "correlation_id": "c"})j";
    QCOMPARE(decodeControlPlaneError(429, body, "42").retryAfterSeconds, 42);
    QCOMPARE(decodeControlPlaneError(429, body).retryAfterSeconds,
             42); // from the text when no header
    QCOMPARE(decodeControlPlaneError(429, body).meaning, M::Throttled);
}

void TestControlPlaneError::conflictKeepsTheRollbackFields()
{
    const auto e = decodeControlPlaneError(
        409,
        R"j({"error": "Rollback already in progress", "deployment_status": "DEPLOYING", "rollback_task_id": "t-1", "correlation_id": "c"})j");
    QCOMPARE(e.meaning, M::Conflict);
    QCOMPARE(e.body.value(QStringLiteral("deployment_status")).toString(),
             QStringLiteral("DEPLOYING"));
    QCOMPARE(e.body.value(QStringLiteral("rollback_task_id")).toString(), QStringLiteral("t-1"));
}

QTEST_GUILESS_MAIN(TestControlPlaneError)
#include "tst_controlplaneerror.moc"
