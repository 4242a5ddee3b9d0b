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

private:
    void refresh();

    QString m_serverName;
    ServerProbe *m_probe;
};

} // namespace eucora::app
