// A saved connection: the two servers, how to authenticate to Prometheus, TLS, proxy, the
// request timeout and the window the console opens on. Profiles live in QSettings under
// connections/; nothing secret is ever written there (passwords, tokens and session cookies go to
// the OS keychain: settings/secretstore.h). eucora-console and eucora-ctl share them.
#pragma once

#include "settings/tlsoptions.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <memory>
#include <optional>

class QSettings;

namespace eucora::settings {

enum class PrometheusAuth { None, Basic, Bearer };
enum class ProxyMode { System, None, Manual };

struct ProxyChoice
{
    ProxyMode mode = ProxyMode::System;
    QString host; // Manual only
    int port = 0;

    bool operator==(const ProxyChoice &o) const
    {
        return mode == o.mode && host == o.host && port == o.port;
    }
};

struct ConnectionProfile
{
    QString name;
    QUrl prometheusUrl;
    QUrl controlPlaneUrl;
    PrometheusAuth prometheusAuth = PrometheusAuth::None;
    QString prometheusUser; // Basic only; the password is in the keychain
    TlsOptions tls;
    ProxyChoice proxy;
    std::chrono::seconds timeout {30};
    std::chrono::seconds defaultRange {std::chrono::hours(1)};
    std::chrono::seconds refresh {15};
    QString controlPlaneUser; // who signed in last: the keychain entries are per user
    bool rememberPassword = false; // the operator ticked "Remember password"

    bool operator==(const ConnectionProfile &o) const
    {
        return name == o.name && prometheusUrl == o.prometheusUrl
            && controlPlaneUrl == o.controlPlaneUrl && prometheusAuth == o.prometheusAuth
            && prometheusUser == o.prometheusUser && tls == o.tls && proxy == o.proxy
            && timeout == o.timeout && defaultRange == o.defaultRange && refresh == o.refresh
            && controlPlaneUser == o.controlPlaneUser && rememberPassword == o.rememberPassword;
    }

    // What is wrong with it in one sentence (a missing URL, a name that is empty, a manual proxy
    // without a host); empty when it can be saved.
    QString problem() const;

    Q_DECLARE_TR_FUNCTIONS(eucora::settings::ConnectionProfile)
};

class ProfileStore
{
public:
    // `settings` stays the caller's.
    explicit ProfileStore(QSettings *settings);

    // The console's own settings file (organisation EUCORA, application eucora-console), which
    // eucora-ctl reads too.
    static std::unique_ptr<QSettings> openDefault();

    QStringList names() const; // sorted, case-insensitively
    std::optional<ConnectionProfile> load(const QString &name) const;
    void save(const ConnectionProfile &profile);
    void remove(const QString &name);

    // The profile the console opened last; empty when none (or it was removed).
    QString lastUsed() const;
    void setLastUsed(const QString &name);

private:
    QSettings *m_settings;
};

} // namespace eucora::settings
