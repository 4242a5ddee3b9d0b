// eucora-devplane started by a test on a free loopback port; stopped by PID when the object
// goes out of scope (pass or fail), and killed with the test process if that dies first.
#pragma once

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QProcess>
#include <QUrl>

#include <csignal>
#include <memory>
#include <sys/prctl.h>

namespace eucora::testing {

class DevplaneProcess
{
public:
    bool start(const QStringList &arguments, QString *error)
    {
        m_process = std::make_unique<QProcess>();
        m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
        m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process->start(
            QCoreApplication::applicationDirPath() + QStringLiteral("/eucora-devplane"),
            QStringList {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")} + arguments);
        QDeadlineTimer deadline(10000);
        while (!m_process->canReadLine()) {
            if (deadline.hasExpired() || !m_process->waitForReadyRead(200)) {
                if (m_process->state() == QProcess::NotRunning || deadline.hasExpired()) {
                    *error = QStringLiteral("eucora-devplane did not start");
                    return false;
                }
            }
        }
        const QByteArray line = m_process->readLine().trimmed();
        m_url = QUrl(QString::fromUtf8(line.mid(int(qstrlen("listening on ")))));
        return m_url.isValid();
    }

    ~DevplaneProcess()
    {
        if (m_process && m_process->state() != QProcess::NotRunning) {
            m_process->terminate();
            if (!m_process->waitForFinished(5000))
                m_process->kill();
        }
    }

    // SIGKILL: no chance to save or flush anything.
    void killHard()
    {
        m_process->kill();
        m_process->waitForFinished(5000);
    }

    QUrl url() const { return m_url; }
    qint64 pid() const { return m_process ? m_process->processId() : 0; }

private:
    std::unique_ptr<QProcess> m_process;
    QUrl m_url;
};

} // namespace eucora::testing
