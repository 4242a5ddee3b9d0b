// RingPipelineWidget offscreen: a box per ring up to the target, the current ring marked, a
// failed gate in numbers in the hover text and in what --export writes, light and dark.
#include "panels/ringpipelinewidget.h"

#include <QApplication>
#include <QDir>
#include <QJsonObject>
#include <QPalette>
#include <QTest>
#include <QTimeZone>

using namespace eucora;
using namespace eucora::controlplane;
using eucora::app::RingPipelineWidget;

class TestRingPipelineWidget : public QObject
{
    Q_OBJECT

private slots:
    void aFailedGateIsDrawnAndSaidInNumbers();
    void drawsInLightAndDark();

private:
    static RingPipeline failedInCanary();
};

RingPipeline TestRingPipelineWidget::failedInCanary()
{
    const QDateTime t0(QDate(2026, 11, 30), QTime(12, 0), QTimeZone::utc());
    DeploymentSummary d;
    d.targetRing = QStringLiteral("DEPARTMENT");
    d.status = QStringLiteral("FAILED");
    RingProgress lab;
    lab.ring = QStringLiteral("LAB");
    lab.connectorType = QStringLiteral("intune");
    lab.successCount = 40;
    lab.successRate = 1.0;
    lab.promotionGatePassed = true;
    lab.createdAt = t0;
    lab.promotedAt = lab.updatedAt = t0.addSecs(300);
    RingProgress canary = lab;
    canary.ring = QStringLiteral("CANARY");
    canary.successCount = 481;
    canary.failureCount = 19;
    canary.successRate = 0.962;
    canary.promotionGatePassed = false;
    canary.createdAt = t0.addSecs(300);
    canary.promotedAt = {};
    canary.updatedAt = t0.addSecs(900);
    return ringPipeline(d, {lab, canary}, t0.addSecs(1200));
}

void TestRingPipelineWidget::aFailedGateIsDrawnAndSaidInNumbers()
{
    RingPipelineWidget widget;
    widget.resize(900, 140);
    widget.setPipeline(failedInCanary());
    QCOMPARE(int(widget.pipeline().stages.size()), 4); // LAB .. DEPARTMENT
    QVERIFY(widget.stageRect(0).right() < widget.stageRect(1).left());
    QVERIFY(widget.stageRect(4).isEmpty());
    const QString tip = widget.stageToolTip(1);
    QVERIFY2(tip.contains(QLatin1String("0.962 &lt; 0.98: 481 of 500 succeeded")), qPrintable(tip));
    QVERIFY2(tip.contains(QLatin1String("Time in ring: 10 min")), qPrintable(tip));
    const QJsonArray stages = widget.exported();
    QCOMPARE(stages.size(), 4);
    const QJsonObject canary = stages.at(1).toObject();
    QCOMPARE(canary.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
    QCOMPARE(canary.value(QStringLiteral("current")).toBool(), true);
    QCOMPARE(canary.value(QStringLiteral("gate")).toDouble(), 0.98);
    QCOMPARE(canary.value(QStringLiteral("failure_count")).toInt(), 19);
    QCOMPARE(stages.at(3).toObject().value(QStringLiteral("state")).toString(),
             QStringLiteral("not reached"));

    // The failed ring's frame is drawn in the failure colour, the passed one's in green.
    const QImage image = widget.grab().toImage();
    const QColor failedEdge
        = image.pixelColor(widget.stageRect(1).center().x(), widget.stageRect(1).top() + 2);
    const QColor passedEdge
        = image.pixelColor(widget.stageRect(0).center().x(), widget.stageRect(0).top() + 1);
    QVERIFY2(failedEdge.red() - failedEdge.green() > 60, qPrintable(failedEdge.name()));
    QVERIFY2(passedEdge.green() > passedEdge.red(), qPrintable(passedEdge.name()));
}

void TestRingPipelineWidget::drawsInLightAndDark()
{
    for (const bool dark : {false, true}) {
        RingPipelineWidget widget;
        QPalette palette = widget.palette();
        palette.setColor(QPalette::Window, dark ? QColor(0x18, 0x1b, 0x1f) : Qt::white);
        palette.setColor(QPalette::WindowText, dark ? QColor(0xd8, 0xd9, 0xda) : Qt::black);
        widget.setPalette(palette);
        widget.setAutoFillBackground(true);
        widget.resize(900, 140);
        widget.setPipeline(failedInCanary());
        const QImage image = widget.grab().toImage();
        QCOMPARE(image.size(), QSize(900, 140));
        const QString path = QDir::temp().filePath(
            QStringLiteral("tst_ringpipelinewidget-%1.png")
                .arg(dark ? QLatin1String("dark") : QLatin1String("light")));
        QVERIFY(image.save(path));
        // Text was drawn: the title row of the first box holds the text colour somewhere.
        const QRect title = widget.stageRect(0).adjusted(8, 6, -8, 0);
        bool ink = false;
        for (int x = title.left(); x < title.right() && !ink; ++x)
            for (int y = title.top(); y < title.top() + widget.fontMetrics().height() && !ink; ++y)
                ink = image.pixelColor(x, y) == palette.color(QPalette::WindowText);
        QVERIFY(ink);
    }
}

QTEST_MAIN(TestRingPipelineWidget)
#include "tst_ringpipelinewidget.moc"
