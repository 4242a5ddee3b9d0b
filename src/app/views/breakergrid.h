// The Circuit breakers view's tiles. BreakerGrid: the 18 breakers grouped as in contract 5.1,
// coloured by state, each with the API's answer and the metric's (folded over worker pids) side
// by side, fail count against fail_max, time since the last change, the reset timeout left when
// open, a note when the two sources disagree, and Reset… for staff. A click on a tile selects
// the breaker (the view's charts follow). ConnectorStrip: the five execution-plane connectors'
// health, metric and API health check side by side.
#pragma once

#include "controlplane/breakerboard.h"

#include <QFrame>
#include <QJsonObject>
#include <QWidget>

#include <map>

class QLabel;
class QPushButton;

namespace eucora::app {

class ActionGate;
class BreakerBoardFeed;
class BreakerResetDialog;
class OperatorSession;

// One tile: a title, a state chip, lines of text, optionally a button; coloured by its tone.
class StateTile : public QFrame
{
    Q_OBJECT

public:
    enum class Tone { Unknown, Good, Warning, Bad };

    explicit StateTile(const QString &title, QWidget *parent = nullptr);

    void setState(const QString &chip, Tone tone, const QString &lines, const QString &note,
                  const QString &tooltip);
    void setSelected(bool selected);
    void setDarkTheme(bool dark);
    QString chipText() const;
    QString linesText() const;
    QString noteText() const;
    QPushButton *addButton(const QString &text);

signals:
    void clicked();

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void restyle();

    QLabel *m_title;
    QLabel *m_chip;
    QLabel *m_lines;
    QLabel *m_note;
    Tone m_tone = Tone::Unknown;
    bool m_selected = false;
    bool m_dark = false;
};

class BreakerGrid : public QWidget
{
    Q_OBJECT

public:
    BreakerGrid(BreakerBoardFeed *feed, OperatorSession *session, QWidget *parent = nullptr);

    void setDarkTheme(bool dark);
    // The breaker the view's charts show ("" for all); its tile is framed.
    void setSelectedBreaker(const QString &name);
    StateTile *tile(const QString &name) const;
    QPushButton *resetButton(const QString &name) const;
    ActionGate *resetGate() const { return m_gate; }
    QString sourceText() const;
    QJsonObject exported() const;
    // Opens the reset dialog for `name` (signing in first when needed).
    void reset(const QString &name);

signals:
    // A tile was clicked: select that breaker, or all again when it was selected ("").
    void breakerClicked(const QString &name);
    void resetDialogOpened(eucora::app::BreakerResetDialog *dialog);

private:
    void update();

    BreakerBoardFeed *m_feed;
    OperatorSession *m_session;
    ActionGate *m_gate;
    QLabel *m_source;
    std::map<QString, StateTile *> m_tiles;
    std::map<QString, QPushButton *> m_resetButtons;
    QString m_selected;
};

class ConnectorStrip : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectorStrip(BreakerBoardFeed *feed, QWidget *parent = nullptr);

    void setDarkTheme(bool dark);
    StateTile *tile(const QString &type) const;
    QString sourceText() const;
    QJsonObject exported() const;

private:
    void update();

    BreakerBoardFeed *m_feed;
    QLabel *m_source;
    std::map<QString, StateTile *> m_tiles;
};

// "3 min ago" for a change time, "not inside the window" when none was seen.
QString describeLastChange(const QDateTime &at, const QDateTime &now);

} // namespace eucora::app
