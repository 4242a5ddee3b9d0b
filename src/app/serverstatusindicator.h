// Status-bar item: one server's reachability, latency and last check.
#pragma once

#include "refresh/serverprobe.h"

#include <QLabel>

namespace eucora::app {

class ServerStatusIndicator : public QLabel
{
    Q_OBJECT

public:
    ServerStatusIndicator(const QString &serverName, ServerProbe *probe, QWidget *parent = nullptr);

    // What the server turned out to be ("VictoriaMetrics v1.79.5"), and a line for the tooltip.
    void setServerName(const QString &name);
    void setDetail(const QString &detail);

private:
    void refresh();

    QString m_serverName;
    QString m_detail;
    ServerProbe *m_probe;
};

} // namespace eucora::app
