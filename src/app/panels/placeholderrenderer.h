// A panel the console cannot draw, drawn as a box that says what it is and why: an unknown
// panel type, a datasource other than Prometheus. Never a blank, never a silent drop.
#pragma once

#include "panels/panelrenderer.h"

class QLabel;

namespace eucora::app {

class PlaceholderRenderer : public PanelRenderer
{
    Q_OBJECT

public:
    PlaceholderRenderer(const dashboard::Panel &panel, QString why, QWidget *parent);

    void showData(const dashboard::PanelState &, const PanelContext &) override { }
    QJsonObject exportContent() const override;
    const QString &why() const { return m_why; }

    // Why a panel of the model cannot be drawn, in the operator's words.
    static QString describe(const dashboard::Panel &panel, const dashboard::Dashboard &dashboard);

private:
    QString m_why;
};

} // namespace eucora::app
