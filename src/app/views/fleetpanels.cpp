#include "views/fleetpanels.h"

#include "dashboard/displayvalue.h"
#include "dashboard/grafanacolors.h"
#include "feeds/deploymentsfeed.h"
#include "models/attentionmodel.h"
#include "models/tones.h"
#include "panels/bigvaluetext.h"
#include "session/apipoller.h"
#include "views/tonedsortmodel.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPainter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace eucora::app {

using namespace controlplane;

namespace {

QStringList optionStrings(const dashboard::Panel &panel, const char *key)
{
    QStringList out;
    for (const QJsonValue value : panel.rawOptions.value(QLatin1String(key)).toArray())
        out << value.toString();
    return out;
}

// `what` once the feed answered (the panel's header says how fresh); before that, or after a
// failure, the feed's own words.
void showFeedStatus(QLabel *label, const DeploymentsFeed *feed, const QString &what)
{
    const ApiPoller *poller = feed->poller();
    label->setText(feed->hasData() && !poller->statusIsError() ? what : poller->statusText());
    label->setStyleSheet(poller->statusIsError() ? QStringLiteral("color: #a11d14;") : QString());
}

} // namespace

DeploymentCountTile::DeploymentCountTile(DeploymentsFeed *feed, const dashboard::Panel &panel,
                                         QWidget *parent)
    : QWidget(parent)
    , m_feed(feed)
    , m_panel(panel)
    , m_statusNames(optionStrings(panel, "statuses"))
{
    for (const QString &name : m_statusNames) {
        if (const auto status = deploymentStatusFromString(name))
            m_statuses.push_back(*status);
    }
    setMinimumSize(120, 60);
    setToolTip(tr("Counted in the control plane's deployments list at each refresh; the line is "
                  "what this console has seen since it started (the API keeps no history of "
                  "these counts)."));
    feed->poller()->watch(this);
    connect(feed, &DeploymentsFeed::changed, this, &DeploymentCountTile::record);
    connect(feed->poller(), &ApiPoller::statusChanged, this, qOverload<>(&QWidget::update));
    record();
}

void DeploymentCountTile::record()
{
    // The API has no history of these counts: the sparkline is what this console saw since it
    // started, a point per answer (at most the last 240).
    if (const std::optional<int> count = value()) {
        m_history.emplace_back(double(m_feed->poller()->updatedAt().toMSecsSinceEpoch()),
                               double(*count));
        if (m_history.size() > 240)
            m_history.erase(m_history.begin());
    }
    update();
}

void DeploymentCountTile::setDarkTheme(bool dark)
{
    m_dark = dark;
    update();
}

std::optional<int> DeploymentCountTile::value() const
{
    if (!m_feed->hasData())
        return std::nullopt;
    return countWithStatus(m_feed->deployments(), m_statuses);
}

QString DeploymentCountTile::valueText() const
{
    const std::optional<int> count = value();
    return dashboard::displayValue(count ? std::optional<double>(*count) : std::nullopt,
                                   m_panel.fieldConfig.defaults)
        .toString();
}

QString DeploymentCountTile::sourceText() const
{
    if (m_feed->poller()->statusIsError() || !m_feed->hasData())
        return m_feed->poller()->statusText();
    return m_feed->deploymentsCapped() ? tr("from the API's newest 100")
                                       : tr("from the API's list");
}

void DeploymentCountTile::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const std::optional<int> count = value();
    const dashboard::DisplayValue shown = dashboard::displayValue(
        count ? std::optional<double>(*count) : std::nullopt, m_panel.fieldConfig.defaults);
    QColor color = palette().color(QPalette::WindowText);
    if (count && !shown.color.isEmpty())
        color = QColor(dashboard::colorHex(shown.color, m_dark));
    const QRectF inner = QRectF(rect()).adjusted(8, 4, -8, -4);
    const qreal captionHeight = fontMetrics().height() + 4;
    QRectF valueBox = inner.adjusted(0, 0, 0, -captionHeight);
    if (m_history.size() >= 2) {
        const qreal graphHeight = valueBox.height() * 0.3;
        const QRectF graph(valueBox.left(), valueBox.bottom() - graphHeight, valueBox.width(),
                           graphHeight);
        drawSparkline(painter, graph, m_history, color, m_history.front().x(), m_history.back().x(),
                      true);
        valueBox.setBottom(graph.top() + graphHeight * 0.15);
    }
    drawBigText(painter, valueBox, {shown.toString(), color, Qt::AlignCenter, 64});
    const bool error = m_feed->poller()->statusIsError();
    painter.setPen(error ? QColor(QStringLiteral("#a11d14"))
                         : palette().color(QPalette::PlaceholderText));
    painter.drawText(
        QRectF(inner.left(), inner.bottom() - captionHeight, inner.width(), captionHeight),
        Qt::AlignCenter,
        fontMetrics().elidedText(sourceText(), Qt::ElideRight, int(inner.width())));
}

QJsonObject DeploymentCountTile::exported() const
{
    const std::optional<int> count = value();
    return {{QStringLiteral("value"), count ? QJsonValue(*count) : QJsonValue()},
            {QStringLiteral("statuses"), QJsonArray::fromStringList(m_statusNames)},
            {QStringLiteral("source"), sourceText()},
            {QStringLiteral("answersSeen"), int(m_history.size())}};
}

AttentionList::AttentionList(DeploymentsFeed *feed, const dashboard::Panel &panel, QWidget *parent)
    : QWidget(parent)
    , m_feed(feed)
    , m_status(new QLabel(this))
    , m_model(new models::AttentionModel(this))
    , m_proxy(new TonedSortModel(this))
    , m_table(new QTableView(this))
{
    using Kind = AttentionItem::Kind;
    static const std::pair<const char *, Kind> names[] {
        {"GateFailed", Kind::GateFailed},
        {"Failed", Kind::Failed},
        {"RollbackInFlight", Kind::RollbackInFlight},
        {"Stalled", Kind::Stalled}};
    for (const QString &name : optionStrings(panel, "kinds")) {
        for (const auto &[text, kind] : names) {
            if (name == QLatin1String(text))
                m_kinds.push_back(kind);
        }
    }
    m_proxy->setSourceModel(m_model);
    m_table->setModel(m_proxy);
    setUpReadOnlyTable(m_table);
    m_table->setMouseTracking(true);
    QHeaderView *header = m_table->horizontalHeader();
    header->resizeSection(models::AttentionModel::Time, 170);
    header->resizeSection(models::AttentionModel::Kind, 100);
    header->resizeSection(models::AttentionModel::App, 160);
    header->resizeSection(models::AttentionModel::Version, 100);
    header->resizeSection(models::AttentionModel::Ring, 100);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    connect(m_table, &QTableView::clicked, this, [this](const QModelIndex &index) {
        const QString id = index.data(models::KeyRole).toString();
        if (!id.isEmpty())
            emit openRequested(id);
    });
    feed->poller()->watch(this);
    connect(feed, &DeploymentsFeed::changed, this, &AttentionList::update);
    connect(feed->poller(), &ApiPoller::statusChanged, this, &AttentionList::update);
    update();
}

void AttentionList::setWindow(const QDateTime &from, const QDateTime &to)
{
    if (from == m_from && to == m_to)
        return;
    m_from = from;
    m_to = to;
    update();
}

void AttentionList::update()
{
    AttentionRules rules;
    rules.since = m_from;
    rules.now = m_to.isValid() ? m_to : QDateTime::currentDateTimeUtc();
    std::vector<AttentionItem> items
        = needsAttention(m_feed->deployments(), m_feed->events().events, rules);
    const auto unwanted = [this](const AttentionItem &item) {
        return !m_kinds.empty()
            && std::find(m_kinds.begin(), m_kinds.end(), item.kind) == m_kinds.end();
    };
    items.erase(std::remove_if(items.begin(), items.end(), unwanted), items.end());
    const int count = int(items.size());
    m_model->setItems(std::move(items));
    showFeedStatus(m_status, m_feed,
                   m_feed->events().capped
                       ? tr("%n in the window, from the newest 100 events", nullptr, count)
                       : tr("%n in the window", nullptr, count));
    m_status->setToolTip(tr("The control plane sends its newest 100 deployments and events only: "
                            "in a busy or older window, some may be missing."));
}

QString AttentionList::statusText() const
{
    return m_status->text();
}

RingOccupancyTable::RingOccupancyTable(DeploymentsFeed *feed, QWidget *parent)
    : QWidget(parent)
    , m_feed(feed)
    , m_status(new QLabel(this))
    , m_model(new QStandardItemModel(this))
    , m_table(new QTableView(this))
{
    m_table->setModel(m_model);
    setUpReadOnlyTable(m_table);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    feed->poller()->watch(this);
    connect(feed, &DeploymentsFeed::changed, this, &RingOccupancyTable::update);
    connect(feed->poller(), &ApiPoller::statusChanged, this, &RingOccupancyTable::showStatus);
    update();
}

void RingOccupancyTable::showStatus()
{
    showFeedStatus(m_status, m_feed,
                   m_feed->deploymentsCapped()
                       ? tr("the newest 100 deployments")
                       : tr("%n deployment(s)", nullptr, int(m_feed->deployments().size())));
}

void RingOccupancyTable::update()
{
    showStatus();
    if (!m_feed->hasData())
        return;
    const RingOccupancy occupancy = occupancyByTargetRing(m_feed->deployments());
    // Rings in rollout order, then any ring this console does not know; statuses in their
    // lifecycle order, then unknown ones.
    QStringList rings = allRingNames();
    for (const auto &[ring, _] : occupancy) {
        if (!rings.contains(ring))
            rings << ring;
    }
    QStringList statuses;
    for (int s = 0; s <= int(DeploymentStatus::RolledBack); ++s)
        statuses << toString(DeploymentStatus(s));
    for (const auto &[ring, byStatus] : occupancy) {
        for (const auto &[status, _] : byStatus) {
            if (!statuses.contains(status))
                statuses << status;
        }
    }
    m_model->clear();
    QStringList headers {tr("Target ring")};
    headers << statuses << tr("Total");
    m_model->setHorizontalHeaderLabels(headers);
    for (const QString &ring : rings) {
        QList<QStandardItem *> row {new QStandardItem(ring)};
        const auto found = occupancy.find(ring);
        int total = 0;
        for (const QString &status : statuses) {
            int n = 0;
            if (found != occupancy.end()) {
                const auto it = found->second.find(status);
                n = it == found->second.end() ? 0 : it->second;
            }
            total += n;
            auto *cell = new QStandardItem(n ? QString::number(n) : QString());
            cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (n && models::deploymentStatusTone(status) == models::Tone::Bad)
                cell->setForeground(QColor(QStringLiteral("#c4161c")));
            row << cell;
        }
        auto *sum = new QStandardItem(QString::number(total));
        sum->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        row << sum;
        m_model->appendRow(row);
    }
}

QString RingOccupancyTable::statusText() const
{
    return m_status->text();
}

int RingOccupancyTable::count(const QString &ring, const QString &status) const
{
    int column = -1;
    for (int c = 0; c < m_model->columnCount(); ++c) {
        if (m_model->horizontalHeaderItem(c)->text() == status)
            column = c;
    }
    for (int r = 0; r < m_model->rowCount() && column >= 0; ++r) {
        if (m_model->item(r, 0)->text() == ring)
            return m_model->item(r, column)->text().toInt();
    }
    return 0;
}

} // namespace eucora::app
