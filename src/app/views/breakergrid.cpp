#include "views/breakergrid.h"

#include "dashboard/panelstatus.h"
#include "feeds/breakerboardfeed.h"
#include "session/actiongate.h"
#include "session/apipoller.h"
#include "views/breakersview.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QMouseEvent>
#include <QPushButton>
#include <QVBoxLayout>

namespace eucora::app {

using namespace controlplane;

namespace {

QColor toneColor(StateTile::Tone tone)
{
    switch (tone) {
    case StateTile::Tone::Good:
        return QColor(0x2e, 0x7d, 0x32);
    case StateTile::Tone::Warning:
        return QColor(0xef, 0x6c, 0x00);
    case StateTile::Tone::Bad:
        return QColor(0xc6, 0x28, 0x28);
    case StateTile::Tone::Unknown:
        break;
    }
    return QColor(0x75, 0x75, 0x75);
}

StateTile::Tone toneOf(std::optional<BreakerState> state)
{
    if (!state)
        return StateTile::Tone::Unknown;
    switch (*state) {
    case BreakerState::Open:
        return StateTile::Tone::Bad;
    case BreakerState::HalfOpen:
        return StateTile::Tone::Warning;
    case BreakerState::Closed:
        break;
    }
    return StateTile::Tone::Good;
}

QString stateWord(std::optional<BreakerState> state)
{
    if (!state)
        return BreakerGrid::tr("UNKNOWN");
    switch (*state) {
    case BreakerState::Open:
        return QStringLiteral("OPEN");
    case BreakerState::HalfOpen:
        return QStringLiteral("HALF_OPEN");
    case BreakerState::Closed:
        break;
    }
    return QStringLiteral("CLOSED");
}

QString groupTitle(BreakerGroup group)
{
    switch (group) {
    case BreakerGroup::Connectors:
        return BreakerGrid::tr("Execution-plane connectors");
    case BreakerGroup::Itsm:
        return BreakerGrid::tr("ITSM");
    case BreakerGroup::Siem:
        return BreakerGrid::tr("SIEM / telemetry");
    case BreakerGroup::Identity:
        return BreakerGrid::tr("Identity");
    case BreakerGroup::Security:
        return BreakerGrid::tr("Security");
    case BreakerGroup::Ai:
        return BreakerGrid::tr("AI / LLM");
    case BreakerGroup::Infrastructure:
        return BreakerGrid::tr("Infrastructure");
    case BreakerGroup::Generic:
        break;
    }
    return BreakerGrid::tr("Generic");
}

// "OPEN · 4 workers · pid 9343": the pid only when the value is a problem and several workers
// reported, so the operator knows which process (maybe a dead one) holds it.
QString metricText(const QString &word, int workers, const QString &worstPid, bool problem)
{
    if (workers <= 1)
        return word;
    const QString text = BreakerGrid::tr("%1 · %n worker(s)", nullptr, workers).arg(word);
    return problem && !worstPid.isEmpty() ? BreakerGrid::tr("%1 · pid %2").arg(text, worstPid)
                                          : text;
}

QLabel *sourceLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("sourceLine"));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

QString describeLastChange(const QDateTime &at, const QDateTime &now)
{
    if (!at.isValid())
        return BreakerGrid::tr("no change inside the window");
    return BreakerGrid::tr("changed %1")
        .arg(dashboard::describeAge(std::max<qint64>(0, at.secsTo(now))));
}

// --- StateTile --------------------------------------------------------------------------------

StateTile::StateTile(const QString &title, QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(title, this))
    , m_chip(new QLabel(this))
    , m_lines(new QLabel(this))
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("stateTile"));
    setMinimumWidth(170);
    setCursor(Qt::PointingHandCursor);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_chip->setFont(bold);
    m_chip->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_lines->setWordWrap(true);
    m_note->setWordWrap(true);
    m_note->hide();
    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_chip);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 8, 6);
    layout->setSpacing(2);
    layout->addLayout(top);
    layout->addWidget(m_lines);
    layout->addWidget(m_note);
    layout->addStretch(1);
    restyle();
}

void StateTile::setState(const QString &chip, Tone tone, const QString &lines, const QString &note,
                         const QString &tooltip)
{
    m_chip->setText(chip);
    m_lines->setText(lines);
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
    setToolTip(tooltip);
    if (tone != m_tone) {
        m_tone = tone;
        restyle();
    }
}

void StateTile::setSelected(bool selected)
{
    if (selected == m_selected)
        return;
    m_selected = selected;
    restyle();
}

void StateTile::setDarkTheme(bool dark)
{
    if (dark == m_dark)
        return;
    m_dark = dark;
    restyle();
}

QString StateTile::chipText() const
{
    return m_chip->text();
}

QString StateTile::linesText() const
{
    return m_lines->text();
}

QString StateTile::noteText() const
{
    return m_note->text();
}

QPushButton *StateTile::addButton(const QString &text)
{
    auto *button = new QPushButton(text, this);
    button->setCursor(Qt::ArrowCursor);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(button);
    static_cast<QVBoxLayout *>(layout())->addLayout(row);
    return button;
}

void StateTile::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        emit clicked();
    QFrame::mouseReleaseEvent(event);
}

void StateTile::restyle()
{
    const QColor color = toneColor(m_tone);
    QColor fill = color;
    fill.setAlphaF(m_dark ? 0.28 : 0.12);
    const QColor border = m_selected ? palette().color(QPalette::Highlight) : color.darker(110);
    setStyleSheet(QStringLiteral("QFrame#stateTile { background: rgba(%1, %2, %3, %4);"
                                 " border: %5px solid %6; border-left: 5px solid %7;"
                                 " border-radius: 4px; }")
                      .arg(fill.red())
                      .arg(fill.green())
                      .arg(fill.blue())
                      .arg(fill.alphaF(), 0, 'f', 2)
                      .arg(m_selected ? 2 : 1)
                      .arg(m_selected ? border.name() : color.lighter(m_dark ? 80 : 150).name())
                      .arg(color.name()));
    m_chip->setStyleSheet(
        QStringLiteral("color: %1;").arg((m_dark ? color.lighter(150) : color.darker(110)).name()));
    m_note->setStyleSheet(
        QStringLiteral("color: %1;")
            .arg((m_dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xb2, 0x4a, 0x00)).name()));
}

// --- BreakerGrid ------------------------------------------------------------------------------

BreakerGrid::BreakerGrid(BreakerBoardFeed *feed, OperatorSession *session, QWidget *parent)
    : QWidget(parent)
    , m_feed(feed)
    , m_session(session)
    , m_gate(new ActionGate(session, actions::ActionKind::BreakerReset, this))
    , m_source(sourceLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->setSpacing(6);
    layout->addWidget(m_source);
    // Contract 5.1's groups, three rows of six tiles.
    const std::vector<std::vector<BreakerGroup>> rows {
        {BreakerGroup::Connectors, BreakerGroup::Ai},
        {BreakerGroup::Itsm, BreakerGroup::Siem},
        {BreakerGroup::Identity, BreakerGroup::Security, BreakerGroup::Infrastructure,
         BreakerGroup::Generic},
    };
    for (const auto &row : rows) {
        auto *rowLayout = new QHBoxLayout;
        rowLayout->setSpacing(10);
        for (BreakerGroup group : row) {
            auto *box = new QVBoxLayout;
            box->setSpacing(2);
            auto *title = new QLabel(groupTitle(group), this);
            title->setStyleSheet(QStringLiteral("color: palette(mid); font-size: 11px;"));
            box->addWidget(title);
            auto *tiles = new QHBoxLayout;
            tiles->setSpacing(6);
            int count = 0;
            for (const BreakerSpec &spec : breakerCatalog()) {
                if (spec.group != group)
                    continue;
                auto *tile = new StateTile(spec.name, this);
                tile->setObjectName(QStringLiteral("stateTile"));
                tile->setProperty("breaker", spec.name);
                QPushButton *button = tile->addButton(tr("Reset…"));
                button->setObjectName(QStringLiteral("resetButton_") + spec.name);
                m_gate->attach(button);
                connect(button, &QPushButton::clicked, this,
                        [this, name = spec.name] { reset(name); });
                connect(tile, &StateTile::clicked, this, [this, name = spec.name] {
                    emit breakerClicked(m_selected == name ? QString() : name);
                });
                tiles->addWidget(tile, 1);
                m_tiles.emplace(spec.name, tile);
                m_resetButtons.emplace(spec.name, button);
                ++count;
            }
            box->addLayout(tiles);
            rowLayout->addLayout(box, count);
        }
        layout->addLayout(rowLayout);
    }
    layout->addStretch(1);
    connect(m_feed, &BreakerBoardFeed::changed, this, &BreakerGrid::update);
    connect(m_feed->poller(), &ApiPoller::statusChanged, this, &BreakerGrid::update);
    m_feed->watch(this);
    update();
}

void BreakerGrid::setDarkTheme(bool dark)
{
    for (auto &[name, tile] : m_tiles)
        tile->setDarkTheme(dark);
}

void BreakerGrid::setSelectedBreaker(const QString &name)
{
    m_selected = name;
    for (auto &[tileName, tile] : m_tiles)
        tile->setSelected(tileName == name);
}

StateTile *BreakerGrid::tile(const QString &name) const
{
    const auto it = m_tiles.find(name);
    return it == m_tiles.end() ? nullptr : it->second;
}

QPushButton *BreakerGrid::resetButton(const QString &name) const
{
    const auto it = m_resetButtons.find(name);
    return it == m_resetButtons.end() ? nullptr : it->second;
}

QString BreakerGrid::sourceText() const
{
    return m_source->text();
}

void BreakerGrid::reset(const QString &name)
{
    m_gate->run(this, [this, name] {
        const BreakerTile *tile = m_feed->breaker(name);
        if (!tile)
            return;
        BreakerStatus breaker = tile->api.value_or(BreakerStatus {
            name, tr("unknown"), 0, tile->spec.failMax, double(tile->spec.resetTimeoutSeconds)});
        BreakerResetDialog *dialog
            = openBreakerReset(m_session, breaker, this,
                               [feed = m_feed](const BreakerStatus &) { feed->refreshNow(); });
        emit resetDialogOpened(dialog);
    });
}

void BreakerGrid::update()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const ApiPoller *api = m_feed->poller();
    const QString apiText = api->updatedAt().isValid()
        ? tr("API, %1 (as seen by the API worker that answered)")
              .arg(dashboard::formatLocalTime(api->updatedAt()))
        : (api->failure().isEmpty() ? tr("API not read yet") : tr("API: %1").arg(api->failure()));
    m_source->setText(tr("Metric: circuit_breaker_state, the most severe state over the worker "
                         "pids — %1 · %2")
                          .arg(m_feed->metricSourceText(), apiText));
    for (const BreakerTile &b : m_feed->breakers()) {
        StateTile *tile = this->tile(b.spec.name);
        if (!tile)
            continue; // a breaker outside table 5.1: listed in the table below, not tiled
        const std::optional<BreakerState> worst = b.worstState();
        QStringList lines;
        if (b.api) {
            lines << tr("API: %1 · %2/%3 failures")
                         .arg(b.api->state)
                         .arg(b.api->failCounter)
                         .arg(b.api->failMax);
        } else {
            lines << tr("API: —");
        }
        lines << (b.metric ? tr("Metric: %1")
                                 .arg(metricText(stateWord(b.metricState()), b.workers, b.worstPid,
                                                 b.metricState() != BreakerState::Closed))
                           : tr("Metric: no series"));
        QString when = describeLastChange(b.lastChange, now);
        if (const auto left = b.resetSecondsLeft(now))
            when += *left > 0 ? tr(" · trial call in %1 s").arg(*left)
                              : tr(" · reset timeout passed: next call is the trial");
        else if (worst == BreakerState::Open)
            when += tr(" · reset timeout %1 s").arg(b.spec.resetTimeoutSeconds);
        lines << when;
        QString note;
        if (b.disagrees())
            note = tr("⚠ Sources disagree: API %1, metric %2")
                       .arg(b.api->state, stateWord(b.metricState()));
        const QString tooltip
            = tr("%1 (%2): fail_max %3, reset_timeout %4 s.\nAPI: %5\nMetric: %6\n%7")
                  .arg(b.spec.name, groupTitle(b.spec.group))
                  .arg(b.spec.failMax)
                  .arg(b.spec.resetTimeoutSeconds)
                  .arg(b.api ? tr("%1, fail_counter %2 (the state of the API worker that "
                                  "answered; other workers may differ)")
                                   .arg(b.api->state)
                                   .arg(b.api->failCounter)
                             : tr("not read"),
                       b.metric ? tr("%1 from %n worker series; pid %2 holds it (a dead worker's "
                                     "gauge stays in the metrics and is not dropped)",
                                     nullptr, b.workers)
                                      .arg(stateWord(b.metricState()), b.worstPid)
                                : tr("no circuit_breaker_state series"),
                       tr("Click to show only this breaker in the charts below."));
        tile->setState(stateWord(worst), toneOf(worst), lines.join(QLatin1Char('\n')), note,
                       tooltip);
    }
}

QJsonObject BreakerGrid::exported() const
{
    QJsonArray rows;
    for (const BreakerTile &b : m_feed->breakers()) {
        QJsonObject row {{QStringLiteral("service"), b.spec.name},
                         {QStringLiteral("group"), toString(b.spec.group)},
                         {QStringLiteral("state"), stateWord(b.worstState())},
                         {QStringLiteral("disagree"), b.disagrees()}};
        if (b.api)
            row.insert(QStringLiteral("api"),
                       QJsonObject {{QStringLiteral("state"), b.api->state},
                                    {QStringLiteral("fail_counter"), b.api->failCounter},
                                    {QStringLiteral("fail_max"), b.api->failMax},
                                    {QStringLiteral("reset_timeout"), b.api->resetTimeoutSeconds}});
        if (b.metric)
            row.insert(QStringLiteral("metric"),
                       QJsonObject {{QStringLiteral("state"), stateWord(b.metricState())},
                                    {QStringLiteral("workers"), b.workers},
                                    {QStringLiteral("worst_pid"), b.worstPid}});
        if (b.lastChange.isValid())
            row.insert(QStringLiteral("last_change"), b.lastChange.toString(Qt::ISODate));
        rows.append(row);
    }
    return {{QStringLiteral("rows"), rows}, {QStringLiteral("source"), m_source->text()}};
}

// --- ConnectorStrip ---------------------------------------------------------------------------

ConnectorStrip::ConnectorStrip(BreakerBoardFeed *feed, QWidget *parent)
    : QWidget(parent)
    , m_feed(feed)
    , m_source(sourceLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(m_source);
    auto *row = new QHBoxLayout;
    row->setSpacing(6);
    for (const QString &type : connectorTypeNames()) {
        auto *tile = new StateTile(type, this);
        tile->setCursor(Qt::ArrowCursor);
        row->addWidget(tile, 1);
        m_tiles.emplace(type, tile);
    }
    layout->addLayout(row);
    layout->addStretch(1);
    connect(m_feed, &BreakerBoardFeed::changed, this, &ConnectorStrip::update);
    m_feed->watch(this);
    update();
}

void ConnectorStrip::setDarkTheme(bool dark)
{
    for (auto &[type, tile] : m_tiles)
        tile->setDarkTheme(dark);
}

StateTile *ConnectorStrip::tile(const QString &type) const
{
    const auto it = m_tiles.find(type);
    return it == m_tiles.end() ? nullptr : it->second;
}

QString ConnectorStrip::sourceText() const
{
    return m_source->text();
}

void ConnectorStrip::update()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_source->setText(tr("Metric: connector_health, the lowest over the worker pids — %1 · API: "
                         "each connector's health check (read once a minute)")
                          .arg(m_feed->metricSourceText()));
    for (const ConnectorTile &c : m_feed->connectors()) {
        StateTile *tile = this->tile(c.type);
        if (!tile)
            continue;
        const std::optional<bool> metric = c.metricHealthy();
        const std::optional<bool> api = c.apiHealthy();
        // The metric decides the colour; without one, the API's check does.
        const std::optional<bool> shown = metric ? metric : api;
        const StateTile::Tone tone = !shown
            ? StateTile::Tone::Unknown
            : (*shown ? StateTile::Tone::Good : StateTile::Tone::Bad);
        const QString word = !shown ? tr("UNKNOWN") : (*shown ? tr("HEALTHY") : tr("UNHEALTHY"));
        QStringList lines;
        lines << (c.health
                      ? tr("Metric: %1")
                            .arg(metricText(metric ? (*metric ? tr("healthy") : tr("unhealthy"))
                                                   : QString::number(*c.health),
                                            c.workers, c.worstPid, metric != true))
                      : tr("Metric: no series"));
        QString apiLine;
        if (c.api)
            apiLine = tr("API check: %1").arg(c.api->status);
        else if (!c.apiError.isEmpty())
            apiLine = tr("API check: not read");
        else
            apiLine = tr("API check: —");
        lines << apiLine << describeLastChange(c.lastChange, now);
        QString note;
        if (c.disagrees())
            note = tr("⚠ Sources disagree");
        const QString detail = c.api ? c.api->message : c.apiError;
        tile->setState(
            word, tone, lines.join(QLatin1Char('\n')), note,
            tr("%1\nAPI health check: %2").arg(c.type, detail.isEmpty() ? tr("—") : detail));
    }
}

QJsonObject ConnectorStrip::exported() const
{
    QJsonArray rows;
    for (const ConnectorTile &c : m_feed->connectors()) {
        QJsonObject row {{QStringLiteral("connector"), c.type},
                         {QStringLiteral("disagree"), c.disagrees()}};
        if (c.health)
            row.insert(QStringLiteral("metric"),
                       QJsonObject {{QStringLiteral("health"), *c.health},
                                    {QStringLiteral("workers"), c.workers},
                                    {QStringLiteral("worst_pid"), c.worstPid}});
        if (c.api)
            row.insert(QStringLiteral("api"),
                       QJsonObject {{QStringLiteral("status"), c.api->status},
                                    {QStringLiteral("message"), c.api->message}});
        else if (!c.apiError.isEmpty())
            row.insert(QStringLiteral("api_error"), c.apiError);
        if (c.lastChange.isValid())
            row.insert(QStringLiteral("last_change"), c.lastChange.toString(Qt::ISODate));
        rows.append(row);
    }
    return {{QStringLiteral("rows"), rows}, {QStringLiteral("source"), m_source->text()}};
}

} // namespace eucora::app
