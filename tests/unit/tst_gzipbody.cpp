// gzip answers expand exactly, within the size limit: a bomb stops at the limit with a clear
// error, a corrupt or cut stream is a decode error, never a crash.
#include "gzipfixture.h"
#include "http/gzipbody.h"

#include <QElapsedTimer>
#include <QTest>

#include <cmath>

using namespace eucora;
using namespace eucora::http;
using namespace eucora::testing;

class TestGzipBody : public QObject
{
    Q_OBJECT

private slots:
    void roundTrips_data();
    void roundTrips();
    void concatenatedMembersAreOneBody();
    void bombStopsAtTheLimit();
    void answerOfExactlyTheLimitPasses();
    void largeAnswerIsNotCalledABomb();
    void corruptAndCutStreamsAreDecodeErrors_data();
    void corruptAndCutStreamsAreDecodeErrors();
};

void TestGzipBody::roundTrips_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("envelope") << QByteArray(R"({"status":"success","data":["a","b"]})");
    QTest::newRow("one byte") << QByteArray("x");
    QByteArray big;
    for (int i = 0; i < 200000; ++i)
        big += "[" + QByteArray::number(1700000000 + i) + ",\"" + QByteArray::number(i * 0.25)
            + "\"],";
    QTest::newRow("several steps of output") << big;
}

void TestGzipBody::roundTrips()
{
    QFETCH(QByteArray, text);
    const auto result = inflateGzipBody(gzipOf(text), 256LL * 1024 * 1024, 200);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().summary()));
    QCOMPARE(result.value(), text);
}

void TestGzipBody::concatenatedMembersAreOneBody()
{
    const auto result = inflateGzipBody(gzipOf("{\"a\":") + gzipOf("1}"), 1024, 200);
    QVERIFY(result.ok());
    QCOMPARE(result.value(), QByteArray("{\"a\":1}"));
}

void TestGzipBody::bombStopsAtTheLimit()
{
    // About 250 KB of gzip that would expand to 256 MiB.
    const QByteArray bomb = gzipOfRepeated(256LL << 20, '0');
    QVERIFY(bomb.size() < 512 * 1024);
    QElapsedTimer timer;
    timer.start();
    const auto result = inflateGzipBody(bomb, 8 * 1024 * 1024, 200);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ApiError::Kind::TooLarge);
    QCOMPARE(result.error().httpStatus, 200);
    QVERIFY2(result.error().message.contains(QLatin1String("decompression bomb")),
             qPrintable(result.error().message));
    QVERIFY2(result.error().message.contains(QLatin1String("8 MiB")),
             qPrintable(result.error().message));
    // It stopped at the limit instead of expanding all of it.
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
}

void TestGzipBody::answerOfExactlyTheLimitPasses()
{
    const QByteArray text(4096, 'a');
    QVERIFY(inflateGzipBody(gzipOf(text), 4096, 200).ok());
    QCOMPARE(inflateGzipBody(gzipOf(text), 4095, 200).error().kind, ApiError::Kind::TooLarge);
}

void TestGzipBody::largeAnswerIsNotCalledABomb()
{
    QByteArray points;
    for (int i = 0; points.size() < 3 * 1024 * 1024; ++i)
        points += "[" + QByteArray::number(1700000000 + i * 15) + ",\""
            + QByteArray::number(std::sin(i) * 1000, 'g', 17) + "\"],";
    const auto result = inflateGzipBody(gzipOf(points), 1024 * 1024, 200);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ApiError::Kind::TooLarge);
    QVERIFY2(result.error().message.contains(QLatin1String("when decompressed"))
                 && !result.error().message.contains(QLatin1String("bomb")),
             qPrintable(result.error().message));
}

void TestGzipBody::corruptAndCutStreamsAreDecodeErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("messagePart");
    const QByteArray good = gzipOf(QByteArray(R"({"status":"success","data":[]})").repeated(50));
    QTest::newRow("not gzip at all")
        << QByteArray("{\"status\":\"success\"}") << QStringLiteral("corrupt");
    QTest::newRow("cut in half") << good.left(good.size() / 2) << QStringLiteral("ends early");
    QByteArray flipped = good;
    for (qsizetype i = 12; i < flipped.size() - 8; i += 5)
        flipped[i] = char(flipped[i] ^ 0x5a);
    QTest::newRow("bits flipped") << flipped << QStringLiteral("corrupt");
    QByteArray badCrc = good;
    badCrc[badCrc.size() - 6] = char(badCrc[badCrc.size() - 6] ^ 1);
    QTest::newRow("wrong checksum") << badCrc << QStringLiteral("corrupt");
    QTest::newRow("trailing garbage") << good + "garbage" << QStringLiteral("corrupt");
}

void TestGzipBody::corruptAndCutStreamsAreDecodeErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, messagePart);
    const auto result = inflateGzipBody(body, 1024 * 1024, 200);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ApiError::Kind::Decode);
    QVERIFY2(result.error().message.contains(messagePart), qPrintable(result.error().message));
}

QTEST_GUILESS_MAIN(TestGzipBody)
#include "tst_gzipbody.moc"
