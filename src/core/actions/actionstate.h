// The life of an operator action (rollback, seed, breaker reset):
//   Drafted -> Confirmed -> Sent -> Accepted | Rejected | Unknown -> Reconciled
// Accepted = the server took it (202/200); Rejected = it answered no (4xx/5xx, with its
// message); Unknown = no answer (timeout, dropped connection): it may or may not have acted.
// Reconciled = the console read back what actually happened.
#pragma once

#include <QString>

#include <optional>

namespace eucora::actions {

enum class ActionState { Drafted, Confirmed, Sent, Accepted, Rejected, Unknown, Reconciled };

QString stateName(ActionState state); // drafted, confirmed, ... (the audit log's words)
// The state an audit line names; nullopt for a word this version does not write.
std::optional<ActionState> stateFromName(const QString &name);

// In flight = a confirmation is being sent or followed; a second confirmation is refused.
bool inFlight(ActionState state);

} // namespace eucora::actions
