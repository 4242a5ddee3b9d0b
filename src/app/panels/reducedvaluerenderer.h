// What the stat, gauge and bar gauge panels share: one value per series (reducedvalue.h), its
// name shown as the text mode says, the same export, and nothing drawn before the first answer.
#pragma once

#include "panels/panelrenderer.h"
#include "panels/reducedvalue.h"

#include <QColor>

#include <functional>
#include <vector>

namespace eucora::app {

class ReducedValueRenderer : public PanelRenderer
{
    Q_OBJECT

public:
    // Painted on the palette's base, as the time-series chart is.
    ReducedValueRenderer(const dashboard::Panel &panel, QWidget *parent);

    void showData(const dashboard::PanelState &state, const PanelContext &context) final;
    QJsonObject exportContent() const final { return m_export ? m_export() : QJsonObject(); }

    // In order: the value texts (empty where the text mode shows only the name) and the names
    // (empty where it hides them).
    QStringList shownTexts() const;
    QStringList shownNames() const;
    double fraction(int index) const; // how much of its range a value fills, 0..1

protected:
    struct Shown
    {
        QString name;
        QString text;
        QColor color; // invalid: the palette's text colour
        double fraction = 0;
    };

    const std::vector<Shown> &shown() const { return m_shown; }
    bool darkTheme() const { return m_dark; }
    // What a panel type keeps beyond Shown (points, threshold bands), in the same order; the
    // values point into the state, valid during this call only.
    virtual void keepExtras(const std::vector<ReducedValue> &values, const PanelContext &context)
        = 0;

private:
    std::vector<Shown> m_shown;
    std::function<QJsonObject()> m_export; // made when asked: it copies every point
    bool m_dark = false;
};

} // namespace eucora::app
