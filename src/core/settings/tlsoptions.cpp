#include "settings/tlsoptions.h"

#include <QCoreApplication>
#include <QFile>
#include <QSslCertificate>
#include <QSslKey>

namespace eucora::settings {

namespace {

struct Tls
{
    Q_DECLARE_TR_FUNCTIONS(eucora::settings::Tls)
};

Result<QByteArray, QString> readFile(const QString &path, const QString &what)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Tls::tr("cannot read the %1 %2: %3").arg(what, path, file.errorString());
    return file.readAll();
}

Result<QSslKey, QString> readKey(const QString &path)
{
    Result<QByteArray, QString> pem = readFile(path, Tls::tr("client key"));
    if (!pem.ok())
        return pem.error();
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        QSslKey key(pem.value(), algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            return key;
    }
    return Tls::tr("the client key %1 is not an unencrypted PEM private key").arg(path);
}

} // namespace

QString originOf(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    const int port = url.port(scheme == QLatin1String("https") ? 443 : 80);
    return QStringLiteral("%1://%2:%3").arg(scheme, url.host().toLower()).arg(port);
}

Result<QSslConfiguration, QString> sslConfiguration(const TlsOptions &options)
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setProtocol(QSsl::TlsV1_2OrLater);
    if (!options.caFile.isEmpty()) {
        Result<QByteArray, QString> pem = readFile(options.caFile, Tls::tr("CA file"));
        if (!pem.ok())
            return pem.error();
        const QList<QSslCertificate> cas = QSslCertificate::fromData(pem.value(), QSsl::Pem);
        if (cas.isEmpty())
            return Tls::tr("the CA file %1 holds no PEM certificate").arg(options.caFile);
        config.addCaCertificates(cas);
    }
    if (options.certFile.isEmpty() != options.keyFile.isEmpty())
        return Tls::tr("a client certificate needs both the certificate and its key file");
    if (!options.certFile.isEmpty()) {
        Result<QByteArray, QString> pem = readFile(options.certFile, Tls::tr("client certificate"));
        if (!pem.ok())
            return pem.error();
        const QList<QSslCertificate> chain = QSslCertificate::fromData(pem.value(), QSsl::Pem);
        if (chain.isEmpty())
            return Tls::tr("the client certificate %1 holds no PEM certificate")
                .arg(options.certFile);
        Result<QSslKey, QString> key = readKey(options.keyFile);
        if (!key.ok())
            return key.error();
        config.setLocalCertificateChain(chain);
        config.setPrivateKey(key.value());
    }
    return config;
}

bool isPinned(const TlsOptions &options, const QString &origin, const QByteArray &sha256)
{
    for (const CertificatePin &pin : options.pins) {
        if (pin.origin == origin && pin.sha256 == sha256)
            return true;
    }
    return false;
}

} // namespace eucora::settings
