// How one connection does TLS beyond the system's trust store: an extra CA bundle, a client
// certificate for mutual TLS, and certificates the operator trusts for one server by their
// SHA-256 fingerprint after seeing them. Paths and fingerprints only: no key material and no
// secret is ever kept here.
#pragma once

#include "result.h"

#include <QByteArray>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>

#include <vector>

namespace eucora::settings {

// One certificate trusted for one server (scheme, host and port), whoever issued it.
struct CertificatePin
{
    QString origin; // "https://host:port", as originOf() writes it
    QByteArray sha256; // lower-case hex, no separators

    bool operator==(const CertificatePin &o) const
    {
        return origin == o.origin && sha256 == o.sha256;
    }
};

struct TlsOptions
{
    QString caFile; // PEM bundle trusted in addition to the system's CAs
    QString certFile; // PEM client certificate, presented when a server asks for one
    QString keyFile; // its PEM private key (unencrypted)
    std::vector<CertificatePin> pins;

    bool operator==(const TlsOptions &o) const
    {
        return caFile == o.caFile && certFile == o.certFile && keyFile == o.keyFile
            && pins == o.pins;
    }
};

// "https://host:port" with the scheme's default port filled in: the key of a pin.
QString originOf(const QUrl &url);

// The system's CAs plus `options`' CA file and client certificate, TLS 1.2 at least. Fails with
// a sentence naming the file when one cannot be read or holds no certificate or key.
Result<QSslConfiguration, QString> sslConfiguration(const TlsOptions &options);

// Whether `options` trusts the certificate with this fingerprint for `origin`.
bool isPinned(const TlsOptions &options, const QString &origin, const QByteArray &sha256);

} // namespace eucora::settings
