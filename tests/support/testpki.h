// A throwaway PKI made with the openssl command at test time, in a temporary folder: a test CA,
// a server certificate for localhost and 127.0.0.1, the same key under a certificate for another
// host and under an expired one, a client certificate for mutual TLS, and a second, unknown CA
// with two different server certificates (for pinning and for a changed certificate).
#pragma once

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

namespace eucora::testing {

class TestPki
{
public:
    bool create(QString *error)
    {
        if (!m_dir.isValid())
            return fail(error, QStringLiteral("no temporary folder"));
        const QString serverExt = write(QStringLiteral("server.ext"),
                                        "subjectAltName=DNS:localhost,IP:127.0.0.1\n"
                                        "extendedKeyUsage=serverAuth\n");
        const QString otherExt = write(QStringLiteral("other.ext"),
                                       "subjectAltName=DNS:other.example\n"
                                       "extendedKeyUsage=serverAuth\n");
        const QString clientExt
            = write(QStringLiteral("client.ext"), "extendedKeyUsage=clientAuth\n");
        return makeCa(QStringLiteral("ca"), QStringLiteral("/CN=EUCORA Test CA/O=EUCORA tests"),
                      error)
            && makeCa(QStringLiteral("rogue-ca"), QStringLiteral("/CN=Unknown CA/O=Elsewhere"),
                      error)
            && request(QStringLiteral("server"), QStringLiteral("/CN=localhost/O=EUCORA tests"),
                       error)
            && sign(QStringLiteral("server"), QStringLiteral("server"), QStringLiteral("ca"),
                    serverExt, 30, error)
            && sign(QStringLiteral("server"), QStringLiteral("wronghost"), QStringLiteral("ca"),
                    otherExt, 30, error)
            && sign(QStringLiteral("server"), QStringLiteral("expired"), QStringLiteral("ca"),
                    serverExt, -1, error)
            && request(QStringLiteral("rogue"), QStringLiteral("/CN=localhost/O=Elsewhere"), error)
            && sign(QStringLiteral("rogue"), QStringLiteral("rogue"), QStringLiteral("rogue-ca"),
                    serverExt, 30, error)
            && request(QStringLiteral("rogue2"), QStringLiteral("/CN=localhost/O=Elsewhere"), error)
            && sign(QStringLiteral("rogue2"), QStringLiteral("rogue2"), QStringLiteral("rogue-ca"),
                    serverExt, 30, error)
            && request(QStringLiteral("client"), QStringLiteral("/CN=operator/O=EUCORA tests"),
                       error)
            && sign(QStringLiteral("client"), QStringLiteral("client"), QStringLiteral("ca"),
                    clientExt, 30, error);
    }

    // "<dir>/<name>", e.g. path("ca.pem"), path("server.key").
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString dir() const { return m_dir.path(); }

private:
    static bool fail(QString *error, const QString &why)
    {
        *error = why;
        return false;
    }

    QString write(const QString &name, const QByteArray &text)
    {
        QFile file(path(name));
        if (file.open(QIODevice::WriteOnly))
            file.write(text);
        return file.fileName();
    }

    bool openssl(const QStringList &arguments, QString *error)
    {
        QProcess process;
        process.setWorkingDirectory(m_dir.path());
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral("openssl"), arguments);
        if (!process.waitForFinished(30000) || process.exitCode() != 0)
            return fail(error,
                        QStringLiteral("openssl %1: %2")
                            .arg(arguments.join(QLatin1Char(' ')),
                                 QString::fromLocal8Bit(process.readAll())));
        return true;
    }

    static QStringList ecKey()
    {
        return {QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};
    }

    bool makeCa(const QString &name, const QString &subject, QString *error)
    {
        return openssl(QStringList {QStringLiteral("req"), QStringLiteral("-x509")} + ecKey()
                           + QStringList {QStringLiteral("-keyout"), name + QStringLiteral(".key"),
                                          QStringLiteral("-out"), name + QStringLiteral(".pem"),
                                          QStringLiteral("-days"), QStringLiteral("30"),
                                          QStringLiteral("-subj"), subject,
                                          QStringLiteral("-addext"),
                                          QStringLiteral("basicConstraints=critical,CA:TRUE"),
                                          QStringLiteral("-addext"),
                                          QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")},
                       error);
    }

    bool request(const QString &name, const QString &subject, QString *error)
    {
        return openssl(QStringList {QStringLiteral("req"), QStringLiteral("-new")} + ecKey()
                           + QStringList {QStringLiteral("-keyout"), name + QStringLiteral(".key"),
                                          QStringLiteral("-out"), name + QStringLiteral(".csr"),
                                          QStringLiteral("-subj"), subject},
                       error);
    }

    // A negative `days` makes a certificate that has already expired.
    bool sign(const QString &csr, const QString &name, const QString &ca, const QString &ext,
              int days, QString *error)
    {
        return openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                        csr + QStringLiteral(".csr"), QStringLiteral("-CA"),
                        ca + QStringLiteral(".pem"), QStringLiteral("-CAkey"),
                        ca + QStringLiteral(".key"), QStringLiteral("-CAcreateserial"),
                        QStringLiteral("-days"), QString::number(days), QStringLiteral("-extfile"),
                        ext, QStringLiteral("-out"), name + QStringLiteral(".pem")},
                       error);
    }

    QTemporaryDir m_dir;
};

} // namespace eucora::testing
