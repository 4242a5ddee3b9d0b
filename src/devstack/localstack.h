// Starts the local live stack: eucora-devplane and the real Debian prometheus scraping it, both
// on free loopback ports with a temporary work dir, and stops both by PID. Used by the
// eucora-devstack launcher and by the integration and GUI tests. Blocking calls: never use it
// on a GUI thread.
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <chrono>
#include <memory>

namespace eucora::devstack {

class LocalStack
{
public:
    enum class Rules { Corrected, AsShipped };

    struct Options
    {
        QString devplaneProgram; // empty: eucora-devplane next to the running executable
        QString prometheusProgram = QStringLiteral("prometheus");
        QStringList devplaneArguments; // e.g. {"--seed", "7", "--speed", "60"}
        Rules rules = Rules::Corrected;
        int scrapeIntervalSeconds = 15; // EUCORA's; tests use 1 to see data sooner
        QStringList extraRuleFiles; // more rule files for Prometheus (a test's broken rule)
        QString devstackDir; // empty: the installed or source resources/devstack
        std::chrono::milliseconds startTimeout {std::chrono::seconds(30)};
    };

    explicit LocalStack(Options options);
    ~LocalStack();
    LocalStack(const LocalStack &) = delete;
    LocalStack &operator=(const LocalStack &) = delete;

    bool start(QString *error);
    void stop();

    // Outage drills: stop Prometheus alone (by PID), then start it again on the same port with
    // the same data directory.
    void stopPrometheus();
    bool restartPrometheus(QString *error);

    // Waits until Prometheus has scraped the devplane successfully at least `samples` times.
    bool waitForScrapes(int samples, std::chrono::milliseconds timeout, QString *error) const;

    QUrl controlPlaneUrl() const { return m_controlPlaneUrl; }
    QUrl prometheusUrl() const { return m_prometheusUrl; }
    qint64 devplanePid() const;
    qint64 prometheusPid() const;
    QString workDir() const;
    QString prometheusLog() const;

    static QString findDevstackDir();

private:
    bool startDevplane(QString *error);
    bool startPrometheus(QString *error);
    bool launchPrometheus(quint16 port, QString *error);
    bool writePrometheusConfig(quint16 port, QString *error) const;

    Options m_options;
    std::unique_ptr<QTemporaryDir> m_workDir;
    std::unique_ptr<QProcess> m_devplane;
    std::unique_ptr<QProcess> m_prometheus;
    QUrl m_controlPlaneUrl;
    QUrl m_prometheusUrl;
};

// A TCP port on 127.0.0.1 that was free a moment ago.
quint16 pickFreeLoopbackPort();

// Blocking GET for launcher and test code; returns the HTTP status (0 on transport failure).
int blockingGet(const QUrl &url, QByteArray *body, std::chrono::milliseconds timeout);

} // namespace eucora::devstack
