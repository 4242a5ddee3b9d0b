// The real Debian prometheus behind its own web configuration (--web.config.file): HTTPS with a
// TestPki server certificate, basic auth with a bcrypt hash made at test time, and, when asked,
// mutual TLS. Started on a free loopback port with a temporary data dir, stopped by PID.
#pragma once

#include "localstack.h"
#include "testpki.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTemporaryDir>
#include <QThread>
#include <QUrl>

#include <crypt.h>
#include <csignal>
#include <memory>
#include <sys/prctl.h>

namespace eucora::testing {

// "$2b$10$..." as Prometheus' basic_auth_users wants it.
inline QByteArray bcryptHash(const QByteArray &password)
{
    const char *salt = crypt_gensalt("$2b$", 10, nullptr, 0);
    const char *hash = salt ? crypt(password.constData(), salt) : nullptr;
    return hash ? QByteArray(hash) : QByteArray();
}

class SecuredPrometheus
{
public:
    struct Options
    {
        QString user = QStringLiteral("prom");
        QString password = QStringLiteral("prom-secret-4711");
        bool requireClientCertificate = false;
    };

    bool start(const TestPki &pki, const Options &options, QString *error)
    {
        m_options = options;
        const QByteArray hash = bcryptHash(options.password.toUtf8());
        if (hash.isEmpty())
            return fail(error, QStringLiteral("crypt() cannot make a bcrypt hash"));
        QByteArray web
            = "tls_server_config:\n  cert_file: " + pki.path(QStringLiteral("server.pem")).toUtf8()
            + "\n  key_file: " + pki.path(QStringLiteral("server.key")).toUtf8() + "\n";
        if (options.requireClientCertificate)
            web += "  client_auth_type: RequireAndVerifyClientCert\n  client_ca_file: "
                + pki.path(QStringLiteral("ca.pem")).toUtf8() + "\n";
        web += "basic_auth_users:\n  " + options.user.toUtf8() + ": '" + hash + "'\n";
        if (!writeFile(QStringLiteral("web.yml"), web)
            || !writeFile(QStringLiteral("prometheus.yml"), "global:\n  scrape_interval: 15s\n"))
            return fail(error, QStringLiteral("cannot write the Prometheus configuration"));
        const quint16 port = devstack::pickFreeLoopbackPort();
        m_url = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(port));
        m_process = std::make_unique<QProcess>();
        m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
        m_process->setProcessChannelMode(QProcess::MergedChannels);
        m_process->setStandardOutputFile(m_dir.filePath(QStringLiteral("prometheus.log")));
        m_process->start(
            QStringLiteral("prometheus"),
            {QStringLiteral("--config.file=") + m_dir.filePath(QStringLiteral("prometheus.yml")),
             QStringLiteral("--web.config.file=") + m_dir.filePath(QStringLiteral("web.yml")),
             QStringLiteral("--storage.tsdb.path=") + m_dir.filePath(QStringLiteral("data")),
             QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(port)});
        if (!m_process->waitForStarted(10000))
            return fail(error, QStringLiteral("prometheus did not start"));
        return waitUntilReady(pki, error);
    }

    ~SecuredPrometheus()
    {
        if (m_process && m_process->state() != QProcess::NotRunning) {
            m_process->terminate();
            if (!m_process->waitForFinished(10000))
                m_process->kill();
        }
    }

    QUrl url() const { return m_url; }
    const Options &options() const { return m_options; }
    QString log() const
    {
        QFile file(m_dir.filePath(QStringLiteral("prometheus.log")));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

private:
    static bool fail(QString *error, const QString &why)
    {
        *error = why;
        return false;
    }

    bool writeFile(const QString &name, const QByteArray &text)
    {
        QFile file(m_dir.filePath(name));
        return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
    }

    // /-/ready with every credential the server wants, until it answers 200.
    bool waitUntilReady(const TestPki &pki, QString *error)
    {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(pki.path(QStringLiteral("ca.pem")));
        ssl.setLocalCertificateChain(
            QSslCertificate::fromPath(pki.path(QStringLiteral("client.pem"))));
        QFile keyFile(pki.path(QStringLiteral("client.key")));
        keyFile.open(QIODevice::ReadOnly);
        ssl.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Ec));
        QNetworkAccessManager network;
        QDeadlineTimer deadline(30000);
        QString last;
        while (!deadline.hasExpired()) {
            if (m_process->state() == QProcess::NotRunning)
                return fail(error, QStringLiteral("prometheus exited: ") + log());
            QNetworkRequest request(QUrl(m_url.toString() + QStringLiteral("/-/ready")));
            request.setSslConfiguration(ssl);
            request.setRawHeader(
                "Authorization",
                "Basic "
                    + (m_options.user + QLatin1Char(':') + m_options.password).toUtf8().toBase64());
            request.setTransferTimeout(2000);
            QNetworkReply *reply = network.get(request);
            QEventLoop loop;
            QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            loop.exec();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            last = reply->errorString();
            reply->deleteLater();
            if (status == 200)
                return true;
            QThread::msleep(200);
        }
        return fail(error, QStringLiteral("prometheus never became ready: ") + last);
    }

    Options m_options;
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    QUrl m_url;
};

} // namespace eucora::testing
