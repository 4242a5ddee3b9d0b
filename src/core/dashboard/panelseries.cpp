#include "dashboard/panelseries.h"

#include "dashboard/fieldoverrides.h"
#include "dashboard/grafanacolors.h"
#include "dashboard/interpolation.h"
#include "dashboard/reducers.h"
#include "dashboard/thresholds.h"

#include <QCryptographicHash>

namespace eucora::dashboard {

namespace {

const Target *targetOf(const Panel &panel, const QString &refId)
{
    for (const Target &target : panel.targets) {
        if (target.refId == refId)
            return &target;
    }
    return nullptr;
}

QString seriesColor(const FieldDefaults &field, const ShownSeries &s, int index, bool dark)
{
    const FieldColorMode mode = field.color.mode.value_or(FieldColorMode::PaletteClassic);
    switch (mode) {
    case FieldColorMode::Fixed:
    case FieldColorMode::Shades:
        if (const QString fixed = colorHex(field.color.fixedColor, dark); !fixed.isEmpty())
            return fixed;
        break;
    case FieldColorMode::Thresholds:
    case FieldColorMode::Continuous:
        if (s.data) {
            if (const auto last = reduce(s.data->values, Reducer::LastNotNull)) {
                const QString color
                    = colorHex(thresholdColor(field.thresholds, *last, field.min, field.max), dark);
                if (!color.isEmpty())
                    return color;
            }
        }
        break;
    case FieldColorMode::PaletteClassicByName: {
        // The same name gets the same colour in every panel and every run.
        const QByteArray hash = QCryptographicHash::hash(s.name.toUtf8(), QCryptographicHash::Md5);
        return seriesColorHex(int(quint8(hash.at(0))), dark);
    }
    case FieldColorMode::PaletteClassic:
        break;
    }
    return seriesColorHex(index, dark);
}

} // namespace

std::vector<ShownSeries> shownSeries(const Panel &panel, const PanelState &state, bool darkTheme)
{
    std::vector<ShownSeries> out;
    for (size_t i = 0; i < state.series.size(); ++i) {
        const QString refId = i < state.refIds.size() ? state.refIds[i] : QString();
        const Target *target = targetOf(panel, refId);
        if (target && target->hide)
            continue;
        ShownSeries s;
        s.refId = refId;
        s.data = &state.series[i];
        s.index = i;
        s.name = legendName(target ? target->legendFormat : QString(), s.data->labels);
        s.field = fieldConfigFor(panel.fieldConfig, s.name, refId);
        if (!s.field.displayName.isEmpty()) // ${__field.labels.x} and friends are not modelled
            s.name = s.field.displayName;
        out.push_back(std::move(s));
    }
    for (size_t i = 0; i < out.size(); ++i)
        out[i].color = seriesColor(out[i].field, out[i], int(i), darkTheme);
    return out;
}

FieldDefaults panelField(const Panel &panel)
{
    return panel.fieldConfig.defaults;
}

} // namespace eucora::dashboard
