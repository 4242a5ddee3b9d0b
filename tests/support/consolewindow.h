// The console's main window on a test stack: shown, signed in as the stack's built-in operator
// (staff) and refreshing every second, for GUI tests that drive the real panels.
#pragma once

#include "controlplane/controlplaneclient.h"
#include "localstack.h"
#include "mainwindow.h"
#include "session/operatorsession.h"

#include <QTest>

#include <chrono>
#include <memory>

namespace eucora::testing {

inline std::unique_ptr<app::MainWindow> openSignedInWindow(const devstack::LocalStack &stack,
                                                           std::chrono::seconds range,
                                                           QSize size = QSize(1400, 900))
{
    app::ConsoleOptions options;
    options.prometheusUrl = stack.prometheusUrl();
    options.controlPlaneUrl = stack.controlPlaneUrl();
    options.refreshSeconds = 1;
    options.refreshGiven = true;
    options.range = range;
    options.rangeGiven = true;
    options.theme = QStringLiteral("light");
    auto window = std::make_unique<app::MainWindow>(options);
    window->resize(size);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    bool signedIn = false;
    window->controlPlane()->login(QStringLiteral("operator"), QStringLiteral("operator"),
                                  window.get(),
                                  [&](const controlplane::ApiResult<controlplane::User> &user) {
                                      if (user.ok())
                                          window->session()->setSignedIn(user.value());
                                      signedIn = user.ok();
                                  });
    if (!QTest::qWaitFor([&] { return signedIn; }, 10000))
        return nullptr;
    window->startRefreshing();
    return window;
}

} // namespace eucora::testing
