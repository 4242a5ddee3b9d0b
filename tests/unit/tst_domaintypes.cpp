// The shared vocabulary of domaintypes.h against the contract: the 18 breakers of table 5.1 with
// their groups and limits, case-insensitive lookup, and enum words that survive a round trip
// while anything else is reported as unknown.
#include "controlplane/domaintypes.h"

#include <QTest>

using namespace eucora::controlplane;

class TestDomainTypes : public QObject
{
    Q_OBJECT

private slots:
    void breakerCatalogIsTable51InOrder();
    void onlyTheDatabaseBreakerHasOtherLimits();
    void findBreakerIgnoresCase_data();
    void findBreakerIgnoresCase();
    void unknownBreakersRankLast();
    void taskStatesRoundTrip_data();
    void taskStatesRoundTrip();
    void unknownTaskStatesAreReported_data();
    void unknownTaskStatesAreReported();
    void cabDecisionsRoundTrip();
};

void TestDomainTypes::breakerCatalogIsTable51InOrder()
{
    // Contract 5.1, row by row: the group word and the services of each row.
    const std::vector<std::pair<const char *, std::vector<const char *>>> table {
        {"connectors", {"intune", "jamf", "sccm", "landscape", "ansible"}},
        {"itsm", {"servicenow", "jira", "freshservice"}},
        {"siem", {"splunk", "elastic", "datadog"}},
        {"identity", {"entra_id", "active_directory"}},
        {"security", {"defender", "vulnerability_scanner"}},
        {"ai", {"ai_provider"}},
        {"infrastructure", {"database"}},
        {"generic", {"external_api"}}};
    QStringList names;
    QStringList groups;
    for (const auto &[group, services] : table) {
        for (const char *service : services) {
            names << QLatin1String(service);
            groups << QLatin1String(group);
        }
    }
    QCOMPARE(breakerCatalog().size(), size_t(18));
    QStringList catalogNames;
    QStringList catalogGroups;
    for (const BreakerSpec &spec : breakerCatalog()) {
        catalogNames << spec.name;
        catalogGroups << toString(spec.group);
    }
    QCOMPARE(catalogNames, names);
    QCOMPARE(catalogGroups, groups);
    // The connector row is the execution plane's connector list.
    QCOMPARE(catalogNames.mid(0, 5), connectorTypeNames());
}

void TestDomainTypes::onlyTheDatabaseBreakerHasOtherLimits()
{
    for (const BreakerSpec &spec : breakerCatalog()) {
        const bool database = spec.name == QLatin1String("database");
        QCOMPARE(spec.failMax, database ? 10 : 5);
        QCOMPARE(spec.resetTimeoutSeconds, database ? 30 : 60);
    }
}

void TestDomainTypes::findBreakerIgnoresCase_data()
{
    QTest::addColumn<QString>("asked");
    QTest::addColumn<QString>("found"); // empty: none
    QTest::newRow("exact") << "jamf"
                           << "jamf";
    QTest::newRow("upper") << "JAMF"
                           << "jamf";
    QTest::newRow("mixed") << "DataBase"
                           << "database";
    QTest::newRow("unknown") << "nope" << QString();
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("group word is no breaker") << "itsm" << QString();
}

void TestDomainTypes::findBreakerIgnoresCase()
{
    QFETCH(QString, asked);
    QFETCH(QString, found);
    const BreakerSpec *spec = findBreaker(asked);
    QCOMPARE(spec ? spec->name : QString(), found);
}

void TestDomainTypes::unknownBreakersRankLast()
{
    QCOMPARE(breakerRank(QStringLiteral("intune")), 0);
    QCOMPARE(breakerRank(QStringLiteral("Database")), 16);
    QCOMPARE(breakerRank(QStringLiteral("external_api")), 17);
    QCOMPARE(breakerRank(QStringLiteral("nope")), 18);
    QCOMPARE(breakerRank(QString()), 18);
}

void TestDomainTypes::taskStatesRoundTrip_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<TaskState>("state");
    QTest::newRow("PENDING") << "PENDING" << TaskState::Pending;
    QTest::newRow("STARTED") << "STARTED" << TaskState::Started;
    QTest::newRow("RETRY") << "RETRY" << TaskState::Retry;
    QTest::newRow("PROGRESS") << "PROGRESS" << TaskState::Progress;
    QTest::newRow("SUCCESS") << "SUCCESS" << TaskState::Success;
    QTest::newRow("FAILURE") << "FAILURE" << TaskState::Failure;
    QTest::newRow("REVOKED") << "REVOKED" << TaskState::Revoked;
    QTest::newRow("ERROR") << "ERROR" << TaskState::Error;
}

void TestDomainTypes::taskStatesRoundTrip()
{
    QFETCH(QString, word);
    QFETCH(TaskState, state);
    QCOMPARE(toString(state), word);
    QCOMPARE(taskStateFromString(word), std::optional<TaskState>(state));
}

void TestDomainTypes::unknownTaskStatesAreReported_data()
{
    QTest::addColumn<QString>("word");
    QTest::newRow("empty") << QString();
    QTest::newRow("lower case") << "success";
    QTest::newRow("padded") << " SUCCESS";
    QTest::newRow("not celery") << "CANCELLED";
}

void TestDomainTypes::unknownTaskStatesAreReported()
{
    QFETCH(QString, word);
    QVERIFY(!taskStateFromString(word).has_value());
}

void TestDomainTypes::cabDecisionsRoundTrip()
{
    for (const CabDecision decision : {CabDecision::Pending, CabDecision::Approved,
                                       CabDecision::Rejected, CabDecision::Conditional})
        QCOMPARE(cabDecisionFromString(toString(decision)), std::optional<CabDecision>(decision));
    QCOMPARE(toString(CabDecision::Conditional), QStringLiteral("CONDITIONAL"));
    QVERIFY(!cabDecisionFromString(QStringLiteral("approved")).has_value());
}

QTEST_GUILESS_MAIN(TestDomainTypes)
#include "tst_domaintypes.moc"
