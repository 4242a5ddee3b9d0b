// Operator actions answer a request with a Refusal: done, or the reason nothing was sent. Tests
// assert on the reason's words; this hands them out.
#pragma once

#include "actions/operatoraction.h"

namespace eucora::testing {

// True when the action went ahead; otherwise false with the reason in `why`.
inline bool wentAhead(const actions::Refusal &refusal, QString *why = nullptr)
{
    if (why)
        *why = refusal.ok() ? QString() : refusal.error();
    return refusal.ok();
}

} // namespace eucora::testing
