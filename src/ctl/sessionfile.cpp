#include "sessionfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

#include <sys/stat.h>

namespace eucora::ctl {

namespace {

QJsonObject readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

SessionFile::SessionFile(QString path)
    : m_path(std::move(path))
{ }

QString SessionFile::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/eucora/ctl-sessions.json");
}

QString SessionFile::serverKey(const QUrl &server)
{
    return server
        .adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments | QUrl::RemoveQuery
                  | QUrl::RemoveFragment | QUrl::RemoveUserInfo)
        .toString();
}

std::optional<SavedSession> SessionFile::load(const QUrl &server) const
{
    const QJsonObject entry = readAll(m_path)
                                  .value(QStringLiteral("servers"))
                                  .toObject()
                                  .value(serverKey(server))
                                  .toObject();
    if (entry.isEmpty())
        return std::nullopt;
    return SavedSession::fromJson(entry);
}

Result<void, QString> SessionFile::save(const QUrl &server, const SavedSession &session) const
{
    QJsonObject root = readAll(m_path);
    QJsonObject servers = root.value(QStringLiteral("servers")).toObject();
    servers.insert(serverKey(server), session.toJson());
    root.insert(QStringLiteral("version"), 1);
    root.insert(QStringLiteral("servers"), servers);
    return write(QJsonDocument(root).toJson(QJsonDocument::Indented));
}

Result<void, QString> SessionFile::write(const QByteArray &bytes) const
{
    const QString folder = QFileInfo(m_path).absolutePath();
    if (!QDir().mkpath(folder))
        return tr("cannot create %1").arg(folder);
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("cannot write %1: %2").arg(m_path, file.errorString());
    // Owner-only before the first byte of a cookie is written.
    if (::fchmod(file.handle(), S_IRUSR | S_IWUSR) != 0) {
        file.cancelWriting();
        return tr("cannot make %1 private").arg(m_path);
    }
    if (file.write(bytes) != bytes.size() || !file.commit())
        return tr("cannot write %1: %2").arg(m_path, file.errorString());
    return {};
}

} // namespace eucora::ctl
