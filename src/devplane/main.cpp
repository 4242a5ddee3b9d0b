// eucora-devplane: a local EUCORA control plane for demos and tests.
#include "devplaneserver.h"
#include "eucorametrics.h"
#include "simulation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>
#include <QTcpServer>

#include <cstdio>

using namespace eucora;

namespace {

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "eucora-devplane: %s\n", qPrintable(message));
    std::exit(2);
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
        "breakers, served with EUCORA's API paths and its /api/v1/metrics/ exposition."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    QStringLiteral("Address to listen on; port 0 picks a free port "
                                                   "and prints it (default 127.0.0.1:8000)."),
                                    QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:8000"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QStringLiteral("Seed of the simulation (default 1)."),
                                  QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption speed(QStringLiteral("speed"),
                                   QStringLiteral("Simulated seconds per real second (default 1)."),
                                   QStringLiteral("X"), QStringLiteral("1"));
    const QCommandLineOption metricsMode(
        QStringLiteral("metrics-mode"),
        QStringLiteral("Exposition shape: multiprocess (EUCORA's docker default) or single."),
        QStringLiteral("MODE"), QStringLiteral("multiprocess"));
    parser.addOptions({listen, seed, speed, metricsMode});
    parser.process(app);

    const QString listenValue = parser.value(listen);
    const int colon = listenValue.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const uint port = listenValue.mid(colon + 1).toUInt(&portOk);
    QString host = listenValue.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    QHostAddress address;
    if (host == QLatin1String("localhost"))
        address = QHostAddress::LocalHost;
    else
        address = QHostAddress(host);
    if (colon < 0 || !portOk || port > 65535 || address.isNull())
        fail(QStringLiteral("--listen expects HOST:PORT, got \"%1\"").arg(listenValue));
    if (!address.isLoopback())
        fail(QStringLiteral("refusing to listen on %1: only loopback addresses are allowed")
                 .arg(host));

    bool seedOk = false;
    const quint64 seedValue = parser.value(seed).toULongLong(&seedOk);
    bool speedOk = false;
    const double speedValue = parser.value(speed).toDouble(&speedOk);
    if (!seedOk)
        fail(QStringLiteral("--seed expects a non-negative integer"));
    if (!speedOk || speedValue <= 0 || speedValue > 100000)
        fail(QStringLiteral("--speed expects a number between 0 and 100000"));
    const QString mode = parser.value(metricsMode);
    if (mode != QLatin1String("multiprocess") && mode != QLatin1String("single"))
        fail(QStringLiteral("--metrics-mode expects multiprocess or single"));

    metrics::MetricRegistry registry;
    devplane::registerEucoraMetrics(registry);
    devplane::Simulation simulation(seedValue, speedValue, &registry);
    devplane::DevplaneServer server(&simulation, &registry);
    server.setMetricsMode(mode == QLatin1String("single")
                              ? devplane::DevplaneServer::MetricsMode::Single
                              : devplane::DevplaneServer::MetricsMode::Multiprocess);
    const quint16 bound = server.listen(address, quint16(port));
    if (bound == 0)
        fail(QStringLiteral("cannot listen on %1").arg(listenValue));

    const QString shownHost = address.protocol() == QAbstractSocket::IPv6Protocol
        ? QStringLiteral("[%1]").arg(address.toString())
        : address.toString();
    std::printf("listening on http://%s:%u\n", qPrintable(shownHost), unsigned(bound));
    std::fflush(stdout);

    simulation.start();
    return app.exec();
}
