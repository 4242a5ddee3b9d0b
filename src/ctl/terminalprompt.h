// Questions eucora-ctl asks on the terminal: the prompt goes to stderr, the answer is one line
// of stdin (so a script can pipe it in), read without echo for a password.
#pragma once

#include <QString>

#include <optional>

namespace eucora::ctl {

// nullopt at the end of input.
std::optional<QString> readAnswer(const QString &prompt);
std::optional<QString> readSecret(const QString &prompt);
// One line of stdin with no prompt (--password-stdin).
std::optional<QString> readStdinLine();
bool stdinIsTerminal();

} // namespace eucora::ctl
