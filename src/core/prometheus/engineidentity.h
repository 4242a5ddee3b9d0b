// Which engine answers the Prometheus HTTP API, and what the console must do differently for it.
// Prometheus says who it is in /api/v1/status/buildinfo; VictoriaMetrics answers that endpoint
// with an empty object and says who it is (version, flags) on its own /metrics page. The two
// facts that change the console's behaviour: how long the newest data is held back
// (VictoriaMetrics' -search.latencyOffset) and whether the server has a rules API at all.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

#include <chrono>
#include <optional>

namespace eucora::prometheus {

enum class EngineKind {
    Unknown, // not identified (yet): treated as Prometheus
    Prometheus,
    VictoriaMetrics,
    Other, // another engine naming itself in buildinfo's "application" (Grafana Mimir does)
};

enum class RulesApi {
    Unknown,
    Served, // /api/v1/rules and /alerts answer with what an evaluator loaded
    Missing, // VictoriaMetrics without -vmalert.proxyURL: an empty stand-in answer
};

struct EngineIdentity
{
    EngineKind kind = EngineKind::Unknown;
    QString name; // "Prometheus", "VictoriaMetrics", or what "application" said
    QString version; // empty when the engine does not say (Debian's victoria-metrics build)
    QString revision;
    // The newest data a query may not see yet: range answers repeat the last older value over
    // it, instant queries are evaluated that much in the past unless told otherwise.
    std::chrono::milliseconds heldBack {0};
    RulesApi rules = RulesApi::Unknown;
    bool metadataServed = true; // VictoriaMetrics answers /api/v1/metadata with nothing

    bool isVictoriaMetrics() const { return kind == EngineKind::VictoriaMetrics; }
    // "Prometheus 2.42.0", "VictoriaMetrics v1.79.5", "VictoriaMetrics (version not reported)".
    QString describe() const;
    // What differs from Prometheus, one short sentence each (empty for Prometheus).
    QStringList differences() const;

    bool operator==(const EngineIdentity &o) const
    {
        return kind == o.kind && name == o.name && version == o.version && revision == o.revision
            && heldBack == o.heldBack && rules == o.rules && metadataServed == o.metadataServed;
    }
};

// From the answer to /api/v1/status/buildinfo (any status, headers as received). VictoriaMetrics
// is recognised by its empty answer or its X-Server-Hostname header; its facts then come from
// readVictoriaMetricsPage. nullopt when the answer says nothing about the engine (an HTML error
// page, a 5xx from a proxy): the caller may try again later.
std::optional<EngineIdentity>
identifyFromBuildInfo(int httpStatus, const QByteArray &body,
                      const QList<QPair<QByteArray, QByteArray>> &headers);

// Reads vm_app_version and the flags search.latencyOffset and vmalert.proxyURL from
// VictoriaMetrics' /metrics page into `identity` (defaults where the page does not say).
void readVictoriaMetricsPage(const QByteArray &page, EngineIdentity *identity);

// A Go duration as VictoriaMetrics prints its flags: "30s", "1m0s", "1m30s", "500ms", "0s".
std::optional<std::chrono::milliseconds> parseGoDuration(const QString &text);

class EngineText
{
    Q_DECLARE_TR_FUNCTIONS(EngineText)
};

} // namespace eucora::prometheus
