// Grafana's colour names as hex, for the dark and the light theme, and the order in which
// series take colours ("palette-classic"). Values from Grafana's
// packages/grafana-data/src/themes/createVisualizationColors.ts (getDarkHues, getLightHues,
// getClassicPalette, nativeColorNames) and createColors.ts (text, background).
#pragma once

#include <QString>
#include <QStringList>

namespace eucora::dashboard {

// "#RRGGBB" for a Grafana name ("green", "dark-red", "semi-dark-orange", "super-light-blue",
// "text", "transparent"), a CSS name, "#rgb", "#rrggbb", "#rrggbbaa", "rgb(...)" or
// "rgba(...)". A colour with transparency comes back as "#AARRGGBB" (the form QColor reads).
// Empty for anything else.
QString colorHex(const QString &grafanaColor, bool darkTheme);

// Grafana's palette-classic (since 7.3): names first, then fixed hex values.
const QStringList &classicPalette();

// The hex colour of the n-th series in palette-classic, wrapping around.
QString seriesColorHex(int index, bool darkTheme);

// The list Grafana used before 7.3 ("#7EB26D" pale green, "#EAB839" mustard, ...), which
// dashboards of that time were designed against.
const QStringList &legacyClassicColors();

} // namespace eucora::dashboard
