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
#include <functional>
#include <vector>

class QNetworkAccessManager;

namespace eucora::dashboard {

struct Scrape
{
    prometheus::Exposition exposition;
    std::int64_t atMs = 0;
};

// One point per group at the current scrape's time; empty when nothing can be computed.
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
