// Incremental refresh: the new tail replaces the overlap, the head slides out, series come and
// go.
#include "dashboard/seriesmerge.h"

#include <QTest>

using namespace eucora;
using namespace eucora::prometheus;
using namespace eucora::dashboard;

namespace {
Series make(const QString &status, std::vector<std::int64_t> t, std::vector<double> v)
{
    return Series {{{QStringLiteral("status"), status}}, std::move(t), std::move(v)};
}
} // namespace

class TestSeriesMerge : public QObject
{
    Q_OBJECT

private slots:
    void tailReplacesOverlapAndHeadIsTrimmed();
    void seriesAppearAndDisappear();
    void emptyTailOnlyTrims();
};

void TestSeriesMerge::tailReplacesOverlapAndHeadIsTrimmed()
{
    const std::vector<Series> current {
        make(QStringLiteral("success"), {10, 20, 30, 40}, {1, 2, 3, 4})};
    const std::vector<Series> tail {make(QStringLiteral("success"), {30, 40, 50}, {3.5, 4.5, 5})};
    const auto merged = mergeTail(current, tail, 30, 20);
    QCOMPARE(merged.size(), size_t(1));
    QCOMPARE(merged[0].timestampsMs, (std::vector<std::int64_t> {20, 30, 40, 50}));
    QCOMPARE(merged[0].values, (std::vector<double> {2, 3.5, 4.5, 5}));
}

void TestSeriesMerge::seriesAppearAndDisappear()
{
    const std::vector<Series> current {make(QStringLiteral("old"), {10, 20}, {1, 2}),
                                       make(QStringLiteral("kept"), {10, 20}, {1, 2})};
    const std::vector<Series> tail {make(QStringLiteral("kept"), {30}, {3}),
                                    make(QStringLiteral("new"), {30}, {9})};
    const auto merged = mergeTail(current, tail, 30, 25); // the window now starts at 25
    QCOMPARE(merged.size(), size_t(2)); // "old" had nothing left inside the window
    QCOMPARE(labelValue(merged[0].labels, QStringLiteral("status")), QStringLiteral("kept"));
    QCOMPARE(merged[0].timestampsMs, (std::vector<std::int64_t> {30}));
    QCOMPARE(labelValue(merged[1].labels, QStringLiteral("status")), QStringLiteral("new"));
    QCOMPARE(merged[1].values, (std::vector<double> {9}));
}

void TestSeriesMerge::emptyTailOnlyTrims()
{
    const std::vector<Series> current {make(QStringLiteral("a"), {10, 20, 30}, {1, 2, 3})};
    const auto merged = mergeTail(current, {}, 40, 15);
    QCOMPARE(merged[0].timestampsMs, (std::vector<std::int64_t> {20, 30}));
}

QTEST_GUILESS_MAIN(TestSeriesMerge)
#include "tst_seriesmerge.moc"
