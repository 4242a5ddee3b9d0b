// Which connection a run uses: a saved profile (--profile NAME) or the defaults, with what the
// command line says on top: --prometheus / --control-plane and curl's --cacert, --cert, --key.
// Shared by eucora-console and eucora-ctl so both read a profile the same way.
#pragma once

#include "result.h"
#include "settings/connectionprofile.h"

#include <QCoreApplication>

#include <optional>

namespace eucora::settings {

struct ConnectionOverrides
{
    std::optional<QUrl> prometheusUrl;
    std::optional<QUrl> controlPlaneUrl;
    QString caFile; // --cacert
    QString certFile; // --cert
    QString keyFile; // --key

    bool urlsGiven() const { return prometheusUrl || controlPlaneUrl; }
};

struct ConnectionChoice
{
    ConnectionProfile profile; // what the run uses, overrides applied
    bool fromProfile = false; // a saved profile is the base
    bool overridden = false; // the command line changed something of it

    Q_DECLARE_TR_FUNCTIONS(eucora::settings::ConnectionChoice)
};

// The profile `profileName` (or `defaults` when the name is empty) with `overrides` applied.
// Fails with a sentence naming the known profiles when there is none of that name.
Result<ConnectionChoice, QString> chooseConnection(const ProfileStore &store,
                                                   const QString &profileName,
                                                   const ConnectionOverrides &overrides,
                                                   const ConnectionProfile &defaults);

} // namespace eucora::settings
