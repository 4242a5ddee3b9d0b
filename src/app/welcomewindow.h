// The first screen when no connection is known: add one, open a saved one, or start the local
// demo stack (eucora-devstack, when it is installed beside the console). The console never
// polls localhost on a guess.
#pragma once

#include <QWidget>

class QListWidget;

namespace eucora::app {

class WelcomeWindow : public QWidget
{
    Q_OBJECT

public:
    // `profiles`: the saved connections to offer; `demoStackProgram`: empty when there is none.
    WelcomeWindow(const QStringList &profiles, const QString &demoStackProgram,
                  QWidget *parent = nullptr);

signals:
    void openProfileRequested(const QString &name);
    void addConnectionRequested();
    void demoStackRequested();

private:
    QListWidget *m_profiles = nullptr;
};

} // namespace eucora::app
