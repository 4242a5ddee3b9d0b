#include "panels/panelframe.h"

#include "charts/timeseriesview.h"
#include "dashboard/panelfeed.h"
#include "dashboard/panelstatus.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace eucora::app {

namespace {

// A title that gives way with "…" when the panel is narrow, instead of pushing the badge out.
class ElidedLabel : public QLabel
{
public:
    using QLabel::QLabel;
    QSize minimumSizeHint() const override { return QSize(30, QLabel::minimumSizeHint().height()); }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.setPen(palette().color(QPalette::WindowText));
        p.setFont(font());
        p.drawText(rect(), Qt::AlignLeft | Qt::AlignVCenter,
                   fontMetrics().elidedText(text(), Qt::ElideRight, width()));
    }
};

QString badgeStyle(dashboard::PanelStatus::Freshness freshness)
{
    using F = dashboard::PanelStatus::Freshness;
    const char *color = freshness == F::Live ? "#2e9e44"
        : freshness == F::Stale              ? "#b8860b"
        : freshness == F::Error              ? "#d62d2d"
        : freshness == F::Degraded           ? "#c2410c"
                                             : "#6b7280";
    return QStringLiteral("QLabel { color: white; background: %1; border-radius: 3px; "
                          "padding: 0px 5px; font-weight: bold; }")
        .arg(QLatin1String(color));
}

QString bannerStyle(bool warning)
{
    return warning ? QStringLiteral("QLabel { background: rgba(245, 158, 11, 0.16); "
                                    "border: 1px solid rgba(245, 158, 11, 0.6); padding: 3px; }")
                   : QStringLiteral("QLabel { background: rgba(214, 45, 45, 0.14); "
                                    "border: 1px solid rgba(214, 45, 45, 0.6); padding: 3px; }");
}

} // namespace

PanelFrame::PanelFrame(PanelRenderer *renderer, dashboard::PanelFeed *feed, ContextSource context,
                       QWidget *parent)
    : QFrame(parent)
    , m_renderer(renderer)
    , m_feed(feed)
    , m_context(std::move(context))
    , m_title(new ElidedLabel(renderer->panel().title, this))
    , m_badge(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_info(new QToolButton(this))
    , m_findingsButton(new QToolButton(this))
    , m_banner(new QLabel(this))
{
    m_renderer->setParent(this);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);
    m_detail->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    m_info->setIcon(style()->standardIcon(QStyle::SP_MessageBoxInformation));
    m_info->setIconSize(QSize(14, 14));
    m_info->setAutoRaise(true);
    m_info->setToolTip(renderer->panel().description);
    m_info->setVisible(!renderer->panel().description.isEmpty());
    m_findingsButton->setText(QStringLiteral("⚠"));
    m_findingsButton->setAutoRaise(true);
    m_findingsButton->setStyleSheet(QStringLiteral("color: #c2410c;"));
    m_findingsButton->hide();
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->hide();
    m_badge->setVisible(feed != nullptr
                        || renderer->ownStatus(QDateTime::currentDateTimeUtc()).has_value());

    auto *header = new QHBoxLayout; // owned by the layout below
    header->setSpacing(4);
    header->addWidget(m_title, 1);
    header->addWidget(m_info);
    header->addWidget(m_findingsButton);
    header->addWidget(m_badge);
    header->addWidget(m_detail);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 6);
    layout->setSpacing(3);
    layout->addLayout(header);
    layout->addWidget(m_banner);
    layout->addWidget(m_renderer, 1);

    if (m_feed) {
        connect(m_feed, &dashboard::PanelFeed::updated, this, [this] {
            refreshView();
            emit settledChanged();
        });
    }
    connect(m_renderer, &PanelRenderer::settledChanged, this, &PanelFrame::settledChanged);
    if (!m_feed) // a control-plane panel's state follows its own reads
        connect(m_renderer, &PanelRenderer::settledChanged, this, &PanelFrame::updateStatus);
    m_ageTimer.setInterval(1000);
    connect(&m_ageTimer, &QTimer::timeout, this, &PanelFrame::updateStatus);
    refreshView();
}

void PanelFrame::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    if (active)
        m_ageTimer.start();
    else
        m_ageTimer.stop();
    if (!m_feed)
        return;
    if (active) {
        m_feed->setPixelWidth(std::max(100, m_renderer->width()));
        m_feed->start();
    } else {
        m_feed->stop();
    }
}

void PanelFrame::setTitle(const QString &title)
{
    m_title->setText(title);
}

void PanelFrame::setFindings(const QStringList &findings)
{
    m_findings = findings;
    m_findingsButton->setVisible(!findings.isEmpty());
    m_findingsButton->setToolTip(findings.join(QLatin1Char('\n')));
}

void PanelFrame::setEngineNote(const QString &headline, const QString &note)
{
    if (headline == m_engineHeadline && note == m_engineNote)
        return;
    m_engineHeadline = headline;
    m_engineNote = note;
    updateStatus();
}

QString PanelFrame::stateName() const
{
    if (m_feed)
        return m_badge->text();
    // A control-plane panel's state is worked out when asked: a session that changed while
    // nothing was read changes it too.
    const auto own = m_renderer->ownStatus(QDateTime::currentDateTimeUtc());
    return own ? own->headline : QString();
}

QString PanelFrame::errorText() const
{
    if (m_feed && m_feed->state().error)
        return m_feed->state().error->summary();
    return m_renderer->errorText();
}

bool PanelFrame::settled() const
{
    if (m_feed && !m_feed->hasSettled())
        return false;
    return m_renderer->settled();
}

void PanelFrame::refreshView()
{
    static const dashboard::PanelState empty;
    m_renderer->showData(m_feed ? m_feed->state() : empty, m_context());
    updateStatus();
}

void PanelFrame::updateStatus()
{
    if (!m_feed) {
        if (const auto own = m_renderer->ownStatus(QDateTime::currentDateTimeUtc())) {
            m_badge->setText(own->headline);
            m_badge->setStyleSheet(badgeStyle(own->freshness));
            m_badge->setToolTip(own->detail);
            // An error is in the panel's own status line already; the header keeps to the age.
            m_detail->setText(own->freshness == dashboard::PanelStatus::Freshness::Error
                                  ? QString()
                                  : own->detail);
        }
        return;
    }
    const dashboard::PanelState &state = m_feed->state();
    const auto status = dashboard::describePanelState(
        state, QDateTime::currentDateTimeUtc(),
        std::max(m_feed->spec().refreshInterval, std::chrono::seconds(15)));
    m_badge->setText(status.headline);
    m_badge->setStyleSheet(badgeStyle(status.freshness));
    using F = dashboard::PanelStatus::Freshness;
    QStringList banner;
    if (state.error)
        banner << status.detail;
    for (const QString &warning : state.warnings)
        banner << tr("Prometheus: %1").arg(warning);
    if (!m_engineHeadline.isEmpty())
        banner << m_engineHeadline;
    m_banner->setVisible(!banner.isEmpty());
    m_banner->setText(banner.join(QLatin1Char('\n')));
    m_banner->setToolTip(m_engineNote);
    m_banner->setStyleSheet(bannerStyle(!state.error || status.freshness == F::Degraded));
    m_detail->setText(state.error ? QString() : status.detail);
    m_badge->setToolTip(status.detail);
}

void PanelFrame::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    // A narrow panel keeps its title; the age moves into the badge's tooltip.
    m_detail->setVisible(width() >= 420);
}

} // namespace eucora::app
