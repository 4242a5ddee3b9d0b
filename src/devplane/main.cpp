// eucora-devplane: a local EUCORA control plane for demos and tests.
#include "auth.h"
#include "context.h"
#include "devplaneserver.h"
#include "eucorametrics.h"
#include "persistence.h"
#include "seeder.h"
#include "simulation.h"
#include "store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTimer>

#include <atomic>
#include <csignal>
#include <cstdio>

using namespace eucora;
using namespace eucora::devplane;

namespace {

std::atomic<int> g_stopSignal {0};

void onStopSignal(int number)
{
    g_stopSignal = number;
}

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "eucora-devplane: %s\n", qPrintable(message));
    std::exit(2);
}

QHostAddress parseHost(QString host)
{
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    return host == QLatin1String("localhost") ? QHostAddress(QHostAddress::LocalHost)
                                              : QHostAddress(host);
}

QByteArray readPem(const QString &path, const char *option)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        fail(QStringLiteral("cannot read --%1 %2: %3")
                 .arg(QLatin1String(option), path, file.errorString()));
    return file.readAll();
}

// HTTPS with the certificate chain and key given; with a client CA, mutual TLS: a client must
// present a certificate that CA signed.
QSslConfiguration serverTls(const QString &certPath, const QString &keyPath,
                            const QString &clientCaPath)
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setProtocol(QSsl::TlsV1_2OrLater);
    const QList<QSslCertificate> chain
        = QSslCertificate::fromData(readPem(certPath, "tls-cert"), QSsl::Pem);
    if (chain.isEmpty())
        fail(QStringLiteral("--tls-cert %1 holds no PEM certificate").arg(certPath));
    const QByteArray keyPem = readPem(keyPath, "tls-key");
    QSslKey key;
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec}) {
        key = QSslKey(keyPem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            break;
    }
    if (key.isNull())
        fail(QStringLiteral("--tls-key %1 is not an unencrypted PEM private key").arg(keyPath));
    config.setLocalCertificateChain(chain);
    config.setPrivateKey(key);
    if (!clientCaPath.isEmpty()) {
        const QList<QSslCertificate> cas
            = QSslCertificate::fromData(readPem(clientCaPath, "tls-client-ca"), QSsl::Pem);
        if (cas.isEmpty())
            fail(QStringLiteral("--tls-client-ca %1 holds no PEM certificate").arg(clientCaPath));
        config.setCaCertificates(cas);
        config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    }
    return config;
}

void addUsers(Store &store, const QStringList &specs)
{
    int id = 1;
    for (const QString &spec : specs) {
        const QStringList parts = spec.split(QLatin1Char(':'));
        if (parts.size() < 2 || parts.size() > 3 || parts[0].isEmpty() || parts[1].isEmpty()
            || (parts.size() == 3 && parts[2] != QLatin1String("staff")))
            fail(QStringLiteral("--user expects NAME:PASSWORD or NAME:PASSWORD:staff, got \"%1\"")
                     .arg(spec));
        UserRecord user;
        user.id = id++;
        user.username = parts[0];
        user.password = parts[1];
        user.email = parts[0] + QStringLiteral("@eucora.test");
        user.firstName = parts[0].left(1).toUpper() + parts[0].mid(1);
        user.staff = parts.size() == 3;
        user.superuser = user.staff;
        store.users.push_back(user);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("eucora-devplane"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EUCORA_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A local EUCORA control plane: simulated deployments, rings, connectors and circuit "
        "breakers, served with EUCORA's API paths, auth, errors and its /api/v1/metrics/ "
        "exposition."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listen(
        QStringLiteral("listen"),
        QStringLiteral(
            "Address to listen on; port 0 picks a free port and the first line "
            "on stdout is then \"listening on http://HOST:PORT\" (https with --tls-cert; default "
            "127.0.0.1:8000)."),
        QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:8000"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QStringLiteral("Seed of the simulation (default 1)."),
                                  QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption speed(QStringLiteral("speed"),
                                   QStringLiteral("Simulated seconds per real second (default 1)."),
                                   QStringLiteral("X"), QStringLiteral("1"));
    const QCommandLineOption testMode(
        QStringLiteral("test-mode"),
        QStringLiteral("Serve the test-control API under /_devplane/ (faults, request "
                       "counts, forced breakers, clock)."));
    const QCommandLineOption debugPermissions(
        QStringLiteral("debug-permissions"),
        QStringLiteral("Apply EUCORA's DEBUG permission column (AllowAny on "
                       "reads and demo endpoints)."));
    const QCommandLineOption noThrottle(
        QStringLiteral("no-throttle"),
        QStringLiteral("Switch off the 1000 requests/hour throttle."));
    const QCommandLineOption user(
        QStringLiteral("user"),
        QStringLiteral("A user; repeatable. Default on loopback: operator/operator (staff) "
                       "and viewer/viewer."),
        QStringLiteral("NAME:PASSWORD[:staff]"));
    const QCommandLineOption seedDemo(
        QStringLiteral("seed-demo"),
        QStringLiteral("Seed default demo data at start and switch demo mode on."));
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        QStringLiteral(
            "Keep the control plane's state (deployments, rings, events, tasks, rollback "
            "records) in SQLite in DIR; without it, state lives in memory only."),
        QStringLiteral("DIR"));
    const QCommandLineOption workers(
        QStringLiteral("emulate-workers"),
        QStringLiteral("Spread gauge series over N worker pids; with N > 1 the last "
                       "worker dies after a simulated minute and its gauges freeze."),
        QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption metricsMode(
        QStringLiteral("metrics-mode"),
        QStringLiteral("Exposition shape: multiprocess (EUCORA's docker default) or "
                       "single."),
        QStringLiteral("MODE"), QStringLiteral("multiprocess"));
    const QCommandLineOption tlsCert(
        QStringLiteral("tls-cert"),
        QStringLiteral("Serve HTTPS with this PEM certificate (chain); needs --tls-key."),
        QStringLiteral("FILE"));
    const QCommandLineOption tlsKey(QStringLiteral("tls-key"),
                                    QStringLiteral("The PEM private key of --tls-cert."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption tlsClientCa(
        QStringLiteral("tls-client-ca"),
        QStringLiteral("Mutual TLS: require a client certificate signed by this PEM CA."),
        QStringLiteral("FILE"));
    parser.addOptions({listen, seed, speed, testMode, debugPermissions, noThrottle, user, seedDemo,
                       dataDir, workers, metricsMode, tlsCert, tlsKey, tlsClientCa});
    parser.process(app);

    const QString listenValue = parser.value(listen);
    const auto colon = listenValue.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const uint port = listenValue.mid(colon + 1).toUInt(&portOk);
    const QHostAddress address = parseHost(listenValue.left(colon));
    if (colon < 0 || !portOk || port > 65535 || address.isNull())
        fail(QStringLiteral("--listen expects HOST:PORT, got \"%1\"").arg(listenValue));
    const QStringList userSpecs = parser.values(user);
    if (!address.isLoopback() && userSpecs.isEmpty())
        fail(QStringLiteral(
                 "refusing to listen on %1 with the built-in users: give --user explicitly")
                 .arg(address.toString()));

    bool seedOk = false;
    const quint64 seedValue = parser.value(seed).toULongLong(&seedOk);
    bool speedOk = false;
    const double speedValue = parser.value(speed).toDouble(&speedOk);
    bool workersOk = false;
    const int workerCount = parser.value(workers).toInt(&workersOk);
    if (!seedOk)
        fail(QStringLiteral("--seed expects a non-negative integer"));
    if (!speedOk || speedValue <= 0 || speedValue > 100000)
        fail(QStringLiteral("--speed expects a number between 0 and 100000"));
    if (!workersOk || workerCount < 1 || workerCount > 64)
        fail(QStringLiteral("--emulate-workers expects 1 to 64"));
    if (parser.isSet(tlsCert) != parser.isSet(tlsKey))
        fail(QStringLiteral("--tls-cert and --tls-key go together"));
    if (parser.isSet(tlsClientCa) && !parser.isSet(tlsCert))
        fail(QStringLiteral("--tls-client-ca needs --tls-cert and --tls-key"));
    const QString mode = parser.value(metricsMode);
    if (mode != QLatin1String("multiprocess") && mode != QLatin1String("single"))
        fail(QStringLiteral("--metrics-mode expects multiprocess or single"));

    Store store;
    addUsers(store,
             userSpecs.isEmpty() ? QStringList {QStringLiteral("operator:operator:staff"),
                                                QStringLiteral("viewer:viewer")}
                                 : userSpecs);
    metrics::MetricRegistry registry;
    registerEucoraMetrics(registry);
    Simulation simulation(seedValue, speedValue, &store, &registry);
    simulation.setWorkers(workerCount);
    Auth auth(&store);
    auth.setThrottle(!parser.isSet(noThrottle));
    DevplaneServer server(&store, &auth, {parser.isSet(debugPermissions), parser.isSet(testMode)});
    Seeder seeder(&store, &simulation, seedValue);

    DevplaneContext context;
    context.store = &store;
    context.auth = &auth;
    context.simulation = &simulation;
    context.metrics = &registry;
    context.server = &server;
    context.seeder = &seeder;
    context.seed = seedValue;
    context.singleProcessMetrics = mode == QLatin1String("single");
    registerHealthApi(context);
    registerSessionApi(context);
    registerDeploymentsApi(context);
    registerAdminApi(context);
    if (parser.isSet(testMode))
        registerTestControlApi(context);
    server.onAnswered = [&registry](const Call &call, int status, double seconds) {
        if (call.pattern.isEmpty() || call.path.startsWith(QLatin1String("/_devplane/")))
            return;
        const QStringList labels {call.method, call.pattern, QString::number(status)};
        registry.inc(QStringLiteral("http_requests_total"), labels);
        registry.observe(QStringLiteral("http_request_duration_seconds"), labels, seconds);
        registry.observe(QStringLiteral("db_query_duration_seconds"),
                         {call.method == QLatin1String("GET") ? QStringLiteral("select")
                                                              : QStringLiteral("insert")},
                         seconds / 2);
    };

    StorePersistence persistence;
    QTimer saveTimer;
    bool restored = false;
    if (parser.isSet(dataDir)) {
        QString error;
        if (!persistence.open(parser.value(dataDir), &error) || !persistence.load(store, &error))
            fail(QStringLiteral("cannot use --data-dir %1: %2").arg(parser.value(dataDir), error));
        restored = !store.deployments.empty() || !store.events.empty();
        context.persistNow = [&persistence, &store] {
            QString error;
            if (!persistence.save(store, &error))
                std::fprintf(stderr, "eucora-devplane: saving state failed: %s\n",
                             qPrintable(error));
        };
        QObject::connect(&saveTimer, &QTimer::timeout, &app, [&context] { context.persistNow(); });
        QObject::connect(&app, &QCoreApplication::aboutToQuit, &app,
                         [&context] { context.persistNow(); });
        saveTimer.start(1000);
    }
    if (restored) {
        simulation.resume();
    } else if (parser.isSet(seedDemo)) {
        seeder.seedNow(SeedRequest {});
        store.demoMode = true;
    }
    context.persistNow();

    const bool https = parser.isSet(tlsCert);
    if (https)
        server.sslSetup(
            serverTls(parser.value(tlsCert), parser.value(tlsKey), parser.value(tlsClientCa)));
    const quint16 bound = server.listen(address, quint16(port));
    if (bound == 0)
        fail(QStringLiteral("cannot listen on %1").arg(listenValue));
    const QString shownHost = address.protocol() == QAbstractSocket::IPv6Protocol
        ? QStringLiteral("[%1]").arg(address.toString())
        : address.toString();
    std::printf("listening on %s://%s:%u\n", https ? "https" : "http", qPrintable(shownHost),
                unsigned(bound));
    std::fflush(stdout);

    // SIGTERM/SIGINT end the event loop normally, so the last state is saved.
    std::signal(SIGTERM, onStopSignal);
    std::signal(SIGINT, onStopSignal);
    QTimer signalPoll;
    QObject::connect(&signalPoll, &QTimer::timeout, &app, [&app] {
        if (g_stopSignal != 0)
            app.quit();
    });
    signalPoll.start(100);

    simulation.start();
    return app.exec();
}
