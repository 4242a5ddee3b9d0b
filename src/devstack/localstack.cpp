#include "localstack.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpServer>
#include <QThread>
#include <QTimer>
#include <QUrlQuery>

#include <csignal>
#include <sys/prctl.h>

namespace eucora::devstack {

namespace {

// Servers started here die with the process that started them, even when a test crashes.
void dieWithParent(QProcess &process)
{
    process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
}

void stopProcess(std::unique_ptr<QProcess> &process)
{
    if (!process)
        return;
    if (process->state() != QProcess::NotRunning) {
        process->terminate(); // SIGTERM to this PID only
        if (!process->waitForFinished(10000)) {
            process->kill();
            process->waitForFinished(5000);
        }
    }
    process.reset();
}

// Polls `url` until it answers 200, while `process` runs, for `timeout` at most.
bool answersWhileRunning(const QProcess &process, const QUrl &url,
                         std::chrono::milliseconds timeout)
{
    QDeadlineTimer deadline(timeout);
    while (!deadline.hasExpired() && process.state() == QProcess::Running) {
        if (blockingGet(url, nullptr, std::chrono::seconds(2)) == 200)
            return true;
        QThread::msleep(100);
    }
    return false;
}

} // namespace

quint16 pickFreeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

int blockingGet(const QUrl &url, QByteArray *body, std::chrono::milliseconds timeout)
{
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setTransferTimeout(int(timeout.count()));
    std::unique_ptr<QNetworkReply> reply(network.get(request));
    QEventLoop loop;
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeout, &loop, &QEventLoop::quit);
    loop.exec();
    if (!reply->isFinished()) {
        reply->abort();
        return 0;
    }
    if (body)
        *body = reply->readAll();
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

LocalStack::LocalStack(Options options)
    : m_options(std::move(options))
{ }

LocalStack::~LocalStack()
{
    stop();
}

QString LocalStack::findDevstackDir()
{
    const QString appDir = QCoreApplication::applicationDirPath();
    const QStringList candidates {
        appDir + QStringLiteral("/../share/eucora-console/devstack"),
        QStringLiteral(EUCORA_DEVSTACK_SOURCE_DIR),
    };
    for (const QString &dir : candidates) {
        if (QFileInfo::exists(dir + QStringLiteral("/prometheus.yml")))
            return QDir(dir).canonicalPath();
    }
    return {};
}

qint64 LocalStack::devplanePid() const
{
    return m_devplane ? m_devplane->processId() : 0;
}

qint64 LocalStack::prometheusPid() const
{
    return m_prometheus ? m_prometheus->processId() : 0;
}

qint64 LocalStack::vmalertPid() const
{
    return m_vmalert ? m_vmalert->processId() : 0;
}

QString LocalStack::engineName(Engine engine)
{
    return engine == Engine::VictoriaMetrics ? QStringLiteral("victoriametrics")
                                             : QStringLiteral("prometheus");
}

std::optional<LocalStack::Engine> LocalStack::engineFromName(const QString &name)
{
    if (name == QLatin1String("prometheus"))
        return Engine::Prometheus;
    if (name == QLatin1String("victoriametrics") || name == QLatin1String("victoria-metrics"))
        return Engine::VictoriaMetrics;
    return std::nullopt;
}

QString LocalStack::engineProgram() const
{
    return m_options.engine == Engine::VictoriaMetrics ? m_options.victoriaMetricsProgram
                                                       : m_options.prometheusProgram;
}

QString LocalStack::workDir() const
{
    return m_workDir ? m_workDir->path() : QString();
}

QString LocalStack::prometheusLog() const
{
    QString log;
    for (const char *name : {"/prometheus.log", "/vmalert.log"}) {
        QFile file(workDir() + QLatin1String(name));
        if (file.open(QIODevice::ReadOnly))
            log += QString::fromUtf8(file.readAll().right(4000));
    }
    return log;
}

bool LocalStack::start(QString *error)
{
    m_workDir = std::make_unique<QTemporaryDir>(QDir::tempPath()
                                                + QStringLiteral("/eucora-stack-XXXXXX"));
    if (!m_workDir->isValid()) {
        *error = QStringLiteral("cannot create a temporary directory: %1")
                     .arg(m_workDir->errorString());
        return false;
    }
    if (startDevplane(error) && startPrometheus(error))
        return true;
    stop();
    return false;
}

void LocalStack::stop()
{
    stopProcess(m_vmalert);
    stopProcess(m_prometheus);
    stopProcess(m_devplane);
    m_workDir.reset();
}

bool LocalStack::startDevplane(QString *error)
{
    QString program = m_options.devplaneProgram;
    if (program.isEmpty())
        program = QCoreApplication::applicationDirPath() + QStringLiteral("/eucora-devplane");
    m_devplane = std::make_unique<QProcess>();
    dieWithParent(*m_devplane);
    m_devplane->setProcessChannelMode(QProcess::SeparateChannels);
    m_devplane->setStandardErrorFile(m_workDir->path() + QStringLiteral("/devplane.log"));
    m_devplane->start(program,
                      QStringList {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")}
                          + m_options.devplaneArguments);
    if (!m_devplane->waitForStarted(5000)) {
        *error = QStringLiteral("cannot start %1: %2").arg(program, m_devplane->errorString());
        return false;
    }
    QDeadlineTimer deadline(m_options.startTimeout);
    QByteArray line;
    while (!m_devplane->canReadLine()) {
        if (deadline.hasExpired() || m_devplane->state() == QProcess::NotRunning) {
            *error = QStringLiteral("eucora-devplane did not report its address");
            return false;
        }
        m_devplane->waitForReadyRead(100);
    }
    line = m_devplane->readLine().trimmed();
    const QByteArray prefix = "listening on ";
    if (!line.startsWith(prefix)) {
        *error = QStringLiteral("unexpected first line from eucora-devplane: %1")
                     .arg(QString::fromUtf8(line));
        return false;
    }
    m_controlPlaneUrl = QUrl(QString::fromUtf8(line.mid(prefix.size())));
    return m_controlPlaneUrl.isValid();
}

QStringList LocalStack::ruleFiles() const
{
    const QString dir = m_options.devstackDir.isEmpty() ? findDevstackDir() : m_options.devstackDir;
    return QStringList {dir
                        + (m_options.rules == Rules::Corrected
                               ? QStringLiteral("/alert_rules.corrected.yaml")
                               : QStringLiteral("/alert_rules.yaml"))}
    + m_options.extraRuleFiles;
}

bool LocalStack::writePrometheusConfig(quint16 port, QString *error) const
{
    QString dir = m_options.devstackDir.isEmpty() ? findDevstackDir() : m_options.devstackDir;
    QFile templateFile(dir + QStringLiteral("/prometheus.yml"));
    if (dir.isEmpty() || !templateFile.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot find the devstack prometheus.yml (looked in %1)").arg(dir);
        return false;
    }
    QString config = QString::fromUtf8(templateFile.readAll());
    config.replace(QStringLiteral("@RULE_FILE@"), ruleFiles().join(QStringLiteral("'\n  - '")));
    config.replace(QStringLiteral("@PROMETHEUS_ADDRESS@"),
                   QStringLiteral("127.0.0.1:%1").arg(port));
    config.replace(
        QStringLiteral("@CONTROL_PLANE_ADDRESS@"),
        QStringLiteral("%1:%2").arg(m_controlPlaneUrl.host()).arg(m_controlPlaneUrl.port()));
    if (m_options.scrapeIntervalSeconds != 15) {
        const int interval = std::max(1, m_options.scrapeIntervalSeconds);
        config.replace(QStringLiteral("scrape_interval: 15s"),
                       QStringLiteral("scrape_interval: %1s").arg(interval));
        config.replace(QStringLiteral("scrape_timeout: 10s"),
                       QStringLiteral("scrape_timeout: %1s").arg(std::min(interval, 10)));
    }
    QFile out(m_workDir->path() + QStringLiteral("/prometheus.yml"));
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(config.toUtf8()) < 0) {
        *error = QStringLiteral("cannot write %1").arg(out.fileName());
        return false;
    }
    return true;
}

bool LocalStack::startPrometheus(QString *error)
{
    const bool withVmalert = m_options.engine == Engine::VictoriaMetrics && m_options.vmalert;
    // Another process may take the port between picking and binding: try a few ports.
    for (int attempt = 0; attempt < 3; ++attempt) {
        const quint16 port = pickFreeLoopbackPort();
        if (port == 0 || !writePrometheusConfig(port, error))
            return false;
        if (withVmalert) { // VictoriaMetrics is told where vmalert will listen
            const quint16 vmalertPort = pickFreeLoopbackPort();
            if (vmalertPort == 0 || vmalertPort == port)
                continue;
            m_vmalertUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(vmalertPort));
        }
        if (launchPrometheus(port, error))
            return !withVmalert || launchVmalert(error);
        if (m_prometheus) // running but never ready: not a port clash
            return false;
    }
    return false;
}

bool LocalStack::launchVmalert(QString *error)
{
    // The same rule files Prometheus would load, evaluated against VictoriaMetrics; alert state
    // written back as ALERTS series (the console's alert bands) and restored from there after a
    // restart. No Alertmanager in the local stack: notifications go to vmalert itself, which
    // refuses them, so nothing leaves the machine.
    m_vmalert = std::make_unique<QProcess>();
    dieWithParent(*m_vmalert);
    const QString work = m_workDir->path();
    m_vmalert->setStandardOutputFile(work + QStringLiteral("/vmalert.log"), QIODevice::Append);
    m_vmalert->setProcessChannelMode(QProcess::MergedChannels);
    const QString engine = m_prometheusUrl.toString();
    QStringList arguments {QStringLiteral("-httpListenAddr=127.0.0.1:%1").arg(m_vmalertUrl.port()),
                           QStringLiteral("-datasource.url=") + engine,
                           QStringLiteral("-remoteWrite.url=") + engine,
                           QStringLiteral("-remoteRead.url=") + engine,
                           QStringLiteral("-notifier.url=") + m_vmalertUrl.toString(),
                           QStringLiteral("-evaluationInterval=30s"),
                           QStringLiteral("-loggerLevel=ERROR")};
    for (const QString &file : ruleFiles())
        arguments << QStringLiteral("-rule=") + file;
    m_vmalert->start(m_options.vmalertProgram, arguments);
    if (!m_vmalert->waitForStarted(5000)) {
        *error = QStringLiteral("cannot start %1: %2 (is the Debian package victoria-metrics "
                                "installed?)")
                     .arg(m_options.vmalertProgram, m_vmalert->errorString());
        m_vmalert.reset();
        return false;
    }
    if (answersWhileRunning(*m_vmalert, m_vmalertUrl.resolved(QUrl(QStringLiteral("/health"))),
                            m_options.startTimeout))
        return true;
    *error = QStringLiteral("vmalert did not become ready: %1").arg(prometheusLog());
    return false;
}

bool LocalStack::launchPrometheus(quint16 port, QString *error)
{
    m_prometheus = std::make_unique<QProcess>();
    dieWithParent(*m_prometheus);
    const QString work = m_workDir->path();
    m_prometheus->setStandardOutputFile(work + QStringLiteral("/prometheus.log"),
                                        QIODevice::Append);
    m_prometheus->setProcessChannelMode(QProcess::MergedChannels);
    QStringList arguments;
    if (m_options.engine == Engine::VictoriaMetrics) {
        // EUCORA's prometheus.yml as it is: VictoriaMetrics' scraper skips what it does not use
        // (rule_files, alerting, evaluation_interval) instead of refusing the file.
        arguments = {QStringLiteral("-promscrape.config=%1/prometheus.yml").arg(work),
                     QStringLiteral("-promscrape.config.strictParse=false"),
                     QStringLiteral("-storageDataPath=%1/data").arg(work),
                     QStringLiteral("-httpListenAddr=127.0.0.1:%1").arg(port),
                     QStringLiteral("-loggerLevel=WARN")};
        if (!m_vmalertUrl.isEmpty())
            arguments << QStringLiteral("-vmalert.proxyURL=") + m_vmalertUrl.toString();
    } else {
        arguments = {QStringLiteral("--config.file=%1/prometheus.yml").arg(work),
                     QStringLiteral("--storage.tsdb.path=%1/data").arg(work),
                     QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(port),
                     QStringLiteral("--log.level=warn")};
    }
    const QString program = engineProgram();
    m_prometheus->start(program, arguments + m_options.engineArguments);
    if (!m_prometheus->waitForStarted(5000)) {
        *error = QStringLiteral("cannot start %1: %2 (is the Debian package %3 installed?)")
                     .arg(program, m_prometheus->errorString(),
                          m_options.engine == Engine::VictoriaMetrics
                              ? QStringLiteral("victoria-metrics")
                              : QStringLiteral("prometheus"));
        m_prometheus.reset();
        return false;
    }
    m_prometheusUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    if (answersWhileRunning(*m_prometheus,
                            m_prometheusUrl.resolved(QUrl(QStringLiteral("/-/ready"))),
                            m_options.startTimeout))
        return true;
    if (m_prometheus->state() == QProcess::Running) {
        *error = QStringLiteral("%1 did not become ready: %2").arg(program, prometheusLog());
        return false;
    }
    *error = QStringLiteral("%1 exited: %2").arg(program, prometheusLog());
    m_prometheus.reset();
    return false;
}

void LocalStack::stopPrometheus()
{
    stopProcess(m_prometheus);
}

bool LocalStack::restartPrometheus(QString *error)
{
    stopPrometheus();
    return launchPrometheus(quint16(m_prometheusUrl.port()), error);
}

bool LocalStack::waitForScrapes(int samples, std::chrono::milliseconds timeout,
                                QString *error) const
{
    QUrl url = m_prometheusUrl.resolved(QUrl(QStringLiteral("/api/v1/query")));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("query"),
                       QStringLiteral("sum_over_time(up{job=\"eucora-control-plane\"}[1h])"));
    // VictoriaMetrics answers "now" with what it had -search.latencyOffset ago unless asked
    // not to; Prometheus ignores the parameter.
    query.addQueryItem(QStringLiteral("nocache"), QStringLiteral("1"));
    url.setQuery(query);
    QDeadlineTimer deadline(timeout);
    double seen = 0;
    while (!deadline.hasExpired()) {
        QByteArray body;
        if (blockingGet(url, &body, std::chrono::seconds(2)) == 200) {
            const auto result
                = QJsonDocument::fromJson(body)[QLatin1String("data")][QLatin1String("result")]
                      .toArray();
            if (!result.isEmpty()) {
                seen = result.first()[QLatin1String("value")].toArray().at(1).toString().toDouble();
                if (seen >= samples)
                    return true;
            }
        }
        QThread::msleep(200);
    }
    *error = QStringLiteral("%1 scraped the devplane %2 times, expected %3")
                 .arg(engineProgram())
                 .arg(seen)
                 .arg(samples);
    return false;
}

} // namespace eucora::devstack
