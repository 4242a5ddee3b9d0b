// eucora-ctl run by a test: the binary next to the test's own, the EUCORA_* environment of the
// machine cleared, the session file (XDG_DATA_HOME) and the audit log in the test's folder.
#pragma once

#include "httptestclient.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QUrl>

namespace eucora::testing {

inline const QString kOperatorPassword = QStringLiteral("op-Secret-7781");
inline const QString kViewerPassword = QStringLiteral("view-Secret-2290");

// The devplane with users whose passwords differ from their names, so that a leaked password
// can be told from a username. Speed 60: a rollback task ends within a second; seeded rows
// stand still.
inline QStringList devplaneArguments()
{
    return {QStringLiteral("--test-mode"),
            QStringLiteral("--seed-demo"),
            QStringLiteral("--no-throttle"),
            QStringLiteral("--speed"),
            QStringLiteral("60"),
            QStringLiteral("--user"),
            QStringLiteral("operator:%1:staff").arg(kOperatorPassword),
            QStringLiteral("--user"),
            QStringLiteral("viewer:%1").arg(kViewerPassword)};
}

struct CtlRun
{
    int exitCode = -1; // -1: did not start, crashed or hung
    QByteArray out;
    QByteArray err;

    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    QString all() const { return QString::fromUtf8(out + err); }
};

class CtlProcess
{
public:
    CtlProcess(QString folder, QUrl controlPlane)
        : m_folder(std::move(folder))
        , m_controlPlane(std::move(controlPlane))
    { }

    // `environment`: extra NAME=VALUE pairs; `dataHome`: another XDG_DATA_HOME (another
    // session file).
    CtlRun run(const QStringList &arguments, const QByteArray &input = {},
               const QStringList &environment = {}, const QString &dataHome = {}) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &key : env.keys()) {
            if (key.startsWith(QLatin1String("EUCORA_")))
                env.remove(key);
        }
        env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome.isEmpty() ? dataDir() : dataHome);
        env.insert(QStringLiteral("EUCORA_AUDIT_LOG"), auditLogPath());
        env.insert(QStringLiteral("EUCORA_CONTROL_PLANE"), m_controlPlane.toString());
        for (const QString &assignment : environment)
            env.insert(assignment.section(QLatin1Char('='), 0, 0),
                       assignment.section(QLatin1Char('='), 1));

        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QCoreApplication::applicationDirPath() + QStringLiteral("/eucora-ctl"),
                      arguments);
        CtlRun run;
        if (!process.waitForStarted(5000))
            return run;
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished(5000);
            return run;
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        return run;
    }

    QString dataDir() const { return m_folder + QStringLiteral("/data"); }
    QString sessionFilePath() const
    {
        return dataDir() + QStringLiteral("/eucora/ctl-sessions.json");
    }
    QString auditLogPath() const { return m_folder + QStringLiteral("/audit.jsonl"); }

private:
    QString m_folder;
    QUrl m_controlPlane;
};

// How many requests "METHOD /path" the devplane (--test-mode) has received.
inline int devplaneRequestCount(HttpTestClient &control, const QString &key)
{
    return control.get(QStringLiteral("/_devplane/requests"))
        .json()
        .value(QStringLiteral("requests"))
        .toObject()
        .value(key)
        .toInt();
}

} // namespace eucora::testing
