#include "panels/rendererregistry.h"

#include "panels/placeholderrenderer.h"
#include "panels/timeseriesrenderer.h"

namespace eucora::app {

RendererRegistry::RendererRegistry()
{
    add(QStringLiteral("timeseries"), [](const dashboard::Panel &panel, QWidget *parent) {
        return new TimeSeriesRenderer(panel, parent);
    });
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
