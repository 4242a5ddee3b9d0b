#include "panels/timeseriespanel.h"

#include "charts/rastertimeseriesview.h"
#include "dashboard/decimation.h"
#include "dashboard/panelstatus.h"
#include "prometheus/series.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace eucora::app {

namespace {

// Status colours operators know from EUCORA's dashboards: success green, failure red.
QColor colorFor(const QString &name, int index)
{
    if (name == QLatin1String("success"))
        return QColor(0x2e, 0x9e, 0x44);
    if (name == QLatin1String("failed"))
        return QColor(0xd6, 0x2d, 0x2d);
    if (name == QLatin1String("pending"))
        return QColor(0xe0, 0x9b, 0x1a);
    if (name == QLatin1String("approved"))
        return QColor(0x2f, 0x6f, 0xd0);
    static const QColor palette[] = {QColor(0x7b, 0x4f, 0xc9), QColor(0x1a, 0x9c, 0xa8),
                                     QColor(0x8c, 0x6d, 0x3f), QColor(0xc9, 0x4f, 0x9c)};
    return palette[index % 4];
}

QString badgeStyle(dashboard::PanelStatus::Freshness freshness)
{
    using F = dashboard::PanelStatus::Freshness;
    const char *color = freshness == F::Live ? "#2e9e44"
        : freshness == F::Stale              ? "#b8860b"
        : freshness == F::Error              ? "#d62d2d"
        : freshness == F::Degraded           ? "#c2410c"
                                             : "#6b7280";
    return QStringLiteral("QLabel { color: white; background: %1; border-radius: 3px; "
                          "padding: 1px 6px; font-weight: bold; }")
        .arg(QLatin1String(color));
}

} // namespace

TimeSeriesPanel::TimeSeriesPanel(dashboard::PanelFeed *feed, QWidget *parent)
    : QFrame(parent)
    , m_feed(feed)
    , m_title(new QLabel(feed->spec().title, this))
    , m_badge(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_errorBanner(new QLabel(this))
    , m_emptyNote(new QLabel(tr("No data in this time range"), this))
    , m_chart(std::make_unique<RasterTimeSeriesView>(this))
{
    setFrameShape(QFrame::StyledPanel);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_detail->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_errorBanner->setWordWrap(true);
    m_errorBanner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorBanner->setStyleSheet(QStringLiteral("QLabel { background: #fde8e8; color: #8a1c1c; "
                                                "border: 1px solid #f5b5b5; padding: 4px; }"));
    m_errorBanner->hide();
    m_emptyNote->setAlignment(Qt::AlignCenter);
    m_emptyNote->hide();

    auto *header = new QHBoxLayout; // owned by the layout below
    header->addWidget(m_title);
    header->addWidget(m_badge);
    header->addStretch();
    header->addWidget(m_detail);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_errorBanner);
    layout->addWidget(m_emptyNote);
    layout->addWidget(m_chart->widget(), 1);

    connect(feed, &dashboard::PanelFeed::updated, this, [this] {
        updateData();
        updateStatus();
    });
    m_ageTimer.setInterval(1000);
    connect(&m_ageTimer, &QTimer::timeout, this, &TimeSeriesPanel::updateStatus);
    m_ageTimer.start();
    updateData();
    updateStatus();
}

TimeSeriesPanel::~TimeSeriesPanel() = default;

int TimeSeriesPanel::seriesCount() const
{
    return m_chart->seriesCount();
}

QString TimeSeriesPanel::statusText() const
{
    return m_badge->text();
}

QString TimeSeriesPanel::errorText() const
{
    return m_errorBanner->isHidden() ? QString() : m_errorBanner->text();
}

void TimeSeriesPanel::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    m_feed->setPixelWidth(m_chart->widget()->width());
}

void TimeSeriesPanel::updateData()
{
    const dashboard::PanelState &state = m_feed->state();
    ChartScene scene;
    scene.axis.label = m_feed->spec().unit;
    scene.emptyText = tr("No data in this time range");
    if (!state.fetchedAt.isValid()) { // nothing yet: show the empty window the panel will fill
        scene.toMs = QDateTime::currentMSecsSinceEpoch();
        scene.fromMs = scene.toMs - std::chrono::milliseconds(m_feed->spec().range).count();
        scene.emptyText.clear();
        m_chart->setScene(std::move(scene));
        return;
    }
    if (state.version == m_shownVersion)
        return;
    m_shownVersion = state.version;
    scene.toMs = state.fetchedAt.toMSecsSinceEpoch();
    scene.fromMs = scene.toMs - std::chrono::milliseconds(m_feed->spec().range).count();
    int index = 0;
    for (const prometheus::Series &series : state.series) {
        QString name = prometheus::labelValue(series.labels, m_feed->spec().legendLabel);
        if (name.isEmpty())
            name = tr("(no %1)").arg(m_feed->spec().legendLabel);
        const QColor color = colorFor(name, index++);
        scene.series.push_back(ChartSeries {name, color, series.timestampsMs, series.values});
    }
    m_emptyNote->setVisible(scene.series.empty());
    m_chart->setScene(std::move(scene));
}

void TimeSeriesPanel::updateStatus()
{
    const dashboard::PanelState &state = m_feed->state();
    const auto status = dashboard::describePanelState(state, QDateTime::currentDateTimeUtc(),
                                                      m_feed->spec().refreshInterval);
    m_badge->setText(status.headline);
    m_badge->setStyleSheet(badgeStyle(status.freshness));
    if (state.error) {
        // Degraded is a warning (data still flows), an error is an alarm.
        m_errorBanner->setStyleSheet(
            status.freshness == dashboard::PanelStatus::Freshness::Degraded
                ? QStringLiteral("QLabel { background: #fff4e5; color: #7c2d12; "
                                 "border: 1px solid #f5c58a; padding: 4px; }")
                : QStringLiteral("QLabel { background: #fde8e8; color: #8a1c1c; "
                                 "border: 1px solid #f5b5b5; padding: 4px; }"));
        m_errorBanner->setText(status.detail);
        m_errorBanner->show();
        m_detail->clear();
    } else {
        m_errorBanner->hide();
        m_detail->setText(status.detail);
    }
}

} // namespace eucora::app
