// The network access of one connection: every request the console or eucora-ctl sends goes
// through it, so TLS (the profile's CA file, client certificate, pinned certificates, TLS 1.2 at
// least), the proxy and a server's credentials apply to all of them alike: panel queries, the
// status-bar probes, the degraded-mode scraper and operator actions.
//
// A refused certificate is never ignored wholesale: only a certificate the operator pinned for
// that very server passes, and only when nothing but trust was missing (tlsproblem.h). The
// refusal is kept per server and its sentence travels with the failed reply to whoever asked.
#pragma once

#include "result.h"
#include "settings/connectionprofile.h"
#include "settings/tlsproblem.h"

#include <QHash>
#include <QNetworkAccessManager>
#include <QSslConfiguration>

#include <optional>

namespace eucora::settings {

struct ServerCredentials
{
    PrometheusAuth kind = PrometheusAuth::None;
    QString user; // Basic
    QString secret; // Basic: the password; Bearer: the token

    bool isEmpty() const { return kind == PrometheusAuth::None || secret.isEmpty(); }
};

class ConnectionNetwork : public QNetworkAccessManager
{
    Q_OBJECT

public:
    explicit ConnectionNetwork(QObject *parent = nullptr);

    // Applies `options` to requests sent from now on. On failure (a file that cannot be read)
    // the previous TLS settings stay and the sentence says which file and why.
    Result<bool, QString> setTls(const TlsOptions &options);
    const TlsOptions &tls() const { return m_tls; }
    void setProxyChoice(const ProxyChoice &choice);
    // TLS and proxy of `profile` (its credentials come from the keychain: setCredentials).
    Result<bool, QString> apply(const ConnectionProfile &profile);
    // Sent with every request to `server`'s scheme, host and port, and nowhere else; a redirect
    // elsewhere is not followed.
    void setCredentials(const QUrl &server, const ServerCredentials &credentials);
    // Trust this certificate for its server from now on (the caller saves it in the profile).
    void pin(const CertificatePin &pin);

    // The last refusal of `server`'s certificate; cleared by the next successful handshake.
    std::optional<TlsProblem> tlsProblem(const QUrl &server) const;

signals:
    void certificateRefused(const eucora::settings::TlsProblem &problem);

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;

private:
    void checkCertificate(QNetworkReply *reply, const QList<QSslError> &errors);

    TlsOptions m_tls;
    std::optional<QSslConfiguration> m_ssl; // built with the first https request
    QHash<QString, QByteArray> m_authorization; // origin -> Authorization header
    QHash<QString, TlsProblem> m_problems; // origin -> last refusal
};

} // namespace eucora::settings
