#include "dashboard/panelspec.h"

#include <QCoreApplication>

namespace eucora::dashboard {

PanelSpec deploymentsPerMinutePanel()
{
    PanelSpec spec;
    spec.id = QStringLiteral("deployments-per-minute");
    spec.title = PanelSpec::tr("Deployments per minute by status");
    spec.promql = QStringLiteral("sum by (status) (rate(deployment_total[5m])) * 60");
    spec.legendLabel = QStringLiteral("status");
    spec.degraded = {QStringLiteral("deployment_total"), QStringLiteral("status"), 60.0};
    spec.unit = PanelSpec::tr("deployments/min");
    return spec;
}

} // namespace eucora::dashboard
