// One renderer per panel type: the only place that maps a panel's type to the widget that
// draws it. A type without a renderer is drawn as a placeholder that says so.
#pragma once

#include "panels/panelrenderer.h"

#include <functional>
#include <map>

namespace eucora::app {

class RendererRegistry
{
public:
    using Factory = std::function<PanelRenderer *(const dashboard::Panel &, QWidget *parent)>;

    // The built-in renderers: time series, stat, gauge, bar gauge, table, state timeline, text.
    RendererRegistry();

    // Adds or replaces the renderer of `type` ("timeseries", "eucora-breaker-grid", ...).
    void add(const QString &type, Factory factory);
    bool has(const QString &type) const { return m_factories.count(type) > 0; }

    // Never null: a placeholder for a panel the console cannot draw.
    PanelRenderer *create(const dashboard::Panel &panel, const dashboard::Dashboard &dashboard,
                          QWidget *parent) const;

private:
    std::map<QString, Factory> m_factories;
};

} // namespace eucora::app
