// What every devplane API works on: the state, auth, simulation, metrics and server options.
#pragma once

#include "httpapi.h"

#include <functional>

namespace eucora::metrics {
class MetricRegistry;
}

namespace eucora::devplane {

class Auth;
class DevplaneServer;
class Seeder;
class Simulation;
class Store;

struct DevplaneContext
{
    Store *store = nullptr;
    Auth *auth = nullptr;
    Simulation *simulation = nullptr;
    metrics::MetricRegistry *metrics = nullptr;
    DevplaneServer *server = nullptr;
    Seeder *seeder = nullptr;
    quint64 seed = 1;
    bool singleProcessMetrics = false; // --metrics-mode single
    // Writes the Store to disk now (with --data-dir); a no-op otherwise. Called before an
    // answer promises something durable, such as an accepted rollback.
    std::function<void()> persistNow = [] {
    };
};

// Registers the routes of one API family on the context's server.
void registerSessionApi(DevplaneContext &context);
void registerDeploymentsApi(DevplaneContext &context);
void registerAdminApi(DevplaneContext &context);
void registerHealthApi(DevplaneContext &context);
void registerTestControlApi(DevplaneContext &context);

// Both mounts of apps.core.urls (contract 0.3): "/api/v1/admin/" and "/api/v1/core/".
QStringList adminMounts(const QString &suffix);

} // namespace eucora::devplane
