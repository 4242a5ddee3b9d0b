// A dashboard's variables as combo boxes above its panels, as Grafana shows them: the label,
// the current value, "All" where allowed, several values where the variable is multi-value.
#pragma once

#include <QWidget>

class QComboBox;
class QHBoxLayout;

namespace eucora::dashboard {
class DashboardState;
}

namespace eucora::app {

class VariablesBar : public QWidget
{
    Q_OBJECT

public:
    VariablesBar(dashboard::DashboardState *state, QWidget *parent = nullptr);

    // The combo box of a variable, for tests; null when it has none (hidden, constant).
    QComboBox *comboFor(const QString &name) const;

private:
    void rebuild();

    dashboard::DashboardState *m_state;
    QHBoxLayout *m_layout;
    std::vector<std::pair<QString, QComboBox *>> m_combos;
};

} // namespace eucora::app
