#include "settings/connectionprofile.h"

#include <QSettings>

#include <algorithm>

namespace eucora::settings {

namespace {

const QLatin1String kGroup("connections");

// Profile names are the operator's: any character, '/' included, becomes one settings group.
QString groupOf(const QString &name)
{
    return kGroup + QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(name));
}

QString authName(PrometheusAuth auth)
{
    switch (auth) {
    case PrometheusAuth::Basic:
        return QStringLiteral("basic");
    case PrometheusAuth::Bearer:
        return QStringLiteral("bearer");
    case PrometheusAuth::None:
        break;
    }
    return QStringLiteral("none");
}

PrometheusAuth authFrom(const QString &text)
{
    if (text == QLatin1String("basic"))
        return PrometheusAuth::Basic;
    if (text == QLatin1String("bearer"))
        return PrometheusAuth::Bearer;
    return PrometheusAuth::None;
}

QString proxyName(ProxyMode mode)
{
    switch (mode) {
    case ProxyMode::None:
        return QStringLiteral("none");
    case ProxyMode::Manual:
        return QStringLiteral("manual");
    case ProxyMode::System:
        break;
    }
    return QStringLiteral("system");
}

ProxyMode proxyFrom(const QString &text)
{
    if (text == QLatin1String("none"))
        return ProxyMode::None;
    if (text == QLatin1String("manual"))
        return ProxyMode::Manual;
    return ProxyMode::System;
}

bool isServerUrl(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty()
        && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"));
}

} // namespace

QString ConnectionProfile::problem() const
{
    if (name.trimmed().isEmpty())
        return tr("The profile needs a name.");
    if (!isServerUrl(prometheusUrl))
        return tr("The Prometheus URL must be an http or https URL.");
    if (!isServerUrl(controlPlaneUrl))
        return tr("The control-plane URL must be an http or https URL.");
    if (prometheusAuth == PrometheusAuth::Basic && prometheusUser.isEmpty())
        return tr("Basic authentication needs a user name.");
    if (tls.certFile.isEmpty() != tls.keyFile.isEmpty())
        return tr("A client certificate needs both the certificate and the key file.");
    if (proxy.mode == ProxyMode::Manual && (proxy.host.isEmpty() || proxy.port <= 0))
        return tr("A manual proxy needs a host and a port.");
    return {};
}

ProfileStore::ProfileStore(QSettings *settings)
    : m_settings(settings)
{ }

std::unique_ptr<QSettings> ProfileStore::openDefault()
{
    return std::make_unique<QSettings>(QStringLiteral("EUCORA"), QStringLiteral("eucora-console"));
}

QStringList ProfileStore::names() const
{
    m_settings->beginGroup(kGroup);
    const QStringList groups = m_settings->childGroups();
    QStringList names;
    for (const QString &group : groups)
        names << m_settings->value(group + QStringLiteral("/name")).toString();
    m_settings->endGroup();
    names.removeAll(QString());
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
        return a.compare(b, Qt::CaseInsensitive) < 0;
    });
    return names;
}

std::optional<ConnectionProfile> ProfileStore::load(const QString &name) const
{
    if (name.isEmpty())
        return std::nullopt;
    QSettings &s = *m_settings;
    s.beginGroup(groupOf(name));
    if (s.value(QStringLiteral("name")).toString() != name) {
        s.endGroup();
        return std::nullopt;
    }
    ConnectionProfile p;
    p.name = name;
    p.prometheusUrl = QUrl(s.value(QStringLiteral("prometheusUrl")).toString());
    p.controlPlaneUrl = QUrl(s.value(QStringLiteral("controlPlaneUrl")).toString());
    p.prometheusAuth = authFrom(s.value(QStringLiteral("prometheusAuth")).toString());
    p.prometheusUser = s.value(QStringLiteral("prometheusUser")).toString();
    p.tls.caFile = s.value(QStringLiteral("tls/caFile")).toString();
    p.tls.certFile = s.value(QStringLiteral("tls/certFile")).toString();
    p.tls.keyFile = s.value(QStringLiteral("tls/keyFile")).toString();
    const QStringList pins = s.value(QStringLiteral("tls/pins")).toStringList();
    for (const QString &pin : pins) {
        const qsizetype space = pin.lastIndexOf(QLatin1Char(' '));
        if (space > 0)
            p.tls.pins.push_back({pin.left(space), pin.mid(space + 1).toLatin1()});
    }
    p.proxy.mode = proxyFrom(s.value(QStringLiteral("proxy/mode")).toString());
    p.proxy.host = s.value(QStringLiteral("proxy/host")).toString();
    p.proxy.port = s.value(QStringLiteral("proxy/port"), 0).toInt();
    p.timeout
        = std::chrono::seconds(std::clamp(s.value(QStringLiteral("timeout"), 30).toInt(), 1, 600));
    p.defaultRange
        = std::chrono::seconds(std::max(60, s.value(QStringLiteral("defaultRange"), 3600).toInt()));
    p.refresh = std::chrono::seconds(
        std::clamp(s.value(QStringLiteral("refresh"), 15).toInt(), 1, 86400));
    p.controlPlaneUser = s.value(QStringLiteral("controlPlaneUser")).toString();
    p.rememberPassword = s.value(QStringLiteral("rememberPassword"), false).toBool();
    s.endGroup();
    return p;
}

void ProfileStore::save(const ConnectionProfile &p)
{
    QSettings &s = *m_settings;
    s.remove(groupOf(p.name));
    s.beginGroup(groupOf(p.name));
    s.setValue(QStringLiteral("name"), p.name);
    s.setValue(QStringLiteral("prometheusUrl"), p.prometheusUrl.toString());
    s.setValue(QStringLiteral("controlPlaneUrl"), p.controlPlaneUrl.toString());
    s.setValue(QStringLiteral("prometheusAuth"), authName(p.prometheusAuth));
    s.setValue(QStringLiteral("prometheusUser"), p.prometheusUser);
    s.setValue(QStringLiteral("tls/caFile"), p.tls.caFile);
    s.setValue(QStringLiteral("tls/certFile"), p.tls.certFile);
    s.setValue(QStringLiteral("tls/keyFile"), p.tls.keyFile);
    QStringList pins;
    for (const CertificatePin &pin : p.tls.pins)
        pins << pin.origin + QLatin1Char(' ') + QString::fromLatin1(pin.sha256);
    s.setValue(QStringLiteral("tls/pins"), pins);
    s.setValue(QStringLiteral("proxy/mode"), proxyName(p.proxy.mode));
    s.setValue(QStringLiteral("proxy/host"), p.proxy.host);
    s.setValue(QStringLiteral("proxy/port"), p.proxy.port);
    s.setValue(QStringLiteral("timeout"), qint64(p.timeout.count()));
    s.setValue(QStringLiteral("defaultRange"), qint64(p.defaultRange.count()));
    s.setValue(QStringLiteral("refresh"), qint64(p.refresh.count()));
    s.setValue(QStringLiteral("controlPlaneUser"), p.controlPlaneUser);
    s.setValue(QStringLiteral("rememberPassword"), p.rememberPassword);
    s.endGroup();
    s.sync();
}

void ProfileStore::remove(const QString &name)
{
    m_settings->remove(groupOf(name));
    if (lastUsed() == name)
        m_settings->remove(QStringLiteral("connection/lastUsed"));
    m_settings->sync();
}

QString ProfileStore::lastUsed() const
{
    const QString name = m_settings->value(QStringLiteral("connection/lastUsed")).toString();
    return load(name) ? name : QString();
}

void ProfileStore::setLastUsed(const QString &name)
{
    m_settings->setValue(QStringLiteral("connection/lastUsed"), name);
    m_settings->sync();
}

} // namespace eucora::settings
