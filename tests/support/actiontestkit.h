// What the operator-action GUI tests share: eucora-devplane in test mode with demo data, a
// ControlPlaneClient signed in against it, the audit log redirected to a temporary file
// ($EUCORA_AUDIT_LOG) and the test-control API for faults and request counts.
#pragma once

#include "actions/operatoraction.h"
#include "testcontrolplane.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>

#include <memory>
#include <optional>

namespace eucora::testing {

class ActionTestKit
{
public:
    bool start(QString *error, QStringList extraArguments = {})
    {
        if (!m_plane.start(QStringList {QStringLiteral("--seed-demo")} + extraArguments, error))
            return false;
        // The console's own code finds the log through the environment.
        qputenv("EUCORA_AUDIT_LOG", m_plane.auditPath().toUtf8());
        m_client = std::make_unique<controlplane::ControlPlaneClient>(&m_network, m_plane.url());
        return true;
    }

    QUrl url() const { return m_plane.url(); }
    controlplane::ControlPlaneClient *client() const { return m_client.get(); }
    const actions::AuditLog *audit() const { return m_plane.audit(); }
    HttpTestClient &control() { return m_plane.control(); }

    // Signs the kit's client in; the returned user is what the login dialog would give.
    std::optional<controlplane::User> signIn(const QString &user, const QString &password)
    {
        return signInClient(*m_client, user, password);
    }

    actions::ActionContext context(const QString &user) const
    {
        actions::ActionContext context;
        context.client = m_client.get();
        context.audit = m_plane.audit();
        context.user = user;
        context.program = QStringLiteral("eucora-console");
        context.pollInterval = std::chrono::milliseconds(250); // tests need not wait 2 s a poll
        return context;
    }

    std::vector<controlplane::DeploymentSummary> deployments()
    {
        std::optional<Result<std::vector<controlplane::DeploymentSummary>>> answer;
        m_client->deployments(
            {}, m_client.get(),
            [&answer](const Result<std::vector<controlplane::DeploymentSummary>> &r) {
                answer = r;
            });
        if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 15000) || !answer->ok())
            return {};
        return answer->value();
    }

    // A demo deployment in a status that can be rolled back and that the simulation leaves
    // alone (demo rows do not move); `skip` lists ids already used by the test.
    std::optional<controlplane::DeploymentSummary> rollbackCandidate(const QStringList &skip = {})
    {
        for (const auto &d : deployments()) {
            if ((d.status == QLatin1String("COMPLETED") || d.status == QLatin1String("FAILED"))
                && !skip.contains(d.correlationId))
                return d;
        }
        return std::nullopt;
    }

    // How many requests "METHOD /path" reached the devplane (GET /_devplane/requests).
    int requestCount(const QString &methodAndPath)
    {
        const QJsonObject counts = m_plane.control()
                                       .get(QStringLiteral("/_devplane/requests"))
                                       .json()
                                       .value(QStringLiteral("requests"))
                                       .toObject();
        return counts.value(methodAndPath).toInt();
    }

    bool addFault(const QJsonObject &fault)
    {
        return m_plane.control().post(QStringLiteral("/_devplane/faults"), fault).status == 201;
    }

    // Connectors flap in the simulation; a test that needs a rollback to succeed steadies them.
    bool steadyConnectors()
    {
        for (const QString &connector :
             {QStringLiteral("intune"), QStringLiteral("jamf"), QStringLiteral("sccm"),
              QStringLiteral("landscape"), QStringLiteral("ansible")}) {
            if (m_plane.control()
                    .post(QStringLiteral("/_devplane/connectors/%1/force").arg(connector),
                          {{QStringLiteral("healthy"), true}})
                    .status
                != 200)
                return false;
        }
        return true;
    }

    std::vector<actions::AuditEntry> auditEntries() const
    {
        return actions::AuditLog::read(m_plane.audit()->path());
    }

private:
    TestControlPlane m_plane;
    QNetworkAccessManager m_network;
    std::unique_ptr<controlplane::ControlPlaneClient> m_client;
};

} // namespace eucora::testing
