#include "timecontrols/timecontrols.h"

#include "dashboard/dashboardstate.h"
#include "dashboard/queryplanner.h"
#include "ui_timerangedialog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>

namespace eucora::app {

using namespace dashboard;

namespace {

QToolButton *button(const QString &text, const QString &tip, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setText(text);
    b->setToolTip(tip);
    b->setAutoRaise(true);
    return b;
}

QString zoneName(const QTimeZone &zone)
{
    return zone == QTimeZone::utc() ? QStringLiteral("UTC") : QString::fromUtf8(zone.id());
}

} // namespace

TimeControls::TimeControls(QWidget *parent)
    : QWidget(parent)
    , m_back(button(QStringLiteral("◀"), tr("Half a window earlier"), this))
    , m_range(new QToolButton(this))
    , m_forward(button(QStringLiteral("▶"), tr("Half a window later"), this))
    , m_zoomOut(
          button(tr("Zoom out"), tr("Twice the window (double-click a chart does the same)"), this))
    , m_zone(new QComboBox(this))
    , m_refreshNow(button(QStringLiteral("⟳"), tr("Refresh now"), this))
    , m_refresh(new QComboBox(this))
    , m_pause(button(tr("Pause"), tr("Stop refreshing automatically"), this))
{
    m_range->setPopupMode(QToolButton::InstantPopup);
    m_range->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *menu = new QMenu(m_range);
    for (const TimeRangePreset &preset : relativePresets()) {
        menu->addAction(preset.label, this, [this, range = preset.range] {
            if (m_state)
                m_state->setRawRange(range);
        });
    }
    menu->addSeparator();
    menu->addAction(tr("Absolute range…"), this, &TimeControls::pickAbsoluteRange);
    m_range->setMenu(menu);

    m_zone->addItem(tr("Local time"), false);
    m_zone->addItem(tr("UTC"), true);
    m_zone->setToolTip(tr("Show times in the workstation's zone or in UTC"));
    for (std::chrono::seconds choice : refreshChoices())
        m_refresh->addItem(choice.count() == 0 ? tr("Refresh off")
                                               : tr("Every %1").arg(formatDuration(choice)),
                           qint64(choice.count()));
    m_refresh->setToolTip(tr("Automatic refresh"));
    m_pause->setCheckable(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    for (QWidget *w : {static_cast<QWidget *>(m_back), static_cast<QWidget *>(m_range),
                       static_cast<QWidget *>(m_forward), static_cast<QWidget *>(m_zoomOut),
                       static_cast<QWidget *>(m_zone), static_cast<QWidget *>(m_refreshNow),
                       static_cast<QWidget *>(m_refresh), static_cast<QWidget *>(m_pause)})
        layout->addWidget(w);

    connect(m_back, &QToolButton::clicked, this, &TimeControls::shiftBackward);
    connect(m_forward, &QToolButton::clicked, this, &TimeControls::shiftForward);
    connect(m_zoomOut, &QToolButton::clicked, this, &TimeControls::zoomOut);
    connect(m_refreshNow, &QToolButton::clicked, this, &TimeControls::refreshNowRequested);
    connect(m_pause, &QToolButton::toggled, this, &TimeControls::pausedChanged);
    connect(m_zone, &QComboBox::activated, this, [this] {
        if (m_state)
            m_state->setZone(m_zone->currentData().toBool() ? QTimeZone::utc()
                                                            : QTimeZone::systemTimeZone());
    });
    connect(m_refresh, &QComboBox::activated, this, [this] {
        if (m_state)
            m_state->setRefreshInterval(
                std::chrono::seconds(m_refresh->currentData().toLongLong()));
    });
    bind(nullptr);
}

void TimeControls::bind(DashboardState *state)
{
    if (m_state)
        disconnect(m_state, nullptr, this, nullptr);
    m_state = state;
    if (state) {
        connect(state, &DashboardState::rangeChanged, this, &TimeControls::update);
        connect(state, &DashboardState::zoneChanged, this, &TimeControls::update);
        connect(state, &DashboardState::refreshIntervalChanged, this, &TimeControls::update);
    }
    update();
}

void TimeControls::update()
{
    setEnabled(m_state != nullptr);
    if (!m_state) {
        m_range->setText(tr("No dashboard"));
        return;
    }
    m_range->setText(describeTimeRange(m_state->rawRange()));
    const TimeRange range = m_state->resolvedRange();
    m_range->setToolTip(tr("%1 to %2 (%3)")
                            .arg(range.from.toTimeZone(m_state->zone()).toString(Qt::ISODate),
                                 range.to.toTimeZone(m_state->zone()).toString(Qt::ISODate),
                                 zoneName(m_state->zone())));
    m_zone->setCurrentIndex(m_state->zone() == QTimeZone::utc() ? 1 : 0);
    const int index = m_refresh->findData(qint64(m_state->refreshInterval().count()));
    if (index >= 0)
        m_refresh->setCurrentIndex(index);
    else // a dashboard's own interval (10s): offered as it is
        m_refresh->addItem(tr("Every %1").arg(formatDuration(m_state->refreshInterval())),
                           qint64(m_state->refreshInterval().count())),
            m_refresh->setCurrentIndex(m_refresh->count() - 1);
}

void TimeControls::zoomOut()
{
    if (!m_state)
        return;
    TimeContext context;
    context.now = m_state->now();
    context.zone = m_state->zone();
    if (const auto wider = dashboard::zoomOut(m_state->rawRange(), context); wider.ok())
        m_state->setRawRange(wider.value());
}

void TimeControls::shiftBackward()
{
    if (m_state)
        m_state->setRawRange(toRaw(dashboard::shiftBackward(m_state->resolvedRange())));
}

void TimeControls::shiftForward()
{
    if (m_state)
        m_state->setRawRange(
            toRaw(dashboard::shiftForward(m_state->resolvedRange(), m_state->now())));
}

void TimeControls::pickAbsoluteRange()
{
    if (!m_state)
        return;
    QDialog dialog(this);
    Ui::TimeRangeDialog ui;
    ui.setupUi(&dialog);
    const QTimeZone zone = m_state->zone();
    const TimeRange range = m_state->resolvedRange();
    // The edits show wall-clock times of the dashboard's zone (they know no zones in Qt 6.4).
    const auto wall = [&zone](const QDateTime &utc) {
        const QDateTime there = utc.toTimeZone(zone);
        return QDateTime(there.date(), there.time());
    };
    const auto inZone = [&zone](const QDateTime &shown) {
        return QDateTime(shown.date(), shown.time(), zone).toUTC();
    };
    ui.from->setDateTime(wall(range.from));
    ui.to->setDateTime(wall(range.to));
    ui.zone->setText(zoneName(zone));
    ui.error->hide();
    connect(ui.buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        if (ui.from->dateTime() >= ui.to->dateTime()) {
            ui.error->setText(tr("The window must start before it ends."));
            ui.error->show();
            return;
        }
        dialog.accept();
    });
    connect(ui.buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_state->setRawRange(toRaw(TimeRange {inZone(ui.from->dateTime()), inZone(ui.to->dateTime())}));
}

} // namespace eucora::app
