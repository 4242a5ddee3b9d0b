// Degraded mode: when Prometheus is unreachable, a panel reads the control plane's own
// /api/v1/metrics/ and computes its counter rates between two scrapes — degraded, but still
// useful in an incident.
#pragma once

#include "dashboard/panelspec.h"
#include "http/httpchannel.h"
#include "prometheus/exposition.h"
#include "prometheus/series.h"
#include "result.h"

#include <QObject>
#include <QUrl>

#include <chrono>
#include <deque>
#include <functional>
#include <vector>

class QNetworkAccessManager;

namespace eucora::dashboard {

struct Scrape
{
    prometheus::Exposition exposition;
    std::int64_t atMs = 0;
};

// Degraded points from a history of scrapes, oldest first, read the way PromQL's
// rate(sample[window]) reads the counters: per series the increase from the oldest scrape inside
// the window to the newest (counter resets added back) over the time between them; summed per
// group and scaled. One point per group at the newest scrape's time; empty when fewer than two
// scrapes or no time lie in the window. `covered` gets the time the rates span.
std::vector<prometheus::Series> degradedPoints(const std::deque<Scrape> &history,
                                               const DegradedRecipe &recipe,
                                               std::chrono::milliseconds *covered = nullptr);
// The same from two scrapes.
std::vector<prometheus::Series> degradedPoints(const Scrape &previous, const Scrape &current,
                                               const DegradedRecipe &recipe);

class ControlPlaneScraper : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const Result<Scrape> &)>;

    ControlPlaneScraper(QNetworkAccessManager *network, const QUrl &controlPlaneBase,
                        QObject *parent = nullptr);
    void setTimeout(std::chrono::milliseconds timeout) { m_policy.deadline = timeout; }
    // A control plane that answers more than this (default 64 MiB) is cut off unread.
    void setMaxBytes(qint64 bytes) { m_policy.maxBytes = bytes; }
    QUrl url() const { return m_url; }

    // GET /api/v1/metrics/, parsed off the caller's thread.
    void scrape(QObject *context, Callback done);

private:
    http::HttpChannel m_channel;
    QUrl m_url;
    http::RequestPolicy m_policy;
};

} // namespace eucora::dashboard
