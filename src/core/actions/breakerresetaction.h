// Resetting one circuit breaker to closed (contract 5.4, staff only): confirm, one POST, then
// the breaker is read back so the operator sees its state now. Without an answer the outcome is
// Unknown and the breaker is read back as well.
#pragma once

#include "actions/operatoraction.h"
#include "controlplane/apimodels.h"

#include <optional>

namespace eucora::actions {

class BreakerResetAction : public OperatorAction
{
    Q_OBJECT

public:
    BreakerResetAction(ActionContext context, QString service, QObject *parent = nullptr);

    const QString &service() const { return m_target; }
    // One POST. Refused while in flight or after it was accepted.
    Refusal confirm();
    // The breaker as read back after the reset (or after an answerless POST).
    const std::optional<controlplane::BreakerStatus> &breakerAfter() const { return m_after; }
    bool succeeded() const { return m_succeeded; }
    bool settled() const override;

private:
    void readBack(const QString &prefix, bool succeeded);

    std::optional<controlplane::BreakerStatus> m_after;
    bool m_succeeded = false;
};

} // namespace eucora::actions
