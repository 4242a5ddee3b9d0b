#include "panels/variablesbar.h"

#include "dashboard/dashboardstate.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

namespace eucora::app {

using dashboard::Variable;

VariablesBar::VariablesBar(dashboard::DashboardState *state, QWidget *parent)
    : QWidget(parent)
    , m_state(state)
    , m_layout(new QHBoxLayout(this))
{
    m_layout->setContentsMargins(8, 4, 8, 0);
    // Queued: the change may come from one of the combo boxes rebuild() replaces.
    connect(state, &dashboard::DashboardState::variablesChanged, this, &VariablesBar::rebuild,
            Qt::QueuedConnection);
    rebuild();
}

QComboBox *VariablesBar::comboFor(const QString &name) const
{
    for (const auto &[variable, combo] : m_combos) {
        if (variable == name)
            return combo;
    }
    return nullptr;
}

void VariablesBar::rebuild()
{
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        if (item->widget())
            item->widget()->deleteLater();
        delete item;
    }
    m_combos.clear();
    for (const Variable &variable : m_state->dashboard().variables) {
        if (variable.hide == dashboard::VariableHide::Variable
            || variable.type == dashboard::VariableType::Constant)
            continue;
        if (variable.hide != dashboard::VariableHide::Label)
            m_layout->addWidget(
                new QLabel(variable.label.isEmpty() ? variable.name : variable.label, this));
        auto *combo = new QComboBox(this);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        combo->setMinimumContentsLength(8);
        if (variable.includeAll)
            combo->addItem(tr("All"), dashboard::allValueMarker());
        for (const dashboard::VariableOption &option : variable.options)
            combo->addItem(option.text, option.value);
        const QString current = variable.currentValue.value(0);
        combo->setCurrentIndex(std::max(0, combo->findData(current)));
        if (variable.multi && variable.currentValue.size() > 1) // shown as Grafana does: a + b
            combo->setToolTip(variable.currentText.join(QStringLiteral(" + ")));
        if (const auto it = m_state->variableErrors().find(variable.name);
            it != m_state->variableErrors().end())
            combo->setToolTip(tr("Options could not be loaded: %1").arg(it->second));
        const QString name = variable.name;
        connect(combo, &QComboBox::activated, this, [this, name, combo] {
            m_state->setVariable(name, {combo->currentData().toString()});
        });
        m_layout->addWidget(combo);
        m_combos.emplace_back(name, combo);
    }
    m_layout->addStretch();
    setVisible(!m_combos.empty());
}

} // namespace eucora::app
