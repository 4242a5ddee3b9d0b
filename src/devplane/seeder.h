// EUCORA's demo seeding (contract 4.2-4.3): totals, not increments; at most 90 deployments per
// call; sync inside the request up to 5000 items, else a task that reports PROGRESS.
#pragma once

#include "store.h"

#include <QJsonObject>
#include <QString>

#include <random>

namespace eucora::devplane {

class Simulation;

struct SeedRequest
{
    int assets = 100;
    int applications = 20;
    int deployments = 50;
    int users = 10;
    int events = 200;
    int batchSize = 50;
    bool clearExisting = true;
    bool forceAsync = false;

    int total() const { return assets + applications + deployments + events; }
};

// Reads the seed body; returns an error text for non-integer counts (EUCORA answers 500).
std::optional<SeedRequest> parseSeedRequest(const QJsonObject &body, QString *error);

class Seeder
{
public:
    Seeder(Store *store, Simulation *simulation, quint64 seed);

    DemoCounts seedNow(const SeedRequest &request);
    // Seeds on the simulated clock in chunks, updating the task's PROGRESS; returns at once.
    void seedAsTask(const SeedRequest &request, const QString &taskId);

private:
    void prepare(const SeedRequest &request);
    bool addDeployment(); // false when the catalogue is exhausted (90 per call)
    void addExtraEvent();
    void chunk(SeedRequest request, QString taskId, int phase, int done);

    Store *m_store;
    Simulation *m_simulation;
    std::mt19937_64 m_rng;
    int m_nextProduct = 0;
    int m_nextVersion = 0;
    int m_leftForVersion = 0;
};

} // namespace eucora::devplane
