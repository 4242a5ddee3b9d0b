#include "serverstatusindicator.h"

#include "dashboard/panelstatus.h"

namespace eucora::app {

ServerStatusIndicator::ServerStatusIndicator(const QString &serverName, ServerProbe *probe,
                                             QWidget *parent)
    : QLabel(parent)
    , m_serverName(serverName)
    , m_probe(probe)
{
    setTextFormat(Qt::RichText);
    connect(probe, &ServerProbe::changed, this, &ServerStatusIndicator::refresh);
    refresh();
}

void ServerStatusIndicator::setServerName(const QString &name)
{
    m_serverName = name;
    refresh();
}

void ServerStatusIndicator::setDetail(const QString &detail)
{
    m_detail = detail;
    refresh();
}

void ServerStatusIndicator::refresh()
{
    QString state;
    QString color;
    switch (m_probe->reachability()) {
    case ServerProbe::Reachability::Unknown:
        state = tr("checking…");
        color = QStringLiteral("#6b7280");
        break;
    case ServerProbe::Reachability::Reachable:
        state = tr("reachable (%1 ms)").arg(m_probe->latencyMs());
        color = QStringLiteral("#2e9e44");
        break;
    case ServerProbe::Reachability::Unreachable:
        state = tr("unreachable: %1").arg(m_probe->unreachableBecause());
        color = QStringLiteral("#d62d2d");
        break;
    }
    setText(QStringLiteral("<span style=\"color:%1\">&#9679;</span> %2: %3")
                .arg(color, m_serverName.toHtmlEscaped(), state.toHtmlEscaped()));
    const QString checked = m_probe->lastCheckedAt().isValid()
        ? dashboard::formatLocalTime(m_probe->lastCheckedAt())
        : tr("not yet");
    QString tip = tr("%1\nlast checked: %2").arg(m_probe->url().toString(), checked);
    if (!m_detail.isEmpty())
        tip += QLatin1Char('\n') + m_detail;
    setToolTip(tip);
}

} // namespace eucora::app
