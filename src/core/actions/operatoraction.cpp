#include "actions/operatoraction.h"

#include "controlplane/controlplaneclient.h"

#include <QTimer>

#include <algorithm>

namespace eucora::actions {

namespace {

constexpr std::chrono::milliseconds kLongestPollInterval {std::chrono::seconds(30)};

} // namespace

OperatorAction::OperatorAction(ActionContext context, QString action, QString target,
                               QObject *parent)
    : QObject(parent)
    , m_context(std::move(context))
    , m_action(std::move(action))
    , m_target(std::move(target))
{ }

bool OperatorAction::outcomeUnknown(const ApiError &error)
{
    if (error.kind == ApiError::Kind::TooLarge)
        return true;
    if (error.httpStatus == 0)
        return error.kind == ApiError::Kind::Timeout || error.kind == ApiError::Kind::Network;
    return error.httpStatus >= 500 || (error.httpStatus >= 200 && error.httpStatus < 300);
}

QString OperatorAction::noUsableAnswer(const ApiError &error, const QString &readingBack)
{
    return tr("no usable answer (%1): %2").arg(error.summary(), readingBack);
}

void OperatorAction::releaseWhenSettled()
{
    m_released = true;
    checkRelease();
}

// Checked from the event loop, not inside a transition: an action often starts its next step
// (following a task, reading back) right after the transition that looked final.
void OperatorAction::checkRelease()
{
    if (!m_released)
        return;
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (settled())
                deleteLater();
        },
        Qt::QueuedConnection);
}

bool OperatorAction::transition(ActionState state, const QString &message, int httpStatus)
{
    return enter(state, message, httpStatus, std::nullopt);
}

void OperatorAction::reject(const controlplane::ControlPlaneError &error, const QString &message)
{
    enter(ActionState::Rejected, message, error.httpStatus, error);
}

bool OperatorAction::enter(ActionState state, const QString &message, int httpStatus,
                           std::optional<controlplane::ControlPlaneError> rejection)
{
    m_rejection = std::move(rejection);
    m_state = state;
    m_message = message;
    m_httpStatus = httpStatus;
    const bool recorded = record(m_action, m_target, state, message, httpStatus);
    emit stateChanged(state);
    checkRelease();
    return recorded;
}

void OperatorAction::setMessage(const QString &message)
{
    m_message = message;
    emit messageChanged(message);
}

bool OperatorAction::record(const QString &action, const QString &target, ActionState state,
                            const QString &message, int httpStatus)
{
    if (!m_context.audit)
        return true;
    AuditEntry entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.program = m_context.program;
    entry.user = m_context.user;
    entry.server = m_context.client
        ? m_context.client->baseUrl().adjusted(QUrl::RemoveUserInfo).toString()
        : QString();
    entry.action = action;
    entry.target = target;
    entry.reason = m_reason;
    entry.idempotencyKey = m_idempotencyKey;
    entry.httpStatus = httpStatus;
    entry.state = stateName(state);
    entry.outcome = message;
    const Result<void, QString> appended = m_context.audit->append(entry);
    if (appended)
        return true;
    m_auditError = appended.error();
    return false;
}

Refusal OperatorAction::sendAllowed() const
{
    const QDateTime until = m_context.client->throttledUntil();
    if (!until.isValid())
        return {};
    return tr("the control plane asked to wait: try again in %1 s")
        .arg(std::max<qint64>(1, QDateTime::currentDateTimeUtc().secsTo(until)));
}

Refusal OperatorAction::recordConfirmation(const QString &message)
{
    transition(ActionState::Confirmed, message);
    if (!m_context.audit || m_auditError.isEmpty())
        return {};
    const QString text = tr("not sent: %1").arg(m_auditError);
    transition(ActionState::Rejected, text);
    return text;
}

void OperatorAction::followTask(const QString &taskId, const QString &waiting,
                                std::function<void(const controlplane::TaskStatus &)> finished,
                                std::function<void(const QString &)> gaveUp)
{
    m_followClock.start();
    poll(Follow {taskId, waiting, std::move(finished), std::move(gaveUp), ++m_followGeneration},
         m_context.pollInterval);
}

void OperatorAction::poll(const Follow &follow, std::chrono::milliseconds interval)
{
    m_context.client->taskStatus(
        follow.taskId, this,
        [this, follow, interval](const controlplane::ApiResult<controlplane::TaskStatus> &r) {
            if (follow.generation != m_followGeneration)
                return; // superseded by another task, or stopped
            if (r.ok() && r.value().finished())
                return follow.finished(r.value());
            if (!r.ok() && r.error().is(controlplane::ControlPlaneError::Meaning::NotAuthenticated))
                return follow.gaveUp(tr("the session expired while following task %1: sign "
                                        "in again and check the outcome")
                                         .arg(follow.taskId));
            if (r.ok() && r.value().is(controlplane::TaskState::Progress)) {
                const QJsonObject &p = r.value().progress;
                emit progress(p.value(QStringLiteral("phase")).toString(),
                              p.value(QStringLiteral("done")).toInt(),
                              p.value(QStringLiteral("total")).toInt());
            } else if (!r.ok()) {
                setMessage(QStringLiteral("%1: %2").arg(follow.waiting, r.error().summary()));
            }
            if (m_followClock.elapsed() >= m_context.followDeadline.count())
                return follow.gaveUp(
                    tr("task %1 had not ended after %2 s (last state %3); check again later")
                        .arg(follow.taskId,
                             QString::number(m_context.followDeadline.count() / 1000),
                             r.ok() ? r.value().state : r.error().summary()));
            const auto next = std::min(interval * 3 / 2, kLongestPollInterval);
            QTimer::singleShot(interval, this, [this, follow, next] {
                if (follow.generation == m_followGeneration)
                    poll(follow, next);
            });
        });
}

} // namespace eucora::actions
