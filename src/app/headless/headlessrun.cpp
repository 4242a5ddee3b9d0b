#include "headless/headlessrun.h"

#include "controlplane/controlplaneclient.h"
#include "dashboard/dashboardcheck.h"
#include "feeds/alertsfeed.h"
#include "mainwindow.h"
#include "panels/dashboardpage.h"
#include "session/operatorsession.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <iostream>
#include <optional>

namespace eucora::app {

namespace {

void say(const QString &line)
{
    std::fprintf(stderr, "eucora-console: %s\n", qPrintable(line));
}

// The headless sign-in: $EUCORA_USERNAME with a password from standard input or
// $EUCORA_PASSWORD. Without them the session the control plane still knows (if any, or the one
// the profile keeps in the keychain) is used. `pending` stays true until the login answered.
void signIn(MainWindow &window, const ConsoleOptions &options, bool *pending)
{
    const QString user = qEnvironmentVariable("EUCORA_USERNAME");
    const QString password
        = options.passwordStdin ? readPasswordLine() : qEnvironmentVariable("EUCORA_PASSWORD");
    if (user.isEmpty() || password.isEmpty())
        return;
    *pending = true;
    window.signInWithPassword(user, password, [pending](const QString &failure) {
        *pending = false;
        if (!failure.isEmpty())
            say(failure);
    });
}

bool sessionSettled(const OperatorSession &session)
{
    return session.phase() != OperatorSession::Phase::Unchecked
        && session.phase() != OperatorSession::Phase::Checking;
}

// --check: once the variables have their options, the dashboard's queries are checked against
// the live Prometheus; the findings go to standard output.
int runCheck(MainWindow &window, DashboardPage *page)
{
    bool identified = false;
    window.identifyEngine([&identified] { identified = true; });
    page->state()->loadVariableOptions(window.prometheus());
    QElapsedTimer clock;
    clock.start();
    while (!identified && clock.elapsed() < 30'000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 100);
    while (!page->state()->variablesLoaded() && clock.elapsed() < 30'000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 100);
    dashboard::DashboardCheck check(window.prometheus());
    std::optional<std::vector<dashboard::CheckFinding>> findings;
    check.run(
        page->state()->dashboard(), page->state()->report(), page->state()->resolvedRange(),
        [&findings](const std::vector<dashboard::CheckFinding> &result) { findings = result; });
    while (!findings && clock.elapsed() < 120'000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 100);
    if (!findings) {
        say(QStringLiteral("the check did not finish within 120 s"));
        return 4;
    }
    for (const QString &note : check.notes())
        std::printf("%s\n", qPrintable(QStringLiteral("note: %1").arg(note)));
    if (findings->empty()) {
        std::printf("%s\n",
                    qPrintable(QStringLiteral("%1: nothing wrong found").arg(page->title())));
        return 0;
    }
    std::printf("%s", qPrintable(dashboard::DashboardCheck::describe(*findings)));
    return 1;
}

} // namespace

QString readPasswordLine()
{
    std::string line;
    std::getline(std::cin, line);
    return QString::fromStdString(line);
}

int runHeadless(MainWindow &window, const ConsoleOptions &options)
{
    for (const QString &error : window.loadErrors())
        say(error);
    if (!window.loadErrors().isEmpty())
        return 2;
    if (!options.view.isEmpty() && !window.page(options.view)) {
        QStringList views;
        for (const DashboardPage *page : window.pages())
            views << page->uid();
        say(QStringLiteral("no view named \"%1\"; the views are: %2")
                .arg(options.view, views.join(QStringLiteral(", "))));
        return 2;
    }
    if (!window.connectionProblem().isEmpty()) {
        say(window.connectionProblem());
        return 2;
    }
    DashboardPage *page = window.currentPage();
    if (options.check)
        return runCheck(window, page);
    window.resize(options.size);
    window.show();
    page->setPollEverything(true);
    bool loginPending = false;
    signIn(window, options, &loginPending);
    window.startRefreshing();

    // Every panel answered once, the session is known, the variables have their options and
    // the alerts feed answered (the status bar's count, the notes on panels over ALERTS).
    QElapsedTimer clock;
    clock.start();
    constexpr qint64 kDeadlineMs = 120'000;
    const auto ready = [&] {
        return !loginPending && !window.identifyingEngine() && sessionSettled(*window.session())
            && page->state()->variablesLoaded() && page->settled()
            && window.alerts()->hasAnswered();
    };
    while (!ready() && clock.elapsed() < kDeadlineMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 100);
    if (!ready()) {
        say(QStringLiteral("the view did not settle within %1 s").arg(kDeadlineMs / 1000));
        return 4;
    }
    QCoreApplication::processEvents(); // the last repaints

    if (!options.screenshot.isEmpty() && !window.grab().save(options.screenshot)) {
        say(QStringLiteral("cannot write %1").arg(options.screenshot));
        return 2;
    }
    if (!options.exportFile.isEmpty()) {
        QFile file(options.exportFile);
        if (!file.open(QIODevice::WriteOnly)
            || file.write(QJsonDocument(page->exportJson()).toJson(QJsonDocument::Indented)) < 0) {
            say(QStringLiteral("cannot write %1: %2").arg(options.exportFile, file.errorString()));
            return 2;
        }
    }
    const QStringList errors = page->panelErrors();
    for (const QString &error : errors)
        say(QStringLiteral("panel %1").arg(error));
    return errors.isEmpty() ? 0 : 3;
}

} // namespace eucora::app
