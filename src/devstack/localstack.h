// Starts the local live stack: eucora-devplane and a metrics engine scraping it with EUCORA's
// configuration, on free loopback ports with a temporary work dir, and stops them by PID. The
// engine is the Debian prometheus, or the Debian victoria-metrics with vmalert evaluating the same
// rule file (VictoriaMetrics serves /api/v1/rules and /alerts only by proxying them to vmalert).
// Used by the eucora-devstack launcher and by the integration and GUI tests. Blocking calls:
// never use it on a GUI thread.
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <chrono>
#include <memory>
#include <optional>

namespace eucora::devstack {

class LocalStack
{
public:
    enum class Rules { Corrected, AsShipped };
    enum class Engine { Prometheus, VictoriaMetrics };

    struct Options
    {
        QString devplaneProgram; // empty: eucora-devplane next to the running executable
        Engine engine = Engine::Prometheus;
        QString prometheusProgram = QStringLiteral("prometheus");
        QString victoriaMetricsProgram = QStringLiteral("victoria-metrics");
        QString vmalertProgram = QStringLiteral("vmalert");
        // VictoriaMetrics only: run vmalert on the rule files (and let VictoriaMetrics proxy the
        // rules API to it). Without it VictoriaMetrics answers /api/v1/rules with no groups.
        bool vmalert = true;
        QStringList engineArguments; // more flags for the engine (e.g. -search.latencyOffset=5s)
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

    // Outage drills: stop the engine alone (by PID), then start it again on the same port with
    // the same data directory. vmalert keeps running (and fails its evaluations meanwhile).
    void stopPrometheus();
    bool restartPrometheus(QString *error);

    // Waits until the engine has scraped the devplane successfully at least `samples` times.
    bool waitForScrapes(int samples, std::chrono::milliseconds timeout, QString *error) const;

    Engine engine() const { return m_options.engine; }
    QUrl controlPlaneUrl() const { return m_controlPlaneUrl; }
    // The Prometheus HTTP API of the engine (what the console's --prometheus takes).
    QUrl prometheusUrl() const { return m_prometheusUrl; }
    QUrl vmalertUrl() const { return m_vmalertUrl; } // empty unless vmalert runs
    qint64 devplanePid() const;
    qint64 prometheusPid() const; // the engine's
    qint64 vmalertPid() const;
    QString workDir() const;
    QString prometheusLog() const; // the engine's (and vmalert's) last words

    static QString findDevstackDir();
    static QString engineName(Engine engine); // "prometheus", "victoriametrics"
    static std::optional<Engine> engineFromName(const QString &name);

private:
    bool startDevplane(QString *error);
    bool startPrometheus(QString *error);
    bool launchPrometheus(quint16 port, QString *error);
    bool launchVmalert(QString *error);
    bool writePrometheusConfig(quint16 port, QString *error) const;
    QStringList ruleFiles() const;
    QString engineProgram() const;

    Options m_options;
    std::unique_ptr<QTemporaryDir> m_workDir;
    std::unique_ptr<QProcess> m_devplane;
    std::unique_ptr<QProcess> m_prometheus;
    std::unique_ptr<QProcess> m_vmalert;
    QUrl m_controlPlaneUrl;
    QUrl m_prometheusUrl;
    QUrl m_vmalertUrl;
};

// A TCP port on 127.0.0.1 that was free a moment ago.
quint16 pickFreeLoopbackPort();

// Blocking GET for launcher and test code; returns the HTTP status (0 on transport failure).
int blockingGet(const QUrl &url, QByteArray *body, std::chrono::milliseconds timeout);

} // namespace eucora::devstack
