// What a rollback is about, shown above its reason and confirmation: where the deployment is
// exposed now (each ring reached, its connector, devices that succeeded and failed, its gate's
// decision in numbers) and the application's failures per minute over the last minutes from
// Prometheus. Each part says when it could not be read; none of it blocks the rollback.
#pragma once

#include "controlplane/apimodels.h"

#include <QWidget>

#include <cstdint>
#include <vector>

class QLabel;

namespace eucora::controlplane {
class ControlPlaneClient;
}
namespace eucora::prometheus {
class PrometheusClient;
}

namespace eucora::app {

class Sparkline;

class RollbackEvidence : public QWidget
{
    Q_OBJECT

public:
    RollbackEvidence(const controlplane::DeploymentSummary &target,
                     controlplane::ControlPlaneClient *client,
                     prometheus::PrometheusClient *prometheus, QWidget *parent = nullptr);

    // The PromQL of the failure rate for `appName` (failures per minute, 5 min rate).
    static QString failureRateQuery(const QString &appName);

    QString exposureText() const;
    QString failureRateText() const;
    bool loaded() const { return m_ringsLoaded && m_rateLoaded; }

signals:
    void loadedChanged();

private:
    void showRings(const std::vector<controlplane::RingProgress> &rings);
    void showRate(const std::vector<std::int64_t> &timestampsMs, const std::vector<double> &values);

    controlplane::DeploymentSummary m_target;
    QLabel *m_exposure;
    QLabel *m_rateCaption;
    Sparkline *m_sparkline;
    QLabel *m_rate;
    bool m_ringsLoaded = false;
    bool m_rateLoaded = false;
};

} // namespace eucora::app
