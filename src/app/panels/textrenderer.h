// The "text" panel: its content as markdown, HTML or monospace code, with the dashboard's
// variables filled in. Nothing is fetched: images and other resources the content names are
// not loaded, and a link click opens nothing.
#pragma once

#include "panels/panelrenderer.h"

class QTextBrowser;

namespace eucora::app {

class TextRenderer : public PanelRenderer
{
    Q_OBJECT

public:
    TextRenderer(const dashboard::Panel &panel, QWidget *parent);

    void showData(const dashboard::PanelState &state, const PanelContext &context) override;
    QJsonObject exportContent() const override;

    QTextBrowser *browser() const { return m_browser; }
    QString shownText() const; // what the operator reads, without markup

private:
    QTextBrowser *m_browser;
    QString m_content; // after interpolation, as written
    bool m_dark = false;
};

} // namespace eucora::app
