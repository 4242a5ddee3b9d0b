#include "charts/chartlegend.h"

#include <QGuiApplication>
#include <QLabel>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>

namespace eucora::app {

ChartLegend::ChartLegend(QWidget *parent)
    : QWidget(parent)
    , m_scroll(new QScrollArea(this))
{
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll);
}

void ChartLegend::setMode(Mode mode)
{
    m_mode = mode;
    rebuild();
}

void ChartLegend::setColumns(const QStringList &calcTitles)
{
    m_columns = calcTitles;
    rebuild();
}

void ChartLegend::setRows(std::vector<LegendRow> rows)
{
    if (rows.size() != m_rows.size())
        m_hidden.assign(rows.size(), false);
    m_rows = std::move(rows);
    rebuild();
}

void ChartLegend::setMoreCount(int more)
{
    m_more = std::max(0, more);
}

void ChartLegend::setHidden(std::vector<bool> hidden)
{
    hidden.resize(m_rows.size(), false);
    m_hidden = std::move(hidden);
    rebuild();
}

void ChartLegend::click(int row, Qt::KeyboardModifiers modifiers)
{
    if (row < 0 || size_t(row) >= m_rows.size())
        return;
    if (modifiers & (Qt::ControlModifier | Qt::MetaModifier)) {
        m_hidden[size_t(row)] = !m_hidden[size_t(row)];
    } else {
        // Isolate; clicking the only visible series again shows them all.
        const bool isolated
            = !m_hidden[size_t(row)] && std::count(m_hidden.begin(), m_hidden.end(), false) == 1;
        for (size_t i = 0; i < m_hidden.size(); ++i)
            m_hidden[i] = isolated ? false : i != size_t(row);
    }
    rebuild();
    emit hiddenChanged(m_hidden);
}

void ChartLegend::rebuild()
{
    const QColor text = palette().color(QPalette::WindowText);
    const QColor dim = palette().color(QPalette::PlaceholderText);
    const auto name = [&](size_t i) {
        const bool hidden = i < m_hidden.size() && m_hidden[i];
        return QStringLiteral("<span style=\"color:%1\">&#9644;</span>&nbsp;<a href=\"%2\" "
                              "style=\"color:%3; text-decoration:none\">%4</a>")
            .arg(hidden ? dim.name() : m_rows[i].color.name())
            .arg(i)
            .arg(hidden ? dim.name() : text.name(), m_rows[i].name.toHtmlEscaped());
    };
    QString html;
    if (m_mode == Mode::List) {
        QStringList items;
        for (size_t i = 0; i < m_rows.size(); ++i)
            items << name(i);
        if (m_more > 0)
            items << tr("… and %n more", nullptr, m_more).toHtmlEscaped();
        html = items.join(QStringLiteral(" &nbsp; "));
    } else {
        html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\"><tr><th></th>");
        for (const QString &column : std::as_const(m_columns))
            html += QStringLiteral("<th align=\"right\">&nbsp;%1</th>").arg(column.toHtmlEscaped());
        html += QStringLiteral("</tr>");
        for (size_t i = 0; i < m_rows.size(); ++i) {
            html += QStringLiteral("<tr><td>%1</td>").arg(name(i));
            for (const QString &calc : std::as_const(m_rows[i].calcs))
                html += QStringLiteral("<td align=\"right\">&nbsp;%1</td>")
                            .arg(calc.toHtmlEscaped());
            html += QStringLiteral("</tr>");
        }
        if (m_more > 0)
            html += QStringLiteral("<tr><td>%1</td></tr>")
                        .arg(tr("… and %n more", nullptr, m_more).toHtmlEscaped());
        html += QStringLiteral("</table>");
    }
    auto *label = new QLabel(html);
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(m_mode == Mode::List);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->setTextInteractionFlags(Qt::LinksAccessibleByMouse);
    connect(label, &QLabel::linkActivated, this, [this](const QString &link) {
        click(link.toInt(), QGuiApplication::keyboardModifiers());
    });
    m_scroll->setWidget(label); // deletes the previous one
    m_content = label;
    updateGeometry();
}

QSize ChartLegend::sizeHint() const
{
    if (!m_content)
        return QWidget::sizeHint();
    const int scrollbar = style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    return m_content->sizeHint() + QSize(scrollbar + 4, 4);
}

} // namespace eucora::app
