// The seed dialog against the real devplane: a synchronous seed shows the final counts, a seed
// in the background shows the task's progress and can be cancelled, and with demo mode off the
// dialog offers to switch it on.
#include "actions/seedaction.h"
#include "actiontestkit.h"
#include "dialogs/seeddialog.h"

#include <QCheckBox>
#include <QFrame>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>

using namespace eucora;
using namespace eucora::testing;
using actions::ActionState;

class TestSeedDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void startsWithTheServersDefaultsAndWarns();
    void aSynchronousSeedShowsTheCounts();
    void aSeedInTheBackgroundShowsProgressAndCanBeCancelled();
    void withDemoModeOffTheDialogOffersToSwitchItOn();

private:
    struct Open
    {
        std::unique_ptr<actions::SeedAction> action;
        std::unique_ptr<app::SeedDialog> dialog;
        template<typename T> T *child(const char *name) const
        {
            return dialog->findChild<T *>(QLatin1String(name));
        }
    };
    Open open();
    static void setCount(QSpinBox *box, int value);
    static void toggle(QCheckBox *box);

    ActionTestKit m_kit;
    const QString m_seedPost = QStringLiteral("POST /api/v1/admin/seed-demo-data");
};

void TestSeedDialog::initTestCase()
{
    QString error;
    QVERIFY2(m_kit.start(&error), qPrintable(error));
    QVERIFY(m_kit.signIn(QStringLiteral("operator"), QStringLiteral("operator")));
}

TestSeedDialog::Open TestSeedDialog::open()
{
    Open o;
    o.action = std::make_unique<actions::SeedAction>(m_kit.context(QStringLiteral("operator")));
    o.dialog = std::make_unique<app::SeedDialog>(o.action.get());
    o.dialog->show();
    return o;
}

void TestSeedDialog::setCount(QSpinBox *box, int value)
{
    box->selectAll();
    QTest::keyClicks(box, QString::number(value));
    QCOMPARE(box->value(), value);
}

void TestSeedDialog::toggle(QCheckBox *box)
{
    // On the indicator: the middle of a stretched check box may be empty space.
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2));
}

void TestSeedDialog::startsWithTheServersDefaultsAndWarns()
{
    Open o = open();
    const controlplane::SeedRequest defaults;
    QCOMPARE(o.child<QSpinBox>("assets")->value(), defaults.assets);
    QCOMPARE(o.child<QSpinBox>("applications")->value(), defaults.applications);
    QCOMPARE(o.child<QSpinBox>("deployments")->value(), defaults.deployments);
    QCOMPARE(o.child<QSpinBox>("users")->value(), defaults.users);
    QCOMPARE(o.child<QSpinBox>("events")->value(), defaults.events);
    QVERIFY(o.child<QCheckBox>("clearExisting")->isChecked());
    QVERIFY(!o.child<QCheckBox>("inBackground")->isChecked());
    auto *warning = o.child<QLabel>("warningLabel");
    QVERIFY(warning->isVisible());
    QVERIFY2(warning->text().contains(QLatin1String("replaces the existing demo data")),
             qPrintable(warning->text()));
    toggle(o.child<QCheckBox>("clearExisting"));
    QVERIFY(!o.child<QCheckBox>("clearExisting")->isChecked());
    QVERIFY(!warning->text().contains(QLatin1String("replaces")));
    QVERIFY(o.child<QPushButton>("seedButton")->isEnabled());
    QVERIFY(!o.child<QPushButton>("cancelTaskButton")->isVisible());
    QVERIFY(!o.child<QFrame>("demoModeBox")->isVisible());
}

void TestSeedDialog::aSynchronousSeedShowsTheCounts()
{
    Open o = open();
    setCount(o.child<QSpinBox>("assets"), 30);
    setCount(o.child<QSpinBox>("applications"), 5);
    setCount(o.child<QSpinBox>("deployments"), 12);
    setCount(o.child<QSpinBox>("users"), 2);
    setCount(o.child<QSpinBox>("events"), 40);
    auto *seed = o.child<QPushButton>("seedButton");
    const int before = m_kit.requestCount(m_seedPost);
    QTest::mouseClick(seed, Qt::LeftButton);
    QTest::mouseClick(seed, Qt::LeftButton);
    QVERIFY(!seed->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(o.dialog->stateText(), QStringLiteral("Seeded."), 20000);
    const QString counts = o.dialog->countsText();
    QVERIFY2(counts.contains(QLatin1String("30 assets"))
                 && counts.contains(QLatin1String("5 applications"))
                 && counts.contains(QLatin1String("12 deployments"))
                 && counts.contains(QLatin1String("40 events")),
             qPrintable(counts));
    QCOMPARE(m_kit.requestCount(m_seedPost), before + 1);
    QVERIFY(!seed->isEnabled());
    QVERIFY(!o.child<QSpinBox>("assets")->isEnabled());
    QVERIFY2(!o.child<QFrame>("demoModeBox")->isVisible(), "demo mode is on: nothing to offer");
}

void TestSeedDialog::aSeedInTheBackgroundShowsProgressAndCanBeCancelled()
{
    Open o = open();
    setCount(o.child<QSpinBox>("assets"), 4000); // four one-second chunks of assets alone
    toggle(o.child<QCheckBox>("inBackground"));
    QVERIFY(o.child<QLabel>("modeHint")->text().contains(QLatin1String("task")));
    QTest::mouseClick(o.child<QPushButton>("seedButton"), Qt::LeftButton);

    auto *cancel = o.child<QPushButton>("cancelTaskButton");
    QTRY_VERIFY_WITH_TIMEOUT(cancel->isVisible() && cancel->isEnabled(), 10000);
    QVERIFY(o.dialog->stateText().startsWith(QLatin1String("Queued")));
    auto *bar = o.child<QProgressBar>("progressBar");
    QTRY_VERIFY_WITH_TIMEOUT(bar->maximum() > 0 && bar->value() > 0, 10000);
    QVERIFY2(bar->format().contains(QLatin1String("assets")), qPrintable(bar->format()));

    const QString revoke
        = QStringLiteral("POST /api/v1/admin/tasks/%1/revoke").arg(o.action->taskId());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(!cancel->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(o.dialog->stateText(), QStringLiteral("Cancelled."), 15000);
    QVERIFY(o.action->cancelled());
    QCOMPARE(m_kit.requestCount(revoke), 1);
    QVERIFY2(o.dialog->countsText().contains(QLatin1String("assets")),
             qPrintable(o.dialog->countsText()));
}

void TestSeedDialog::withDemoModeOffTheDialogOffersToSwitchItOn()
{
    std::optional<Result<bool>> off;
    m_kit.client()->setDemoMode(false, this, [&off](const Result<bool> &r) { off = r; });
    QTRY_VERIFY_WITH_TIMEOUT(off.has_value(), 10000);
    QVERIFY(off->ok() && !off->value());

    Open o = open();
    QTest::mouseClick(o.child<QPushButton>("seedButton"), Qt::LeftButton);
    auto *box = o.child<QFrame>("demoModeBox");
    QTRY_VERIFY_WITH_TIMEOUT(box->isVisible(), 20000);
    QCOMPARE(o.child<QLabel>("demoModeQuestion")->text(),
             QStringLiteral("Demo mode is off, so the new rows are hidden. Turn demo mode on?"));
    QTest::mouseClick(o.child<QPushButton>("demoModeOnButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(o.child<QLabel>("demoModeQuestion")->text(),
                              QStringLiteral("Demo mode is on: the new rows are visible."), 10000);

    std::optional<Result<bool>> now;
    m_kit.client()->demoMode(this, [&now](const Result<bool> &r) { now = r; });
    QTRY_VERIFY_WITH_TIMEOUT(now.has_value(), 10000);
    QVERIFY(now->ok() && now->value());
    bool audited = false;
    for (const actions::AuditEntry &e : m_kit.auditEntries())
        audited |= e.action == QLatin1String("demo-mode") && e.state == QLatin1String("accepted");
    QVERIFY(audited);
}

QTEST_MAIN(TestSeedDialog)
#include "tst_seeddialog.moc"
