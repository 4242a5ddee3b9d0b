// What the console opens: the connection the command line names (--profile, or
// --prometheus / --control-plane), else the profile used last, else the welcome page. It owns
// the run's keychain access and the window, and opens another window when the operator switches
// connection, so a window always talks to exactly one connection.
#pragma once

#include "consoleoptions.h"
#include "settings/connectionchoice.h"
#include "settings/secretstore.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

class QSettings;

namespace eucora::app {

class ConnectionsDialog;
class MainWindow;
class WelcomeWindow;

class ConsoleLauncher : public QObject
{
    Q_OBJECT

public:
    explicit ConsoleLauncher(ConsoleOptions options, QObject *parent = nullptr);
    ~ConsoleLauncher() override;

    // Opens the window (or the welcome page). Returns the exit code of a headless run, or of a
    // command line that cannot be used (2, said on stderr); -1 when the GUI is up and the
    // caller should run the event loop.
    int start();

    MainWindow *window() const;
    WelcomeWindow *welcome() const;
    ConnectionsDialog *connectionsDialog() const;
    settings::SecretStore *secrets() { return &m_secrets; }

    // File > Switch connection: a window on the saved profile `name` replaces the current one.
    bool switchTo(const QString &name);
    // Settings > Connections, on `select` or on a new profile filled from `prefill`.
    void showConnections(const QString &select,
                         const std::optional<settings::ConnectionProfile> &prefill = {});
    void startDemoStack();

    // eucora-devstack beside the console; empty when it is not there.
    static QString demoStackProgram();

private:
    int openWindow(const settings::ConnectionChoice &choice, bool fromCommandLine);
    void showWelcome();
    void replaceWindow(MainWindow *next);

    ConsoleOptions m_options;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<settings::ProfileStore> m_profiles;
    settings::SecretStore m_secrets;
    QPointer<MainWindow> m_window;
    QPointer<WelcomeWindow> m_welcome;
    QPointer<ConnectionsDialog> m_dialog;
};

} // namespace eucora::app
