#include "panels/tablerenderer.h"

#include "dashboard/panelseries.h"
#include "models/seriestablemodel.h"
#include "views/tonedsortmodel.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QStackedLayout>
#include <QTableView>

#include <cmath>

namespace eucora::app {

TableRenderer::TableRenderer(const dashboard::Panel &panel, QWidget *parent)
    : PanelRenderer(panel, parent)
    , m_proxy(new TonedSortModel(this))
    , m_view(new QTableView(this))
    , m_empty(new QLabel(this))
    , m_stack(new QStackedLayout(this))
{
    m_view->setModel(m_proxy);
    m_view->verticalHeader()->hide();
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    // Grafana's tables start in the answer's order; a header click sorts.
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_stack->setContentsMargins(0, 0, 0, 0);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);
    replaceModel({});
}

TableRenderer::~TableRenderer()
{
    m_proxy->setSourceModel(nullptr);
}

void TableRenderer::replaceModel(const QStringList &labelNames)
{
    auto model = std::make_unique<models::SeriesTableModel>(labelNames);
    m_proxy->setSourceModel(model.get());
    m_model = std::move(model);
}

void TableRenderer::showData(const dashboard::PanelState &state, const PanelContext &context)
{
    const std::vector<dashboard::ShownSeries> shown
        = dashboard::shownSeries(panel(), state, context.darkTheme);
    const QStringList labelNames = models::SeriesTableModel::labelColumns(shown);
    const bool newColumns = labelNames != m_model->labelNames();
    if (newColumns)
        replaceModel(labelNames);
    m_model->setTimeZone(context.zone);
    m_model->setSeries(shown);
    if (newColumns)
        m_view->resizeColumnsToContents();
    m_empty->setText(state.fetchedAt.isValid() ? tr("No data") : QString());
    m_stack->setCurrentWidget(shown.empty() ? static_cast<QWidget *>(m_empty) : m_view);
}

QStringList TableRenderer::columnTexts(int column) const
{
    QStringList texts;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        texts << m_proxy->index(row, column).data().toString();
    return texts;
}

QJsonObject TableRenderer::exportContent() const
{
    // Keys as Grafana names the columns, untranslated, so that an export reads the same in
    // every language.
    QJsonArray rows;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const models::SeriesRow *shown
            = m_model->rowAt(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
        if (!shown)
            continue;
        QJsonObject out;
        out.insert(QStringLiteral("Time"),
                   shown->timeMs ? QJsonValue(double(*shown->timeMs)) : QJsonValue());
        for (int i = 0; i < m_model->labelNames().size(); ++i)
            out.insert(m_model->labelNames()[i], shown->labels.value(i));
        const bool number = shown->value && std::isfinite(*shown->value);
        out.insert(QStringLiteral("Value"), number ? QJsonValue(*shown->value) : QJsonValue());
        rows.append(out);
    }
    return {{QStringLiteral("rows"), rows}};
}

} // namespace eucora::app
