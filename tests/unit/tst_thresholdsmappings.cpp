// Threshold colours (absolute and percentage), value mappings in order, Grafana's colour names
// as hex, the classic series palette, and one value as a panel shows it.
#include "dashboard/displayvalue.h"
#include "dashboard/grafanacolors.h"
#include "dashboard/thresholds.h"
#include "dashboard/valuemapping.h"

#include <QTest>

#include <limits>

using namespace eucora::dashboard;

namespace {

const double kNaN = std::numeric_limits<double>::quiet_NaN();

Thresholds greenRed(ThresholdsMode mode, double red)
{
    return {mode, {{std::nullopt, QStringLiteral("green")}, {red, QStringLiteral("red")}}};
}

std::vector<ValueMapping> mappings()
{
    ValueMapping values;
    values.type = MappingType::Value;
    values.values = {{QStringLiteral("0"), {QStringLiteral("HEALTHY"), QStringLiteral("green"), 0}},
                     {QStringLiteral("1.5"), {QStringLiteral("half"), {}, {}}},
                     {QStringLiteral("up"), {QStringLiteral("UP"), QStringLiteral("blue"), {}}}};
    ValueMapping range;
    range.type = MappingType::Range;
    range.from = 1;
    range.to = 5;
    range.result = {QStringLiteral("low"), QStringLiteral("orange"), {}};
    ValueMapping openEnded;
    openEnded.type = MappingType::Range;
    openEnded.from = 100;
    openEnded.result = {QStringLiteral("high"), {}, {}};
    ValueMapping null;
    null.type = MappingType::Special;
    null.match = SpecialMatch::Null;
    null.result = {QStringLiteral("no data"), QStringLiteral("text"), {}};
    ValueMapping nan;
    nan.type = MappingType::Special;
    nan.match = SpecialMatch::NaN;
    nan.result = {QStringLiteral("not a number"), {}, {}};
    ValueMapping empty;
    empty.type = MappingType::Special;
    empty.match = SpecialMatch::Empty;
    empty.result = {QStringLiteral("(empty)"), {}, {}};
    ValueMapping regex;
    regex.type = MappingType::Regex;
    regex.pattern = QStringLiteral("/^node-(\\d+)$/");
    regex.result = {QStringLiteral("Node $1"), QStringLiteral("purple"), {}};
    // A later mapping for 3 never wins over the range before it.
    ValueMapping three;
    three.values = {{QStringLiteral("3"), {QStringLiteral("three"), {}, {}}}};
    return {values, range, openEnded, null, nan, empty, regex, three};
}

} // namespace

class TestThresholdsMappings : public QObject
{
    Q_OBJECT

private slots:
    void absoluteThresholds_data();
    void absoluteThresholds();
    void percentageThresholdsUseTheFieldRange();
    void stepsSortWithTheBaseFirst();
    void numbersMapInOrder_data();
    void numbersMapInOrder();
    void textsMapWithRegexAndSpecials_data();
    void textsMapWithRegexAndSpecials();
    void grafanaColorNamesResolve_data();
    void grafanaColorNamesResolve();
    void classicPaletteOrder();
    void displayValueCombinesEverything();
};

void TestThresholdsMappings::absoluteThresholds_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("color");
    QTest::newRow("below") << 50.0 << "green";
    QTest::newRow("at the step") << 80.0 << "red";
    QTest::newRow("above") << 1e9 << "red";
    QTest::newRow("minus infinity") << -std::numeric_limits<double>::infinity() << "green";
    QTest::newRow("NaN has none") << kNaN << "";
}

void TestThresholdsMappings::absoluteThresholds()
{
    QFETCH(double, value);
    QFETCH(QString, color);
    QCOMPARE(thresholdColor(greenRed(ThresholdsMode::Absolute, 80), value), color);
    QCOMPARE(thresholdColor(Thresholds {ThresholdsMode::Absolute, {}}, 1), QString());
}

void TestThresholdsMappings::percentageThresholdsUseTheFieldRange()
{
    const Thresholds half = greenRed(ThresholdsMode::Percentage, 50);
    QCOMPARE(thresholdColor(half, 90, 0, 200), QStringLiteral("green")); // 45 %
    QCOMPARE(thresholdColor(half, 100, 0, 200), QStringLiteral("red")); // 50 %
    QCOMPARE(thresholdColor(half, -50, -100, 0), QStringLiteral("red")); // 50 %
    QCOMPARE(thresholdColor(half, 7, 7, 7), QStringLiteral("green")); // a flat range is 0 %
    QCOMPARE(thresholdColor(half, 60), QStringLiteral("red")); // no range: the value is the %
}

void TestThresholdsMappings::stepsSortWithTheBaseFirst()
{
    std::vector<ThresholdStep> steps {{99.0, QStringLiteral("green")},
                                      {std::nullopt, QStringLiteral("red")},
                                      {95.0, QStringLiteral("orange")}};
    sortThresholdSteps(steps);
    QCOMPARE(steps.at(0).color, QStringLiteral("red"));
    QCOMPARE(steps.at(1).color, QStringLiteral("orange"));
    QCOMPARE(steps.at(2).color, QStringLiteral("green"));
}

void TestThresholdsMappings::numbersMapInOrder_data()
{
    QTest::addColumn<double>("value"); // NaN here is a NaN sample
    QTest::addColumn<bool>("isNull");
    QTest::addColumn<QString>("text"); // empty: no mapping
    QTest::addColumn<QString>("color");
    QTest::newRow("value 0") << 0.0 << false << "HEALTHY"
                             << "green";
    QTest::newRow("value 1.5 by its text") << 1.5 << false << "half"
                                           << "";
    QTest::newRow("range") << 2.0 << false << "low"
                           << "orange";
    QTest::newRow("range end included") << 5.0 << false << "low"
                                        << "orange";
    QTest::newRow("first match wins") << 3.0 << false << "low"
                                      << "orange";
    QTest::newRow("open-ended range") << 1000.0 << false << "high"
                                      << "";
    QTest::newRow("unmapped") << 50.0 << false << ""
                              << "";
    QTest::newRow("null") << 0.0 << true << "no data"
                          << "text";
    QTest::newRow("NaN") << kNaN << false << "not a number"
                         << "";
}

void TestThresholdsMappings::numbersMapInOrder()
{
    QFETCH(double, value);
    QFETCH(bool, isNull);
    QFETCH(QString, text);
    QFETCH(QString, color);
    const auto mapped = mapValue(mappings(), isNull ? std::nullopt : std::optional<double>(value));
    QCOMPARE(mapped.has_value(), !text.isEmpty());
    if (mapped) {
        QCOMPARE(mapped->text, text);
        QCOMPARE(mapped->color, color);
    }
}

void TestThresholdsMappings::textsMapWithRegexAndSpecials_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("text");
    QTest::newRow("value") << "up"
                           << "UP";
    QTest::newRow("regex with $1") << "node-12"
                                   << "Node 12";
    QTest::newRow("regex must match") << "node-x"
                                      << "";
    QTest::newRow("empty") << ""
                           << "(empty)";
    QTest::newRow("numeric text in a range") << "4"
                                             << "low";
}

void TestThresholdsMappings::textsMapWithRegexAndSpecials()
{
    QFETCH(QString, input);
    QFETCH(QString, text);
    const auto mapped = mapText(mappings(), input);
    QCOMPARE(mapped ? mapped->text : QString(), text);
}

void TestThresholdsMappings::grafanaColorNamesResolve_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("dark");
    QTest::addColumn<QString>("hex");
    QTest::newRow("green dark") << "green" << true << "#73BF69";
    QTest::newRow("green light") << "green" << false << "#56A64B";
    QTest::newRow("dark-red") << "dark-red" << true << "#C4162A";
    QTest::newRow("semi-dark-orange") << "semi-dark-orange" << true << "#FF780A";
    QTest::newRow("super-light-blue dark") << "super-light-blue" << true << "#C0D8FF";
    QTest::newRow("super-light-blue light") << "super-light-blue" << false << "#8AB8FF";
    QTest::newRow("light-yellow") << "light-yellow" << true << "#FFEE52";
    QTest::newRow("purple light") << "purple" << false << "#A352CC";
    QTest::newRow("transparent") << "transparent" << true << "#00000000";
    QTest::newRow("text dark") << "text" << true << "#CCCCDC";
    QTest::newRow("text light") << "text" << false << "#24292E";
    QTest::newRow("hex") << "#7eb26d" << true << "#7EB26D";
    QTest::newRow("short hex") << "#abc" << true << "#AABBCC";
    QTest::newRow("hex with alpha") << "#11223380" << true << "#80112233";
    QTest::newRow("rgb") << "rgb(1, 2, 3)" << true << "#010203";
    QTest::newRow("rgba") << "rgba(237, 129, 40, 0.89)" << true << "#E3ED8128";
    QTest::newRow("css name") << "AliceBlue" << true << "#F0F8FF";
    QTest::newRow("unknown") << "nonsense" << true << "";
}

void TestThresholdsMappings::grafanaColorNamesResolve()
{
    QFETCH(QString, name);
    QFETCH(bool, dark);
    QFETCH(QString, hex);
    QCOMPARE(colorHex(name, dark), hex);
}

void TestThresholdsMappings::classicPaletteOrder()
{
    const QStringList &palette = classicPalette();
    QCOMPARE(
        palette.mid(0, 6),
        QStringList({QStringLiteral("green"), QStringLiteral("yellow"), QStringLiteral("blue"),
                     QStringLiteral("orange"), QStringLiteral("red"), QStringLiteral("purple")}));
    QCOMPARE(palette.size(), 64);
    QCOMPARE(seriesColorHex(0, true), QStringLiteral("#73BF69"));
    QCOMPARE(seriesColorHex(2, true), QStringLiteral("#5794F2"));
    QCOMPARE(seriesColorHex(18, true), QStringLiteral("#447EBC"));
    QCOMPARE(seriesColorHex(64, true), QStringLiteral("#73BF69"));
    QCOMPARE(seriesColorHex(-1, true), QStringLiteral("#DEDAF7"));
    const QStringList &legacy = legacyClassicColors();
    QCOMPARE(legacy.size(), 56);
    QCOMPARE(legacy.mid(0, 8),
             QStringList({QStringLiteral("#7EB26D"), QStringLiteral("#EAB839"),
                          QStringLiteral("#6ED0E0"), QStringLiteral("#EF843C"),
                          QStringLiteral("#E24D42"), QStringLiteral("#1F78C1"),
                          QStringLiteral("#BA43A9"), QStringLiteral("#705DA0")}));
    QCOMPARE(legacy.at(10), QStringLiteral("#447EBC"));
    QCOMPARE(legacy.last(), QStringLiteral("#DEDAF7"));
}

void TestThresholdsMappings::displayValueCombinesEverything()
{
    FieldDefaults field;
    field.unit = QStringLiteral("short");
    field.mappings = mappings();
    QCOMPARE(displayValue(0.0, field),
             (DisplayValue {{{}, QStringLiteral("HEALTHY"), {}}, QStringLiteral("green")}));
    QCOMPARE(displayValue(1500.0, field).toString(), QStringLiteral("high"));
    QCOMPARE(displayValue(90.0, field),
             (DisplayValue {{{}, QStringLiteral("90"), {}}, QStringLiteral("red")}));
    QCOMPARE(displayValue(std::nullopt, field).toString(), QStringLiteral("no data"));
    field.mappings.clear();
    QCOMPARE(displayValue(std::nullopt, field).toString(), QStringLiteral("No data"));
    field.noValue = QStringLiteral("—");
    QCOMPARE(displayValue(std::nullopt, field).toString(), QStringLiteral("—"));
    QCOMPARE(displayValue(kNaN, field),
             (DisplayValue {{{}, QStringLiteral("NaN"), {}}, QString()}));
    QCOMPARE(
        displayValue(2500.0, field),
        (DisplayValue {{{}, QStringLiteral("2.50"), QStringLiteral(" K")}, QStringLiteral("red")}));
    field.thresholds = greenRed(ThresholdsMode::Percentage, 50);
    field.min = 0;
    field.max = 10000;
    QCOMPARE(displayValue(2500.0, field).color, QStringLiteral("green"));
    field.min.reset();
    field.max.reset();
    QCOMPARE(displayValue(2500.0, field, 0, 4000).color, QStringLiteral("red")); // 62.5 %
}

QTEST_GUILESS_MAIN(TestThresholdsMappings)
#include "tst_thresholdsmappings.moc"
