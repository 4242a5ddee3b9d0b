#include "panels/placeholderrenderer.h"

#include <QLabel>
#include <QVBoxLayout>

namespace eucora::app {

PlaceholderRenderer::PlaceholderRenderer(const dashboard::Panel &panel, QString why,
                                         QWidget *parent)
    : PanelRenderer(panel, parent)
    , m_why(std::move(why))
{
    auto *label = new QLabel(m_why, this);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
}

QJsonObject PlaceholderRenderer::exportContent() const
{
    return {{QStringLiteral("placeholder"), m_why}};
}

QString PlaceholderRenderer::describe(const dashboard::Panel &panel,
                                      const dashboard::Dashboard &dashboard)
{
    switch (panel.placeholder) {
    case dashboard::PlaceholderReason::UnsupportedDatasource:
        return tr("This panel queries %1, which the console does not read: only Prometheus.")
            .arg(dashboard::datasourceLabel(panel.datasource, dashboard));
    case dashboard::PlaceholderReason::UnknownType:
        return tr("Panel type \"%1\" is not supported by the console.").arg(panel.type);
    case dashboard::PlaceholderReason::None:
        break;
    }
    return tr("Panel type \"%1\" is not available in this version of the console.").arg(panel.type);
}

} // namespace eucora::app
