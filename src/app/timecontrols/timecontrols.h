// The time picker and refresh controls as Grafana users know them: relative presets (5m ... 7d),
// an absolute window with a calendar and the time zone named, local or UTC, zoom out, half a
// window back or forward, refresh now, the refresh interval (off, 5s ... 5m) and pause. They act
// on the dashboard on screen.
#pragma once

#include <QPointer>
#include <QWidget>

class QComboBox;
class QToolButton;

namespace eucora::dashboard {
class DashboardState;
}

namespace eucora::app {

class TimeControls : public QWidget
{
    Q_OBJECT

public:
    explicit TimeControls(QWidget *parent = nullptr);

    // The dashboard the controls act on (null: disabled).
    void bind(dashboard::DashboardState *state);

    QToolButton *rangeButton() const { return m_range; }
    QComboBox *refreshChoice() const { return m_refresh; }
    QComboBox *zoneChoice() const { return m_zone; }
    QToolButton *pauseButton() const { return m_pause; }

    void zoomOut();
    void shiftBackward();
    void shiftForward();
    // Opens the absolute range dialog.
    void pickAbsoluteRange();

signals:
    void refreshNowRequested();
    void pausedChanged(bool paused);

private:
    void update();

    QPointer<dashboard::DashboardState> m_state;
    QToolButton *m_back;
    QToolButton *m_range;
    QToolButton *m_forward;
    QToolButton *m_zoomOut;
    QComboBox *m_zone;
    QToolButton *m_refreshNow;
    QComboBox *m_refresh;
    QToolButton *m_pause;
};

} // namespace eucora::app
