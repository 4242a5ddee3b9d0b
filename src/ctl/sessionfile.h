// The control-plane sessions eucora-ctl keeps between runs: per control-plane URL, the user and
// the session cookies (sessionid, csrftoken) the login answer set. Cookies only, never a
// password. The file is created 0600 and replaced atomically.
#pragma once

#include "result.h"
#include "settings/storedsession.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QNetworkCookie>
#include <QString>
#include <QUrl>

#include <optional>

namespace eucora::ctl {

using SavedSession = settings::StoredSession;

class SessionFile
{
    Q_DECLARE_TR_FUNCTIONS(eucora::ctl::SessionFile)

public:
    explicit SessionFile(QString path);

    // <generic data dir>/eucora/ctl-sessions.json ($XDG_DATA_HOME or ~/.local/share).
    static QString defaultPath();

    const QString &path() const { return m_path; }

    // The session saved for `server`, without cookies that have expired since.
    std::optional<SavedSession> load(const QUrl &server) const;
    // Replaces the session of `server`, keeping the other servers' sessions.
    Result<void, QString> save(const QUrl &server, const SavedSession &session) const;

    static QString serverKey(const QUrl &server);

private:
    Result<void, QString> write(const QByteArray &bytes) const;

    QString m_path;
};

} // namespace eucora::ctl
