// How the control plane's words read in a table: one place for the tones of deployment
// statuses, event types and breaker states. A word this console does not know reads as a
// warning: it deserves a second look.
#pragma once

#include "models/modelroles.h"

#include <QString>

namespace eucora::models {

Tone deploymentStatusTone(const QString &status);
Tone eventTypeTone(const QString &type);
Tone breakerStateTone(const QString &state);

} // namespace eucora::models
