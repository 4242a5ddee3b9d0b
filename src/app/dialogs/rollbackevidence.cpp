#include "dialogs/rollbackevidence.h"

#include "controlplane/controlplaneclient.h"
#include "controlplane/ringpipeline.h"
#include "panels/bigvaluetext.h"
#include "prometheus/prometheusclient.h"

#include <QFormLayout>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

#include <cmath>

namespace eucora::app {

using namespace controlplane;

// The failure rate as a line, scaled to its own peak.
class Sparkline : public QWidget
{
public:
    explicit Sparkline(QWidget *parent)
        : QWidget(parent)
    {
        setMinimumSize(200, 36);
    }

    void setPoints(std::vector<QPointF> points)
    {
        m_points = std::move(points);
        update();
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        if (m_points.size() < 2)
            return;
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        drawSparkline(p, QRectF(rect()).adjusted(1, 2, -1, -2), m_points, QColor(0xc4, 0x16, 0x2a),
                      m_points.front().x(), m_points.back().x(), true);
    }

private:
    std::vector<QPointF> m_points;
};

RollbackEvidence::RollbackEvidence(const DeploymentSummary &target, ControlPlaneClient *client,
                                   prometheus::PrometheusClient *prometheus, QWidget *parent)
    : QWidget(parent)
    , m_target(target)
    , m_exposure(new QLabel(tr("Reading the rings…"), this))
    , m_rateCaption(
          new QLabel(tr("Failures per minute of %1, last 15 minutes:").arg(target.appName), this))
    , m_sparkline(new Sparkline(this))
    , m_rate(new QLabel(tr("Asking Prometheus…"), this))
{
    setObjectName(QStringLiteral("rollbackEvidence"));
    m_exposure->setWordWrap(true);
    m_exposure->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rate->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *caption = new QLabel(tr("<b>Exposure now</b>"), this);
    layout->addWidget(caption);
    layout->addWidget(m_exposure);
    layout->addWidget(m_rateCaption);
    auto *rateRow = new QHBoxLayout;
    rateRow->addWidget(m_sparkline, 1);
    rateRow->addWidget(m_rate);
    layout->addLayout(rateRow);

    client->rings(target.correlationId, this,
                  [this](const ApiResult<std::vector<RingProgress>> &result) {
                      if (result.ok()) {
                          showRings(result.value());
                      } else {
                          m_exposure->setText(
                              tr("The rings could not be read: %1").arg(result.error().summary()));
                          m_exposure->setStyleSheet(QStringLiteral("color: #a11d14;"));
                      }
                      m_ringsLoaded = true;
                      emit loadedChanged();
                  });
    const QDateTime now = QDateTime::currentDateTimeUtc();
    prometheus::RangeQuery query;
    query.promql = failureRateQuery(target.appName);
    query.start = now.addSecs(-15 * 60);
    query.end = now;
    query.step = std::chrono::seconds(30);
    prometheus->queryRange(query, this, [this](Result<prometheus::QueryResult> &&result) {
        if (!result.ok()) {
            m_rate->setText(tr("Prometheus: %1").arg(result.error().summary()));
            m_rate->setStyleSheet(QStringLiteral("color: #a11d14;"));
        } else if (result.value().series.empty()) {
            showRate({}, {});
        } else {
            const prometheus::Series &series = result.value().series.front();
            showRate(series.timestampsMs, series.values);
        }
        m_rateLoaded = true;
        emit loadedChanged();
    });
}

QString RollbackEvidence::failureRateQuery(const QString &appName)
{
    QString escaped = appName;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QStringLiteral("sum(rate(deployment_total{app_name=\"%1\",status=\"failed\"}[5m])) * 60")
        .arg(escaped);
}

void RollbackEvidence::showRings(const std::vector<RingProgress> &rings)
{
    const RingPipeline pipeline = ringPipeline(m_target, rings, QDateTime::currentDateTimeUtc());
    QStringList lines;
    int succeeded = 0;
    int failed = 0;
    for (const RingStage &stage : pipeline.stages) {
        if (!stage.progress)
            continue;
        const RingProgress &r = *stage.progress;
        succeeded += r.successCount;
        failed += r.failureCount;
        lines << tr("%1 (%2): %3 succeeded, %4 failed — %5")
                     .arg(toString(stage.ring), r.connectorType)
                     .arg(r.successCount)
                     .arg(r.failureCount)
                     .arg(RingPipelineText::decision(stage));
    }
    if (lines.isEmpty()) {
        m_exposure->setText(tr("Not deployed to any ring yet: nothing is exposed."));
        return;
    }
    lines << tr("In all: %1 devices succeeded, %2 failed.").arg(succeeded).arg(failed);
    m_exposure->setText(lines.join(QLatin1Char('\n')));
}

void RollbackEvidence::showRate(const std::vector<std::int64_t> &timestampsMs,
                                const std::vector<double> &values)
{
    std::vector<QPointF> points;
    for (size_t i = 0; i < timestampsMs.size() && i < values.size(); ++i)
        points.emplace_back(double(timestampsMs[i]), values[i]);
    m_sparkline->setPoints(std::move(points));
    if (timestampsMs.empty()) {
        m_rate->setText(tr("no failures recorded"));
        return;
    }
    double peak = 0;
    for (double v : values)
        peak = std::isfinite(v) ? std::max(peak, v) : peak;
    const double last = values.back();
    m_rate->setText(tr("now %1/min, peak %2/min")
                        .arg(std::isfinite(last) ? QString::number(last, 'f', 2) : tr("n/a"),
                             QString::number(peak, 'f', 2)));
}

QString RollbackEvidence::exposureText() const
{
    return m_exposure->text();
}

QString RollbackEvidence::failureRateText() const
{
    return m_rate->text();
}

} // namespace eucora::app
