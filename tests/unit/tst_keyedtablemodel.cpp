// KeyedTableModel with a tiny row type: setRows() announces the finest steps (removed ranges,
// moved rows, inserted ranges, one changed row), ends in exactly the new order, keeps
// persistent indexes on their rows, and stays clean under QAbstractItemModelTester.
#include "models/keyedtablemodel.h"
#include "models/modelroles.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <random>

using eucora::models::KeyedTableModel;

namespace {

struct Item
{
    QString name;
    int value = 0;

    bool operator==(const Item &other) const { return name == other.name && value == other.value; }
};

} // namespace

class ItemModel : public KeyedTableModel<Item>
{
    Q_OBJECT

public:
    ItemModel()
        : KeyedTableModel(2, nullptr)
    { }

protected:
    QString keyOf(const Item &row) const override { return row.name; }
    QString canonicalKey(const QString &name) const override { return name.toCaseFolded(); }
    QStringList titles() const override
    {
        return {QStringLiteral("name"), QStringLiteral("value")};
    }
    QVariant display(const Item &row, int column) const override
    {
        return column == 0 ? QVariant(row.name) : QVariant(row.value);
    }
};

// Every structural signal as one word, so a test compares the whole story at once.
class SignalLog : public QObject
{
public:
    explicit SignalLog(QAbstractItemModel *model)
    {
        connect(model, &QAbstractItemModel::rowsRemoved, this,
                [this](const QModelIndex &, int first, int last) {
                    events << QStringLiteral("removed %1-%2").arg(first).arg(last);
                });
        connect(model, &QAbstractItemModel::rowsInserted, this,
                [this](const QModelIndex &, int first, int last) {
                    events << QStringLiteral("inserted %1-%2").arg(first).arg(last);
                });
        connect(model, &QAbstractItemModel::rowsMoved, this,
                [this](const QModelIndex &, int first, int, const QModelIndex &, int before) {
                    events << QStringLiteral("moved %1 before %2").arg(first).arg(before);
                });
        connect(model, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                    events << QStringLiteral("changed %1-%2 columns %3-%4")
                                  .arg(topLeft.row())
                                  .arg(bottomRight.row())
                                  .arg(topLeft.column())
                                  .arg(bottomRight.column());
                });
        connect(model, &QAbstractItemModel::modelReset, this,
                [this] { events << QStringLiteral("reset"); });
        connect(model, &QAbstractItemModel::layoutChanged, this,
                [this] { events << QStringLiteral("layout"); });
    }

    QStringList events;
};

class TestKeyedTableModel : public QObject
{
    Q_OBJECT

private slots:
    void insertsInTheMiddle();
    void removesContiguousRanges();
    void reorderingMovesOnlyTheRowsOutOfPlace();
    void aChangedRowAnnouncesOnlyThatRow();
    void identicalRowsAnnounceNothing();
    void fillsAndEmptiesWithoutReset();
    void aTableWithNoRowInCommonIsNew();
    void mixedChangesEndInTheNewOrder();
    void repeatedKeysKeepEveryRow();
    void lookupsAndCounts();
    void rolesOtherThanDisplayHaveDefaults();
    void updateRowReplacesOneRowByKey();
    void fiveThousandReversedRowsComplete();

private:
    static std::vector<Item> items(const QString &names, int value = 0);
    static QString names(const ItemModel &model);
};

std::vector<Item> TestKeyedTableModel::items(const QString &names, int value)
{
    std::vector<Item> out;
    for (const QChar name : names)
        out.push_back({QString(name), value});
    return out;
}

QString TestKeyedTableModel::names(const ItemModel &model)
{
    QString out;
    for (const Item &item : model.rows())
        out += item.name;
    return out;
}

void TestKeyedTableModel::insertsInTheMiddle()
{
    ItemModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRows(items(QStringLiteral("abef")));
    const QPersistentModelIndex e = model.index(2, 1);
    SignalLog log(&model);
    model.setRows(items(QStringLiteral("abcdef")));
    QCOMPARE(log.events, QStringList {QStringLiteral("inserted 2-3")});
    QCOMPARE(names(model), QStringLiteral("abcdef"));
    QCOMPARE(e.row(), 4);
    QCOMPARE(e.column(), 1);
    QCOMPARE(model.rowAt(e.row())->name, QStringLiteral("e"));
}

void TestKeyedTableModel::removesContiguousRanges()
{
    ItemModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRows(items(QStringLiteral("abcdefg")));
    const QPersistentModelIndex d = model.index(3, 0);
    const QPersistentModelIndex c = model.index(2, 0);
    SignalLog log(&model);
    model.setRows(items(QStringLiteral("adfg")));
    QCOMPARE(log.events,
             (QStringList {QStringLiteral("removed 4-4"), QStringLiteral("removed 1-2")}));
    QCOMPARE(names(model), QStringLiteral("adfg"));
    QCOMPARE(d.row(), 1);
    QCOMPARE(d.data().toString(), QStringLiteral("d"));
    QVERIFY(!c.isValid());
}

void TestKeyedTableModel::reorderingMovesOnlyTheRowsOutOfPlace()
{
    ItemModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRows(items(QStringLiteral("abcde")));
    const QPersistentModelIndex a = model.index(0, 0);
    const QPersistentModelIndex c = model.index(2, 1);
    SignalLog log(&model);
    model.setRows(items(QStringLiteral("bcdea"))); // the top row went to the bottom
    QCOMPARE(log.events, QStringList {QStringLiteral("moved 0 before 5")});
    QCOMPARE(names(model), QStringLiteral("bcdea"));
    QCOMPARE(a.row(), 4);
    QCOMPARE(c.row(), 1);

    log.events.clear();
    model.setRows(items(QStringLiteral("adcbe"))); // two swapped, one back to the top
    QCOMPARE(names(model), QStringLiteral("adcbe"));
    QCOMPARE(log.events.size(), 3); // the longest run already in order is two rows
    QVERIFY(std::all_of(log.events.begin(), log.events.end(),
                        [](const QString &e) { return e.startsWith(QLatin1String("moved")); }));
    QCOMPARE(a.row(), 0);
    QCOMPARE(c.data().toString(), QStringLiteral("0"));
    QCOMPARE(model.index(c.row(), 0).data().toString(), QStringLiteral("c"));
}

void TestKeyedTableModel::aChangedRowAnnouncesOnlyThatRow()
{
    ItemModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRows(items(QStringLiteral("abc")));
    const QPersistentModelIndex b = model.index(1, 1);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    SignalLog log(&model);
    auto next = items(QStringLiteral("abc"));
    next[1].value = 7;
    model.setRows(next);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex(), model.index(1, 0));
    QCOMPARE(changed.first().at(1).toModelIndex(), model.index(1, 1));
    QCOMPARE(log.events, QStringList {QStringLiteral("changed 1-1 columns 0-1")});
    QCOMPARE(b.row(), 1);
    QCOMPARE(b.data().toInt(), 7);
}

void TestKeyedTableModel::identicalRowsAnnounceNothing()
{
    ItemModel model;
    model.setRows(items(QStringLiteral("abc"), 3));
    SignalLog log(&model);
    QSignalSpy aboutToChange(&model, &QAbstractItemModel::layoutAboutToBeChanged);
    model.setRows(items(QStringLiteral("abc"), 3));
    QCOMPARE(log.events, QStringList());

    model.setRows({});
    log.events.clear();
    model.setRows({});
    QCOMPARE(log.events, QStringList());
    QCOMPARE(aboutToChange.count(), 0);
}

void TestKeyedTableModel::fillsAndEmptiesWithoutReset()
{
    ItemModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    SignalLog log(&model);
    model.setRows(items(QStringLiteral("abcd")));
    QCOMPARE(log.events, QStringList {QStringLiteral("inserted 0-3")});
    const QPersistentModelIndex b = model.index(1, 0);
    QCOMPARE(b.data().toString(), QStringLiteral("b"));

    log.events.clear();
    model.setRows({});
    QCOMPARE(log.events, QStringList {QStringLiteral("removed 0-3")});
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!b.isValid());
}

void TestKeyedTableModel::aTableWithNoRowInCommonIsNew()
{
    ItemModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRows(items(QStringLiteral("ab")));
    SignalLog log(&model);
    model.setRows(items(QStringLiteral("xyz")));
    QCOMPARE(log.events, QStringList {QStringLiteral("reset")});
    QCOMPARE(names(model), QStringLiteral("xyz"));
}

void TestKeyedTableModel::mixedChangesEndInTheNewOrder()
{
    // Random subsets, orders and values of a small alphabet, each round checked against the
    // input and against persistent indexes taken on every row before it.
    ItemModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QString alphabet = QStringLiteral("abcdefghijklmnopqrst");
    std::mt19937 random(20250304);
    for (int round = 0; round < 300; ++round) {
        std::vector<Item> next;
        for (const QChar name : alphabet) {
            if (random() % 3 != 0)
                next.push_back({QString(name), int(random() % 3)});
        }
        if (round % 2 == 0)
            std::shuffle(next.begin(), next.end(), random);
        else if (!next.empty()) // a few rows out of place, as a refresh usually brings
            std::swap(next[random() % next.size()], next[random() % next.size()]);

        std::vector<std::pair<QString, QPersistentModelIndex>> followed;
        for (int row = 0; row < model.rowCount(); ++row)
            followed.emplace_back(model.rowAt(row)->name, model.index(row, int(random() % 2)));
        model.setRows(next);

        QVERIFY(model.rows() == next);
        for (const auto &[name, index] : followed) {
            const int row = model.rowOf(name);
            QCOMPARE(index.isValid(), row >= 0);
            if (row >= 0)
                QCOMPARE(index.row(), row);
        }
    }
}

void TestKeyedTableModel::repeatedKeysKeepEveryRow()
{
    ItemModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRows({{QStringLiteral("a"), 1}, {QStringLiteral("A"), 2}, {QStringLiteral("b"), 3}});
    const std::vector<Item> next {
        {QStringLiteral("b"), 3}, {QStringLiteral("a"), 1}, {QStringLiteral("A"), 2}};
    model.setRows(next);
    QVERIFY(model.rows() == next);
    QCOMPARE(model.rowOf(QStringLiteral("A")), 1); // the first of the two
}

void TestKeyedTableModel::lookupsAndCounts()
{
    ItemModel model;
    model.setRows({{QStringLiteral("a"), 1}, {QStringLiteral("b"), 2}, {QStringLiteral("c"), 1}});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), 2);
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);
    QCOMPARE(model.rowAt(1)->name, QStringLiteral("b"));
    QVERIFY(!model.rowAt(-1));
    QVERIFY(!model.rowAt(3));
    QCOMPARE(model.rowOf(QStringLiteral("c")), 2);
    QCOMPARE(model.rowOf(QStringLiteral("C")), 2);
    QCOMPARE(model.rowOf(QStringLiteral("z")), -1);
    QCOMPARE(model.find(QStringLiteral("B"))->value, 2);
    QVERIFY(!model.find(QStringLiteral("z")));
    QCOMPARE(model.countIf([](const Item &item) { return item.value == 1; }), 2);
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("value"));
    QCOMPARE(model.headerData(1, Qt::Vertical).toInt(), 2);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("is not valid")));
    QVERIFY(!model.data(model.index(3, 0)).isValid());
}

void TestKeyedTableModel::rolesOtherThanDisplayHaveDefaults()
{
    ItemModel model;
    model.setRows({{QStringLiteral("Jamf"), 5}});
    const QModelIndex value = model.index(0, 1);
    QCOMPARE(value.data().toInt(), 5);
    QCOMPARE(value.data(Qt::ToolTipRole).toInt(), 5);
    QCOMPARE(value.data(eucora::models::SortRole).toInt(), 5);
    QCOMPARE(value.data(eucora::models::ToneRole).toInt(), int(eucora::models::Tone::Neutral));
    QCOMPARE(value.data(eucora::models::KeyRole).toString(), QStringLiteral("Jamf"));
    QVERIFY(!value.data(Qt::TextAlignmentRole).isValid());
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("name"));
    QVERIFY(!model.headerData(0, Qt::Horizontal, Qt::ToolTipRole).isValid());
    QVERIFY(!model.headerData(2, Qt::Horizontal).isValid());
}

void TestKeyedTableModel::updateRowReplacesOneRowByKey()
{
    ItemModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRows(items(QStringLiteral("abc")));
    SignalLog log(&model);
    QVERIFY(model.updateRow({QStringLiteral("C"), 9}));
    QCOMPARE(log.events, QStringList {QStringLiteral("changed 2-2 columns 0-1")});
    QCOMPARE(model.rowAt(2)->value, 9);
    log.events.clear();
    QVERIFY(model.updateRow({QStringLiteral("C"), 9}));
    QVERIFY(!model.updateRow({QStringLiteral("z"), 1}));
    QCOMPARE(log.events, QStringList());
    QCOMPARE(model.rowCount(), 3);
}

void TestKeyedTableModel::fiveThousandReversedRowsComplete()
{
    ItemModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    std::vector<Item> rows;
    for (int i = 0; i < 5000; ++i)
        rows.push_back({QStringLiteral("row %1").arg(i), i});
    model.setRows(rows);
    const QPersistentModelIndex first = model.index(0, 0);
    std::reverse(rows.begin(), rows.end());
    QElapsedTimer timer;
    timer.start();
    model.setRows(rows);
    qInfo("5,000 rows reversed in %lld ms", timer.elapsed());
    QVERIFY(model.rows() == rows);
    QCOMPARE(first.row(), 4999);
}

QTEST_MAIN(TestKeyedTableModel)
#include "tst_keyedtablemodel.moc"
