#include "panels/reducedvaluerenderer.h"

namespace eucora::app {

ReducedValueRenderer::ReducedValueRenderer(const dashboard::Panel &panel, QWidget *parent)
    : PanelRenderer(panel, parent)
{
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
}

void ReducedValueRenderer::showData(const dashboard::PanelState &state, const PanelContext &context)
{
    m_shown.clear();
    m_dark = context.darkTheme;
    m_export = [this, state = state, dark = context.darkTheme] {
        const std::vector<ReducedValue> values = reducedValues(panel(), state, dark);
        return values.empty() ? QJsonObject() : exportValues(values);
    };
    std::vector<ReducedValue> values;
    // Before the first answer there is nothing to say yet: the frame shows that it is loading.
    if (state.fetchedAt.isValid() || !state.series.empty())
        values = reducedValues(panel(), state, context.darkTheme);
    const dashboard::BigValueTextMode mode = panel().options.textMode;
    const bool named = showsName(mode, values.size());
    const bool valued
        = mode != dashboard::BigValueTextMode::Name && mode != dashboard::BigValueTextMode::None;
    for (const ReducedValue &v : values)
        m_shown.push_back({named ? v.name : QString(), valued ? v.shown.toString() : QString(),
                           v.color, v.value ? rangeFraction(*v.value, v.min, v.max) : 0});
    keepExtras(values, context);
    update();
}

QStringList ReducedValueRenderer::shownTexts() const
{
    QStringList texts;
    for (const Shown &s : m_shown)
        texts << s.text;
    return texts;
}

QStringList ReducedValueRenderer::shownNames() const
{
    QStringList names;
    for (const Shown &s : m_shown)
        names << s.name;
    return names;
}

double ReducedValueRenderer::fraction(int index) const
{
    return index >= 0 && size_t(index) < m_shown.size() ? m_shown[size_t(index)].fraction : 0;
}

} // namespace eucora::app
