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

QJsonObject cookieToJson(const QNetworkCookie &cookie)
{
    QJsonObject out {{QStringLiteral("name"), QString::fromUtf8(cookie.name())},
                     {QStringLiteral("value"), QString::fromUtf8(cookie.value())},
                     {QStringLiteral("path"), cookie.path()},
                     {QStringLiteral("secure"), cookie.isSecure()},
                     {QStringLiteral("http_only"), cookie.isHttpOnly()}};
    if (!cookie.isSessionCookie())
        out.insert(QStringLiteral("expires"),
                   cookie.expirationDate().toUTC().toString(Qt::ISODateWithMs));
    return out;
}

std::optional<QNetworkCookie> cookieFromJson(const QJsonObject &json)
{
    const QString name = json.value(QStringLiteral("name")).toString();
    if (name.isEmpty())
        return std::nullopt;
    QNetworkCookie cookie(name.toUtf8(), json.value(QStringLiteral("value")).toString().toUtf8());
    cookie.setPath(json.value(QStringLiteral("path")).toString(QStringLiteral("/")));
    cookie.setSecure(json.value(QStringLiteral("secure")).toBool());
    cookie.setHttpOnly(json.value(QStringLiteral("http_only")).toBool());
    const QString expires = json.value(QStringLiteral("expires")).toString();
    if (!expires.isEmpty()) {
        const QDateTime when = QDateTime::fromString(expires, Qt::ISODateWithMs);
        if (!when.isValid() || when <= QDateTime::currentDateTimeUtc())
            return std::nullopt;
        cookie.setExpirationDate(when);
    }
    return cookie;
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
    SavedSession session;
    session.username = entry.value(QStringLiteral("username")).toString();
    session.savedAt
        = QDateTime::fromString(entry.value(QStringLiteral("saved_at")).toString(), Qt::ISODate);
    for (const QJsonValue item : entry.value(QStringLiteral("cookies")).toArray()) {
        if (const auto cookie = cookieFromJson(item.toObject()))
            session.cookies.append(*cookie);
    }
    if (session.cookies.isEmpty())
        return std::nullopt;
    return session;
}

Result<void, QString> SessionFile::save(const QUrl &server, const SavedSession &session) const
{
    QJsonObject root = readAll(m_path);
    QJsonObject servers = root.value(QStringLiteral("servers")).toObject();
    QJsonArray cookies;
    for (const QNetworkCookie &cookie : session.cookies)
        cookies.append(cookieToJson(cookie));
    servers.insert(
        serverKey(server),
        QJsonObject {{QStringLiteral("username"), session.username},
                     {QStringLiteral("saved_at"), session.savedAt.toUTC().toString(Qt::ISODate)},
                     {QStringLiteral("cookies"), cookies}});
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
