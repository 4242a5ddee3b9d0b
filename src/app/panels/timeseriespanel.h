// A time-series panel: title, freshness badge, error banner that keeps the last data visible,
// and the chart.
#pragma once

#include "dashboard/panelfeed.h"

#include <QFrame>
#include <QTimer>

#include <memory>

class QLabel;

namespace eucora::app {

class TimeSeriesView;

class TimeSeriesPanel : public QFrame
{
    Q_OBJECT

public:
    TimeSeriesPanel(dashboard::PanelFeed *feed, QWidget *parent = nullptr);
    ~TimeSeriesPanel() override;

    int seriesCount() const;
    QString statusText() const;
    QString errorText() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateData();
    void updateStatus();

    dashboard::PanelFeed *m_feed;
    QLabel *m_title;
    QLabel *m_badge;
    QLabel *m_detail;
    QLabel *m_errorBanner;
    QLabel *m_emptyNote;
    std::unique_ptr<TimeSeriesView> m_chart;
    QTimer m_ageTimer;
    quint64 m_shownVersion = 0;
};

} // namespace eucora::app
