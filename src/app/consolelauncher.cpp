#include "consolelauncher.h"

#include "dialogs/connectionsdialog.h"
#include "headless/benchrun.h"
#include "headless/headlessrun.h"
#include "mainwindow.h"
#include "welcomewindow.h"

#include <QApplication>
#include <QFileInfo>
#include <QProcess>
#include <QSettings>
#include <QTimer>

#include <cstdio>

namespace eucora::app {

namespace {

void say(const QString &line)
{
    std::fprintf(stderr, "eucora-console: %s\n", qPrintable(line));
}

} // namespace

ConsoleLauncher::ConsoleLauncher(ConsoleOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_settings(settings::ProfileStore::openDefault())
    , m_profiles(std::make_unique<settings::ProfileStore>(m_settings.get()))
{ }

ConsoleLauncher::~ConsoleLauncher()
{
    delete m_dialog;
    delete m_window;
    delete m_welcome;
}

MainWindow *ConsoleLauncher::window() const
{
    return m_window;
}

WelcomeWindow *ConsoleLauncher::welcome() const
{
    return m_welcome;
}

ConnectionsDialog *ConsoleLauncher::connectionsDialog() const
{
    return m_dialog;
}

QString ConsoleLauncher::demoStackProgram()
{
    const QString path
        = QCoreApplication::applicationDirPath() + QStringLiteral("/eucora-devstack");
    return QFileInfo(path).isExecutable() ? path : QString();
}

int ConsoleLauncher::start()
{
    QString name = m_options.profile;
    const bool urlsGiven = m_options.overrides.urlsGiven();
    if (name.isEmpty() && !urlsGiven) {
        name = m_profiles->lastUsed();
        const QStringList names = m_profiles->names();
        if (name.isEmpty() && names.size() == 1)
            name = names.first();
    }
    if (name.isEmpty() && !urlsGiven) {
        if (m_options.headless()) {
            const QStringList names = m_profiles->names();
            say(names.isEmpty()
                    ? QStringLiteral("no connection: give --prometheus and --control-plane, or "
                                     "save a profile in Settings > Connections")
                    : QStringLiteral("no connection: give --profile NAME (saved: %1) or "
                                     "--prometheus and --control-plane")
                          .arg(names.join(QStringLiteral(", "))));
            return 2;
        }
        showWelcome();
        return -1;
    }
    settings::ConnectionProfile defaults;
    defaults.prometheusUrl = m_options.prometheusUrl;
    defaults.controlPlaneUrl = m_options.controlPlaneUrl;
    const Result<settings::ConnectionChoice, QString> choice
        = settings::chooseConnection(*m_profiles, name, m_options.overrides, defaults);
    if (!choice.ok()) {
        say(choice.error());
        return 2;
    }
    return openWindow(choice.value(), true);
}

int ConsoleLauncher::openWindow(const settings::ConnectionChoice &choice, bool fromCommandLine)
{
    ConsoleOptions options = m_options;
    if (!fromCommandLine) { // a switch: the profile alone, on the command line's view options
        options.overrides = {};
        options.passwordStdin = false;
    }
    options.connection = choice.profile;
    options.prometheusUrl = choice.profile.prometheusUrl;
    options.controlPlaneUrl = choice.profile.controlPlaneUrl;
    options.connectionFromProfile = choice.fromProfile;
    options.connectionOverridden = choice.overridden;
    if (choice.fromProfile) {
        if (!options.rangeGiven) {
            options.range = choice.profile.defaultRange;
            options.rangeGiven = true;
        }
        if (!options.refreshGiven) {
            options.refreshSeconds = int(choice.profile.refresh.count());
            options.refreshGiven = true;
        }
        if (!choice.overridden)
            m_profiles->setLastUsed(choice.profile.name);
    }
    auto *window = new MainWindow(options, &m_secrets);
    connect(window, &MainWindow::switchConnectionRequested, this,
            [this](const QString &profile) { switchTo(profile); });
    connect(window, &MainWindow::connectionsRequested, this, [this, window] {
        const settings::ConnectionProfile &c = window->options().connection;
        showConnections(window->options().connectionFromProfile ? c.name : QString());
    });
    connect(window, &MainWindow::saveConnectionRequested, this, [this, window] {
        settings::ConnectionProfile prefill = window->options().connection;
        if (!window->options().connectionFromProfile)
            prefill.name = tr("New connection");
        showConnections({}, prefill);
    });
    replaceWindow(window);
    if (options.bench)
        return runBench(*window, options);
    if (options.headless())
        return runHeadless(*window, options);
    window->show();
    if (options.passwordStdin) {
        const QString user = qEnvironmentVariable("EUCORA_USERNAME").isEmpty()
            ? options.connection.controlPlaneUser
            : qEnvironmentVariable("EUCORA_USERNAME");
        const QString password = readPasswordLine();
        if (!user.isEmpty() && !password.isEmpty())
            window->signInWithPassword(user, password);
    }
    window->startRefreshing();
    return -1;
}

void ConsoleLauncher::replaceWindow(MainWindow *next)
{
    // The new window is up before the old one closes: the application never sees "the last
    // window closed" in between.
    QPointer<MainWindow> previous = m_window;
    m_window = next;
    if (previous) {
        previous->close();
        previous->deleteLater();
    }
    if (m_welcome) {
        m_welcome->close();
        m_welcome->deleteLater();
    }
}

bool ConsoleLauncher::switchTo(const QString &name)
{
    const Result<settings::ConnectionChoice, QString> choice
        = settings::chooseConnection(*m_profiles, name, {}, {});
    if (!choice.ok()) {
        say(choice.error());
        return false;
    }
    openWindow(choice.value(), false);
    return true;
}

void ConsoleLauncher::showWelcome()
{
    auto *welcome = new WelcomeWindow(m_profiles->names(), demoStackProgram());
    welcome->setAttribute(Qt::WA_DeleteOnClose);
    connect(welcome, &WelcomeWindow::openProfileRequested, this,
            [this](const QString &name) { switchTo(name); });
    connect(welcome, &WelcomeWindow::addConnectionRequested, this,
            [this] { showConnections({}, settings::ConnectionProfile {}); });
    connect(welcome, &WelcomeWindow::demoStackRequested, this, &ConsoleLauncher::startDemoStack);
    m_welcome = welcome;
    welcome->show();
}

void ConsoleLauncher::showConnections(const QString &select,
                                      const std::optional<settings::ConnectionProfile> &prefill)
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    QWidget *parent = m_window ? static_cast<QWidget *>(m_window) : m_welcome.data();
    auto *dialog = new ConnectionsDialog(&m_secrets, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (prefill) {
        settings::ConnectionProfile fresh = *prefill;
        if (fresh.name.isEmpty())
            fresh.name = tr("New connection");
        dialog->startNewProfile(fresh);
    } else if (!select.isEmpty()) {
        dialog->selectProfile(select);
    }
    connect(dialog, &ConnectionsDialog::connectRequested, this, [this](const QString &name) {
        QTimer::singleShot(0, this, [this, name] { switchTo(name); });
    });
    m_dialog = dialog;
    dialog->open();
}

void ConsoleLauncher::startDemoStack()
{
    const QString program = demoStackProgram();
    if (program.isEmpty() || !QProcess::startDetached(program, {}))
        return;
    // The demo stack opens its own console, signed in; this one has nothing left to show.
    if (m_welcome)
        m_welcome->close();
    QTimer::singleShot(0, qApp, &QCoreApplication::quit);
}

} // namespace eucora::app
