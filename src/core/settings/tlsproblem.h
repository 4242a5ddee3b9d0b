// Why a server's certificate was refused, in the words an operator checks (unknown issuer, host
// name mismatch, expired, revoked) with the certificate itself: subject, issuer, validity and
// SHA-256 fingerprint. Made from the errors Qt's TLS backend reported for one handshake.
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSslError>
#include <QString>
#include <QStringList>

namespace eucora::settings {

struct CertificateFacts
{
    QString subject; // "CN=..., O=..."
    QString issuer;
    QDateTime notBefore; // UTC
    QDateTime notAfter;
    QByteArray sha256; // lower-case hex, no separators

    bool isNull() const { return sha256.isEmpty(); }
    bool operator==(const CertificateFacts &o) const
    {
        return subject == o.subject && issuer == o.issuer && notBefore == o.notBefore
            && notAfter == o.notAfter && sha256 == o.sha256;
    }
};

CertificateFacts certificateFacts(const QSslCertificate &certificate);
// "AB:CD:..." as certificate viewers show it.
QString formatFingerprint(const QByteArray &sha256Hex);
// "CN=eucora.example.com, O=Example" from the certificate's subject or issuer fields.
QString distinguishedName(const QSslCertificate &certificate, bool issuer);

struct TlsProblem
{
    enum class Reason {
        UnknownIssuer, // not signed by a trusted CA (self-signed included)
        HostNameMismatch,
        Expired,
        NotYetValid,
        Revoked,
        Other, // any other certificate error: `details` has the backend's words
    };

    QString origin; // the server, as originOf() writes it
    QList<Reason> reasons; // each at most once, in the order above
    QStringList details; // the backend's own sentences, for Reason::Other and the log
    CertificateFacts certificate; // the server's own (leaf) certificate

    bool has(Reason reason) const { return reasons.contains(reason); }
    // True when only an operator's trust is missing: the certificate is unknown or named for
    // another host, but in date and not revoked. Only then may it be pinned.
    bool pinnable() const;
    // "unknown issuer, host name mismatch"
    QString reasonWords() const;
    // One sentence with the reasons and the certificate's facts.
    QString describe() const;

    Q_DECLARE_TR_FUNCTIONS(eucora::settings::TlsProblem)
};

QString reasonWord(TlsProblem::Reason reason);

TlsProblem tlsProblemOf(const QString &origin, const QList<QSslError> &errors,
                        const QSslCertificate &peer);

} // namespace eucora::settings
