// The operator's local audit trail: one JSON line per state transition of an action, appended,
// flushed and fsynced before append() returns, so a line written is a line kept even if the
// process is killed the next instant. Console and eucora-ctl share one file. Entries carry no
// password, cookie or CSRF token: there is no field for them.
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace eucora::actions {

struct AuditEntry
{
    QDateTime time; // UTC, milliseconds
    QString program; // eucora-console, eucora-ctl
    QString user; // the control-plane user the action ran as
    QString server; // control-plane base URL
    QString action; // rollback, seed, breaker-reset, demo-mode
    QString target; // deployment id, breaker name, "demo-data"
    QString reason;
    QString idempotencyKey;
    int httpStatus = 0; // 0 = no HTTP answer (not sent yet, timeout, reset)
    QString state; // drafted, confirmed, sent, accepted, rejected, unknown, reconciled
    QString outcome; // one sentence: what happened, in the server's words where it said any

    QJsonObject toJson() const;
    static std::optional<AuditEntry> fromJson(const QJsonObject &json);
    bool operator==(const AuditEntry &other) const;
};

class AuditLog
{
public:
    explicit AuditLog(QString path);

    // $EUCORA_AUDIT_LOG if set, else <generic data dir>/eucora/audit.jsonl
    // (~/.local/share/eucora/audit.jsonl).
    static QString defaultPath();

    const QString &path() const { return m_path; }

    // Appends one line (creating the file 0600 and its folder); the reason when the line could
    // not be made durable.
    Result<void, QString> append(const AuditEntry &entry) const;

    // Every complete line, oldest first; a torn last line (crash mid-write) or a foreign line is
    // skipped and counted.
    static std::vector<AuditEntry> read(const QString &path, int *skippedLines = nullptr);

private:
    QString m_path;

    Q_DECLARE_TR_FUNCTIONS(eucora::actions::AuditLog)
};

} // namespace eucora::actions
