#include "actions/breakerresetaction.h"

#include "controlplane/controlplaneclient.h"

namespace eucora::actions {

using namespace controlplane;

BreakerResetAction::BreakerResetAction(ActionContext context, QString service, QObject *parent)
    : OperatorAction(std::move(context), QStringLiteral("breaker-reset"), std::move(service),
                     parent)
{
    transition(ActionState::Drafted, tr("reset of the %1 breaker drafted").arg(m_target));
}

bool BreakerResetAction::settled() const
{
    return state() == ActionState::Drafted || state() == ActionState::Rejected
        || state() == ActionState::Reconciled;
}

Refusal BreakerResetAction::confirm()
{
    if (inFlight(state()))
        return tr("a reset of this breaker is already in flight");
    if (state() == ActionState::Reconciled || state() == ActionState::Unknown)
        return tr("this reset was already sent; start a new one");
    if (Refusal allowed = sendAllowed(); !allowed)
        return allowed;
    if (Refusal recorded = recordConfirmation(tr("confirmed by %1").arg(m_context.user)); !recorded)
        return recorded;
    transition(ActionState::Sent, tr("sent"));
    m_context.client->resetBreaker(m_target, this, [this](const ApiResult<bool> &answer) {
        settle<bool>(
            answer, tr("reading the breaker back"),
            [this](bool) {
                transition(ActionState::Accepted, tr("reset to closed"), 200);
                readBack(tr("reset"), true);
            },
            [this] { readBack(tr("after the request without a usable answer"), false); });
    });
    return {};
}

void BreakerResetAction::readBack(const QString &prefix, bool succeeded)
{
    m_context.client->breaker(m_target, this,
                              [this, prefix, succeeded](const ApiResult<BreakerStatus> &r) {
                                  if (!r.ok()) {
                                      m_succeeded = succeeded;
                                      transition(ActionState::Reconciled,
                                                 tr("%1; the breaker could not be read back (%2)")
                                                     .arg(prefix, r.error().summary()));
                                      return;
                                  }
                                  m_after = r.value();
                                  // After a request without a usable answer, a closed breaker means
                                  // the reset (or its own recovery) happened.
                                  m_succeeded = succeeded || r.value().is(BreakerState::Closed);
                                  transition(ActionState::Reconciled,
                                             tr("%1; the breaker is now %2 (%3 of %4 failures)")
                                                 .arg(prefix, r.value().state)
                                                 .arg(r.value().failCounter)
                                                 .arg(r.value().failMax),
                                             200);
                              });
}

} // namespace eucora::actions
