#include "prometheus/engineidentity.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace eucora::prometheus {

namespace {

// VictoriaMetrics' default -search.latencyOffset (1.79 and later).
constexpr std::chrono::milliseconds kVictoriaMetricsHeldBack {30000};

QByteArray headerValue(const QList<QPair<QByteArray, QByteArray>> &headers, const char *name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

EngineIdentity victoriaMetrics()
{
    EngineIdentity identity;
    identity.kind = EngineKind::VictoriaMetrics;
    identity.name = QStringLiteral("VictoriaMetrics");
    identity.heldBack = kVictoriaMetricsHeldBack;
    identity.rules = RulesApi::Unknown; // until its /metrics page says whether vmalert is behind
    identity.metadataServed = false;
    return identity;
}

// The labels of the first sample of `metric` on an exposition page whose labels include
// `name="<name>"` (any when `name` is empty): {label: value}.
QHash<QString, QString> sampleLabels(const QByteArray &page, const QByteArray &metric,
                                     const QString &name = {})
{
    static const QRegularExpression pair(QStringLiteral(R"re((\w+)="((?:[^"\\]|\\.)*)")re"));
    const QByteArray prefix = metric + '{';
    for (const QByteArray &line : page.split('\n')) {
        if (!line.startsWith(prefix))
            continue;
        const qsizetype end = line.lastIndexOf('}');
        if (end < 0)
            continue;
        QHash<QString, QString> labels;
        const QString inside = QString::fromUtf8(line.mid(prefix.size(), end - prefix.size()));
        for (auto it = pair.globalMatch(inside); it.hasNext();) {
            const auto match = it.next();
            labels.insert(match.captured(1), match.captured(2));
        }
        if (name.isEmpty() || labels.value(QStringLiteral("name")) == name)
            return labels;
    }
    return {};
}

} // namespace

QString EngineIdentity::describe() const
{
    if (kind == EngineKind::Unknown)
        return EngineText::tr("engine not identified");
    if (version.isEmpty())
        return EngineText::tr("%1 (version not reported)").arg(name);
    return QStringLiteral("%1 %2").arg(name, version);
}

QStringList EngineIdentity::differences() const
{
    QStringList out;
    if (heldBack.count() > 0)
        out << EngineText::tr("the newest %1 s are held back (-search.latencyOffset)")
                   .arg(double(heldBack.count()) / 1000.0);
    if (rules == RulesApi::Missing)
        out << EngineText::tr("no rules API (alerts and rules come from vmalert)");
    if (!metadataServed)
        out << EngineText::tr("no metric metadata");
    return out;
}

std::optional<EngineIdentity>
identifyFromBuildInfo(int httpStatus, const QByteArray &body,
                      const QList<QPair<QByteArray, QByteArray>> &headers)
{
    // Every VictoriaMetrics component (single node, vmselect, vmauth in front) sends this.
    const bool victoriaHeader = !headerValue(headers, "X-Server-Hostname").isEmpty();
    const QJsonDocument document = QJsonDocument::fromJson(body);
    const QJsonObject data = document.object().value(QLatin1String("data")).toObject();
    const bool success
        = document.object().value(QLatin1String("status")).toString() == QLatin1String("success");
    if (httpStatus == 200 && success) {
        const QString version = data.value(QLatin1String("version")).toString();
        const QString application = data.value(QLatin1String("application")).toString();
        if (data.isEmpty() || (victoriaHeader && application.isEmpty()))
            return victoriaMetrics();
        EngineIdentity identity;
        identity.kind = application.isEmpty() ? EngineKind::Prometheus : EngineKind::Other;
        identity.name = application.isEmpty() ? QStringLiteral("Prometheus") : application;
        identity.version = version;
        identity.revision = data.value(QLatin1String("revision")).toString();
        identity.rules = RulesApi::Served;
        return identity;
    }
    // A VictoriaMetrics build or proxy that refuses the endpoint still names itself.
    if (victoriaHeader && httpStatus >= 400 && httpStatus < 500)
        return victoriaMetrics();
    return std::nullopt;
}

void readVictoriaMetricsPage(const QByteArray &page, EngineIdentity *identity)
{
    const auto version = sampleLabels(page, "vm_app_version");
    identity->version = version.value(QStringLiteral("short_version"));
    if (identity->version.isEmpty()) // "victoria-metrics-20230202-...-tags-v1.87.0-0-g..."
        identity->version = version.value(QStringLiteral("version"));
    const auto offset = sampleLabels(page, "flag", QStringLiteral("search.latencyOffset"))
                            .value(QStringLiteral("value"));
    if (const auto held = parseGoDuration(offset))
        identity->heldBack = *held;
    const auto proxy = sampleLabels(page, "flag", QStringLiteral("vmalert.proxyURL"));
    if (!proxy.isEmpty())
        identity->rules
            = proxy.value(QStringLiteral("value")).isEmpty() ? RulesApi::Missing : RulesApi::Served;
}

std::optional<std::chrono::milliseconds> parseGoDuration(const QString &text)
{
    static const QRegularExpression part(QStringLiteral(R"((\d+(?:\.\d+)?)(h|ms|m|s|us|µs|ns))"));
    if (text.isEmpty())
        return std::nullopt;
    double ms = 0;
    qsizetype at = 0;
    for (auto it = part.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        if (match.capturedStart() != at)
            return std::nullopt;
        at = match.capturedEnd();
        const double value = match.captured(1).toDouble();
        const QString unit = match.captured(2);
        if (unit == QLatin1String("h"))
            ms += value * 3600000;
        else if (unit == QLatin1String("m"))
            ms += value * 60000;
        else if (unit == QLatin1String("s"))
            ms += value * 1000;
        else if (unit == QLatin1String("ms"))
            ms += value;
        // us, µs, ns: below a millisecond
    }
    if (at != text.size())
        return std::nullopt;
    return std::chrono::milliseconds(qint64(ms));
}

} // namespace eucora::prometheus
