#include "panels/rendererregistry.h"

#include "panels/bargaugerenderer.h"
#include "panels/gaugerenderer.h"
#include "panels/placeholderrenderer.h"
#include "panels/statetimelinerenderer.h"
#include "panels/statrenderer.h"
#include "panels/tablerenderer.h"
#include "panels/textrenderer.h"
#include "panels/timeseriesrenderer.h"

namespace eucora::app {

namespace {

template<typename Renderer> RendererRegistry::Factory factory()
{
    return [](const dashboard::Panel &panel, QWidget *parent) -> PanelRenderer * {
        return new Renderer(panel, parent);
    };
}

} // namespace

RendererRegistry::RendererRegistry()
{
    add(QStringLiteral("timeseries"), factory<TimeSeriesRenderer>());
    add(QStringLiteral("stat"), factory<StatRenderer>());
    add(QStringLiteral("gauge"), factory<GaugeRenderer>());
    add(QStringLiteral("bargauge"), factory<BarGaugeRenderer>());
    add(QStringLiteral("table"), factory<TableRenderer>());
    add(QStringLiteral("state-timeline"), factory<StateTimelineRenderer>());
    add(QStringLiteral("text"), factory<TextRenderer>());
}

void RendererRegistry::add(const QString &type, Factory factory)
{
    m_factories[type] = std::move(factory);
}

PanelRenderer *RendererRegistry::create(const dashboard::Panel &panel,
                                        const dashboard::Dashboard &dashboard,
                                        QWidget *parent) const
{
    if (panel.kind != dashboard::PanelKind::Placeholder) {
        const auto it = m_factories.find(panel.type);
        if (it != m_factories.end())
            return it->second(panel, parent);
    }
    return new PlaceholderRenderer(panel, PlaceholderRenderer::describe(panel, dashboard), parent);
}

} // namespace eucora::app
