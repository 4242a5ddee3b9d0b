#include "panels/widgetrenderer.h"

#include <QAbstractItemModel>
#include <QJsonArray>
#include <QVBoxLayout>

namespace eucora::app {

WidgetRenderer::WidgetRenderer(const dashboard::Panel &panel, QWidget *content,
                               const QAbstractItemModel *model, ContextSink sink, QWidget *parent)
    : PanelRenderer(panel, parent)
    , m_content(content)
    , m_model(model)
    , m_sink(std::move(sink))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(content);
}

void WidgetRenderer::showData(const dashboard::PanelState &, const PanelContext &context)
{
    if (m_sink)
        m_sink(context);
}

QJsonObject WidgetRenderer::exportContent() const
{
    if (m_exporter)
        return m_exporter();
    if (!m_model)
        return {};
    return {{QStringLiteral("rows"), modelRows(*m_model)}};
}

QJsonArray modelRows(const QAbstractItemModel &model)
{
    QJsonArray rows;
    for (int r = 0; r < model.rowCount(); ++r) {
        QJsonObject row;
        for (int c = 0; c < model.columnCount(); ++c)
            row.insert(model.headerData(c, Qt::Horizontal).toString(),
                       QJsonValue::fromVariant(model.index(r, c).data()));
        rows.append(row);
    }
    return rows;
}

} // namespace eucora::app
