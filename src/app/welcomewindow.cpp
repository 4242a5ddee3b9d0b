#include "welcomewindow.h"

#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace eucora::app {

WelcomeWindow::WelcomeWindow(const QStringList &profiles, const QString &demoStackProgram,
                             QWidget *parent)
    : QWidget(parent)
{
    setWindowTitle(tr("EUCORA Console"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/org.eucora.Console.svg")));
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(32, 28, 32, 28);
    column->setSpacing(12);

    auto *title = new QLabel(tr("<h2>EUCORA Console</h2>"), this);
    column->addWidget(title);
    auto *intro = new QLabel(this);
    intro->setObjectName(QStringLiteral("welcomeText"));
    intro->setWordWrap(true);
    intro->setText(profiles.isEmpty()
                       ? tr("No connection is set up yet. Add one with the addresses of your "
                            "Prometheus and your EUCORA control plane, or look around on a local "
                            "demo stack first.")
                       : tr("Choose the connection to open."));
    column->addWidget(intro);

    if (!profiles.isEmpty()) {
        m_profiles = new QListWidget(this);
        m_profiles->setObjectName(QStringLiteral("welcomeProfiles"));
        m_profiles->addItems(profiles);
        m_profiles->setCurrentRow(0);
        column->addWidget(m_profiles);
        auto *open = new QPushButton(tr("&Open"), this);
        open->setObjectName(QStringLiteral("openProfileButton"));
        open->setDefault(true);
        const auto openCurrent = [this] {
            if (QListWidgetItem *item = m_profiles->currentItem())
                emit openProfileRequested(item->text());
        };
        connect(open, &QPushButton::clicked, this, openCurrent);
        connect(m_profiles, &QListWidget::itemActivated, this, openCurrent);
        column->addWidget(open);
    }

    auto *add = new QPushButton(tr("&Add a connection…"), this);
    add->setObjectName(QStringLiteral("addConnectionButton"));
    connect(add, &QPushButton::clicked, this, &WelcomeWindow::addConnectionRequested);
    column->addWidget(add);

    auto *demo = new QPushButton(tr("Open the local &demo stack"), this);
    demo->setObjectName(QStringLiteral("demoStackButton"));
    connect(demo, &QPushButton::clicked, this, &WelcomeWindow::demoStackRequested);
    column->addWidget(demo);
    auto *demoText = new QLabel(this);
    demoText->setWordWrap(true);
    demoText->setStyleSheet(QStringLiteral("color: palette(dark);"));
    if (demoStackProgram.isEmpty()) {
        demo->setEnabled(false);
        demoText->setText(tr("eucora-devstack is not installed beside the console."));
    } else {
        demoText->setText(tr("Starts a simulated control plane and Prometheus on this computer "
                             "and opens the console on them, signed in as their operator."));
    }
    column->addWidget(demoText);
    column->addStretch(1);
    resize(520, profiles.isEmpty() ? 360 : 480);
}

} // namespace eucora::app
