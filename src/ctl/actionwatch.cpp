#include "actionwatch.h"

#include "ctloutput.h"
#include "ctlsession.h"

#include <QCoreApplication>
#include <QEventLoop>

namespace eucora::ctl {

ActionWatch::ActionWatch(actions::OperatorAction &action, CtlSession &session,
                         const CtlOutput &output)
    : m_action(action)
    , m_session(session)
    , m_output(output)
{
    using actions::ActionState;
    connect(&action, &actions::OperatorAction::stateChanged, this, [this](ActionState state) {
        switch (state) {
        case ActionState::Unknown:
            m_sawUnknown = true;
            m_output.note(m_action.message());
            break;
        case ActionState::Accepted:
            if (m_action.httpStatus() == 202) // queued: there is a task to follow
                m_output.note(m_action.message());
            break;
        default:
            break;
        }
    });
    connect(&action, &actions::OperatorAction::progress, this,
            [this](const QString &phase, int done, int total) {
                m_output.note(total > 0 ? tr("progress: %1 %2/%3").arg(phase).arg(done).arg(total)
                                        : tr("progress: %1 %2").arg(phase).arg(done));
            });
}

void ActionWatch::waitUntil(const std::function<bool()> &finished)
{
    if (finished())
        return;
    QEventLoop loop;
    const auto connection
        = connect(&m_action, &actions::OperatorAction::stateChanged, &loop, [&loop, &finished] {
              if (finished())
                  loop.quit();
          });
    loop.exec();
    disconnect(connection);
}

ExitCode ActionWatch::conclude(bool succeeded) const
{
    if (!m_action.auditError().isEmpty())
        m_output.note(tr("the audit log could not be written: %1").arg(m_action.auditError()));
    if (m_action.state() == actions::ActionState::Rejected)
        return m_output.fail(rejection());
    if (m_sawUnknown)
        return ExitCode::OutcomeUnknown;
    return succeeded ? ExitCode::Ok : ExitCode::Rejected;
}

ExitCode ActionWatch::refused(const QString &why, ExitCode code) const
{
    // A refusal the action recorded (the confirmation could not be written to the audit log)
    // ends as a rejection; a request the action would not send at all, with `code`.
    if (m_action.state() == actions::ActionState::Rejected)
        return conclude(false);
    return m_output.fail(code, why);
}

CtlFailure ActionWatch::rejection() const
{
    const auto &error = m_action.rejection();
    if (error && error->is(controlplane::ControlPlaneError::Meaning::NotAuthenticated))
        return CtlFailure {ExitCode::Authentication, logInAgainMessage(m_session.serverName()),
                           m_action.httpStatus()};
    if (m_action.httpStatus() == 0)
        return CtlFailure {ExitCode::Rejected, m_action.message(), 0};
    return CtlFailure {
        ExitCode::Rejected,
        tr("rejected by the server (%1): %2").arg(m_action.httpStatus()).arg(m_action.message()),
        m_action.httpStatus()};
}

actions::ActionContext actionContext(CtlSession &session, const QString &user,
                                     const actions::AuditLog &audit)
{
    actions::ActionContext context;
    context.client = &session.client();
    context.audit = &audit;
    context.user = user;
    context.program = QStringLiteral("eucora-ctl");
    return context;
}

} // namespace eucora::ctl
