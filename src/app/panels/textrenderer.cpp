#include "panels/textrenderer.h"

#include "dashboard/grafanacolors.h"
#include "dashboard/interpolation.h"

#include <QFontDatabase>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QVBoxLayout>

namespace eucora::app {

namespace {

// A dashboard is a document from elsewhere: whatever its content names (an image on a server,
// a local file, a style sheet) stays unloaded.
class OfflineBrowser : public QTextBrowser
{
public:
    using QTextBrowser::QTextBrowser;

    QVariant loadResource(int, const QUrl &) override { return {}; }
};

// Qt colours links from the application's palette, which need not be the panel's theme; a
// dark-blue link on a dark panel cannot be read.
void colourLinks(QTextDocument *document, const QColor &color)
{
    QTextCursor cursor(document);
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid() || !fragment.charFormat().isAnchor())
                continue;
            QTextCharFormat format;
            format.setForeground(color);
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.mergeCharFormat(format);
        }
    }
}

} // namespace

TextRenderer::TextRenderer(const dashboard::Panel &panel, QWidget *parent)
    : PanelRenderer(panel, parent)
    , m_browser(new OfflineBrowser(this))
{
    m_browser->setOpenLinks(false);
    m_browser->setOpenExternalLinks(false);
    m_browser->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
}

void TextRenderer::showData(const dashboard::PanelState &, const PanelContext &context)
{
    QString content = panel().options.content;
    if (context.dashboard) {
        dashboard::MacroContext macros;
        macros.range = context.range;
        content = dashboard::interpolateText(content, context.dashboard->variables, macros).text;
    }
    if (content == m_content && context.darkTheme == m_dark && !m_browser->document()->isEmpty())
        return;
    m_content = content;
    m_dark = context.darkTheme;
    switch (panel().options.textPanelMode) {
    case dashboard::TextPanelMode::Markdown:
        m_browser->setMarkdown(content);
        colourLinks(m_browser->document(),
                    QColor(dashboard::colorHex(QStringLiteral("blue"), m_dark)));
        break;
    case dashboard::TextPanelMode::Html:
        m_browser->setHtml(content);
        colourLinks(m_browser->document(),
                    QColor(dashboard::colorHex(QStringLiteral("blue"), m_dark)));
        break;
    case dashboard::TextPanelMode::Code:
        m_browser->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        m_browser->setLineWrapMode(QTextEdit::NoWrap);
        m_browser->setPlainText(content);
        break;
    }
}

QJsonObject TextRenderer::exportContent() const
{
    return {{QStringLiteral("value"), shownText()}};
}

QString TextRenderer::shownText() const
{
    return m_browser->toPlainText();
}

} // namespace eucora::app
