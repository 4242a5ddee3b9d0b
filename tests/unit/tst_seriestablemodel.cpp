// SeriesTableModel: a table panel's rows from Prometheus series (label columns, the last value
// in the field's unit with mappings), values that sort as numbers and times as times, rows that
// follow their series across refreshes, and a clean bill from QAbstractItemModelTester.
#include "models/modelroles.h"
#include "models/seriestablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <cmath>
#include <limits>

using namespace eucora;
using eucora::models::SeriesTableModel;

namespace {

constexpr qint64 kFrom = 1'700'000'000'000;
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

struct Answer
{
    std::vector<prometheus::Series> series;
    dashboard::FieldDefaults field;

    std::vector<dashboard::ShownSeries> shown() const
    {
        std::vector<dashboard::ShownSeries> out;
        for (const prometheus::Series &s : series) {
            dashboard::ShownSeries one;
            one.refId = QStringLiteral("A");
            one.data = &s;
            one.field = field;
            out.push_back(one);
        }
        return out;
    }
};

prometheus::Series up(const QString &instance, std::vector<double> values)
{
    prometheus::Series s;
    s.labels = {{QStringLiteral("__name__"), QStringLiteral("up")},
                {QStringLiteral("instance"), instance}};
    for (size_t i = 0; i < values.size(); ++i)
        s.timestampsMs.push_back(kFrom + qint64(i) * 15'000);
    s.values = std::move(values);
    return s;
}

} // namespace

class TestSeriesTableModel : public QObject
{
    Q_OBJECT

private slots:
    void passesTheModelTester();
    void labelColumnsPutTheMetricNameFirst();
    void showsTheLastValueInTheFieldsUnit();
    void sortsValuesAsNumbersAndTimesAsTimes();
    void aRefreshKeepsRowsByTheirLabels();
    void timesFollowTheZone();
};

void TestSeriesTableModel::passesTheModelTester()
{
    Answer answer {{up(QStringLiteral("a"), {1}), up(QStringLiteral("b"), {0})}, {}};
    SeriesTableModel model(SeriesTableModel::labelColumns(answer.shown()));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSeries(answer.shown());
    answer.series = {up(QStringLiteral("b"), {1}), up(QStringLiteral("c"), {kNaN}),
                     up(QStringLiteral("a"), {1})};
    model.setSeries(answer.shown());
    model.setTimeZone(QTimeZone("Europe/Berlin"));
    answer.series = {up(QStringLiteral("b"), {1}), up(QStringLiteral("b"), {2})};
    model.setSeries(answer.shown());
    model.setSeries({});
}

void TestSeriesTableModel::labelColumnsPutTheMetricNameFirst()
{
    prometheus::Series odd;
    odd.labels = {{QStringLiteral("zone"), QStringLiteral("eu")},
                  {QStringLiteral("job"), QStringLiteral("node")}};
    const Answer answer {{odd, up(QStringLiteral("a"), {1})}, {}};
    QCOMPARE(SeriesTableModel::labelColumns(answer.shown()),
             (QStringList {QStringLiteral("__name__"), QStringLiteral("instance"),
                           QStringLiteral("job"), QStringLiteral("zone")}));
    SeriesTableModel model(SeriesTableModel::labelColumns(answer.shown()));
    model.setSeries(answer.shown());
    QCOMPARE(model.columnCount(), 6);
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Time"));
    QCOMPARE(model.headerData(5, Qt::Horizontal).toString(), QStringLiteral("Value"));
    QCOMPARE(model.index(0, 1).data().toString(), QString()); // no __name__
    QCOMPARE(model.index(0, 4).data().toString(), QStringLiteral("eu"));
}

void TestSeriesTableModel::showsTheLastValueInTheFieldsUnit()
{
    Answer answer {{up(QStringLiteral("a"), {0.5, 0.25, kNaN}), up(QStringLiteral("b"), {0}),
                    up(QStringLiteral("c"), {kNaN, kNaN})},
                   {}};
    answer.field.unit = QStringLiteral("percentunit");
    answer.field.decimals = 0;
    dashboard::ValueMapping down;
    down.values[QStringLiteral("0")] = {QStringLiteral("DOWN"), QStringLiteral("red"), 0};
    answer.field.mappings = {down};
    SeriesTableModel model({QStringLiteral("__name__"), QStringLiteral("instance")});
    model.setTimeZone(QTimeZone::utc());
    model.setSeries(answer.shown());
    const int value = model.valueColumn();
    QCOMPARE(model.index(0, value).data().toString(), QStringLiteral("25%"));
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("2023-11-14 22:13:35"));
    QCOMPARE(model.index(1, value).data().toString(), QStringLiteral("DOWN"));
    QCOMPARE(model.index(2, value).data().toString(), QStringLiteral("NaN"));
    QCOMPARE(model.index(0, value).data(Qt::TextAlignmentRole).value<Qt::Alignment>(),
             Qt::AlignRight | Qt::AlignVCenter);
}

void TestSeriesTableModel::sortsValuesAsNumbersAndTimesAsTimes()
{
    const Answer answer {{up(QStringLiteral("a"), {10}), up(QStringLiteral("b"), {9, 9}),
                          up(QStringLiteral("c"), {kNaN})},
                         {}};
    SeriesTableModel model({QStringLiteral("instance")});
    model.setSeries(answer.shown());
    const int value = model.valueColumn();
    QCOMPARE(model.index(0, value).data(models::SortRole).toDouble(), 10.0);
    QCOMPARE(model.index(1, value).data(models::SortRole).toDouble(), 9.0);
    QVERIFY(model.index(2, value).data(models::SortRole).toDouble()
            < model.index(1, value).data(models::SortRole).toDouble());
    QVERIFY(model.index(1, 0).data(models::SortRole).toDouble()
            > model.index(0, 0).data(models::SortRole).toDouble());
}

void TestSeriesTableModel::aRefreshKeepsRowsByTheirLabels()
{
    Answer answer {{up(QStringLiteral("a"), {1}), up(QStringLiteral("b"), {1})}, {}};
    SeriesTableModel model({QStringLiteral("instance")});
    model.setSeries(answer.shown());
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    answer.series = {up(QStringLiteral("a"), {1}), up(QStringLiteral("b"), {0})};
    model.setSeries(answer.shown());
    QCOMPARE(reset.size(), 0);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().toModelIndex().row(), 1);
    // NaN staying NaN is no change.
    answer.series = {up(QStringLiteral("a"), {kNaN}), up(QStringLiteral("b"), {0})};
    model.setSeries(answer.shown());
    changed.clear();
    model.setSeries(answer.shown());
    QCOMPARE(changed.size(), 0);
}

void TestSeriesTableModel::timesFollowTheZone()
{
    const Answer answer {{up(QStringLiteral("a"), {1})}, {}};
    SeriesTableModel model({QStringLiteral("instance")});
    model.setTimeZone(QTimeZone::utc());
    model.setSeries(answer.shown());
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("2023-11-14 22:13:20"));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setTimeZone(QTimeZone("Europe/Berlin"));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("2023-11-14 23:13:20"));
    QCOMPARE(model.index(0, 0).data(Qt::ToolTipRole).toString(),
             QStringLiteral("2023-11-14T22:13:20.000Z"));
}

QTEST_MAIN(TestSeriesTableModel)
#include "tst_seriestablemodel.moc"
