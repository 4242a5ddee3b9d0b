// Keeps one panel's data fresh: refreshes on its interval, keeps the last good series when a
// refresh fails, and says how old the data is.
#pragma once

#include "apierror.h"
#include "dashboard/panelspec.h"
#include "prometheus/prometheusclient.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <functional>
#include <optional>
#include <vector>

namespace eucora::dashboard {

struct PanelState
{
    std::vector<prometheus::Series> series; // last good data, kept across errors
    std::vector<QString> warnings; // from the last good answer
    QDateTime fetchedAt; // UTC time of the last good answer; invalid before the first
    std::optional<ApiError> error; // the last refresh's failure, cleared by a success
    QDateTime errorAt;
    bool loading = false;
    quint64 version = 0; // bumps whenever anything above changes

    // Older than two refresh intervals (or never fetched while an error is shown).
    bool isStale(const QDateTime &now, std::chrono::seconds interval) const;
};

class PanelFeed : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    PanelFeed(prometheus::PrometheusClient *client, PanelSpec spec, QObject *parent = nullptr);

    const PanelSpec &spec() const { return m_spec; }
    const PanelState &state() const { return m_state; }
    bool isStale() const { return m_state.isStale(m_clock(), m_spec.refreshInterval); }

    void setPixelWidth(int pixels) { m_pixelWidth = pixels; }
    // A new relative range: the request in flight is for the old one, so it is cancelled.
    void setRange(std::chrono::seconds range);
    void setClock(Clock clock) { m_clock = std::move(clock); }

    void start();
    void stop();
    void refreshNow();

signals:
    void updated();

private:
    void apply(const Result<prometheus::QueryResult> &result);

    prometheus::PrometheusClient *m_client;
    PanelSpec m_spec;
    PanelState m_state;
    QTimer m_timer;
    Clock m_clock = [] {
        return QDateTime::currentDateTimeUtc();
    };
    int m_pixelWidth = 800;
    std::optional<prometheus::PrometheusClient::RequestId> m_inFlight;
    quint64 m_generation = 0; // identifies the request whose answer is still wanted
};

} // namespace eucora::dashboard
