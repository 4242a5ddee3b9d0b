// eucora-console without a person at the screen: --screenshot writes the view as a PNG and
// --export what each panel shows as JSON, once every panel of the view has answered (live,
// degraded or error); --check prints what is wrong with the view's dashboard. Tests, the
// README's screenshots and scripted incident reports use it, under QT_QPA_PLATFORM=offscreen.
#pragma once

#include "consoleoptions.h"

class QApplication;

namespace eucora::app {

class MainWindow;

// Exit codes: 0 done; 1 --check found something; 2 the view or a dashboard could not be
// loaded; 3 a panel of the view ended in error (each named on stderr); 4 the view did not
// settle within the deadline.
int runHeadless(MainWindow &window, const ConsoleOptions &options);

// The first line of standard input (--password-stdin).
QString readPasswordLine();

} // namespace eucora::app
