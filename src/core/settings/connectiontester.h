// Test connection: checks each server of a profile as the console would reach it and reports,
// per server, whether it answered, its certificate (subject, issuer, expiry) or why the
// certificate was refused, whether the credentials were accepted, and who it is (Prometheus'
// status/buildinfo, the control plane's health/live).
#pragma once

#include "prometheus/engineidentity.h"
#include "settings/connectionnetwork.h"
#include "settings/connectionprofile.h"
#include "settings/tlsproblem.h"

#include <QCoreApplication>
#include <QObject>

#include <functional>
#include <optional>

namespace eucora::settings {

struct ServerCheck
{
    enum class Step { Reachability, Tls, Authentication, Identity };
    enum class Verdict { Passed, Failed, Skipped };
    struct Line
    {
        Step step = Step::Reachability;
        Verdict verdict = Verdict::Skipped;
        QString text;
    };

    QString server; // "Prometheus", "Control plane"
    QUrl url;
    std::vector<Line> lines; // in Step order
    std::optional<CertificateFacts> certificate; // the server's, when the handshake passed
    std::optional<TlsProblem> tlsProblem; // when the certificate was refused

    bool passed() const;
    const Line *line(Step step) const;
};

struct ConnectionReport
{
    ServerCheck prometheus;
    ServerCheck controlPlane;

    bool passed() const { return prometheus.passed() && controlPlane.passed(); }
};

class ConnectionTester : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionTester(QObject *parent = nullptr);

    // Checks both servers of `profile`, Prometheus with the `prometheus` credentials. `done`
    // runs once with the report; a new run abandons the one before.
    void run(const ConnectionProfile &profile, const ServerCredentials &prometheus,
             std::function<void(const ConnectionReport &)> done);
    bool running() const { return m_pending > 0; }

private:
    void check(ServerCheck *check, const QString &path, bool prometheus);
    void identifyAtRoot(ServerCheck *check);
    void identifyVictoriaMetrics(ServerCheck *check, prometheus::EngineIdentity engine);
    void finished();

    ConnectionNetwork *m_network = nullptr;
    ConnectionReport m_report;
    int m_pending = 0;
    std::chrono::seconds m_timeout {10};
    std::function<void(const ConnectionReport &)> m_done;
};

} // namespace eucora::settings
