// eucora-devplane in test mode (no throttling) for the operator-action tests, with its
// test-control API and an audit log in a temporary folder; and signing a client in against it.
#pragma once

#include "actions/auditlog.h"
#include "controlplane/controlplaneclient.h"
#include "devplaneprocess.h"
#include "httptestclient.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

namespace eucora::testing {

class TestControlPlane
{
public:
    // `arguments` come after --test-mode --no-throttle.
    bool start(const QStringList &arguments, QString *error)
    {
        if (!m_dir.isValid()) {
            *error = QStringLiteral("no temporary folder");
            return false;
        }
        if (!m_devplane.start(
                QStringList {QStringLiteral("--test-mode"), QStringLiteral("--no-throttle")}
                    + arguments,
                error))
            return false;
        m_control = std::make_unique<HttpTestClient>(m_devplane.url());
        m_audit = std::make_unique<actions::AuditLog>(auditPath());
        return true;
    }

    QString auditPath() const { return m_dir.filePath(QStringLiteral("audit.jsonl")); }
    QUrl url() const { return m_devplane.url(); }
    HttpTestClient &control() { return *m_control; }
    actions::AuditLog *audit() const { return m_audit.get(); }

private:
    QTemporaryDir m_dir;
    DevplaneProcess m_devplane;
    std::unique_ptr<HttpTestClient> m_control;
    std::unique_ptr<actions::AuditLog> m_audit;
};

// Signs `client` in; the user the server answered with, or nothing when the login was refused or
// not answered within 15 s.
inline std::optional<controlplane::User> signInClient(controlplane::ControlPlaneClient &client,
                                                      const QString &user, const QString &password)
{
    std::optional<Result<controlplane::User>> answer;
    client.login(user, password, &client,
                 [&answer](const Result<controlplane::User> &r) { answer = r; });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 15000) || !answer->ok())
        return std::nullopt;
    return answer->value();
}

} // namespace eucora::testing
