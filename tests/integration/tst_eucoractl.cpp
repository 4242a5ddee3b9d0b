// eucora-ctl as an operator or a script runs it, part 1: help and usage, sessions (login,
// the private session file, logging in again after expiry), the read-only commands as tables
// and JSON against the real eucora-devplane, and `query` against a real prometheus.
#include "ctlprocess.h"
#include "devplaneprocess.h"
#include "httptestclient.h"
#include "teststack.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <sys/stat.h>

using namespace eucora;
using namespace eucora::testing;

class TestEucoraCtl : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void helpListsTheExitCodes();
    void usageErrorsExitTwo();
    void aPasswordIsNeverACommandLineArgument();
    void aWrongPasswordExitsThree();
    void aCommandWithoutLoginExitsThree();
    void loginSavesAPrivateSessionWithoutThePassword();
    void deploymentsAsTableAndJson();
    void deploymentAndRings();
    void breakersAsTable();
    void anExpiredSessionLogsInAgainWhenItCan();
    void queryPrintsWhatPrometheusAnswers();

private:
    QStringList seededDeployments();

    DevplaneProcess m_devplane;
    QTemporaryDir m_dir;
    std::unique_ptr<HttpTestClient> m_control;
    CtlProcess m_ctl {m_dir.path(), {}};
};

void TestEucoraCtl::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_devplane.start(devplaneArguments(), &error), qPrintable(error));
    m_ctl = CtlProcess(m_dir.path(), m_devplane.url());
    m_control = std::make_unique<HttpTestClient>(m_devplane.url());
    QVERIFY(m_control->login(QStringLiteral("operator"), kOperatorPassword));
}

// Deployments that no longer move: with demo mode on the simulation's own deployments are demo
// rows too, and they advance between two reads; finished ones stand still.
QStringList TestEucoraCtl::seededDeployments()
{
    const HttpAnswer answer
        = m_control->get(QStringLiteral("/api/v1/deployments/list?include_demo=true&limit=1000"));
    QStringList ids;
    for (const QJsonValue item : answer.json().value(QStringLiteral("deployments")).toArray()) {
        const QString status = item.toObject().value(QStringLiteral("status")).toString();
        if (status == QLatin1String("COMPLETED") || status == QLatin1String("FAILED"))
            ids << item.toObject().value(QStringLiteral("correlation_id")).toString();
    }
    return ids;
}

void TestEucoraCtl::helpListsTheExitCodes()
{
    const CtlRun run = m_ctl.run({QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    const QString help = QString::fromUtf8(run.out);
    for (const char *line :
         {"0  success", "1  could not reach", "2  usage error", "3  authentication",
          "4  rejected by the server", "5  outcome unknown", "6  aborted"})
        QVERIFY2(help.contains(QLatin1String(line)), line);
    for (const char *command :
         {"login", "deployments", "deployment ID", "rings ID", "rollback ID", "seed", "breakers",
          "breaker-reset NAME", "query PROMQL", "--password-stdin", "EUCORA_PASSWORD"})
        QVERIFY2(help.contains(QLatin1String(command)), command);
}

void TestEucoraCtl::usageErrorsExitTwo()
{
    const QList<QStringList> wrong {
        {},
        {QStringLiteral("frobnicate")},
        {QStringLiteral("deployment")},
        {QStringLiteral("deployment"), QStringLiteral("not-a-uuid")},
        {QStringLiteral("rollback"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {QStringLiteral("breakers"), QStringLiteral("--status"), QStringLiteral("COMPLETED")},
        {QStringLiteral("deployments"), QStringLiteral("--timeout"), QStringLiteral("soon")},
        {QStringLiteral("deployments"), QStringLiteral("--no-such-option")}};
    for (const QStringList &arguments : wrong) {
        const CtlRun run = m_ctl.run(arguments);
        QVERIFY2(run.exitCode == 2,
                 qPrintable(arguments.join(QLatin1Char(' ')) + QLatin1String(" -> ")
                            + QString::number(run.exitCode)));
        QVERIFY(run.err.startsWith("eucora-ctl: "));
    }
    QCOMPARE(devplaneRequestCount(*m_control, QStringLiteral("GET /api/v1/deployments/list")), 0);
}

void TestEucoraCtl::aPasswordIsNeverACommandLineArgument()
{
    for (const QStringList &arguments :
         {QStringList {QStringLiteral("login"), QStringLiteral("--username"),
                       QStringLiteral("operator"), QStringLiteral("--password"), kOperatorPassword},
          QStringList {QStringLiteral("login"), QStringLiteral("--username"),
                       QStringLiteral("operator"),
                       QStringLiteral("--password=%1").arg(kOperatorPassword)}}) {
        const CtlRun run = m_ctl.run(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("--password-stdin"));
        QVERIFY(!run.all().contains(kOperatorPassword));
    }
    QVERIFY(!QFile::exists(m_ctl.sessionFilePath()));
    QCOMPARE(devplaneRequestCount(*m_control, QStringLiteral("POST /api/v1/auth/login")),
             1); // initTestCase's
}

void TestEucoraCtl::aWrongPasswordExitsThree()
{
    const CtlRun run = m_ctl.run({QStringLiteral("login"), QStringLiteral("--username"),
                                  QStringLiteral("operator"), QStringLiteral("--password-stdin")},
                                 "not-the-password\n");
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains("Invalid email or password"), run.err.constData());
    QVERIFY(!QFile::exists(m_ctl.sessionFilePath()));
}

void TestEucoraCtl::aCommandWithoutLoginExitsThree()
{
    const CtlRun run = m_ctl.run({QStringLiteral("deployments")});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains("log in again: eucora-ctl login"), run.err.constData());
    QVERIFY(run.out.isEmpty());
    const CtlRun json = m_ctl.run({QStringLiteral("breakers"), QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 3);
    QCOMPARE(
        json.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("exit_code")),
        3);
}

void TestEucoraCtl::loginSavesAPrivateSessionWithoutThePassword()
{
    const CtlRun run = m_ctl.run({QStringLiteral("login"), QStringLiteral("--password-stdin")},
                                 (kOperatorPassword + QLatin1Char('\n')).toUtf8(),
                                 {QStringLiteral("EUCORA_USERNAME=operator")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("logged in to") && run.out.contains("operator"), run.out.constData());

    QFile file(m_ctl.sessionFilePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(!bytes.contains(kOperatorPassword.toUtf8()));
    QVERIFY(bytes.contains("sessionid") && bytes.contains("csrftoken"));
    struct stat info
    {
    };
    QCOMPARE(::stat(QFile::encodeName(m_ctl.sessionFilePath()).constData(), &info), 0);
    QCOMPARE(info.st_mode & 0777, mode_t(0600));
}

void TestEucoraCtl::deploymentsAsTableAndJson()
{
    // Read first: finished deployments stand still, so each one is then listed with the
    // devplane's own fields (the simulation's running ones may have moved on meanwhile).
    const HttpAnswer demo
        = m_control->get(QStringLiteral("/api/v1/deployments/list?include_demo=true&limit=1000"));
    const QStringList finished = seededDeployments();
    QJsonArray seeded;
    for (const QJsonValue item : demo.json().value(QStringLiteral("deployments")).toArray()) {
        if (finished.contains(item.toObject().value(QStringLiteral("correlation_id")).toString()))
            seeded.append(item);
    }
    QVERIFY(seeded.size() >= 10);
    const CtlRun json = m_ctl.run({QStringLiteral("deployments"), QStringLiteral("--json"),
                                   QStringLiteral("--limit"), QStringLiteral("1000")});
    QCOMPARE(json.exitCode, 0);
    QJsonParseError error;
    QJsonDocument::fromJson(json.out, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QHash<QString, QJsonObject> listed;
    for (const QJsonValue item : json.json().value(QStringLiteral("deployments")).toArray())
        listed.insert(item.toObject().value(QStringLiteral("correlation_id")).toString(),
                      item.toObject());

    const CtlRun table = m_ctl.run(
        {QStringLiteral("deployments"), QStringLiteral("--limit"), QStringLiteral("1000")});
    QCOMPARE(table.exitCode, 0);
    QVERIFY(table.out.startsWith("ID "));
    for (const QJsonValue item : seeded) {
        const QJsonObject d = item.toObject();
        const QString id = d.value(QStringLiteral("correlation_id")).toString();
        QVERIFY2(listed.contains(id), qPrintable(id));
        for (const char *field : {"app_name", "version", "target_ring", "status", "risk_score"})
            QCOMPARE(listed.value(id).value(QLatin1String(field)), d.value(QLatin1String(field)));
        const QDateTime created = QDateTime::fromString(
            d.value(QStringLiteral("created_at")).toString(), Qt::ISODateWithMs);
        QCOMPARE(
            QDateTime::fromString(listed.value(id).value(QStringLiteral("created_at")).toString(),
                                  Qt::ISODateWithMs),
            created);
        QVERIFY2(table.out.contains(id.toUtf8()), qPrintable(id));
    }

    const CtlRun completed = m_ctl.run({QStringLiteral("deployments"), QStringLiteral("--status"),
                                        QStringLiteral("COMPLETED"), QStringLiteral("--json")});
    QCOMPARE(completed.exitCode, 0);
    const QJsonArray rows = completed.json().value(QStringLiteral("deployments")).toArray();
    QVERIFY(!rows.isEmpty());
    for (const QJsonValue row : rows)
        QCOMPARE(row.toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("COMPLETED"));
}

void TestEucoraCtl::deploymentAndRings()
{
    // A seeded deployment with ring rows (a deployment still waiting for CAB may have none).
    QString id;
    QJsonArray rings;
    for (const QString &candidate : seededDeployments()) {
        rings = m_control->get(QStringLiteral("/api/v1/deployments/%1/rings").arg(candidate))
                    .json()
                    .value(QStringLiteral("rings"))
                    .toArray();
        if (!rings.isEmpty()) {
            id = candidate;
            break;
        }
    }
    QVERIFY(!id.isEmpty());
    const QJsonObject expected
        = m_control->get(QStringLiteral("/api/v1/deployments/%1/?include_demo=all").arg(id)).json();

    const CtlRun table = m_ctl.run({QStringLiteral("deployment"), id});
    QCOMPARE(table.exitCode, 0);
    QVERIFY(table.out.contains(id.toUtf8()));
    QVERIFY(table.out.contains(expected.value(QStringLiteral("app_name")).toString().toUtf8()));
    const CtlRun json = m_ctl.run({QStringLiteral("deployment"), id, QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    for (const char *field : {"correlation_id", "app_name", "version", "target_ring", "status",
                              "risk_score", "requires_cab_approval", "submitter"})
        QCOMPARE(json.json().value(QLatin1String(field)), expected.value(QLatin1String(field)));

    const CtlRun ringTable = m_ctl.run({QStringLiteral("rings"), id});
    QCOMPARE(ringTable.exitCode, 0);
    QVERIFY(ringTable.out.startsWith("RING "));
    const CtlRun ringJson = m_ctl.run({QStringLiteral("rings"), id, QStringLiteral("--json")});
    QCOMPARE(ringJson.exitCode, 0);
    const QJsonArray listed = ringJson.json().value(QStringLiteral("rings")).toArray();
    QCOMPARE(listed.size(), rings.size());
    for (qsizetype i = 0; i < rings.size(); ++i) {
        const QJsonObject want = rings.at(i).toObject();
        const QJsonObject got = listed.at(i).toObject();
        for (const char *field :
             {"ring", "connector_type", "success_count", "failure_count", "promotion_gate_passed"})
            QCOMPARE(got.value(QLatin1String(field)), want.value(QLatin1String(field)));
        QVERIFY(ringTable.out.contains(want.value(QStringLiteral("ring")).toString().toUtf8()));
    }

    const CtlRun missing = m_ctl.run(
        {QStringLiteral("deployment"), QUuid::createUuid().toString(QUuid::WithoutBraces)});
    QCOMPARE(missing.exitCode, 4);
    QVERIFY2(missing.err.contains("(404): Deployment not found"), missing.err.constData());
}

void TestEucoraCtl::breakersAsTable()
{
    const HttpAnswer forced = m_control->post(QStringLiteral("/_devplane/breakers/jamf/force"),
                                              {{QStringLiteral("state"), QStringLiteral("open")}});
    QCOMPARE(forced.status, 200);
    const CtlRun table = m_ctl.run({QStringLiteral("breakers")});
    QCOMPARE(table.exitCode, 0);
    const QList<QByteArray> lines = table.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 19); // header + EUCORA's 18 breakers
    QVERIFY(lines.at(0).startsWith("SERVICE"));
    QVERIFY(lines.at(1).startsWith("intune "));
    QCOMPARE(lines.at(2).simplified(), QByteArray("jamf open 5/5 60 s"));
    const QByteArray database = lines.at(17).simplified(); // fail_max 10, reset_timeout 30 s
    QVERIFY2(QRegularExpression(QStringLiteral("^database \\S+ \\d+/10 30 s$"))
                 .match(QString::fromUtf8(database))
                 .hasMatch(),
             database.constData());

    const CtlRun json = m_ctl.run({QStringLiteral("breakers"), QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    const QJsonArray breakers = json.json().value(QStringLiteral("breakers")).toArray();
    QCOMPARE(breakers.size(), 18);
    QCOMPARE(breakers.at(1).toObject().value(QStringLiteral("state")).toString(),
             QStringLiteral("open"));
}

void TestEucoraCtl::anExpiredSessionLogsInAgainWhenItCan()
{
    const QString dataHome = m_dir.filePath(QStringLiteral("expired"));
    const QStringList asViewer {QStringLiteral("EUCORA_USERNAME=viewer"),
                                QStringLiteral("EUCORA_PASSWORD=") + kViewerPassword};
    QCOMPARE(m_ctl.run({QStringLiteral("login")}, {}, asViewer, dataHome).exitCode, 0);
    const QString path = dataHome + QStringLiteral("/eucora/ctl-sessions.json");
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QJsonObject servers = root.value(QStringLiteral("servers")).toObject();
    QCOMPARE(servers.size(), 1);
    QJsonObject server = servers.begin().value().toObject();
    QJsonArray cookies = server.value(QStringLiteral("cookies")).toArray();
    for (qsizetype i = 0; i < cookies.size(); ++i) {
        QJsonObject cookie = cookies.at(i).toObject();
        if (cookie.value(QStringLiteral("name")) == QLatin1String("sessionid"))
            cookie.insert(QStringLiteral("value"),
                          QStringLiteral("expired0expired0expired0expired0"));
        cookies.replace(i, cookie);
    }
    server.insert(QStringLiteral("cookies"), cookies);
    servers.insert(servers.begin().key(), server);
    root.insert(QStringLiteral("servers"), servers);
    file.resize(0);
    file.write(QJsonDocument(root).toJson());
    file.close();

    const CtlRun without = m_ctl.run({QStringLiteral("breakers")}, {}, {}, dataHome);
    QCOMPARE(without.exitCode, 3);
    QVERIFY(without.err.contains("log in again"));
    const CtlRun with = m_ctl.run({QStringLiteral("breakers")}, {}, asViewer, dataHome);
    QCOMPARE(with.exitCode, 0);
    QVERIFY2(with.err.contains("logged in again as viewer"), with.err.constData());
    QVERIFY(with.out.startsWith("SERVICE"));
    QCOMPARE(m_ctl.run({QStringLiteral("breakers")}, {}, {}, dataHome).exitCode, 0); // saved again
}

void TestEucoraCtl::queryPrintsWhatPrometheusAnswers()
{
    QString error;
    const auto stack = startTestStack(&error);
    QVERIFY2(stack, qPrintable(error));
    QVERIFY2(stack->waitForScrapes(1, std::chrono::seconds(20), &error), qPrintable(error));
    const QString prometheus = stack->prometheusUrl().toString();

    const CtlRun json
        = m_ctl.run({QStringLiteral("query"), QStringLiteral("up"), QStringLiteral("--prometheus"),
                     prometheus, QStringLiteral("--json")});
    QVERIFY2(json.exitCode == 0, json.err.constData());
    QCOMPARE(json.json().value(QStringLiteral("resultType")).toString(), QStringLiteral("vector"));
    const QJsonArray result = json.json().value(QStringLiteral("result")).toArray();
    QVERIFY(!result.isEmpty());
    QCOMPARE(result.at(0)
                 .toObject()
                 .value(QStringLiteral("metric"))
                 .toObject()
                 .value(QStringLiteral("__name__")),
             QStringLiteral("up"));
    QCOMPARE(result.at(0).toObject().value(QStringLiteral("value")).toArray().at(1),
             QStringLiteral("1"));

    const CtlRun table = m_ctl.run({QStringLiteral("query"), QStringLiteral("up"),
                                    QStringLiteral("--prometheus"), prometheus});
    QCOMPARE(table.exitCode, 0);
    QVERIFY(table.out.startsWith("SERIES "));
    QVERIFY(table.out.contains("up{"));
    const CtlRun scalar = m_ctl.run({QStringLiteral("query"), QStringLiteral("1+1"),
                                     QStringLiteral("--prometheus"), prometheus});
    QCOMPARE(scalar.exitCode, 0);
    if (onVictoriaMetrics()) // a scalar comes back as a vector of one label-less series
        QVERIFY2(scalar.out.contains("\n{}      2      "), scalar.out.constData());
    else
        QCOMPARE(scalar.out.trimmed(), QByteArray("2"));

    const CtlRun bad = m_ctl.run({QStringLiteral("query"), QStringLiteral("up{"),
                                  QStringLiteral("--prometheus"), prometheus});
    QCOMPARE(bad.exitCode, 4);
    // VictoriaMetrics refuses a query with 422 and errorType "422".
    QVERIFY2(bad.err.contains(onVictoriaMetrics() ? "rejected by Prometheus (422): "
                                                  : "rejected by Prometheus (400 bad_data)"),
             bad.err.constData());
    stack->stop();
    const CtlRun down = m_ctl.run({QStringLiteral("query"), QStringLiteral("up"),
                                   QStringLiteral("--prometheus"), prometheus});
    QCOMPARE(down.exitCode, 1);
    QVERIFY(down.err.contains("could not reach"));
}

QTEST_GUILESS_MAIN(TestEucoraCtl)
#include "tst_eucoractl.moc"
