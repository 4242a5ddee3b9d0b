// The detail pane of the deployment an operator selected: every field of contract 2.4, its events
// inside the window (newest first, with the server's "newest 100" cap said), how fresh it is, and
// "Roll back…" right beside the evidence, with the reason when it is disabled.
#pragma once

#include "controlplane/apimodels.h"

#include <QJsonObject>
#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace eucora::models {
class EventsModel;
}

namespace eucora::app {

class ActionGate;
class OperatorSession;
class SelectedDeployment;

class DeploymentDetailView : public QWidget
{
    Q_OBJECT

public:
    DeploymentDetailView(SelectedDeployment *selection, OperatorSession *session,
                         QWidget *parent = nullptr);

    QPushButton *rollbackButton() const { return m_rollbackButton; }
    ActionGate *rollbackGate() const { return m_gate; }
    models::EventsModel *eventsModel() const { return m_events; }
    // The shown value of a field by its label ("Status", "Submitter", ...).
    QString fieldText(const QString &label) const;
    QString statusText() const;
    // The fields and events as --export writes them.
    QJsonObject exported() const;

signals:
    void rollbackRequested(const eucora::controlplane::DeploymentSummary &deployment);

private:
    void showSelection();
    void showStatus();

    SelectedDeployment *m_selection;
    ActionGate *m_gate;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QLabel *m_status;
    QFormLayout *m_form;
    std::vector<std::pair<QString, QLabel *>> m_fields;
    QLabel *m_eventsCaption;
    models::EventsModel *m_events;
    QTableView *m_eventsTable;
    QPushButton *m_rollbackButton;
};

// The ring pipeline of the selected deployment with a caption that says which deployment it is,
// how fresh, and why it is empty when the control plane has no rings endpoint.
class RingPipelineWidget;

class RingPipelinePanel : public QWidget
{
    Q_OBJECT

public:
    explicit RingPipelinePanel(SelectedDeployment *selection, QWidget *parent = nullptr);

    RingPipelineWidget *pipeline() const { return m_pipeline; }
    QString captionText() const;
    QJsonObject exported() const;

private:
    void showSelection();

    SelectedDeployment *m_selection;
    QLabel *m_caption;
    RingPipelineWidget *m_pipeline;
};

} // namespace eucora::app
