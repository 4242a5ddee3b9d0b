#include "settings/tlsproblem.h"

#include <QCryptographicHash>
#include <QSslCertificate>

#include <algorithm>

namespace eucora::settings {

namespace {

TlsProblem::Reason reasonOf(QSslError::SslError error)
{
    switch (error) {
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::CertificateUntrusted:
        return TlsProblem::Reason::UnknownIssuer;
    case QSslError::HostNameMismatch:
        return TlsProblem::Reason::HostNameMismatch;
    case QSslError::CertificateExpired:
        return TlsProblem::Reason::Expired;
    case QSslError::CertificateNotYetValid:
        return TlsProblem::Reason::NotYetValid;
    case QSslError::CertificateRevoked:
        return TlsProblem::Reason::Revoked;
    default:
        return TlsProblem::Reason::Other;
    }
}

} // namespace

QString distinguishedName(const QSslCertificate &certificate, bool issuer)
{
    static const QList<QByteArray> order {"CN", "OU", "O", "L", "ST", "C"};
    QStringList parts;
    for (const QByteArray &attribute : order) {
        const QStringList values
            = issuer ? certificate.issuerInfo(attribute) : certificate.subjectInfo(attribute);
        for (const QString &value : values)
            parts << QStringLiteral("%1=%2").arg(QString::fromLatin1(attribute), value);
    }
    return parts.join(QStringLiteral(", "));
}

CertificateFacts certificateFacts(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return {};
    CertificateFacts facts;
    facts.subject = distinguishedName(certificate, false);
    facts.issuer = distinguishedName(certificate, true);
    facts.notBefore = certificate.effectiveDate().toUTC();
    facts.notAfter = certificate.expiryDate().toUTC();
    facts.sha256 = certificate.digest(QCryptographicHash::Sha256).toHex();
    return facts;
}

QString formatFingerprint(const QByteArray &sha256Hex)
{
    QStringList pairs;
    for (qsizetype i = 0; i + 1 < sha256Hex.size(); i += 2)
        pairs << QString::fromLatin1(sha256Hex.mid(i, 2)).toUpper();
    return pairs.join(QLatin1Char(':'));
}

QString reasonWord(TlsProblem::Reason reason)
{
    switch (reason) {
    case TlsProblem::Reason::UnknownIssuer:
        return TlsProblem::tr("unknown issuer");
    case TlsProblem::Reason::HostNameMismatch:
        return TlsProblem::tr("host name mismatch");
    case TlsProblem::Reason::Expired:
        return TlsProblem::tr("expired");
    case TlsProblem::Reason::NotYetValid:
        return TlsProblem::tr("not yet valid");
    case TlsProblem::Reason::Revoked:
        return TlsProblem::tr("revoked");
    case TlsProblem::Reason::Other:
        break;
    }
    return TlsProblem::tr("other certificate error");
}

bool TlsProblem::pinnable() const
{
    if (certificate.isNull() || reasons.isEmpty())
        return false;
    return std::all_of(reasons.begin(), reasons.end(), [](Reason r) {
        return r == Reason::UnknownIssuer || r == Reason::HostNameMismatch;
    });
}

QString TlsProblem::reasonWords() const
{
    QStringList words;
    for (Reason reason : reasons) {
        if (reason == Reason::Other)
            words << details;
        else
            words << reasonWord(reason);
    }
    return words.join(QStringLiteral(", "));
}

QString TlsProblem::describe() const
{
    if (certificate.isNull())
        return tr("certificate refused (%1)").arg(reasonWords());
    return tr("certificate refused (%1): subject %2, issued by %3, valid %4 to %5, SHA-256 %6")
        .arg(reasonWords(), certificate.subject, certificate.issuer,
             certificate.notBefore.toString(Qt::ISODate),
             certificate.notAfter.toString(Qt::ISODate), formatFingerprint(certificate.sha256));
}

TlsProblem tlsProblemOf(const QString &origin, const QList<QSslError> &errors,
                        const QSslCertificate &peer)
{
    TlsProblem problem;
    problem.origin = origin;
    QSslCertificate leaf = peer;
    for (const QSslError &error : errors) {
        if (leaf.isNull() && !error.certificate().isNull())
            leaf = error.certificate();
        const TlsProblem::Reason reason = reasonOf(error.error());
        if (!problem.reasons.contains(reason))
            problem.reasons << reason;
        if (reason == TlsProblem::Reason::Other)
            problem.details << error.errorString();
    }
    std::sort(problem.reasons.begin(), problem.reasons.end());
    problem.certificate = certificateFacts(leaf);
    return problem;
}

} // namespace eucora::settings
