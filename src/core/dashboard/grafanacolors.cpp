#include "dashboard/grafanacolors.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <utility>

namespace eucora::dashboard {

namespace {

// The five shades of each hue, lightest first: super-light-, light-, the plain name,
// semi-dark-, dark-.
struct Hue
{
    const char *name;
    const char *dark[5];
    const char *light[5];
};

constexpr Hue kHues[] = {
    {"red",
     {"#FFA6B0", "#FF7383", "#F2495C", "#E02F44", "#C4162A"},
     {"#FF7383", "#F2495C", "#E02F44", "#C4162A", "#AD0317"}},
    {"orange",
     {"#FFCB7D", "#FFB357", "#FF9830", "#FF780A", "#FA6400"},
     {"#FFB357", "#FF9830", "#FF780A", "#FA6400", "#E55400"}},
    {"yellow",
     {"#FFF899", "#FFEE52", "#FADE2A", "#F2CC0C", "#E0B400"},
     {"#FFEE52", "#FADE2A", "#F2CC0C", "#E0B400", "#CC9D00"}},
    {"green",
     {"#C8F2C2", "#96D98D", "#73BF69", "#56A64B", "#37872D"},
     {"#96D98D", "#73BF69", "#56A64B", "#37872D", "#19730E"}},
    {"blue",
     {"#C0D8FF", "#8AB8FF", "#5794F2", "#3274D9", "#1F60C4"},
     {"#8AB8FF", "#5794F2", "#3274D9", "#1F60C4", "#1250B0"}},
    {"purple",
     {"#DEB6F2", "#CA95E5", "#B877D9", "#A352CC", "#8F3BB8"},
     {"#CA95E5", "#B877D9", "#A352CC", "#8F3BB8", "#7C2EA3"}},
};

constexpr const char *kShadePrefixes[] = {"super-light-", "light-", "", "semi-dark-", "dark-"};

constexpr std::pair<const char *, const char *> kCssColors[] = {
    {"aliceblue", "#F0F8FF"},
    {"antiquewhite", "#FAEBD7"},
    {"aqua", "#00FFFF"},
    {"aquamarine", "#7FFFD4"},
    {"azure", "#F0FFFF"},
    {"beige", "#F5F5DC"},
    {"bisque", "#FFE4C4"},
    {"black", "#000000"},
    {"blanchedalmond", "#FFEBCD"},
    {"blue", "#0000FF"},
    {"blueviolet", "#8A2BE2"},
    {"brown", "#A52A2A"},
    {"burlywood", "#DEB887"},
    {"cadetblue", "#5F9EA0"},
    {"chartreuse", "#7FFF00"},
    {"chocolate", "#D2691E"},
    {"coral", "#FF7F50"},
    {"cornflowerblue", "#6495ED"},
    {"cornsilk", "#FFF8DC"},
    {"crimson", "#DC143C"},
    {"cyan", "#00FFFF"},
    {"darkblue", "#00008B"},
    {"darkcyan", "#008B8B"},
    {"darkgoldenrod", "#B8860B"},
    {"darkgray", "#A9A9A9"},
    {"darkgreen", "#006400"},
    {"darkkhaki", "#BDB76B"},
    {"darkmagenta", "#8B008B"},
    {"darkolivegreen", "#556B2F"},
    {"darkorange", "#FF8C00"},
    {"darkorchid", "#9932CC"},
    {"darkred", "#8B0000"},
    {"darksalmon", "#E9967A"},
    {"darkseagreen", "#8FBC8F"},
    {"darkslateblue", "#483D8B"},
    {"darkslategray", "#2F4F4F"},
    {"darkturquoise", "#00CED1"},
    {"darkviolet", "#9400D3"},
    {"deeppink", "#FF1493"},
    {"deepskyblue", "#00BFFF"},
    {"dimgray", "#696969"},
    {"dodgerblue", "#1E90FF"},
    {"firebrick", "#B22222"},
    {"floralwhite", "#FFFAF0"},
    {"forestgreen", "#228B22"},
    {"fuchsia", "#FF00FF"},
    {"gainsboro", "#DCDCDC"},
    {"ghostwhite", "#F8F8FF"},
    {"gold", "#FFD700"},
    {"goldenrod", "#DAA520"},
    {"gray", "#808080"},
    {"green", "#008000"},
    {"greenyellow", "#ADFF2F"},
    {"honeydew", "#F0FFF0"},
    {"hotpink", "#FF69B4"},
    {"indianred", "#CD5C5C"},
    {"indigo", "#4B0082"},
    {"ivory", "#FFFFF0"},
    {"khaki", "#F0E68C"},
    {"lavender", "#E6E6FA"},
    {"lavenderblush", "#FFF0F5"},
    {"lawngreen", "#7CFC00"},
    {"lemonchiffon", "#FFFACD"},
    {"lightblue", "#ADD8E6"},
    {"lightcoral", "#F08080"},
    {"lightcyan", "#E0FFFF"},
    {"lightgoldenrodyellow", "#FAFAD2"},
    {"lightgrey", "#D3D3D3"},
    {"lightgreen", "#90EE90"},
    {"lightpink", "#FFB6C1"},
    {"lightsalmon", "#FFA07A"},
    {"lightseagreen", "#20B2AA"},
    {"lightskyblue", "#87CEFA"},
    {"lightslategray", "#778899"},
    {"lightsteelblue", "#B0C4DE"},
    {"lightyellow", "#FFFFE0"},
    {"lime", "#00FF00"},
    {"limegreen", "#32CD32"},
    {"linen", "#FAF0E6"},
    {"magenta", "#FF00FF"},
    {"maroon", "#800000"},
    {"mediumaquamarine", "#66CDAA"},
    {"mediumblue", "#0000CD"},
    {"mediumorchid", "#BA55D3"},
    {"mediumpurple", "#9370D8"},
    {"mediumseagreen", "#3CB371"},
    {"mediumslateblue", "#7B68EE"},
    {"mediumspringgreen", "#00FA9A"},
    {"mediumturquoise", "#48D1CC"},
    {"mediumvioletred", "#C71585"},
    {"midnightblue", "#191970"},
    {"mintcream", "#F5FFFA"},
    {"mistyrose", "#FFE4E1"},
    {"moccasin", "#FFE4B5"},
    {"navajowhite", "#FFDEAD"},
    {"navy", "#000080"},
    {"oldlace", "#FDF5E6"},
    {"olive", "#808000"},
    {"olivedrab", "#6B8E23"},
    {"orange", "#FFA500"},
    {"orangered", "#FF4500"},
    {"orchid", "#DA70D6"},
    {"palegoldenrod", "#EEE8AA"},
    {"palegreen", "#98FB98"},
    {"paleturquoise", "#AFEEEE"},
    {"palevioletred", "#D87093"},
    {"papayawhip", "#FFEFD5"},
    {"peachpuff", "#FFDAB9"},
    {"peru", "#CD853F"},
    {"pink", "#FFC0CB"},
    {"plum", "#DDA0DD"},
    {"powderblue", "#B0E0E6"},
    {"purple", "#800080"},
    {"rebeccapurple", "#663399"},
    {"red", "#FF0000"},
    {"rosybrown", "#BC8F8F"},
    {"royalblue", "#4169E1"},
    {"saddlebrown", "#8B4513"},
    {"salmon", "#FA8072"},
    {"sandybrown", "#F4A460"},
    {"seagreen", "#2E8B57"},
    {"seashell", "#FFF5EE"},
    {"sienna", "#A0522D"},
    {"silver", "#C0C0C0"},
    {"skyblue", "#87CEEB"},
    {"slateblue", "#6A5ACD"},
    {"slategray", "#708090"},
    {"snow", "#FFFAFA"},
    {"springgreen", "#00FF7F"},
    {"steelblue", "#4682B4"},
    {"tan", "#D2B48C"},
    {"teal", "#008080"},
    {"thistle", "#D8BFD8"},
    {"tomato", "#FF6347"},
    {"turquoise", "#40E0D0"},
    {"violet", "#EE82EE"},
    {"wheat", "#F5DEB3"},
    {"white", "#FFFFFF"},
    {"whitesmoke", "#F5F5F5"},
    {"yellow", "#FFFF00"},
    {"yellowgreen", "#9ACD32"},
};

QString hueColor(const QString &name, bool darkTheme)
{
    for (const Hue &hue : kHues) {
        for (int shade = 0; shade < 5; ++shade) {
            if (name == QLatin1String(kShadePrefixes[shade]) + QLatin1String(hue.name))
                return QLatin1String(darkTheme ? hue.dark[shade] : hue.light[shade]);
        }
    }
    return {};
}

QString specialColor(const QString &name, bool darkTheme)
{
    if (name == QLatin1String("transparent"))
        return QStringLiteral("#00000000");
    if (name == QLatin1String("text")) // theme.colors.text.primary
        return darkTheme ? QStringLiteral("#CCCCDC") : QStringLiteral("#24292E");
    if (name == QLatin1String("panel-bg")) // theme.colors.background.primary
        return darkTheme ? QStringLiteral("#181B1F") : QStringLiteral("#FFFFFF");
    return {};
}

QString cssColor(const QString &name)
{
    const QString lower = name.toLower();
    for (const auto &[css, hex] : kCssColors) {
        if (lower == QLatin1String(css))
            return QLatin1String(hex);
    }
    return {};
}

QString hex2(int value)
{
    return QStringLiteral("%1").arg(std::clamp(value, 0, 255), 2, 16, QLatin1Char('0')).toUpper();
}

QString argb(int r, int g, int b, double alpha)
{
    const QString rgb = hex2(r) + hex2(g) + hex2(b);
    if (alpha >= 1.0)
        return QLatin1Char('#') + rgb;
    return QLatin1Char('#') + hex2(int(std::lround(std::clamp(alpha, 0.0, 1.0) * 255))) + rgb;
}

QString hexColor(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return {};
    QString digits = match.captured(1).toUpper();
    if (digits.size() == 3) {
        QString expanded;
        for (const QChar c : digits)
            expanded += QString(2, c);
        digits = expanded;
    }
    if (digits.size() == 8) // CSS writes the alpha last, QColor first
        return QLatin1Char('#') + digits.right(2) + digits.left(6);
    return QLatin1Char('#') + digits;
}

QString functionalColor(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^rgba?\\(\\s*(\\d+)\\s*,\\s*(\\d+)\\s*,\\s*(\\d+)\\s*(?:,\\s*([0-9.]+)\\s*)?\\)$"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return {};
    const double alpha = match.captured(4).isEmpty() ? 1.0 : match.captured(4).toDouble();
    return argb(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt(),
                alpha);
}

} // namespace

QString colorHex(const QString &grafanaColor, bool darkTheme)
{
    const QString name = grafanaColor.trimmed();
    for (const QString &resolved : {hueColor(name, darkTheme), specialColor(name, darkTheme),
                                    hexColor(name), functionalColor(name), cssColor(name)}) {
        if (!resolved.isEmpty())
            return resolved;
    }
    return {};
}

const QStringList &classicPalette()
{
    static const QStringList palette {
        QStringLiteral("green"),
        QStringLiteral("yellow"),
        QStringLiteral("blue"),
        QStringLiteral("orange"),
        QStringLiteral("red"),
        QStringLiteral("purple"),
        QStringLiteral("dark-green"),
        QStringLiteral("dark-yellow"),
        QStringLiteral("dark-blue"),
        QStringLiteral("dark-orange"),
        QStringLiteral("dark-red"),
        QStringLiteral("dark-purple"),
        QStringLiteral("super-light-green"),
        QStringLiteral("super-light-yellow"),
        QStringLiteral("super-light-blue"),
        QStringLiteral("super-light-orange"),
        QStringLiteral("super-light-red"),
        QStringLiteral("super-light-purple"),
        QStringLiteral("#447EBC"),
        QStringLiteral("#C15C17"),
        QStringLiteral("#890F02"),
        QStringLiteral("#0A437C"),
        QStringLiteral("#6D1F62"),
        QStringLiteral("#584477"),
        QStringLiteral("#B7DBAB"),
        QStringLiteral("#F4D598"),
        QStringLiteral("#70DBED"),
        QStringLiteral("#F9BA8F"),
        QStringLiteral("#F29191"),
        QStringLiteral("#82B5D8"),
        QStringLiteral("#E5A8E2"),
        QStringLiteral("#AEA2E0"),
        QStringLiteral("#629E51"),
        QStringLiteral("#E5AC0E"),
        QStringLiteral("#64B0C8"),
        QStringLiteral("#E0752D"),
        QStringLiteral("#BF1B00"),
        QStringLiteral("#0A50A1"),
        QStringLiteral("#962D82"),
        QStringLiteral("#614D93"),
        QStringLiteral("#9AC48A"),
        QStringLiteral("#F2C96D"),
        QStringLiteral("#65C5DB"),
        QStringLiteral("#F9934E"),
        QStringLiteral("#EA6460"),
        QStringLiteral("#5195CE"),
        QStringLiteral("#D683CE"),
        QStringLiteral("#806EB7"),
        QStringLiteral("#3F6833"),
        QStringLiteral("#967302"),
        QStringLiteral("#2F575E"),
        QStringLiteral("#99440A"),
        QStringLiteral("#58140C"),
        QStringLiteral("#052B51"),
        QStringLiteral("#511749"),
        QStringLiteral("#3F2B5B"),
        QStringLiteral("#E0F9D7"),
        QStringLiteral("#FCEACA"),
        QStringLiteral("#CFFAFF"),
        QStringLiteral("#F9E2D2"),
        QStringLiteral("#FCE2DE"),
        QStringLiteral("#BADFF4"),
        QStringLiteral("#F9D9F9"),
        QStringLiteral("#DEDAF7"),
    };
    return palette;
}

QString seriesColorHex(int index, bool darkTheme)
{
    const QStringList &palette = classicPalette();
    const int size = int(palette.size());
    return colorHex(palette.at(((index % size) + size) % size), darkTheme);
}

const QStringList &legacyClassicColors()
{
    // The first ten (pale green, mustard, light blue, orange, red, ocean, purple, violet, dark
    // green, dark sand), then the same tail palette-classic still uses.
    static const QStringList colors = [] {
        QStringList list {QStringLiteral("#7EB26D"), QStringLiteral("#EAB839"),
                          QStringLiteral("#6ED0E0"), QStringLiteral("#EF843C"),
                          QStringLiteral("#E24D42"), QStringLiteral("#1F78C1"),
                          QStringLiteral("#BA43A9"), QStringLiteral("#705DA0"),
                          QStringLiteral("#508642"), QStringLiteral("#CCA300")};
        list << classicPalette().mid(18);
        return list;
    }();
    return colors;
}

} // namespace eucora::dashboard
