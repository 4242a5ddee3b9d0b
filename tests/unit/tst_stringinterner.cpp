// One shared QString per distinct byte string, within a bounded table.
#include "prometheus/stringinterner.h"

#include <QTest>

#include <string>

using namespace eucora::prometheus;

namespace {
QString decode(std::string_view raw)
{
    return QString::fromUtf8(raw.data(), qsizetype(raw.size()));
}
} // namespace

class TestStringInterner : public QObject
{
    Q_OBJECT

private slots:
    void repeatedBytesShareOneString();
    void distinctBytesStayDistinct_data();
    void distinctBytesStayDistinct();
    void survivesGrowingToManyEntries();
    void stopsLearningAtItsLimitButKeepsAnswering();
    void longStringsAreDecodedEveryTime();
    void decodesOnlyOnce();
};

void TestStringInterner::repeatedBytesShareOneString()
{
    StringInterner interner;
    const QString a = interner.intern("job", decode);
    const QString b = interner.intern(std::string("job"), decode);
    QCOMPARE(a, QStringLiteral("job"));
    QCOMPARE(a.constData(), b.constData());
    QCOMPARE(interner.size(), std::size_t(1));
}

void TestStringInterner::distinctBytesStayDistinct_data()
{
    QTest::addColumn<QByteArray>("first");
    QTest::addColumn<QByteArray>("second");
    QTest::newRow("one byte apart") << QByteArray("status") << QByteArray("statu5");
    QTest::newRow("prefix") << QByteArray("le") << QByteArray("le_");
    QTest::newRow("empty and not") << QByteArray("") << QByteArray("a");
    QTest::newRow("long shared prefix")
        << QByteArray("/api/v1/deployments/1/") << QByteArray("/api/v1/deployments/2/");
}

void TestStringInterner::distinctBytesStayDistinct()
{
    QFETCH(QByteArray, first);
    QFETCH(QByteArray, second);
    StringInterner interner;
    const auto view = [](const QByteArray &b) {
        return std::string_view(b.constData(), b.size());
    };
    QCOMPARE(interner.intern(view(first), decode), QString::fromUtf8(first));
    QCOMPARE(interner.intern(view(second), decode), QString::fromUtf8(second));
    QCOMPARE(interner.intern(view(first), decode), QString::fromUtf8(first));
    QCOMPARE(interner.size(), std::size_t(2));
    QVERIFY(StringInterner::hashBytes(view(first)) != StringInterner::hashBytes(view(second)));
}

void TestStringInterner::survivesGrowingToManyEntries()
{
    StringInterner interner;
    for (int i = 0; i < 50'000; ++i)
        interner.intern(std::to_string(i), decode);
    QCOMPARE(interner.size(), std::size_t(50'000));
    for (int i = 0; i < 50'000; i += 997)
        QCOMPARE(interner.intern(std::to_string(i), decode), QString::number(i));
    QCOMPARE(interner.size(), std::size_t(50'000));
}

void TestStringInterner::stopsLearningAtItsLimitButKeepsAnswering()
{
    StringInterner interner(3);
    for (const char *s : {"a", "b", "c", "d", "e"})
        QCOMPARE(interner.intern(s, decode), QString::fromLatin1(s));
    QCOMPARE(interner.size(), std::size_t(3));
    const QString a1 = interner.intern("a", decode);
    QCOMPARE(a1.constData(), interner.intern("a", decode).constData());
    QVERIFY(interner.intern("e", decode).constData() != interner.intern("e", decode).constData());
}

void TestStringInterner::longStringsAreDecodedEveryTime()
{
    StringInterner interner;
    const std::string text(StringInterner::kMaxKeyLength + 1, 'x');
    QCOMPARE(interner.intern(text, decode).size(), qsizetype(text.size()));
    QCOMPARE(interner.size(), std::size_t(0));
}

void TestStringInterner::decodesOnlyOnce()
{
    StringInterner interner;
    int calls = 0;
    const auto counting = [&calls](std::string_view raw) {
        ++calls;
        return decode(raw);
    };
    for (int i = 0; i < 10; ++i)
        interner.intern("pid", counting);
    QCOMPARE(calls, 1);
}

QTEST_GUILESS_MAIN(TestStringInterner)
#include "tst_stringinterner.moc"
