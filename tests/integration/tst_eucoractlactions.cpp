// eucora-ctl as an operator or a script runs it, part 2: the actions against the real
// eucora-devplane — breaker reset (staff only), rollback (typed confirmation, the audit log, a
// refusal with the server's words, and no second POST after a timeout) and seeding (sync, and
// a queued task followed to its end).
#include "actions/auditlog.h"
#include "ctlprocess.h"
#include "devplaneprocess.h"
#include "httptestclient.h"

#include <QFile>
#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace eucora;
using namespace eucora::testing;

class TestEucoraCtlActions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void breakerResetNeedsStaff();
    void rollbackWithYesRollsBackAndIsAudited();
    void rollbackOfARolledBackDeploymentIsRejected();
    void rollbackWithoutAnAnswerIsReconciledNotResent();
    void rollbackAsksForTheApplicationName();
    void aRefusalBeforeSendingIsNotBlamedOnAnEarlierRead();
    // Seeding replaces the demo data the rollbacks above use: last.
    void seedPrintsTheCounts();
    void seedWaitsForTheQueuedTask();

private:
    QStringList rollbackableDeployments();
    QString takeRollbackable();

    DevplaneProcess m_devplane;
    QTemporaryDir m_dir;
    std::unique_ptr<HttpTestClient> m_control;
    CtlProcess m_ctl {m_dir.path(), {}};
    QSet<QString> m_used;
};

void TestEucoraCtlActions::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_devplane.start(devplaneArguments(), &error), qPrintable(error));
    m_ctl = CtlProcess(m_dir.path(), m_devplane.url());
    m_control = std::make_unique<HttpTestClient>(m_devplane.url());
    QVERIFY(m_control->login(QStringLiteral("operator"), kOperatorPassword));
    // Healthy connectors: a rollback task then succeeds (an unhealthy one fails half of them).
    for (const char *connector : {"intune", "jamf", "sccm", "landscape", "ansible"})
        QCOMPARE(
            m_control
                ->post(
                    QStringLiteral("/_devplane/connectors/%1/force").arg(QLatin1String(connector)),
                    {{QStringLiteral("healthy"), true}})
                .status,
            200);
    const CtlRun login = m_ctl.run({QStringLiteral("login"), QStringLiteral("--username"),
                                    QStringLiteral("operator"), QStringLiteral("--password-stdin")},
                                   (kOperatorPassword + QLatin1Char('\n')).toUtf8());
    QVERIFY2(login.exitCode == 0, login.err.constData());
}

// Seeded deployments the devplane lets us roll back (they stand still, unlike simulated ones).
QStringList TestEucoraCtlActions::rollbackableDeployments()
{
    const HttpAnswer answer
        = m_control->get(QStringLiteral("/api/v1/deployments/list?include_demo=true&limit=1000"));
    QStringList ids;
    for (const QJsonValue item : answer.json().value(QStringLiteral("deployments")).toArray()) {
        const QJsonObject d = item.toObject();
        const QString status = d.value(QStringLiteral("status")).toString();
        if (status == QLatin1String("COMPLETED") || status == QLatin1String("FAILED")
            || status == QLatin1String("APPROVED"))
            ids << d.value(QStringLiteral("correlation_id")).toString();
    }
    return ids;
}

QString TestEucoraCtlActions::takeRollbackable()
{
    for (const QString &id : rollbackableDeployments()) {
        if (!m_used.contains(id)) {
            m_used.insert(id);
            return id;
        }
    }
    return {};
}

void TestEucoraCtlActions::breakerResetNeedsStaff()
{
    QCOMPARE(m_control
                 ->post(QStringLiteral("/_devplane/breakers/sccm/force"),
                        {{QStringLiteral("state"), QStringLiteral("open")}})
                 .status,
             200);
    const QString viewerHome = m_dir.filePath(QStringLiteral("viewer"));
    QCOMPARE(m_ctl
                 .run({QStringLiteral("login"), QStringLiteral("--username"),
                       QStringLiteral("viewer"), QStringLiteral("--password-stdin")},
                      (kViewerPassword + QLatin1Char('\n')).toUtf8(), {}, viewerHome)
                 .exitCode,
             0);
    const CtlRun refused
        = m_ctl.run({QStringLiteral("breaker-reset"), QStringLiteral("sccm")}, {}, {}, viewerHome);
    QCOMPARE(refused.exitCode, 4);
    QVERIFY2(
        refused.err.contains(
            "rejected by the server (403): You do not have permission to perform this action."),
        refused.err.constData());

    const CtlRun reset = m_ctl.run(
        {QStringLiteral("breaker-reset"), QStringLiteral("sccm"), QStringLiteral("--json")});
    QCOMPARE(reset.exitCode, 0);
    // Read back right after the reset (a reset breaker is no longer held open by the test).
    QCOMPARE(
        reset.json().value(QStringLiteral("breaker")).toObject().value(QStringLiteral("state")),
        QStringLiteral("closed"));
    QCOMPARE(
        devplaneRequestCount(
            *m_control, QStringLiteral("POST /api/v1/admin/health/circuit-breakers/sccm/reset")),
        2);
}

void TestEucoraCtlActions::rollbackWithYesRollsBackAndIsAudited()
{
    const QString id = takeRollbackable();
    QVERIFY(!id.isEmpty());
    const CtlRun run = m_ctl.run({QStringLiteral("rollback"), id, QStringLiteral("--reason"),
                                  QStringLiteral("canary crash loop"), QStringLiteral("--yes")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.contains("ROLLED_BACK"));
    const QJsonObject after
        = m_control->get(QStringLiteral("/api/v1/deployments/%1/?include_demo=all").arg(id)).json();
    QCOMPARE(after.value(QStringLiteral("status")).toString(), QStringLiteral("ROLLED_BACK"));
    QCOMPARE(devplaneRequestCount(*m_control,
                                  QStringLiteral("POST /api/v1/deployments/%1/rollback/").arg(id)),
             1);

    const QString auditPath = m_ctl.auditLogPath();
    QStringList states;
    for (const actions::AuditEntry &entry : actions::AuditLog::read(auditPath)) {
        if (entry.target != id)
            continue;
        QCOMPARE(entry.program, QStringLiteral("eucora-ctl"));
        QCOMPARE(entry.user, QStringLiteral("operator"));
        QCOMPARE(entry.action, QStringLiteral("rollback"));
        states << entry.state;
    }
    QCOMPARE(states,
             (QStringList {QStringLiteral("drafted"), QStringLiteral("confirmed"),
                           QStringLiteral("sent"), QStringLiteral("accepted"),
                           QStringLiteral("reconciled")}));

    // Nothing secret in the audit log: no password, no cookie or CSRF token value.
    QFile audit(auditPath);
    QVERIFY(audit.open(QIODevice::ReadOnly));
    const QByteArray log = audit.readAll();
    QFile session(m_ctl.sessionFilePath());
    QVERIFY(session.open(QIODevice::ReadOnly));
    const QJsonObject server = QJsonDocument::fromJson(session.readAll())
                                   .object()
                                   .value(QStringLiteral("servers"))
                                   .toObject()
                                   .begin()
                                   .value()
                                   .toObject();
    QStringList secrets {kOperatorPassword, kViewerPassword};
    for (const QJsonValue cookie : server.value(QStringLiteral("cookies")).toArray())
        secrets << cookie.toObject().value(QStringLiteral("value")).toString();
    QCOMPARE(secrets.size(), 4);
    for (const QString &secret : secrets) {
        QVERIFY(secret.size() >= 8);
        QVERIFY2(!log.contains(secret.toUtf8()), qPrintable(secret));
    }
}

void TestEucoraCtlActions::rollbackOfARolledBackDeploymentIsRejected()
{
    const QString id = takeRollbackable();
    QVERIFY(!id.isEmpty());
    QCOMPARE(m_ctl
                 .run({QStringLiteral("rollback"), id, QStringLiteral("--reason"),
                       QStringLiteral("first"), QStringLiteral("--yes")})
                 .exitCode,
             0);
    const CtlRun again = m_ctl.run({QStringLiteral("rollback"), id, QStringLiteral("--reason"),
                                    QStringLiteral("second"), QStringLiteral("--yes")});
    QCOMPARE(again.exitCode, 4);
    QVERIFY2(again.err.contains("rejected by the server (409): Deployment already rolled back"),
             again.err.constData());
}

void TestEucoraCtlActions::rollbackWithoutAnAnswerIsReconciledNotResent()
{
    const QString id = takeRollbackable();
    QVERIFY(!id.isEmpty());
    QCOMPARE(m_control
                 ->post(QStringLiteral("/_devplane/faults"),
                        {{QStringLiteral("path"), QStringLiteral("rollback")},
                         {QStringLiteral("method"), QStringLiteral("POST")},
                         {QStringLiteral("delay_ms"), 3000}})
                 .status,
             201);
    const CtlRun run
        = m_ctl.run({QStringLiteral("rollback"), id, QStringLiteral("--reason"),
                     QStringLiteral("slow server"), QStringLiteral("--yes"),
                     QStringLiteral("--timeout"), QStringLiteral("1"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 5);
    const QJsonObject json = run.json();
    QCOMPARE(json.value(QStringLiteral("exit_code")).toInt(), 5);
    QCOMPARE(json.value(QStringLiteral("posts_sent")).toInt(), 1);
    QCOMPARE(json.value(QStringLiteral("finding")).toObject().value(QStringLiteral("received")),
             QStringLiteral("yes"));
    QVERIFY2(run.err.contains("outcome unknown: the server received the rollback"),
             run.err.constData());
    QVERIFY(run.err.contains("Nothing was sent again"));
    QCOMPARE(devplaneRequestCount(*m_control,
                                  QStringLiteral("POST /api/v1/deployments/%1/rollback/").arg(id)),
             1);
    QTest::qWait(2500); // the delayed answer goes out to a closed connection; still one POST
    QCOMPARE(devplaneRequestCount(*m_control,
                                  QStringLiteral("POST /api/v1/deployments/%1/rollback/").arg(id)),
             1);
}

void TestEucoraCtlActions::rollbackAsksForTheApplicationName()
{
    const QString id = takeRollbackable();
    QVERIFY(!id.isEmpty());
    const QString app
        = m_control->get(QStringLiteral("/api/v1/deployments/%1/?include_demo=all").arg(id))
              .json()
              .value(QStringLiteral("app_name"))
              .toString();
    const QString path = QStringLiteral("POST /api/v1/deployments/%1/rollback/").arg(id);
    const QStringList arguments {QStringLiteral("rollback"), id, QStringLiteral("--reason"),
                                 QStringLiteral("typed confirmation")};

    const CtlRun wrong = m_ctl.run(arguments, "Some Other App\n");
    QCOMPARE(wrong.exitCode, 6);
    QVERIFY(wrong.err.contains(app.toUtf8())); // shown before asking
    QVERIFY(wrong.err.contains("nothing was sent"));
    const CtlRun none = m_ctl.run(arguments, {});
    QCOMPARE(none.exitCode, 6);
    QCOMPARE(devplaneRequestCount(*m_control, path), 0);

    const CtlRun right = m_ctl.run(arguments, (app + QLatin1Char('\n')).toUtf8());
    QVERIFY2(right.exitCode == 0, right.err.constData());
    QCOMPARE(devplaneRequestCount(*m_control, path), 1);
}

// The rollback's first read (the deployment's events, its reconciliation baseline) meets "log in
// again"; then the confirmation cannot be written to the audit log, so nothing is sent. The
// refusal is the audit log's, not that earlier read's: exit 4 "not sent", never 3 "log in again".
void TestEucoraCtlActions::aRefusalBeforeSendingIsNotBlamedOnAnEarlierRead()
{
    const QString id = takeRollbackable();
    QVERIFY(!id.isEmpty());
    QCOMPARE(m_control
                 ->post(QStringLiteral("/_devplane/faults"),
                        {{QStringLiteral("path"), QStringLiteral("/api/v1/events/list")},
                         {QStringLiteral("method"), QStringLiteral("GET")},
                         {QStringLiteral("status"), 403},
                         {QStringLiteral("message"),
                          QStringLiteral("Authentication credentials were not provided.")}})
                 .status,
             201);
    QFile blocker(m_dir.filePath(QStringLiteral("not-a-folder")));
    QVERIFY(blocker.open(QIODevice::WriteOnly)); // the audit log's folder is a file
    blocker.close();
    const CtlRun run = m_ctl.run(
        {QStringLiteral("rollback"), id, QStringLiteral("--reason"), QStringLiteral("audit drill"),
         QStringLiteral("--yes")},
        {}, {QStringLiteral("EUCORA_AUDIT_LOG=%1/audit.jsonl").arg(blocker.fileName())});
    QVERIFY2(run.err.contains("not sent: audit log"), run.err.constData());
    QVERIFY2(!run.err.contains("log in again"), run.err.constData());
    QCOMPARE(run.exitCode, 4);
    QCOMPARE(devplaneRequestCount(*m_control,
                                  QStringLiteral("POST /api/v1/deployments/%1/rollback/").arg(id)),
             0);
    QCOMPARE(devplaneRequestCount(*m_control, QStringLiteral("GET /api/v1/events/list")) > 0,
             true); // the failed read happened before the refusal
}

void TestEucoraCtlActions::seedPrintsTheCounts()
{
    // Demo mode off: the command says the new rows stay hidden.
    QCOMPARE(
        m_control
            ->post(QStringLiteral("/api/v1/admin/demo-mode"), {{QStringLiteral("enabled"), false}})
            .status,
        200);
    const CtlRun run = m_ctl.run({QStringLiteral("seed"), QStringLiteral("--deployments"),
                                  QStringLiteral("5"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.err.contains("seeding replaces the existing demo data"));
    QVERIFY2(run.err.contains("demo mode is off"), run.err.constData());
    const QJsonObject json = run.json();
    QCOMPARE(json.value(QStringLiteral("queued")).toBool(), false);
    QCOMPARE(json.value(QStringLiteral("counts")).toObject().value(QStringLiteral("deployments")),
             5);
    QCOMPARE(json.value(QStringLiteral("counts")).toObject().value(QStringLiteral("assets")), 100);
    const QJsonObject stats
        = m_control->get(QStringLiteral("/api/v1/admin/demo-data-stats")).json();
    QCOMPARE(stats.value(QStringLiteral("counts")).toObject().value(QStringLiteral("deployments")),
             5);

    const CtlRun table
        = m_ctl.run({QStringLiteral("seed"), QStringLiteral("--deployments"), QStringLiteral("4"),
                     QStringLiteral("--events"), QStringLiteral("30")});
    QCOMPARE(table.exitCode, 0);
    QVERIFY2(table.out.contains("deployments 4") && table.out.contains("events 30"),
             table.out.constData());
}

void TestEucoraCtlActions::seedWaitsForTheQueuedTask()
{
    // Without --wait the task id is printed and the command ends.
    const CtlRun queued = m_ctl.run({QStringLiteral("seed"), QStringLiteral("--deployments"),
                                     QStringLiteral("3"), QStringLiteral("--async")});
    QCOMPARE(queued.exitCode, 0);
    QVERIFY2(queued.out.contains("queued as task"), queued.out.constData());

    // 30000 assets take 30 simulated seconds (half a second here): progress is seen.
    const CtlRun run
        = m_ctl.run({QStringLiteral("seed"), QStringLiteral("--deployments"), QStringLiteral("6"),
                     QStringLiteral("--assets"), QStringLiteral("30000"), QStringLiteral("--async"),
                     QStringLiteral("--wait"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.err.contains("progress: assets"), run.err.constData());
    const QJsonObject json = run.json();
    QCOMPARE(json.value(QStringLiteral("queued")).toBool(), true);
    QVERIFY(!json.value(QStringLiteral("task_id")).toString().isEmpty());
    QCOMPARE(json.value(QStringLiteral("state")).toString(), QStringLiteral("reconciled"));
    QCOMPARE(json.value(QStringLiteral("counts")).toObject().value(QStringLiteral("deployments")),
             6);
    QCOMPARE(json.value(QStringLiteral("counts")).toObject().value(QStringLiteral("assets")),
             30000);
    const QJsonObject task = m_control
                                 ->get(QStringLiteral("/api/v1/admin/tasks/%1/status")
                                           .arg(json.value(QStringLiteral("task_id")).toString()))
                                 .json();
    QCOMPARE(task.value(QStringLiteral("status")).toString(), QStringLiteral("SUCCESS"));
}

QTEST_GUILESS_MAIN(TestEucoraCtlActions)
#include "tst_eucoractlactions.moc"
