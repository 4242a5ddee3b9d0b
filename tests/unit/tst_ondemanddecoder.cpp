// The fast On Demand path must give bit-identical series to the thorough DOM path, and leave
// everything it does not read cleanly to the DOM path.
#include "prometheus/ondemanddecoder.h"
#include "prometheus/responsedecoder.h"

#include <QRandomGenerator>
#include <QTest>

using namespace eucora;
using namespace eucora::prometheus;

namespace {

QByteArray matrixBody(const QByteArray &values, bool resultFirst)
{
    const QByteArray result = R"("result":[{"metric":{"job":"eucora","__name__":"x"},"values":)"
        + values + R"(},{"metric":{},"values":[[1700000000,"1"]]}])";
    const QByteArray type = R"("resultType":"matrix")";
    // With "result" before "resultType" the fast path steps aside and the DOM path decodes.
    const QByteArray data = resultFirst ? result + ',' + type : type + ',' + result;
    return R"({"status":"success","data":{)" + data + R"(},"warnings":["w1"],"infos":["i1"]})";
}

QString describe(const Result<QueryResult> &result)
{
    if (!result.ok())
        return result.error().summary();
    QString text;
    for (const auto &series : result.value().series) {
        for (std::size_t i = 0; i < series.size(); ++i)
            text += QStringLiteral("%1=%2 ")
                        .arg(series.timestampsMs[i])
                        .arg(series.values[i], 0, 'g', 17);
        text += QLatin1Char('|');
    }
    return text;
}

} // namespace

class TestOnDemandDecoder : public QObject
{
    Q_OBJECT

private slots:
    void givesTheSameSeriesAsTheDomPath_data();
    void givesTheSameSeriesAsTheDomPath();
    void leavesUnusualBodiesToTheDomPath_data();
    void leavesUnusualBodiesToTheDomPath();
    void randomAnswersDecodeAlike();
    void readsVectorsAndWarnings();
    void parsesInPlaceOrFromACopyAlike();
};

void TestOnDemandDecoder::givesTheSameSeriesAsTheDomPath_data()
{
    QTest::addColumn<QByteArray>("values");

    QTest::newRow("integer timestamps") << QByteArray(R"([[1700000000,"1"],[1700000015,"2.5"]])");
    QTest::newRow("fractional timestamps")
        << QByteArray(R"([[1700000000.5,"0.1"],[1700000000.123,"-3.25"],[1700000000.12,"3"]])");
    QTest::newRow("four fraction digits round as doubles")
        << QByteArray(R"([[1700000000.1234,"1"],[1700000000.0005,"2"],[0.0015,"3"]])");
    QTest::newRow("negative and exponent timestamps")
        << QByteArray(R"([[-1.5,"1"],[1.7e9,"2"],[1.7E+9,"3"],[0,"4"]])");
    QTest::newRow("special values")
        << QByteArray(R"([[1,"NaN"],[2,"+Inf"],[3,"-Inf"],[4,"Inf"],[5,"+1.5"],[6,"-0"]])");
    QTest::newRow("exponent values") << QByteArray(R"([[1,"1e+06"],[2,"1.7955573236533766e+09"],
        [3,"2.5e-3"],[4,"-1E6"]])");
    QTest::newRow("many digits") << QByteArray(
        R"([[1,"0.1000000000000000055511151231257827"],[2,"123456789012345678"],
        [3,"9007199254740993"],[4,"123456789012345"],[5,"0.30000000000000004"],[6,"007"]])");
    // Found by fuzz_querydecoder: the compact scan multiplied all 19 digits into an int64.
    QTest::newRow("timestamps of too many digits")
        << QByteArray(R"([[1795646102243777777,"1"],[179564610224,"2"],[179564610224.5,"3"]])");
    QTest::newRow("odd decimals") << QByteArray(R"([[1,"1."],[2,"0.5"],[3,"100"]])");
    QTest::newRow("blanks everywhere")
        << QByteArray("[ [ 1700000000 , \"1\" ] ,\n\t[1700000001,\"2\"]\r\n ]");
    QTest::newRow("empty") << QByteArray("[]");
}

void TestOnDemandDecoder::givesTheSameSeriesAsTheDomPath()
{
    QFETCH(QByteArray, values);
    const auto fast = decodeSeriesOnDemand(matrixBody(values, false));
    QVERIFY(fast.has_value());
    QVERIFY(!fast->skippedHistograms);
    const auto dom = decodeQueryResponse(matrixBody(values, true), 200);
    QVERIFY2(dom.ok(), qPrintable(describe(dom)));
    QVERIFY2(fast->result == dom.value(),
             qPrintable(describe(fast->result) + QLatin1String(" vs ") + describe(dom)));
    QCOMPARE(decodeQueryResponse(matrixBody(values, false), 200).value(), dom.value());
}

void TestOnDemandDecoder::leavesUnusualBodiesToTheDomPath_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("domAccepts");

    QTest::newRow("error envelope")
        << QByteArray(R"({"status":"error","errorType":"bad_data","error":"x"})") << false;
    QTest::newRow("scalar") << QByteArray(
        R"({"status":"success","data":{"resultType":"scalar","result":[1,"2"]}})")
                            << true;
    QTest::newRow("escaped value") << matrixBody(R"([[1,"1\u002e5"]])", false) << true;
    QTest::newRow("values not a list") << matrixBody(R"({"a":1})", false) << true;
    QTest::newRow("garbage value") << matrixBody(R"([[1,"12abc"]])", false) << false;
    QTest::newRow("three elements") << matrixBody(R"([[1,"1",2]])", false) << false;
    QTest::newRow("leading zero timestamp") << matrixBody(R"([[01,"1"]])", false) << false;
    QTest::newRow("trailing text")
        << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[]}} x)")
        << false;
    QTest::newRow("truncated") << matrixBody(R"([[1,"1"])", false).chopped(3) << false;
}

void TestOnDemandDecoder::leavesUnusualBodiesToTheDomPath()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, domAccepts);
    QVERIFY(!decodeSeriesOnDemand(body).has_value());
    QCOMPARE(decodeQueryResponse(body, 200).ok(), domAccepts);
}

void TestOnDemandDecoder::randomAnswersDecodeAlike()
{
    QRandomGenerator random(2024);
    const auto digits = [&random](int count) {
        QByteArray text;
        for (int i = 0; i < count; ++i)
            text += char('0' + random.bounded(10));
        return text;
    };
    const char *specials[] = {"NaN", "+Inf", "-Inf", "Inf", "-0", "1e+06", "2.5E-3", "+7"};
    for (int round = 0; round < 300; ++round) {
        QByteArray values = "[";
        for (int p = 0; p < 50; ++p) {
            if (p > 0)
                values += ',';
            QByteArray t = random.bounded(10) == 0 ? "-" : "";
            t += QByteArray::number(1 + random.bounded(2'000'000'000));
            if (random.bounded(2))
                t += '.' + digits(1 + random.bounded(6));
            if (random.bounded(20) == 0)
                t += "e" + QByteArray::number(random.bounded(-3, 3));
            QByteArray v;
            if (random.bounded(10) == 0) {
                v = specials[random.bounded(8)];
            } else {
                v = (random.bounded(4) == 0 ? "-" : "") + digits(1 + random.bounded(18));
                if (random.bounded(2))
                    v += '.' + digits(1 + random.bounded(18));
            }
            values += "[" + t + ",\"" + v + "\"]";
        }
        values += "]";
        const auto fast = decodeSeriesOnDemand(matrixBody(values, false));
        const auto dom = decodeQueryResponse(matrixBody(values, true), 200);
        QVERIFY2(fast.has_value() == dom.ok(), values.constData());
        if (fast)
            QVERIFY2(fast->result == dom.value(),
                     qPrintable(describe(fast->result) + QLatin1String(" vs ") + describe(dom)));
    }
}

void TestOnDemandDecoder::readsVectorsAndWarnings()
{
    const QByteArray body = R"({"status":"success","data":{"resultType":"vector","result":[
        {"metric":{"b":"2","a":"1"},"value":[1700000000.25,"42"]},
        {"metric":{"__name__":"h"},"histogram":[1,{"count":"1"}]}]},"warnings":["slow"]})";
    const auto fast = decodeSeriesOnDemand(body);
    QVERIFY(fast.has_value());
    QCOMPARE(fast->result.resultType, ResultType::Vector);
    QCOMPARE(fast->result.series.size(), std::size_t(2));
    QCOMPARE(fast->result.series[0].labels,
             (LabelSet {{QStringLiteral("a"), QStringLiteral("1")},
                        {QStringLiteral("b"), QStringLiteral("2")}}));
    QCOMPARE(fast->result.series[0].timestampsMs, std::vector<std::int64_t> {1700000000250});
    QCOMPARE(fast->result.series[0].values, std::vector<double> {42});
    QVERIFY(fast->skippedHistograms);
    // decodeQueryResponse puts the server's warnings first, then its own.
    const auto decoded = decodeQueryResponse(body, 200);
    QVERIFY(decoded.ok());
    QCOMPARE(decoded.value().warnings.size(), std::size_t(2));
    QCOMPARE(decoded.value().warnings[0], QStringLiteral("slow"));
}

void TestOnDemandDecoder::parsesInPlaceOrFromACopyAlike()
{
    const QByteArray compact = matrixBody(R"([[1700000000,"1"],[1700000015,"2.5"]])", false);
    QByteArray roomy = compact;
    roomy.reserve(compact.size() + 4096); // padding to spare: parsed in place
    const QByteArray exact = QByteArray::fromRawData(compact.constData(), compact.size());
    const auto inPlace = decodeSeriesOnDemand(roomy);
    const auto copied = decodeSeriesOnDemand(exact);
    QVERIFY(inPlace && copied);
    QVERIFY(inPlace->result == copied->result);
    QCOMPARE(inPlace->result.warnings, std::vector<QString> {QStringLiteral("w1")});
    QCOMPARE(inPlace->result.infos, std::vector<QString> {QStringLiteral("i1")});
}

QTEST_GUILESS_MAIN(TestOnDemandDecoder)
#include "tst_ondemanddecoder.moc"
