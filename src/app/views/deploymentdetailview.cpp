#include "views/deploymentdetailview.h"

#include "feeds/selecteddeployment.h"
#include "models/eventsmodel.h"
#include "panels/ringpipelinewidget.h"
#include "panels/widgetrenderer.h"
#include "session/actiongate.h"
#include "session/apipoller.h"
#include "views/tonedsortmodel.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace eucora::app {

using namespace controlplane;

namespace {

QLabel *selectableLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

void showPollerStatus(QLabel *label, const ApiPoller *poller)
{
    label->setText(poller->statusText());
    label->setStyleSheet(poller->statusIsError() ? QStringLiteral("color: #a11d14;") : QString());
}

} // namespace

DeploymentDetailView::DeploymentDetailView(SelectedDeployment *selection, OperatorSession *session,
                                           QWidget *parent)
    : QWidget(parent)
    , m_selection(selection)
    , m_gate(new ActionGate(session, actions::ActionKind::Rollback, this))
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(tr("Select a deployment in the table to see its fields, its rings "
                                  "and its events."),
                               this))
    , m_status(selectableLabel(this))
    , m_form(new QFormLayout)
    , m_eventsCaption(new QLabel(this))
    , m_events(new models::EventsModel(this))
    , m_eventsTable(new QTableView(this))
    , m_rollbackButton(new QPushButton(tr("Roll back…"), this))
{
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_rollbackButton->setObjectName(QStringLiteral("detailRollbackButton"));
    auto *reason = new QLabel(this);
    reason->setObjectName(QStringLiteral("actionReason"));
    reason->setStyleSheet(QStringLiteral("color: #5f6368;"));
    m_gate->setPrecondition([this] {
        if (!m_selection->hasDetail())
            return tr("select a deployment to roll back");
        if (m_selection->detail().summary.is(DeploymentStatus::RolledBack))
            return tr("already rolled back");
        return QString();
    });
    m_gate->attach(m_rollbackButton, reason);
    connect(m_rollbackButton, &QPushButton::clicked, this, [this] {
        m_gate->run(this, [this] {
            if (m_selection->hasDetail())
                emit rollbackRequested(m_selection->detail().summary);
        });
    });

    const QStringList labels {tr("Correlation ID"), tr("Application"), tr("Version"),
                              tr("Target ring"),    tr("Status"),      tr("Risk score"),
                              tr("CAB approval"),   tr("Submitter"),   tr("Created")};
    for (const QString &label : labels) {
        QLabel *value = selectableLabel(this);
        m_fields.emplace_back(label, value);
        m_form->addRow(label + QLatin1Char(':'), value);
    }
    m_eventsTable->setModel(m_events);
    setUpReadOnlyTable(m_eventsTable);
    m_eventsTable->setColumnHidden(models::EventsModel::Deployment, true); // it is this one
    m_eventsTable->horizontalHeader()->resizeSection(models::EventsModel::Time, 170);
    m_eventsTable->horizontalHeader()->resizeSection(models::EventsModel::Type, 180);
    m_eventsTable->horizontalHeader()->resizeSection(models::EventsModel::Actor, 120);

    auto *detail = new QWidget(this);
    auto *top = new QHBoxLayout;
    top->addWidget(m_status, 1);
    top->addWidget(reason);
    top->addWidget(m_rollbackButton);
    auto *body = new QHBoxLayout;
    auto *fields = new QWidget(detail);
    fields->setLayout(m_form);
    m_form->setContentsMargins(0, 0, 0, 0);
    body->addWidget(fields, 2);
    auto *events = new QVBoxLayout;
    events->addWidget(m_eventsCaption);
    events->addWidget(m_eventsTable, 1);
    body->addLayout(events, 3);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addLayout(top);
    detailLayout->addLayout(body, 1);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(detail);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    selection->poller()->watch(this);
    connect(selection, &SelectedDeployment::changed, this, &DeploymentDetailView::showSelection);
    connect(selection->poller(), &ApiPoller::statusChanged, this,
            &DeploymentDetailView::showStatus);
    showSelection();
    showStatus();
}

void DeploymentDetailView::showStatus()
{
    showPollerStatus(m_status, m_selection->poller());
}

QString DeploymentDetailView::statusText() const
{
    return m_status->text();
}

void DeploymentDetailView::showSelection()
{
    m_stack->setCurrentIndex(m_selection->correlationId().isEmpty() ? 0 : 1);
    const DeploymentDetail &detail = m_selection->detail();
    const DeploymentSummary &d = detail.summary;
    const bool known = m_selection->hasDetail();
    const QString none = known ? tr("—") : QString();
    const QStringList values {
        known ? d.correlationId : m_selection->correlationId(),
        d.appName,
        d.version,
        d.targetRing,
        d.status,
        d.riskScore ? QString::number(*d.riskScore) : none,
        known ? (detail.requiresCabApproval ? tr("required") : tr("not required")) : QString(),
        detail.submitter.isEmpty() ? none : detail.submitter,
        d.createdAt.isValid()
            ? d.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss t"))
            : none,
    };
    for (size_t i = 0; i < m_fields.size(); ++i)
        m_fields[i].second->setText(values.value(int(i)));
    m_events->setEvents(m_selection->events());
    const int count = int(m_selection->events().size());
    m_eventsCaption->setText(
        m_selection->eventsCapped()
            ? tr("Events in the window: %1 (the server sent its newest 100 only: older ones may "
                 "be missing)")
                  .arg(count)
            : tr("Events in the window: %1").arg(count));
    m_gate->refresh();
}

QString DeploymentDetailView::fieldText(const QString &label) const
{
    for (const auto &[name, value] : m_fields) {
        if (name == label)
            return value->text();
    }
    return {};
}

QJsonObject DeploymentDetailView::exported() const
{
    QJsonObject fields;
    for (const auto &[name, value] : m_fields)
        fields.insert(name, value->text());
    return {{QStringLiteral("fields"), fields},
            {QStringLiteral("rows"), modelRows(*m_events)},
            {QStringLiteral("eventsCapped"), m_selection->eventsCapped()},
            {QStringLiteral("status"), m_status->text()}};
}

RingPipelinePanel::RingPipelinePanel(SelectedDeployment *selection, QWidget *parent)
    : QWidget(parent)
    , m_selection(selection)
    , m_caption(selectableLabel(this))
    , m_pipeline(new RingPipelineWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_caption);
    layout->addWidget(m_pipeline, 1);
    m_caption->setWordWrap(true);
    selection->poller()->watch(this);
    connect(selection, &SelectedDeployment::changed, this, &RingPipelinePanel::showSelection);
    connect(selection->poller(), &ApiPoller::statusChanged, this,
            &RingPipelinePanel::showSelection);
    showSelection();
}

void RingPipelinePanel::showSelection()
{
    m_pipeline->setPipeline(m_selection->pipeline());
    if (m_selection->correlationId().isEmpty()) {
        m_caption->setStyleSheet(QString());
        m_caption->setText(tr("No deployment selected: select one in the deployments table, the "
                              "\"needs attention\" list or an event marker."));
        return;
    }
    QString text = m_selection->poller()->statusText();
    if (!m_selection->ringsProblem().isEmpty())
        text += QLatin1Char('\n')
            + tr("The rings could not be read: %1").arg(m_selection->ringsProblem());
    m_caption->setText(text);
    m_caption->setStyleSheet(m_selection->poller()->statusIsError()
                                     || !m_selection->ringsProblem().isEmpty()
                                 ? QStringLiteral("color: #a11d14;")
                                 : QString());
}

QString RingPipelinePanel::captionText() const
{
    return m_caption->text();
}

QJsonObject RingPipelinePanel::exported() const
{
    return {{QStringLiteral("deployment"), m_selection->correlationId()},
            {QStringLiteral("stages"), m_pipeline->exported()},
            {QStringLiteral("final"), m_selection->pipeline().final},
            {QStringLiteral("status"), m_caption->text()}};
}

} // namespace eucora::app
