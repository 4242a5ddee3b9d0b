// Decoding of Prometheus API envelopes: every result type, error envelopes, and bad bodies that
// must end in a clear error, never a crash.
#include "prometheus/responsedecoder.h"

#include <QTest>

#include <cmath>

using namespace eucora;
using namespace eucora::prometheus;

class TestResponseDecoder : public QObject
{
    Q_OBJECT

private slots:
    void decodesMatrixIntoColumns();
    void decodesVectorScalarAndString();
    void keepsWarningsAndInfos();
    void errorEnvelopeCarriesErrorType_data();
    void errorEnvelopeCarriesErrorType();
    void specialValuesSurvive();
    void badBodiesGiveClearErrors_data();
    void badBodiesGiveClearErrors();
    void nativeHistogramsAreSkippedWithAWarning();
};

void TestResponseDecoder::decodesMatrixIntoColumns()
{
    const QByteArray body = R"({"status":"success","data":{"resultType":"matrix","result":[
        {"metric":{"status":"success","job":"eucora"},"values":[[1700000000,"1.5"],[1700000015.5,"2"]]},
        {"metric":{"status":"failed"},"values":[[1700000000,"0"]]}]}})";
    const auto result = decodeQueryResponse(body, 200);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().summary()));
    const QueryResult &r = result.value();
    QCOMPARE(r.resultType, ResultType::Matrix);
    QCOMPARE(r.series.size(), size_t(2));
    const Series &first = r.series[0];
    // Labels come back sorted by name.
    QCOMPARE(first.labels,
             (LabelSet {{QStringLiteral("job"), QStringLiteral("eucora")},
                        {QStringLiteral("status"), QStringLiteral("success")}}));
    QCOMPARE(first.timestampsMs, (std::vector<std::int64_t> {1700000000000, 1700000015500}));
    QCOMPARE(first.values, (std::vector<double> {1.5, 2.0}));
    QCOMPARE(labelValue(r.series[1].labels, QStringLiteral("status")), QStringLiteral("failed"));
}

void TestResponseDecoder::decodesVectorScalarAndString()
{
    auto vector = decodeQueryResponse(
        R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{"a":"b"},"value":[1700000000.25,"42"]}]}})",
        200);
    QVERIFY(vector.ok());
    QCOMPARE(vector.value().resultType, ResultType::Vector);
    QCOMPARE(vector.value().series.at(0).timestampsMs.at(0), std::int64_t(1700000000250));
    QCOMPARE(vector.value().series.at(0).values.at(0), 42.0);

    auto scalar = decodeQueryResponse(
        R"({"status":"success","data":{"resultType":"scalar","result":[1700000000,"3.25"]}})", 200);
    QVERIFY(scalar.ok());
    QCOMPARE(scalar.value().resultType, ResultType::Scalar);
    QCOMPARE(scalar.value().series.at(0).values.at(0), 3.25);

    auto string = decodeQueryResponse(
        R"({"status":"success","data":{"resultType":"string","result":[1700000000,"hello"]}})",
        200);
    QVERIFY(string.ok());
    QCOMPARE(string.value().resultType, ResultType::String);
    QCOMPARE(string.value().stringValue, QStringLiteral("hello"));
}

void TestResponseDecoder::keepsWarningsAndInfos()
{
    const auto result = decodeQueryResponse(
        R"({"status":"success","warnings":["PromQL warning: x"],"infos":["PromQL info: y"],
            "data":{"resultType":"vector","result":[]}})",
        200);
    QVERIFY(result.ok());
    QCOMPARE(result.value().warnings, std::vector<QString> {QStringLiteral("PromQL warning: x")});
    QCOMPARE(result.value().infos, std::vector<QString> {QStringLiteral("PromQL info: y")});
    QVERIFY(result.value().series.empty());
}

void TestResponseDecoder::errorEnvelopeCarriesErrorType_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("errorType");
    QTest::addColumn<QString>("message");

    // Bodies as Prometheus 2.42 answers them (bad query, timeout, unavailable).
    QTest::newRow("bad_data 400") << QByteArray(
        R"({"status":"error","errorType":"bad_data","error":"1:5: parse error: unexpected end of input"})")
                                  << 400 << "bad_data"
                                  << "1:5: parse error: unexpected end of input";
    QTest::newRow("execution 422") << QByteArray(
        R"({"status":"error","errorType":"execution","error":"query processing would load too many samples"})")
                                   << 422 << "execution"
                                   << "query processing would load too many samples";
    QTest::newRow("timeout 503") << QByteArray(
        R"({"status":"error","errorType":"timeout","error":"query timed out in expression evaluation","warnings":["w"]})")
                                 << 503 << "timeout"
                                 << "query timed out in expression evaluation";
    QTest::newRow("no errorType") << QByteArray(R"({"status":"error","error":"something"})") << 500
                                  << ""
                                  << "something";
}

void TestResponseDecoder::errorEnvelopeCarriesErrorType()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, errorType);
    QFETCH(QString, message);
    const auto result = decodeQueryResponse(body, status);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ApiError::Kind::Server);
    QCOMPARE(result.error().httpStatus, status);
    QCOMPARE(result.error().errorType, errorType);
    QCOMPARE(result.error().message, message);
    QVERIFY(result.error().summary().contains(message));
}

void TestResponseDecoder::specialValuesSurvive()
{
    const auto result = decodeQueryResponse(
        R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{},"values":[
            [1,"NaN"],[2,"+Inf"],[3,"-Inf"],[4,"1e+06"],[5,"-0.5"],[6,"1.7955573236533766e+09"]]}]}})",
        200);
    QVERIFY(result.ok());
    const auto &v = result.value().series.at(0).values;
    QVERIFY(std::isnan(v[0]));
    QVERIFY(std::isinf(v[1]) && v[1] > 0);
    QVERIFY(std::isinf(v[2]) && v[2] < 0);
    QCOMPARE(v[3], 1e6);
    QCOMPARE(v[4], -0.5);
    QCOMPARE(v[5], 1.7955573236533766e+09);
}

void TestResponseDecoder::badBodiesGiveClearErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("mentions");

    const int decode = int(ApiError::Kind::Decode);
    const int http = int(ApiError::Kind::Http);
    QTest::newRow("empty 200") << QByteArray() << 200 << decode << "empty";
    QTest::newRow("empty 502") << QByteArray() << 502 << http << "empty";
    QTest::newRow("html from a proxy")
        << QByteArray("<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad "
                      "Gateway</h1></body></html>")
        << 502 << http << "HTML error page";
    QTest::newRow("html with 200") << QByteArray("<!DOCTYPE html><html><body>Sign in</body></html>")
                                   << 200 << decode << "HTML error page";
    QTest::newRow("truncated") << QByteArray(
        R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{},"values":[[1,"1")")
                               << 200 << decode << "malformed JSON";
    QTest::newRow("not an object") << QByteArray("[1,2,3]") << 200 << decode << "not JSON";
    QTest::newRow("no status") << QByteArray(R"({"data":{}})") << 200 << decode << "status";
    QTest::newRow("unknown status")
        << QByteArray(R"({"status":"maybe"})") << 200 << decode << "maybe";
    QTest::newRow("unknown resultType")
        << QByteArray(R"({"status":"success","data":{"resultType":"tensor","result":[]}})") << 200
        << decode << "tensor";
    QTest::newRow("value not a string") << QByteArray(
        R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1,2]}]}})")
                                        << 200 << decode << "malformed";
    QTest::newRow("garbage value") << QByteArray(
        R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1,"12abc"]}]}})")
                                   << 200 << decode << "malformed";
    QTest::newRow("label not a string") << QByteArray(
        R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{"a":1},"value":[1,"2"]}]}})")
                                        << 200 << decode << "labels";
    QTest::newRow("result not a list")
        << QByteArray(R"({"status":"success","data":{"resultType":"matrix","result":{}}})") << 200
        << decode << "list";
    QTest::newRow("binary junk") << QByteArray("{\x01\x02\xff\xfe", 5) << 200 << decode << "JSON";
}

void TestResponseDecoder::badBodiesGiveClearErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(int, kind);
    QFETCH(QString, mentions);
    const auto result = decodeQueryResponse(body, status);
    QVERIFY(!result.ok());
    QCOMPARE(int(result.error().kind), kind);
    QVERIFY2(result.error().summary().contains(mentions, Qt::CaseInsensitive),
             qPrintable(result.error().summary()));
}

void TestResponseDecoder::nativeHistogramsAreSkippedWithAWarning()
{
    const auto result = decodeQueryResponse(
        R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{"__name__":"h"},
            "histograms":[[1700000000,{"count":"3","sum":"2.5","buckets":[[0,"-0.5","0.5","3"]]}]]}]}})",
        200);
    QVERIFY(result.ok());
    QCOMPARE(result.value().series.size(), size_t(1));
    QCOMPARE(result.value().series[0].size(), size_t(0));
    QCOMPARE(result.value().warnings.size(), size_t(1));
    QVERIFY(result.value().warnings[0].contains(QLatin1String("native histogram")));
}

QTEST_GUILESS_MAIN(TestResponseDecoder)
#include "tst_responsedecoder.moc"
