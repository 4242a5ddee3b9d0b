#include "actions/breakerresetaction.h"

#include "controlplane/controlplaneclient.h"

#include <QCoreApplication>

namespace eucora::actions {

using namespace controlplane;

namespace { } // namespace

BreakerResetAction::BreakerResetAction(ActionContext context, QString service, QObject *parent)
    : OperatorAction(std::move(context), QStringLiteral("breaker-reset"), std::move(service),
                     parent)
{
    transition(ActionState::Drafted,
               QCoreApplication::translate("eucora::actions::BreakerResetAction",
                                           "reset of the %1 breaker drafted")
                   .arg(m_target));
}

bool BreakerResetAction::confirm(QString *why)
{
    const auto refuse = [why](const QString &text) {
        if (why)
            *why = text;
        return false;
    };
    if (inFlight(state()))
        return refuse(QCoreApplication::translate("eucora::actions::BreakerResetAction",
                                                  "a reset of this breaker is already in flight"));
    if (state() == ActionState::Reconciled || state() == ActionState::Unknown)
        return refuse(QCoreApplication::translate("eucora::actions::BreakerResetAction",
                                                  "this reset was already sent; start a new one"));
    if (!sendAllowed(why))
        return false;
    transition(ActionState::Confirmed,
               QCoreApplication::translate("eucora::actions::BreakerResetAction", "confirmed by %1")
                   .arg(m_context.user));
    if (!confirmationRecorded(why))
        return false;
    transition(ActionState::Sent,
               QCoreApplication::translate("eucora::actions::BreakerResetAction", "sent"));
    m_context.client->resetBreaker(m_target, this, [this](const Result<bool> &r) {
        if (r.ok()) {
            transition(ActionState::Accepted,
                       QCoreApplication::translate("eucora::actions::BreakerResetAction",
                                                   "reset to closed"),
                       200);
            readBack(QCoreApplication::translate("eucora::actions::BreakerResetAction", "reset"),
                     true);
            return;
        }
        const ApiError &error = r.error();
        if (outcomeUnknown(error)) {
            transition(
                ActionState::Unknown,
                QCoreApplication::translate("eucora::actions::BreakerResetAction",
                                            "no usable answer (%1): reading the breaker back")
                    .arg(error.summary()),
                error.httpStatus);
            readBack(QCoreApplication::translate("eucora::actions::BreakerResetAction",
                                                 "after the request without a usable answer"),
                     false);
            return;
        }
        transition(ActionState::Rejected, error.message, error.httpStatus);
    });
    return true;
}

void BreakerResetAction::readBack(const QString &prefix, bool succeeded)
{
    m_context.client->breaker(
        m_target, this, [this, prefix, succeeded](const Result<BreakerStatus> &r) {
            if (!r.ok()) {
                m_succeeded = succeeded;
                transition(ActionState::Reconciled,
                           QCoreApplication::translate("eucora::actions::BreakerResetAction",
                                                       "%1; the breaker could not be read "
                                                       "back (%2)")
                               .arg(prefix, r.error().summary()));
                return;
            }
            m_after = r.value();
            // After a request without a usable answer, a closed breaker means the
            // reset (or its own recovery) happened.
            m_succeeded = succeeded || r.value().state == QLatin1String("closed");
            transition(ActionState::Reconciled,
                       QCoreApplication::translate("eucora::actions::BreakerResetAction",
                                                   "%1; the breaker is now %2 (%3 of %4 "
                                                   "failures)")
                           .arg(prefix, r.value().state)
                           .arg(r.value().failCounter)
                           .arg(r.value().failMax),
                       200);
        });
}

} // namespace eucora::actions
