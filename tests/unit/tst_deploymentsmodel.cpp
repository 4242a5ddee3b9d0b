// DeploymentsModel: one row per deployment with the server's raw words, a selection-friendly
// refresh, sortable values, and a clean bill from QAbstractItemModelTester.
#include "controlplane/domaintypes.h"
#include "models/deploymentsmodel.h"
#include "models/modelroles.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace eucora;
using eucora::models::DeploymentsModel;

class TestDeploymentsModel : public QObject
{
    Q_OBJECT

private slots:
    void passesTheModelTester();
    void showsEveryColumn();
    void unknownStatusIsShownVerbatim();
    void anUnchangedListKeepsTheRows();
    void aChangedRowIsUpdatedInPlace();
    void sortsByNumberAndTime();
    void rowsFollowTheirDeploymentUnderTheModelTester();
    void aNewDeploymentIsInsertedWhereItStands();
    void countsPerStatus();

private:
    static controlplane::DeploymentSummary deployment(const QString &id, const QString &status,
                                                      std::optional<int> risk = 42);
};

controlplane::DeploymentSummary
TestDeploymentsModel::deployment(const QString &id, const QString &status, std::optional<int> risk)
{
    controlplane::DeploymentSummary d;
    d.correlationId = id;
    d.appName = QStringLiteral("Microsoft Teams");
    d.version = QStringLiteral("24.1");
    d.targetRing = QStringLiteral("PILOT");
    d.status = status;
    d.riskScore = risk;
    d.createdAt = QDateTime(QDate(2025, 3, 4), QTime(10, 11, 12), Qt::UTC);
    return d;
}

void TestDeploymentsModel::passesTheModelTester()
{
    DeploymentsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDeployments({deployment(QStringLiteral("a"), QStringLiteral("COMPLETED")),
                          deployment(QStringLiteral("b"), QStringLiteral("FAILED"), std::nullopt)});
    model.setDeployments({deployment(QStringLiteral("a"), QStringLiteral("ROLLED_BACK")),
                          deployment(QStringLiteral("b"), QStringLiteral("FAILED"), std::nullopt)});
    model.setDeployments({deployment(QStringLiteral("c"), QStringLiteral("PENDING"))});
    model.setDeployments({});
    QCOMPARE(model.rowCount(), 0);
}

void TestDeploymentsModel::showsEveryColumn()
{
    DeploymentsModel model;
    model.setDeployments({deployment(QStringLiteral("6f1c"), QStringLiteral("COMPLETED"))});
    QCOMPARE(model.columnCount(), 7);
    const auto cell = [&model](int column, int role = Qt::DisplayRole) {
        return model.data(model.index(0, column), role);
    };
    QCOMPARE(cell(DeploymentsModel::Id).toString(), QStringLiteral("6f1c"));
    QCOMPARE(cell(DeploymentsModel::App).toString(), QStringLiteral("Microsoft Teams"));
    QCOMPARE(cell(DeploymentsModel::Version).toString(), QStringLiteral("24.1"));
    QCOMPARE(cell(DeploymentsModel::Ring).toString(), QStringLiteral("PILOT"));
    QCOMPARE(cell(DeploymentsModel::Status).toString(), QStringLiteral("COMPLETED"));
    QCOMPARE(cell(DeploymentsModel::Risk).toInt(), 42);
    const QString created = cell(DeploymentsModel::Created).toString();
    const QDateTime local = deployment({}, {}).createdAt.toLocalTime();
    QVERIFY2(created.startsWith(local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))),
             qPrintable(created));
    QVERIFY2(created.size() > 20, "the time zone is named");
    QCOMPARE(cell(DeploymentsModel::Created, Qt::ToolTipRole).toString(),
             QStringLiteral("2025-03-04T10:11:12.000Z"));
    QCOMPARE(cell(DeploymentsModel::Status, models::ToneRole).toInt(), int(models::Tone::Good));
    QCOMPARE(cell(DeploymentsModel::App, models::KeyRole).toString(), QStringLiteral("6f1c"));
    QCOMPARE(model.headerData(DeploymentsModel::Risk, Qt::Horizontal).toString(),
             QStringLiteral("Risk"));
}

void TestDeploymentsModel::unknownStatusIsShownVerbatim()
{
    DeploymentsModel model;
    model.setDeployments({deployment(QStringLiteral("x"), QStringLiteral("PAUSED_BY_OPS"))});
    const QModelIndex status = model.index(0, DeploymentsModel::Status);
    QCOMPARE(status.data().toString(), QStringLiteral("PAUSED_BY_OPS"));
    QCOMPARE(status.data(models::ToneRole).toInt(), int(models::Tone::Warning));
    QVERIFY(status.data(Qt::ToolTipRole).toString().contains(QLatin1String("PAUSED_BY_OPS")));
}

void TestDeploymentsModel::anUnchangedListKeepsTheRows()
{
    DeploymentsModel model;
    const std::vector rows {deployment(QStringLiteral("a"), QStringLiteral("COMPLETED")),
                            deployment(QStringLiteral("b"), QStringLiteral("DEPLOYING"))};
    model.setDeployments(rows);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setDeployments(rows);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 0);
}

void TestDeploymentsModel::aChangedRowIsUpdatedInPlace()
{
    DeploymentsModel model;
    model.setDeployments({deployment(QStringLiteral("a"), QStringLiteral("COMPLETED")),
                          deployment(QStringLiteral("b"), QStringLiteral("DEPLOYING"))});
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setDeployments({deployment(QStringLiteral("a"), QStringLiteral("COMPLETED")),
                          deployment(QStringLiteral("b"), QStringLiteral("ROLLED_BACK"))});
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
    QCOMPARE(model.deploymentAt(1)->status, QStringLiteral("ROLLED_BACK"));
    QCOMPARE(model.rowOf(QStringLiteral("b")), 1);
    QCOMPARE(model.rowOf(QStringLiteral("zz")), -1);
    QVERIFY(!model.deploymentAt(2));

    model.setDeployments({deployment(QStringLiteral("c"), QStringLiteral("PENDING"))});
    QCOMPARE(reset.count(), 1); // other rows: a new table
}

void TestDeploymentsModel::sortsByNumberAndTime()
{
    DeploymentsModel model;
    auto later = deployment(QStringLiteral("b"), QStringLiteral("PENDING"), 9);
    later.createdAt = later.createdAt.addSecs(60);
    model.setDeployments(
        {deployment(QStringLiteral("a"), QStringLiteral("PENDING"), 10), later,
         deployment(QStringLiteral("c"), QStringLiteral("PENDING"), std::nullopt)});
    const auto sortValue = [&model](int row, int column) {
        return model.index(row, column).data(models::SortRole);
    };
    // As text "9" > "10"; as numbers it is the other way round.
    QVERIFY(sortValue(1, DeploymentsModel::Risk).toInt()
            < sortValue(0, DeploymentsModel::Risk).toInt());
    QCOMPARE(sortValue(2, DeploymentsModel::Risk).toInt(), -1);
    QCOMPARE(model.index(2, DeploymentsModel::Risk).data().toString(), QString());
    QVERIFY(sortValue(1, DeploymentsModel::Created).toLongLong()
            > sortValue(0, DeploymentsModel::Created).toLongLong());
}

void TestDeploymentsModel::rowsFollowTheirDeploymentUnderTheModelTester()
{
    DeploymentsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    const auto a = deployment(QStringLiteral("a"), QStringLiteral("COMPLETED"));
    const auto b = deployment(QStringLiteral("b"), QStringLiteral("DEPLOYING"));
    const auto c = deployment(QStringLiteral("c"), QStringLiteral("PENDING"));
    const auto x = deployment(QStringLiteral("x"), QStringLiteral("PENDING"));
    model.setDeployments({a, b, c});
    const QPersistentModelIndex selected = model.index(2, DeploymentsModel::Status);

    model.setDeployments({x, a, b, c}); // a new deployment on top
    QCOMPARE(selected.row(), 3);
    model.setDeployments({a, c, x}); // b gone, x moved down
    QCOMPARE(selected.row(), 1);
    auto failed = c;
    failed.status = QStringLiteral("FAILED");
    model.setDeployments({failed, a, x}); // c changed and moved up
    QCOMPARE(selected.row(), 0);
    QCOMPARE(selected.data().toString(), QStringLiteral("FAILED"));
    QCOMPARE(selected.data(models::KeyRole).toString(), QStringLiteral("c"));
    QCOMPARE(reset.count(), 0);

    model.setDeployments({});
    QVERIFY(!selected.isValid());
    QCOMPARE(reset.count(), 0);
}

void TestDeploymentsModel::aNewDeploymentIsInsertedWhereItStands()
{
    DeploymentsModel model;
    model.setDeployments({deployment(QStringLiteral("a"), QStringLiteral("COMPLETED")),
                          deployment(QStringLiteral("b"), QStringLiteral("DEPLOYING"))});
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setDeployments({deployment(QStringLiteral("n"), QStringLiteral("PENDING")),
                          deployment(QStringLiteral("a"), QStringLiteral("COMPLETED")),
                          deployment(QStringLiteral("b"), QStringLiteral("DEPLOYING"))});
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 0);
    QCOMPARE(inserted.first().at(2).toInt(), 0);
    QCOMPARE(model.rowOf(QStringLiteral("b")), 2);
    QCOMPARE(model.find(QStringLiteral("n"))->status, QStringLiteral("PENDING"));
    QCOMPARE(model.deployments().size(), size_t(3));
}

void TestDeploymentsModel::countsPerStatus()
{
    DeploymentsModel model;
    model.setDeployments({deployment(QStringLiteral("a"), QStringLiteral("FAILED")),
                          deployment(QStringLiteral("b"), QStringLiteral("COMPLETED")),
                          deployment(QStringLiteral("c"), QStringLiteral("FAILED"))});
    const auto withStatus = [&model](controlplane::DeploymentStatus status) {
        return model.countIf([status](const controlplane::DeploymentSummary &d) {
            return controlplane::deploymentStatusFromString(d.status) == status;
        });
    };
    QCOMPARE(withStatus(controlplane::DeploymentStatus::Failed), 2);
    QCOMPARE(withStatus(controlplane::DeploymentStatus::Completed), 1);
    QCOMPARE(withStatus(controlplane::DeploymentStatus::Pending), 0);
}

QTEST_MAIN(TestDeploymentsModel)
#include "tst_deploymentsmodel.moc"
