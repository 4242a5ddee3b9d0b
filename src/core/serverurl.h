// Endpoint URLs under a server's base URL. Paths are kept exactly as given: EUCORA's trailing
// slashes are significant (contract 0.1).
#pragma once

#include <QString>
#include <QUrl>

namespace eucora {

// `base` may carry a path prefix (a reverse proxy's /prometheus, say); `path` starts with '/'.
QUrl endpointUrl(const QUrl &base, const QString &path);

} // namespace eucora
