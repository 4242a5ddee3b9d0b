#include "actions/auditlog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace eucora::actions {

namespace {

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

} // namespace

namespace {

// The text fields of a line besides time, action and state, with their JSON names.
constexpr std::pair<QString AuditEntry::*, const char *> kTextFields[] = {
    {&AuditEntry::program, "program"}, {&AuditEntry::user, "user"},
    {&AuditEntry::server, "server"},   {&AuditEntry::target, "target"},
    {&AuditEntry::reason, "reason"},   {&AuditEntry::idempotencyKey, "idempotency_key"},
    {&AuditEntry::outcome, "outcome"},
};

} // namespace

QJsonObject AuditEntry::toJson() const
{
    QJsonObject out {{QStringLiteral("time"), time.toUTC().toString(Qt::ISODateWithMs)},
                     {QStringLiteral("action"), action},
                     {QStringLiteral("state"), state},
                     {QStringLiteral("http_status"), httpStatus}};
    for (const auto &[field, name] : kTextFields)
        out.insert(QLatin1String(name), this->*field);
    return out;
}

std::optional<AuditEntry> AuditEntry::fromJson(const QJsonObject &o)
{
    AuditEntry e;
    e.time = QDateTime::fromString(o.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
    e.action = o.value(QStringLiteral("action")).toString();
    e.state = o.value(QStringLiteral("state")).toString();
    if (!e.time.isValid() || e.action.isEmpty() || e.state.isEmpty())
        return std::nullopt;
    e.time = e.time.toUTC();
    e.httpStatus = o.value(QStringLiteral("http_status")).toInt();
    for (const auto &[field, name] : kTextFields)
        e.*field = o.value(QLatin1String(name)).toString();
    return e;
}

bool AuditEntry::operator==(const AuditEntry &o) const
{
    return time == o.time && program == o.program && user == o.user && server == o.server
        && action == o.action && target == o.target && reason == o.reason
        && idempotencyKey == o.idempotencyKey && httpStatus == o.httpStatus && state == o.state
        && outcome == o.outcome;
}

AuditLog::AuditLog(QString path)
    : m_path(std::move(path))
{ }

QString AuditLog::defaultPath()
{
    const QString overridden = qEnvironmentVariable("EUCORA_AUDIT_LOG");
    if (!overridden.isEmpty())
        return overridden;
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/eucora/audit.jsonl");
}

Result<void, QString> AuditLog::append(const AuditEntry &entry) const
{
    const auto failed = [this](const QString &message) -> Result<void, QString> {
        return tr("audit log %1: %2").arg(m_path, message);
    };
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath()))
        return failed(tr("cannot create its folder"));
    QByteArray line = QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact);
    line += '\n';

    const QByteArray path = QFile::encodeName(m_path);
    const int fd = ::open(path.constData(), O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        return failed(systemError());
    // The console and eucora-ctl may append at the same moment: whole lines, one writer at a time.
    // A writer stuck holding the lock (a stopped eucora-ctl) must not freeze the console: wait
    // at most two seconds for it.
    bool locked = false;
    for (int attempt = 0; attempt < 200 && !locked; ++attempt) {
        locked = ::flock(fd, LOCK_EX | LOCK_NB) == 0;
        if (!locked && errno != EWOULDBLOCK && errno != EINTR)
            break;
        if (!locked)
            ::usleep(10000);
    }
    if (!locked) {
        ::close(fd);
        return failed(tr("another program holds its lock"));
    }
    ::fchmod(fd, 0600); // also a file created by hand or by an older version
    // A crash in the middle of an earlier write leaves a torn line: start on a fresh line so only
    // the torn one is lost.
    struct stat info
    {
    };
    char last = '\n';
    if (::fstat(fd, &info) == 0 && info.st_size > 0 && ::pread(fd, &last, 1, info.st_size - 1) == 1
        && last != '\n')
        line.prepend('\n');
    qsizetype written = 0;
    bool ok = true;
    while (written < line.size()) {
        const ssize_t n = ::write(fd, line.constData() + written, size_t(line.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            ok = false;
            break;
        }
        written += n;
    }
    const QString writeError = ok ? QString() : systemError();
    if (ok && ::fsync(fd) != 0)
        ok = false;
    const QString syncError = ok || !writeError.isEmpty() ? QString() : systemError();
    ::flock(fd, LOCK_UN);
    ::close(fd);
    if (!ok)
        return failed(writeError.isEmpty() ? syncError : writeError);
    return {};
}

std::vector<AuditEntry> AuditLog::read(const QString &path, int *skippedLines)
{
    std::vector<AuditEntry> out;
    int skipped = 0;
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        while (!file.atEnd()) {
            const QByteArray line = file.readLine().trimmed();
            if (line.isEmpty())
                continue;
            QJsonParseError parseError;
            const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
            const auto entry = parseError.error == QJsonParseError::NoError && doc.isObject()
                ? AuditEntry::fromJson(doc.object())
                : std::nullopt;
            if (entry)
                out.push_back(*entry);
            else
                ++skipped;
        }
    }
    if (skippedLines)
        *skippedLines = skipped;
    return out;
}

} // namespace eucora::actions
