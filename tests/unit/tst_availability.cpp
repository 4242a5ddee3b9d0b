// Which actions a user may start, and the reason shown when not.
#include "actions/actionpermissions.h"

#include <QTest>

using namespace eucora::actions;
using eucora::controlplane::User;

class TestAvailability : public QObject
{
    Q_OBJECT

private slots:
    void availability_data();
    void availability();
};

void TestAvailability::availability_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("user"); // 0 none, 1 viewer, 2 staff
    QTest::addColumn<bool>("readOnly");
    QTest::addColumn<bool>("noEndpoint");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<QString>("reason");

    const int rollback = int(ActionKind::Rollback);
    const int seed = int(ActionKind::Seed);
    const int reset = int(ActionKind::BreakerReset);
    const QString signIn = QStringLiteral("sign in to the control plane first");
    const QString readOnly = QStringLiteral("read-only mode (--read-only)");
    QTest::newRow("rollback, staff") << rollback << 2 << false << false << true << QString();
    QTest::newRow("rollback, viewer") << rollback << 1 << false << false << true << QString();
    QTest::newRow("rollback, signed out") << rollback << 0 << false << false << false << signIn;
    QTest::newRow("rollback, no endpoint")
        << rollback << 2 << false << true << false
        << QStringLiteral("this control plane has no rollback endpoint");
    QTest::newRow("rollback, read-only") << rollback << 2 << true << false << false << readOnly;
    QTest::newRow("seed, staff") << seed << 2 << false << false << true << QString();
    QTest::newRow("seed, viewer")
        << seed << 1 << false << false << false
        << QStringLiteral(
               "only staff users can seed demo data or switch demo mode (viewer is not staff)");
    QTest::newRow("seed, read-only") << seed << 2 << true << false << false << readOnly;
    QTest::newRow("reset, staff") << reset << 2 << false << false << true << QString();
    QTest::newRow("reset, viewer")
        << reset << 1 << false << false << false
        << QStringLiteral("only staff users can reset circuit breakers (viewer is not staff)");
    QTest::newRow("reset, signed out") << reset << 0 << false << false << false << signIn;
    QTest::newRow("reset, read-only") << reset << 1 << true << false << false << readOnly;
}

void TestAvailability::availability()
{
    QFETCH(int, kind);
    QFETCH(int, user);
    QFETCH(bool, readOnly);
    QFETCH(bool, noEndpoint);
    QFETCH(bool, allowed);
    QFETCH(QString, reason);
    PermissionInputs inputs;
    if (user == 1)
        inputs.user = User {2, QStringLiteral("viewer"), {}, false, false};
    if (user == 2)
        inputs.user = User {1, QStringLiteral("operator"), {}, true, false};
    inputs.readOnly = readOnly;
    inputs.rollbackEndpointMissing = noEndpoint;
    const Availability a = eucora::actions::availability(ActionKind(kind), inputs);
    QCOMPARE(a.allowed, allowed);
    QCOMPARE(a.reason, reason);
}

QTEST_GUILESS_MAIN(TestAvailability)
#include "tst_availability.moc"
